"""``izdeu export`` and ``izdeu import``, registered through the CLI's command registry."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import CliContext, refuse_existing, register
from app.counts import count
from app.errors import EXIT_OK

__all__: list[str] = []


def _configure_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.json")
    p.add_argument(
        "--case",
        action="append",
        metavar="CASE",
        dest="cases",
        help="case number or UUID to export (repeat it; default: every case)",
    )
    p.add_argument("--no-tombstones", action="store_true", help="leave out the list of deleted records")
    p.add_argument("--force", action="store_true", help="replace FILE.json if it exists")


@register(
    "export",
    help="export cases to a JSON case file (unencrypted; docs/case-format.md)",
    configure=_configure_export,
)
def _cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.interchange import export_cases

    refuse_existing(args.output, force=args.force, offer_force=True)
    with ctx.open_store() as store:
        result = export_cases(store, args.output, args.cases, include_tombstones=not args.no_tombstones)
    ctx.warn(
        "the case file is NOT encrypted: keep it on encrypted storage and delete it when "
        "it is no longer needed"
    )
    ctx.print(
        f"exported {count(result.cases, 'case')}, {count(result.records, 'record')}, "
        f"{count(result.attachments, 'attachment')} to {result.path}"
    )
    return EXIT_OK


def _configure_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE.json", type=Path)
    p.add_argument(
        "--skip-existing",
        action="store_true",
        help="leave out cases already in the vault instead of refusing the file",
    )
    p.add_argument(
        "--apply-deletions",
        action="store_true",
        help="delete the records of this vault that the file lists as deleted (default: only count them)",
    )


@register("import", help="import a JSON case file (all of it or nothing)", configure=_configure_import)
def _cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.interchange import import_cases
    from app.interchange.importer import read_case_file

    # Read (and size-check) the file before asking for the passphrase and taking the vault
    # lock: a FIFO or /dev/zero must fail at once, not hold the vault.
    data = read_case_file(args.file)
    with ctx.open_store() as store:
        result = import_cases(
            store,
            data,
            on_existing="skip" if args.skip_existing else "refuse",
            apply_deletions=args.apply_deletions,
        )
    ctx.print(
        f"imported {count(result.cases, 'case')}, {count(result.records, 'record')}, "
        f"{count(result.attachments, 'attachment')}; recorded {count(result.tombstones, 'deletion')}"
    )
    if result.deletions_not_held:
        ctx.warn(
            f"{count(result.deletions_not_held, 'deletion')} in the file name records this vault "
            "never held: not recorded (a case file cannot delete what this vault never had)"
        )
    if result.deletions_not_applied:
        ctx.print(
            f"not applied: {count(result.deletions_not_applied, 'deletion')} in the file name "
            "records of this vault; check them, --apply-deletions deletes them"
        )
    if result.shared_numbers:
        ctx.warn(
            f"{count(len(result.shared_numbers), 'imported case')} "
            f"{'has' if len(result.shared_numbers) == 1 else 'have'} a case number another case "
            "in this vault already has: " + ", ".join(result.shared_numbers[:20])
        )
    if result.skipped_cases:
        ctx.print(
            f"skipped {count(len(result.skipped_cases), 'case')} already in this vault: "
            + ", ".join(result.skipped_cases)
        )
    return EXIT_OK
