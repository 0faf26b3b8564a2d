"""``izdeu stats``: the statistics of the vault or of the cases a list filter selects."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import JSON_VERSION, CliContext, refuse_existing, register
from app.errors import EXIT_OK, InvalidInputError
from app.tables.cli import add_list_filters, query_from

__all__: list[str] = []


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable output (docs/cli.md)")
    add_list_filters(p)
    p.add_argument(
        "--lang", choices=("en", "ru", "kk"), default="en", help="language of the text, CSV and PDF"
    )
    p.add_argument("--csv", type=Path, metavar="FILE.csv", help="also write the figures as CSV")
    p.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="also write a statistics PDF with charts")
    p.add_argument("--force", action="store_true", help="replace the CSV or PDF file if it exists")


@register("stats", help="statistics: cases by status, year, place, facility, sex, age…", configure=_configure)
def _cmd_stats(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.stats.pdf import write_statistics_pdf
    from app.stats.report import compute, labelled, to_json, write_csv

    for path, suffix in ((args.csv, ".csv"), (args.pdf, ".pdf")):
        if path is not None:
            if path.suffix.lower() != suffix:
                raise InvalidInputError("stats.cli.wrong_suffix", suffix=suffix)
            refuse_existing(path, force=args.force, offer_force=True)
    query = query_from(args)
    with ctx.open_store() as store:
        report = compute(store, query)
    if args.csv is not None:
        write_csv(report, args.csv, args.lang)
    if args.pdf is not None:
        filters = ", ".join(
            f"{k}={v}"
            for k, v in vars(query).items()
            if v not in (None, False) and k in ("status", "year", "hometown", "follow_up_due")
        )
        write_statistics_pdf(report, args.pdf, args.lang, filters)
    if args.json:
        ctx.print_json({"format": "izdeu-stats", "version": JSON_VERSION, **to_json(report)})
        return EXIT_OK
    ctx.print(f"cases: {report.total}")
    for _figure, title, rows in labelled(report, args.lang):
        ctx.print("")
        ctx.print(title)
        for text, count in rows:
            ctx.print(f"  {count:>8}  {text}")
    return EXIT_OK
