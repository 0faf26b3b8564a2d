"""Trusting backup signers from the command line: the first-contact prompt, what the output
says about the signer, and ``izdeu devices`` (list, add, remove, export device keys).

The decision itself is app/backup/ops/trust.py; this module only asks a person and prints.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.backup.errors import BackupExistsError, BackupInputError, UntrustedSignerError
from app.cli import CliContext, register
from app.errors import EXIT_OK, NotFoundError

__all__ = ["SIGNER_HELP", "ask_on_terminal", "signer_line", "refusal"]

SIGNER_HELP = (
    "accept only the device with this fingerprint, public key (base64) or device key "
    "file (from `izdeu devices --export`); compare it with the device first"
)
_HINT = "compare the fingerprint with the device (`izdeu devices` there), then give it with --signer"


def _stdin_is_tty() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_on_terminal(ctx: CliContext) -> Any:
    """The ``ask`` of the trust policy when a person is at the terminal, else None (scripts
    must name the signer with --signer: nothing is trusted by default)."""
    if not _stdin_is_tty():
        return None

    def ask(info: Any) -> bool:
        # stderr: stdout may be a pipe into another program, the question is for the person.
        print(
            f"This backup (of vault {info.vault_id}, made {info.created}) was signed by a "
            "device this vault does not trust yet.",
            file=ctx.err,
        )
        print(
            f"Trust device with fingerprint {info.fingerprint}? Compare it with the "
            "fingerprint shown on the device. [y/N] ",
            end="",
            file=ctx.err,
            flush=True,
        )
        answer = sys.stdin.readline()
        return answer.strip().lower() in ("y", "yes")

    return ask


def refusal(exc: UntrustedSignerError) -> UntrustedSignerError:
    return exc.with_hint(_HINT)


def signer_line(report: Any, *, remembered: bool) -> str:
    """One line on who signed the backup and why it was accepted."""
    fp = report.signer_fingerprint
    kept = "; now trusted by the vault" if remembered else ""
    if report.trust == "given":
        return f"signed by device {fp}: the one given with --signer{kept}"
    if report.trust == "asked":
        return f"signed by device {fp}: trusted as you confirmed{kept}"
    if report.trust == "passphrase":
        return (
            f"signed by device {fp}, not a trusted device: accepted because the backup's "
            "passphrase opened it (the passphrase proves who made it)"
        )
    return f"signed by trusted device {fp}"


# --- izdeu devices ----------------------------------------------------------------------------


def _configure_devices(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="KEY|KEYFILE",
        help="trust backups signed by this device: its public key (base64) or a "
        "device key file; compare its fingerprint with the device first",
    )
    p.add_argument("--label", default="", help="a name for the device given with --add")
    p.add_argument(
        "--remove", action="append", default=[], metavar="FINGERPRINT", help="stop trusting this device"
    )
    p.add_argument(
        "--export", type=Path, metavar="FILE", help="write this device's public key to FILE, for headquarters"
    )


@register(
    "devices",
    help="list, trust or stop trusting the devices whose backups this vault accepts",
    configure=_configure_devices,
)
def _cmd_devices(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.backup import ops
    from app.backup.keys import signer_fingerprint
    from app.fsutil import atomic_write_bytes

    if args.export is not None and (args.export.exists() or args.export.is_symlink()):
        raise BackupExistsError("backup.cli_trust.file_name_already_exists")
    with ctx.open_store() as store:
        vault = store.vault
        for text in args.add:
            key = ops.parse_signer(text)
            if not isinstance(key, bytes):
                raise BackupInputError("backup.cli_trust.fingerprint_enough_trust_device")
            added = ops.trust_signer(vault, key, args.label)
            ctx.print(f"{'trusted' if added else 'already trusted'}: {signer_fingerprint(key)}")
        for fingerprint in args.remove:
            if not ops.untrust_signer(vault, fingerprint):
                raise NotFoundError("backup.cli.trusted_device_key_fingerprint")
            ctx.print(f"no longer trusted: {fingerprint}")
        if args.export is not None:
            atomic_write_bytes(args.export, ops.device_key_file_text(ops.device_public_key(vault)))
            ctx.print(f"wrote this device's public key to {args.export}")
        ctx.print(f"this device: {ops.device_fingerprint(vault)}")
        signers = ops.trusted_signers(vault)
        ctx.print("trusted devices:" if signers else "trusted devices: none besides this one")
        for signer in signers:
            ctx.print(f"  {signer.fingerprint}  {signer.label}  (since {signer.added})")
    return EXIT_OK
