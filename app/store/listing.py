"""The case list: its filter, its sort columns and its rows (columns kept on ``cases``)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInputError
from app.vault.vault import Vault

__all__ = [
    "CaseQuery",
    "CaseRow",
    "SORT_KEYS",
    "count",
    "where_clause",
    "page",
    "uuids",
    "rows",
    "hometowns",
    "years",
    "next_case_number",
    "number_taken",
    "has_cases",
]

SORT_KEYS: dict[str, str] = {
    "case_number": "case_number",
    "name": "sort_name",
    "status": "status",
    "person_status": "person_status",
    "disappeared": "disappeared_sort",
    "hometown": "hometown",
    "updated": "activity",
    "follow_up": "next_follow_up",
}
_ROW_COLUMNS = (
    "uuid, case_number, all_names, status, person_status, disappeared_text, "
    "hometown, activity, next_follow_up"
)


@dataclass(frozen=True)
class CaseQuery:
    status: str | None = None
    year: int | None = None
    hometown: str | None = None
    follow_up_due: bool = False
    # Cases merged into another (Case.duplicate_of) are left out of the everyday list.
    hide_merged: bool = False
    sort: str = "case_number"
    descending: bool = False


@dataclass(frozen=True)
class CaseRow:
    uuid: str
    case_number: str
    names: str
    status: str
    person_status: str
    disappeared: str
    hometown: str
    updated: str
    next_follow_up: str


def _row(r: Any) -> CaseRow:
    return CaseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "")


def _where(query: CaseQuery) -> tuple[str, list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if query.status:
        where.append("status = ?")
        args.append(query.status)
    if query.year:
        where.append("disappeared_year = ?")
        args.append(query.year)
    if query.hometown:
        where.append("hometown LIKE ? ESCAPE '\\'")
        args.append("%" + query.hometown.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if query.hide_merged:
        where.append("duplicate_of = ''")
    if query.follow_up_due:
        where.append("next_follow_up IS NOT NULL AND next_follow_up <= ?")
        args.append(_dt.date.today().isoformat())
    return (" WHERE " + " AND ".join(where)) if where else "", args


def where_clause(query: CaseQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (with its arguments) of the cases the list shows for ``query``."""
    return _where(query)


def _order(query: CaseQuery) -> str:
    column = SORT_KEYS.get(query.sort)
    if column is None:
        raise InvalidInputError("store.store.cannot_sort", sort=query.sort[:40])
    direction = "DESC" if query.descending else "ASC"
    return f" ORDER BY {column} {direction}, rowid {direction}"


def count(conn: Any, query: CaseQuery) -> int:
    where, args = _where(query)
    return int(conn.execute(f"SELECT count(*) FROM cases{where}", args).fetchone()[0])


def page(conn: Any, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
    order = _order(query)
    where, args = _where(query)
    found = conn.execute(
        f"SELECT {_ROW_COLUMNS} FROM cases{where}{order} LIMIT ? OFFSET ?", (*args, limit, offset)
    ).fetchall()
    return [_row(r) for r in found]


def uuids(conn: Any, query: CaseQuery) -> list[str]:
    order = _order(query)
    where, args = _where(query)
    return [r[0] for r in conn.execute(f"SELECT uuid FROM cases{where}{order}", args)]


def rows(conn: Any, case_uuids: list[str]) -> list[CaseRow]:
    """Rows for the given case UUIDs, in that order (missing ones left out)."""
    if not case_uuids:
        return []
    marks = ",".join("?" * len(case_uuids))
    found = conn.execute(f"SELECT {_ROW_COLUMNS} FROM cases WHERE uuid IN ({marks})", case_uuids).fetchall()
    by_uuid = {r[0]: _row(r) for r in found}
    return [by_uuid[u] for u in case_uuids if u in by_uuid]


def hometowns(conn: Any) -> list[str]:
    return [
        r[0]
        for r in conn.execute("SELECT DISTINCT hometown FROM cases WHERE hometown != '' ORDER BY hometown")
    ]


def years(conn: Any) -> list[int]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT disappeared_year FROM cases WHERE disappeared_year IS NOT NULL "
            "ORDER BY disappeared_year"
        )
    ]


def next_case_number(conn: Any, year: int | None = None) -> str:
    year = year or _dt.date.today().year
    prefix = f"IZ-{year}-"
    row = conn.execute(
        "SELECT case_number FROM cases WHERE case_number LIKE ? ORDER BY case_number DESC LIMIT 1",
        (prefix + "%",),
    ).fetchone()
    last = 0
    if row:
        tail = row[0][len(prefix) :]
        last = int(tail) if tail.isdigit() else 0
    return f"{prefix}{last + 1:04d}"


def marked_same_person(conn: Any, case_uuid: str) -> list[str]:
    """Case numbers of the cases a person marked as a duplicate of ``case_uuid`` (same person)."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT case_number FROM cases WHERE duplicate_of = ? ORDER BY case_number",
            (case_uuid,),
        )
    ]


def number_taken(conn: Any, case_number: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM cases WHERE case_number = ? LIMIT 1", (case_number,)).fetchone()
        is not None
    )


def has_cases(vault: Vault) -> bool:
    """Whether the vault holds any case (for callers that hold a vault, not a Store)."""
    return vault.conn.execute("SELECT 1 FROM cases LIMIT 1").fetchone() is not None
