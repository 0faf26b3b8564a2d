"""``izdeu duplicates`` and ``izdeu decode-id``, registered through the CLI's command registry."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import JSON_VERSION, CliContext, register
from app.errors import EXIT_OK

__all__: list[str] = []

# How the CLI words each reason (app/names/persons.py Reason.code); the UI has its own,
# translated (ui/names/reasons.py).
_REASON = {
    "name": "names sound alike: {a} ≈ {b}",
    "birth_same": "same birth date {a}",
    "birth_year_same": "same birth year: {a} / {b}",
    "birth_differs": "birth dates differ: {a} / {b}",
    "hometown_same": "same hometown: {a} / {b}",
    "id_same": "same identity number {a}",
    "id_differs": "different identity numbers: {a} / {b}",
    "sex_differs": "sex differs: {a} / {b}",
    "father_same": "same father's name: {a} / {b}",
    "father_differs": "fathers' names differ: {a} / {b}",
    "mother_same": "same mother's name: {a} / {b}",
    "mother_differs": "mothers' names differ: {a} / {b}",
}


def reason_text(code: str, a: str, b: str) -> str:
    return _REASON.get(code, code).format(a=a, b=b)


def _configure_duplicates(p: argparse.ArgumentParser) -> None:
    p.add_argument("case", metavar="CASE", nargs="?", help="case number or UUID")
    p.add_argument(
        "--all", action="store_true", help="every pair of cases in the vault that may be one person"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _match_json(match: Any) -> dict[str, Any]:
    return {
        "score": round(match.score, 3),
        "reasons": [{"code": r.code, "weight": r.weight, "a": r.a, "b": r.b} for r in match.reasons],
    }


@register(
    "duplicates",
    help="other cases that may record the same person, in any script (score and reasons)",
    configure=_configure_duplicates,
)
def _cmd_duplicates(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.commands import row_json
    from app.errors import UsageError

    if bool(args.case) == bool(args.all):
        raise UsageError("names.cli.case_or_all")
    with ctx.open_store() as store:
        if args.all:
            pairs = list(store.all_duplicates())
            rows = {r.uuid: r for r in store.case_rows(sorted({u for a, b, _ in pairs for u in (a, b)}))}
            found = [(rows[a], rows[b], m) for a, b, m in pairs if a in rows and b in rows]
        else:
            case = store.find_case(args.case)
            found = [(None, row, m) for row, m in store.duplicate_matches(case.person, case.uuid)]
    if args.json:
        ctx.print_json(
            {
                "format": "izdeu-duplicates",
                "version": JSON_VERSION,
                "cases": [
                    {**({"of": row_json(first)} if first else {}), **row_json(row), **_match_json(m)}
                    for first, row, m in found
                ],
            }
        )
        return EXIT_OK
    if not found:
        ctx.print("no other case seems to record the same person")
    for first, row, match in found:
        head = f"{first.case_number} {first.names}  ↔  " if first else ""
        ctx.print(f"{head}{row.case_number:<14} {row.names}  score {match.score:.2f}")
        for reason in match.reasons:
            ctx.print(f"    {reason_text(reason.code, reason.a, reason.b)}")
    return EXIT_OK


def _configure_decode(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "number", metavar="NUMBER", help="a PRC resident ID (18 or 15 digits) or a Kazakh IIN (12)"
    )
    p.add_argument("--json", action="store_true")


@register(
    "decode-id",
    help="check an identity number and show what it says (birth date, sex, county)",
    configure=_configure_decode,
)
def _cmd_decode(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.errors import InvalidInputError
    from app.names import decode_id

    decoded = decode_id(args.number)
    if decoded is None:
        raise InvalidInputError("names.cli.not_an_id")
    if args.json:
        ctx.print_json(
            {
                "format": "izdeu-id",
                "version": JSON_VERSION,
                "system": decoded.system,
                "number": decoded.number,
                "birth_date": decoded.birth_date.isoformat(),
                "sex": decoded.sex,
                "region": decoded.region,
                "county_years": decoded.county_years,
                "converted": decoded.converted,
            }
        )
        return EXIT_OK
    ctx.print(f"{'PRC resident ID' if decoded.system == 'prc' else 'Kazakhstan IIN'} {decoded.number}")
    if decoded.converted:
        ctx.print("  converted from the old 15-digit form")
    ctx.print(f"  born {decoded.birth_date.isoformat()}, {decoded.sex}")
    if decoded.region:
        years = f" (code in use {decoded.county_years})" if decoded.county_years else ""
        ctx.print(f"  registered in {decoded.region}{years}")
    return EXIT_OK
