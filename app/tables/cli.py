"""``izdeu import-table`` and ``izdeu export-table`` (docs/cli.md, docs/table-format.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import CliContext, refuse_existing, register
from app.counts import count
from app.errors import EXIT_OK, InvalidInputError
from app.store.listing import CaseQuery

__all__ = ["add_list_filters", "query_from"]

_SHOWN_PROBLEMS = 200


def add_list_filters(p: argparse.ArgumentParser) -> None:
    """The case list's filters (as ``izdeu list`` has them)."""
    from app.model.codes import CaseStatus

    p.add_argument("--status", choices=[s.value for s in CaseStatus], help="case status")
    p.add_argument("--year", type=int, help="year of the disappearance")
    p.add_argument("--hometown", metavar="TEXT", help="part of the hometown (any level)")
    p.add_argument("--follow-up-due", action="store_true", help="only cases with a follow-up due")


def query_from(args: argparse.Namespace) -> CaseQuery:
    return CaseQuery(
        status=args.status, year=args.year, hometown=args.hometown, follow_up_due=args.follow_up_due
    )


def _configure_import(p: argparse.ArgumentParser) -> None:
    from app.tables.importer import DUPLICATE_CHOICES
    from app.tables.sheet import ENCODINGS

    p.add_argument("file", metavar="FILE.csv|FILE.xlsx", type=Path)
    p.add_argument("--sheet", metavar="S", help="the sheet of an XLSX file (default: the first)")
    p.add_argument(
        "--mapping", metavar="FILE", type=Path, help="a column mapping file (docs/table-format.md)"
    )
    p.add_argument("--encoding", choices=ENCODINGS, help="the CSV file's encoding (default: detected)")
    p.add_argument(
        "--good-rows", action="store_true", help="import the rows without problems, leave out the others"
    )
    p.add_argument(
        "--duplicates",
        choices=DUPLICATE_CHOICES,
        default="keep",
        help="rows named like a case already in the vault: import them (keep), leave them out "
        "(skip), or import them marked as possible duplicates (link)",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="only show what would be imported and every problem"
    )


@register(
    "import-table",
    help="import cases from a CSV or XLSX spreadsheet (all rows or nothing, unless --good-rows)",
    configure=_configure_import,
)
def _cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.tables.columns import field_label, guess_mapping
    from app.tables.importer import apply_import, plan_import
    from app.tables.mapping import read_mapping
    from app.tables.sheet import read_sheet

    mapping = read_mapping(args.mapping) if args.mapping else None
    sheet_name = args.sheet if args.sheet is not None else (mapping.sheet if mapping else None)
    # Read and check the file before the passphrase is asked and the vault is locked.
    sheet = read_sheet(args.file, sheet_name, args.encoding)
    columns = mapping.resolve(sheet.headers) if mapping else guess_mapping(sheet.headers)
    for index, key in sorted(columns.items()):
        ctx.print(f"column {index + 1} ({sheet.headers[index] or '-'}) → {field_label(key)}")
    with ctx.open_store() as store:
        plan = plan_import(store, sheet, columns)
        for problem in plan.problems[:_SHOWN_PROBLEMS]:
            where = f"column {problem.column} ({problem.header or '-'})" if problem.column else "the row"
            ctx.print(f"row {problem.row}, {where}: {problem.reason}")
        if len(plan.problems) > _SHOWN_PROBLEMS:
            ctx.print(f"… and {count(len(plan.problems) - _SHOWN_PROBLEMS, 'more problem')}")
        for item in plan.duplicates[:_SHOWN_PROBLEMS]:
            ctx.print(f"row {item.row}: possibly the same person as {', '.join(item.duplicates)}")
        if args.dry_run:
            ctx.print(
                f"{count(len(plan.good), 'row')} can be imported, {len(plan.failed_rows)} cannot, "
                f"{count(len(plan.duplicates), 'possible duplicate')}; nothing was written (--dry-run)"
            )
            return EXIT_OK if not plan.problems else InvalidInputError.exit_code
        result = apply_import(store, plan, good_rows=args.good_rows, duplicates=args.duplicates)
    ctx.print(f"imported {count(result.cases, 'case')} ({count(result.records, 'record')}) from {args.file}")
    if result.left_out:
        ctx.warn(
            f"{count(result.left_out, 'row')} with problems {'was' if result.left_out == 1 else 'were'} "
            "left out (--good-rows)"
        )
    if result.skipped_duplicates:
        ctx.print(f"left out {count(result.skipped_duplicates, 'possible duplicate')} (--duplicates skip)")
    if result.linked_duplicates:
        ctx.print(
            f"{count(result.linked_duplicates, 'case')} marked as possible duplicates (--duplicates link)"
        )
    return EXIT_OK


def _configure_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv|FILE.xlsx")
    p.add_argument(
        "--case",
        action="append",
        metavar="CASE",
        dest="cases",
        help="case number or UUID (repeat it; default: the list)",
    )
    add_list_filters(p)
    p.add_argument(
        "--search", metavar="TEXT", help="only the cases this search finds (as the list's search box)"
    )
    p.add_argument(
        "--sheets",
        action="store_true",
        help="also acts, witnesses and interventions, one sheet (or CSV file) each",
    )
    p.add_argument(
        "--with-contacts", action="store_true", help="include witnesses' contact details (implies --sheets)"
    )
    p.add_argument("--force", action="store_true", help="replace the file if it exists")


@register(
    "export-table",
    help="export the case list to a CSV or XLSX spreadsheet (unencrypted)",
    configure=_configure_export,
)
def _cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.tables.exporter import export_table

    refuse_existing(args.output, force=args.force, offer_force=True)
    if args.output.suffix.lower() not in (".csv", ".xlsx"):
        raise InvalidInputError("tables.exporter.csv_or_xlsx")
    with ctx.open_store() as store:
        query = query_from(args)
        if args.cases:
            uuids = [store.find_case(ref).uuid for ref in args.cases]
        else:
            uuids = store.case_uuids(query)
            if args.search:
                found = {h.case_uuid for h in store.search(args.search, limit=100_000)}
                uuids = [u for u in uuids if u in found]
        sheets = args.sheets or args.with_contacts  # contacts are in the witnesses' sheet
        result = export_table(store, args.output, uuids, sheets=sheets, with_contacts=args.with_contacts)
    ctx.warn(
        "the spreadsheet is NOT encrypted: keep it on encrypted storage and delete it when it is "
        "no longer needed"
    )
    if args.with_contacts:
        ctx.warn("it holds witnesses' contact details")
    ctx.print(f"exported {count(result.cases, 'case')} to " + ", ".join(str(p) for p in result.files))
    return EXIT_OK
