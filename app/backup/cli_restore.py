"""``izdeu verify | restore``: one backup, or a chain (a full backup and its increments, in
any order, or a folder), through the CLI registry. Secrets as in app/backup/cli.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.backup.cli import add_open_options, open_args, report_lines
from app.backup.cli_trust import SIGNER_HELP, ask_on_terminal, refusal
from app.backup.errors import BackupExistsError, BackupInputError, UntrustedSignerError
from app.cli import CliContext, register
from app.counts import count
from app.errors import EXIT_OK, NotFoundError

__all__: list[str] = []


# --- verify ------------------------------------------------------------------------------------


def _configure_verify(p: argparse.ArgumentParser) -> None:
    add_open_options(p, many=True, chain=True)
    p.add_argument(
        "--signer",
        metavar="FINGERPRINT|KEYFILE",
        help=SIGNER_HELP + " (then no vault is opened and nothing is remembered)",
    )


@register("verify", help="check a backup completely without writing anything", configure=_configure_verify)
def _cmd_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.backup import ops

    files = _chain_files(args.files)
    how = open_args(ctx, argparse.Namespace(**{**vars(args), "file": files[0]}))
    try:
        if args.signer:
            reports = ops.verify_chain(
                files, verify=lambda path: ops.verify_file(path, signer=args.signer, **how)
            )
        else:
            with ctx.open_store() as store:
                vault, ask = store.vault, ask_on_terminal(ctx)
                reports = ops.verify_chain(
                    files, verify=lambda path: ops.verify_for_vault(vault, path, ask=ask, **how)
                )
    except UntrustedSignerError as exc:
        raise refusal(exc) from None
    for report in reports:
        ctx.print(f"{report.path}: OK")
        remembered = not args.signer and report.trust == ops.ASKED
        for line in report_lines(report, remembered=remembered):
            ctx.print(f"  {line}")
    if len(reports) > 1:
        ctx.print(
            f"the {len(reports)} files form one chain: a full backup and "
            f"{count(len(reports) - 1, 'increment')}"
        )
    return EXIT_OK


def _chain_files(given: list[Path]) -> list[Path]:
    """The files named (a chain in any order), or one folder: its newest full backup and the
    increments after it."""
    from app.backup.ops.chainread import chain_files

    if len(given) == 1:
        if not given[0].exists():
            raise NotFoundError("inputs.backup_file.missing")
        return chain_files(given[0])
    if any(path.is_dir() for path in given):
        raise BackupInputError("backup.cli.one_folder_only")
    return chain_files(given)


# --- restore -----------------------------------------------------------------------------------


def _configure_restore(p: argparse.ArgumentParser) -> None:
    add_open_options(p, many=True, chain=True)
    # dest differs from the global --vault: a subparser default would otherwise replace it.
    p.add_argument(
        "--vault",
        dest="new_vault",
        type=Path,
        metavar="NEW",
        help="the new vault file to create (it must not exist)",
    )
    p.add_argument(
        "--signer",
        metavar="FINGERPRINT|KEYFILE",
        help=SIGNER_HELP + "; without it, a backup encrypted to keys is restored "
        "only if you confirm its signer at the terminal",
    )


@register("restore", help="restore a backup into a new vault (new passphrase)", configure=_configure_restore)
def _cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.backup import ops

    target = args.new_vault or (ctx.vault_path if ctx.vault_given else None)
    if target is None:
        raise BackupInputError("backup.cli.give_new_vault_s")
    if target.exists():
        raise BackupExistsError("backup.cli.file_name_already_exists")
    files = _chain_files(args.files)
    how = open_args(ctx, argparse.Namespace(**{**vars(args), "file": files[0]}))
    new_passphrase = ctx.new_passphrase()
    try:
        result = ops.restore_backup(
            files,
            target,
            new_passphrase,
            signer=args.signer,
            ask=None if args.signer else ask_on_terminal(ctx),
            **how,
        )
    except UntrustedSignerError as exc:
        raise refusal(exc) from None
    given = files[0] if len(files) == 1 else f"a chain of {len(files)} backups"
    ctx.print(f"restored {given} into the new vault {result.path}")
    # The new vault trusts the device it was restored from, however it was accepted.
    for line in report_lines(result.report, remembered=True):
        ctx.print(f"  {line}")
    return EXIT_OK
