"""``izdeu backup | verify | restore | keygen | backup-keys``, through the CLI registry
(``izdeu devices`` and the trust prompt: app/backup/cli_trust.py).

Secrets come from the environment (for scripts and tests) or are asked without echo:

* ``IZDEU_PASSPHRASE``: the vault's passphrase; ``IZDEU_NEW_PASSPHRASE``: a restored vault's.
* ``IZDEU_BACKUP_PASSPHRASE``: the passphrase of a passphrase backup.
* ``IZDEU_KEY_PASSPHRASE``: the passphrase protecting a key file made by ``izdeu keygen``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.backup.cli_shares import add_share_arguments, check_share_arguments, write_shares
from app.backup.cli_trust import signer_line
from app.backup.errors import BackupExistsError, BackupInputError
from app.backup.keys import (
    AGE_MAGIC,
    load_org_identity,
    parse_identity,
    recipients_from,
)
from app.cli import CliContext, register
from app.counts import count
from app.errors import EXIT_OK, InvalidInputError, NotFoundError
from app.inputs import open_regular

__all__: list[str] = []

_ENV_BACKUP = "IZDEU_BACKUP_PASSPHRASE"
_ENV_KEY = "IZDEU_KEY_PASSPHRASE"
_MAX_KEY_TEXT = 64 * 1024


# --- secrets and keys -------------------------------------------------------------------------


def secret(ctx: CliContext, env: str, prompt: str, *, twice: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    first = ctx._ask(prompt)
    if twice and first != ctx._ask("Repeat it: "):
        raise InvalidInputError("backup.cli.two_passphrases_differ_nothing")
    return first


def identities(ctx: CliContext, key_files: list[Path]) -> list[Any]:
    """Private keys: files made by ``izdeu keygen`` (asks their passphrase) or plain
    ``AGE-SECRET-KEY-1…`` identity files."""
    out = []
    for path in key_files:
        # A regular file only: a FIFO given as a key file must not hang the command.
        with open_regular(path, None, "key file") as fh:
            head = fh.read(len(AGE_MAGIC))
        if head == AGE_MAGIC:
            out.append(
                load_org_identity(path, secret(ctx, _ENV_KEY, f"Passphrase of the key file {path.name}: "))
            )
        else:
            with open_regular(path, None, "key file") as fh:
                out.append(parse_identity(fh.read(_MAX_KEY_TEXT)))
    return out


def _is_recipient_backup(path: Path) -> bool:
    # A regular file only, opened without blocking: a FIFO must not hang the command.
    with open_regular(path, None, "backup file") as fh:
        return fh.read(len(AGE_MAGIC)) == AGE_MAGIC


def open_args(ctx: CliContext, args: argparse.Namespace) -> dict[str, Any]:
    """How to open the backup: the key files given, or its passphrase."""
    if not args.file.exists():
        raise NotFoundError("inputs.backup_file.missing")
    if args.key:
        return {"identities": identities(ctx, args.key)}
    if _is_recipient_backup(args.file) and not args.passphrase:
        raise BackupInputError("backup.cli.backup_encrypted_keys_give")
    return {"passphrase": secret(ctx, _ENV_BACKUP, "Backup passphrase: ")}


def add_open_options(p: argparse.ArgumentParser, *, many: bool = False, chain: bool = False) -> None:
    if chain:
        p.add_argument(
            "files",
            metavar="FILE",
            type=Path,
            nargs="+",
            help="a backup; or a full backup and its increments, in any order; or a folder (its "
            "newest full backup and the increments after it)",
        )
    elif many:
        p.add_argument(
            "files", metavar="FILE", type=Path, nargs="+", help="backup files, or folders of backups"
        )
    else:
        p.add_argument("file", metavar="FILE", type=Path, help="the backup file")
    p.add_argument(
        "--key",
        action="append",
        type=Path,
        metavar="KEYFILE",
        help="private key file (from `izdeu keygen`); repeat for several",
    )
    p.add_argument(
        "--passphrase",
        action="store_true",
        help="the backup is protected by a passphrase ($IZDEU_BACKUP_PASSPHRASE or "
        "asked); the default when no --key is given",
    )


def _kind_line(report: Any) -> str:
    link = report.link
    if link is None:
        return f"a full backup (format version {report.format_version})"
    if not link.is_increment:
        return f"a full backup {link.backup_id}"
    return f"increment {link.chain} {link.backup_id} on backup {link.base_id}"


def report_lines(report: Any, *, remembered: bool = False) -> list[str]:
    return [
        f"backup of vault {report.vault_id}, made {report.created}",
        _kind_line(report),
        signer_line(report, remembered=remembered),
        f"{count(report.records, 'record line')}, {count(report.attachments, 'attachment')} "
        f"({report.attachment_bytes:,} bytes), file {report.file_size:,} bytes, "
        f"encrypted to {report.mode}",
    ]


# --- backup ------------------------------------------------------------------------------------


def _configure_backup(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="FILE|DIR",
        help="a folder (a new time-stamped name; older backups beyond --keep are removed) or a new file name",
    )
    p.add_argument(
        "--to",
        action="append",
        metavar="KEY",
        default=[],
        help="encrypt to this age1… key or key file (.pub) instead of the keys "
        "stored in the vault; repeat for several",
    )
    p.add_argument(
        "--passphrase",
        action="store_true",
        help="encrypt to a passphrase instead ($IZDEU_BACKUP_PASSPHRASE or asked twice)",
    )
    p.add_argument(
        "--keep",
        type=int,
        metavar="N",
        help="backups to keep in the folder (default: the vault's setting, 10); never what a "
        "kept increment builds on",
    )
    kind = p.add_mutually_exclusive_group()
    kind.add_argument(
        "--full",
        action="store_const",
        dest="choice",
        const="full",
        help="a full backup, even if the folder holds a chain to add an increment to",
    )
    kind.add_argument(
        "--increment",
        action="store_const",
        dest="choice",
        const="increment",
        help="an increment on the chain this vault last wrote to the folder (refused if the "
        "folder does not hold it); by default Izdeu chooses",
    )


@register(
    "backup", help="write an encrypted, signed, verified backup of the vault", configure=_configure_backup
)
def _cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.backup import ops

    if args.passphrase and args.to:
        raise BackupInputError("backup.cli.use_either_passphrase")
    recipients = [r for arg in args.to for r in recipients_from(arg)] or None
    passphrase = secret(ctx, _ENV_BACKUP, "Backup passphrase: ", twice=True) if args.passphrase else None
    with ctx.open_store() as store:
        result = ops.backup_vault(
            store,
            args.output,
            recipients=recipients,
            passphrase=passphrase,
            keep=args.keep,
            choice=args.choice or ops.AUTO,
        )
    ctx.print(f"wrote and verified {result.path}")
    for line in report_lines(result.report):
        ctx.print(f"  {line}")
    for path in result.rotated:
        ctx.print(f"  removed the old backup {path.name}")
    return EXIT_OK


# --- keys --------------------------------------------------------------------------------------


def _configure_keygen(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="NAME",
        help="private key file NAME (protected by a passphrase) and public key NAME.pub",
    )
    add_share_arguments(p)


@register(
    "keygen",
    help="make an organisation key pair for backups (e.g. headquarters)",
    configure=_configure_keygen,
)
def _cmd_keygen(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.backup.keys import keygen
    from app.fsutil import atomic_write_bytes

    public_path = args.output.with_name(args.output.name + ".pub")
    for path in (args.output, public_path):
        if path.exists() or path.is_symlink():
            raise BackupExistsError("backup.cli.already_exists_key_files", path=path)
    check_share_arguments(args)
    passphrase = secret(ctx, _ENV_KEY, "Passphrase for the new key file: ", twice=True)
    public = keygen(args.output, passphrase)
    atomic_write_bytes(public_path, f"{public}\n".encode("ascii"))
    if args.shares is not None:
        write_shares(ctx, args, load_org_identity(args.output, passphrase))
    ctx.print(
        f"private key: {args.output} (keep it safe; without it and its passphrase the "
        "backups made to this key cannot be opened)"
    )
    ctx.print(f"public key:  {public_path}")
    ctx.print(public)
    return EXIT_OK


def _configure_backup_keys(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="KEY",
        help="encrypt backups also to this age1… key or .pub file",
    )
    p.add_argument("--remove", action="append", default=[], metavar="age1…")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="PUBLIC_KEY",
        help="accept backups signed by this device key (base64, as this command shows it on the device)",
    )
    p.add_argument("--label", default="", help="a name for the device given with --trust")
    p.add_argument("--untrust", action="append", default=[], metavar="FINGERPRINT")
    p.add_argument("--keep", type=int, metavar="N", help="backups to keep in a folder")
    p.add_argument(
        "--remind-days", type=int, metavar="N", help="remind when the last backup is older than N days"
    )
    p.add_argument(
        "--full-every",
        type=int,
        metavar="N",
        help="make a full backup after N increments (default 6)",
    )
    p.add_argument(
        "--full-days",
        type=int,
        metavar="D",
        help="make a full backup when the last full one is D days old (default 7)",
    )


@register(
    "backup-keys",
    help="show or change the vault's backup keys and settings",
    configure=_configure_backup_keys,
)
def _cmd_backup_keys(args: argparse.Namespace, ctx: CliContext) -> int:
    import base64

    from app.backup import ops

    with ctx.open_store() as store:
        vault = store.vault
        if args.add or args.remove:
            current = ops.backup_recipients(vault)
            added = [r for arg in args.add for r in recipients_from(arg)]
            removed = {r.strip() for r in args.remove}
            unknown = removed - set(current)
            if unknown:
                raise NotFoundError("backup.cli.key_not_listed")
            ops.set_backup_recipients(vault, [r for r in current if r not in removed] + added)
        for text in args.trust:
            ops.trust_signer(vault, ops.parse_public_key(text), args.label)
        for fingerprint in args.untrust:
            if not ops.untrust_signer(vault, fingerprint):
                raise NotFoundError("backup.cli.trusted_device_key_fingerprint")
        if args.keep is not None:
            ops.set_backup_keep(vault, args.keep)
        if args.remind_days is not None:
            ops.set_remind_days(vault, args.remind_days)
        if args.full_every is not None:
            ops.set_full_every(vault, args.full_every)
        if args.full_days is not None:
            ops.set_full_days(vault, args.full_days)
        public = ops.device_public_key(vault)
        ctx.print("this device's signing key (give it to headquarters):")
        ctx.print(f"  public key:  {base64.b64encode(public).decode()}")
        ctx.print(f"  fingerprint: {ops.device_fingerprint(vault)}")
        ctx.print("backups are encrypted to:")
        for recipient in ops.backup_recipients(vault) or ["(no key yet: use --add)"]:
            ctx.print(f"  {recipient}")
        ctx.print("trusted device keys (for merging):")
        for signer in ops.trusted_signers(vault) or []:
            ctx.print(f"  {signer.fingerprint}  {signer.label}")
        if not ops.trusted_signers(vault):
            ctx.print("  (none besides this device)")
        last = ops.last_backup(vault)
        ctx.print(
            f"last backup: {last.strftime('%Y-%m-%d %H:%M UTC') if last else 'never'}"
            + ("  (due)" if ops.backup_due(vault) else "")
        )
        ctx.print(f"keep {ops.backup_keep(vault)} backups; remind after {ops.remind_days(vault)} days")
        ctx.print(
            f"a full backup after {ops.full_every(vault)} increments or when the full one is "
            f"{ops.full_days(vault)} days old"
        )
    return EXIT_OK
