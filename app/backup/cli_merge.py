"""``izdeu merge FILE…``: backups from volunteers' laptops merged at headquarters, several at once
(files, or folders standing for their backups), each all of it or nothing, one summary.
The merge rule is app/backup/ops/merge.py's."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.backup.cli import add_open_options, open_args
from app.backup.cli_trust import SIGNER_HELP, ask_on_terminal, refusal, signer_line
from app.backup.errors import BackupInputError, UntrustedSignerError
from app.backup.rotation import list_backups
from app.cli import CliContext, register
from app.errors import EXIT_OK, IzdeuError


def _configure_merge(p: argparse.ArgumentParser) -> None:
    add_open_options(p, many=True)
    p.add_argument(
        "--signer",
        "--trust-signer",
        dest="signer",
        metavar="FINGERPRINT|KEYFILE",
        help=SIGNER_HELP + "; it is remembered as trusted if the merge succeeds",
    )
    p.add_argument("--label", default="", help="a name for a device trusted by this merge")


@register(
    "merge",
    help="merge backups into this vault (each all of it or nothing)",
    configure=_configure_merge,
)
def _cmd_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.backup import ops

    files = _merge_files(args.files)
    how = open_args(ctx, argparse.Namespace(**{**vars(args), "file": files[0]}))
    merged: list[ops.MergeSummary] = []
    failed: list[IzdeuError] = []
    with ctx.open_store() as store:
        for path in files:
            try:
                summary = ops.merge_backup(
                    store,
                    path,
                    signer=args.signer,
                    label=args.label,
                    ask=None if args.signer else ask_on_terminal(ctx),
                    **how,
                )
            except UntrustedSignerError as exc:
                if len(files) == 1:
                    raise refusal(exc) from None
                failed.append(refusal(exc))
                ctx.print(f"not merged {path}: {failed[-1]}")
                continue
            except IzdeuError as exc:
                if len(files) == 1:
                    raise
                # Each backup is merged whole or not at all: one that cannot be read leaves
                # the others to merge, and the vault as the backups before it left it.
                failed.append(exc)
                ctx.print(f"not merged {path}: {exc}")
                continue
            merged.append(summary)
            _print_merge(ctx, path, summary)
    if len(files) > 1:
        ctx.print(_merge_total(merged, len(files)))
    return failed[0].exit_code if failed else EXIT_OK


def _merge_files(given: list[Path]) -> list[Path]:
    """The files named, a folder standing for its backups (oldest first)."""
    files: list[Path] = []
    for path in given:
        if path.is_dir():
            found = list_backups(path)
            if not found:
                raise BackupInputError("backup.cli.no_backups_in_folder", folder=str(path))
            files += found
        else:
            files.append(path)
    return files


def _print_merge(ctx: CliContext, path: Path, summary: Any) -> None:
    ctx.print(f"merged {path} (made {summary.backup_created})")
    report = argparse.Namespace(signer_fingerprint=summary.signer, trust=summary.trust)
    ctx.print(f"  {signer_line(report, remembered=summary.signer_newly_trusted)}")
    for line in summary.lines():
        ctx.print(f"  {line}")
    for conflict in summary.conflicts[:20]:
        ctx.print(
            f"  conflict: {conflict.kind} {conflict.record_uuid}: "
            f"{', '.join(conflict.fields)}; kept the {conflict.winner} version"
        )
    for record_uuid in summary.refused_uuids[:20]:
        ctx.print(f"  refused: {record_uuid} (kept as it is here; see the audit log)")
    if not summary.changed:
        ctx.print("  nothing to change: everything in the backup is already here")


def _merge_total(merged: list[Any], count: int) -> str:
    def total(name: str) -> int:
        return sum(getattr(s, name) for s in merged)

    return (
        f"merged {len(merged)} of {count} backups: added {total('added')}, updated {total('updated')}, "
        f"conflicted {total('conflicted')}, deleted {total('deleted')}, "
        f"refused {total('records_refused') + total('deletions_refused')}, unchanged {total('unchanged')}"
    )
