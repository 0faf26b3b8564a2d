"""The counts behind the statistics: GROUP BY over the columns of app/store/facts.py.

Each figure is one query with the case list's filter (``listing.CaseQuery``), so the numbers
are those of the list a person sees. Keys are stored values ("" = not recorded); wording and
order are the caller's (app/stats).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from app.store.listing import CaseQuery, where_clause
from app.store.schema import TABLES

__all__ = ["Counts", "FIGURES", "count_figure", "interventions", "wgeid", "total"]

Counts = list[tuple[str, int]]

_CASES = TABLES["case"]


def _cases(where: str) -> str:
    """The cases table, read through the narrow ``cases_stats`` index when a filter is given
    (schema 5): the planner, without ANALYZE statistics, would otherwise walk a figure's own
    index and fetch each case row to test the filter (seconds on 100,000 cases)."""
    return f"{_CASES} INDEXED BY cases_stats" if where else _CASES


# Ages at disappearance, in the brackets reports use (children are reported apart).
_AGE = (
    "CASE WHEN birth_year IS NULL OR disappeared_year IS NULL THEN '' "
    "WHEN disappeared_year - birth_year < 18 THEN '0-17' "
    "WHEN disappeared_year - birth_year < 30 THEN '18-29' "
    "WHEN disappeared_year - birth_year < 45 THEN '30-44' "
    "WHEN disappeared_year - birth_year < 60 THEN '45-59' ELSE '60+' END"
)
_MONTH = (
    "CASE WHEN disappeared_year IS NULL THEN '' WHEN disappeared_month IS NULL "
    "THEN printf('%04d', disappeared_year) "
    "ELSE printf('%04d-%02d', disappeared_year, disappeared_month) END"
)

# figure → the case column (or expression) it counts by
FIGURES: dict[str, str] = {
    "person_status": "person_status",
    "year": "coalesce(CAST(disappeared_year AS TEXT), '')",
    "month": _MONTH,
    "prefecture": "prefecture",
    "county": "CASE WHEN prefecture || county = '' THEN '' ELSE prefecture || ' / ' || county END",
    "id_division": "id_division",
    "sex": "sex",
    "age": _AGE,
    "ethnicity": "ethnicity",
}
# figures counted over acts: cases per facility (a case held in two places counts in both)
_ACT_FIGURES = {"facility": "facility", "facility_kind": "facility_kind"}


def total(conn: Any, query: CaseQuery) -> int:
    where, args = where_clause(query)
    return int(conn.execute(f"SELECT count(*) FROM {_cases(where)}{where}", args).fetchone()[0])


def count_figure(conn: Any, figure: str, query: CaseQuery) -> Counts:
    """(key, number of cases) of one figure, largest first."""
    where, args = where_clause(query)
    if figure in FIGURES:
        sql = f"SELECT {FIGURES[figure]} AS k, count(*) FROM {_cases(where)}{where} GROUP BY k"
    elif figure in _ACT_FIGURES:
        column = _ACT_FIGURES[figure]
        # "> ''" lets the facility index find the few acts with one; "+case_uuid" keeps the
        # planner (a vault has no ANALYZE statistics) from walking every act by its case.
        sql = (
            f"SELECT {column} AS k, count(DISTINCT case_uuid) FROM {TABLES['act']} "
            f"WHERE {column} > '' AND +case_uuid IN (SELECT uuid FROM {_cases(where)}{where}) GROUP BY k"
        )
    else:
        raise KeyError(figure)
    rows = [(str(k or ""), int(n)) for k, n in conn.execute(sql, args)]
    rows.sort(key=lambda r: (-r[1], r[0]))
    return rows


def interventions(conn: Any, query: CaseQuery, today: _dt.date | None = None) -> dict[str, int]:
    """Interventions sent, answered, and with a follow-up date passed and no answer."""
    where, args = where_clause(query)
    day = (today or _dt.date.today()).isoformat()
    row = conn.execute(
        "SELECT coalesce(sum(sent), 0), coalesce(sum(answered), 0), "
        "coalesce(sum(follow_up IS NOT NULL AND follow_up <= ? AND answered = 0), 0), count(*) "
        f"FROM {TABLES['intervention']} WHERE case_uuid IN (SELECT uuid FROM {_cases(where)}{where})",
        (day, *args),
    ).fetchone()
    return {"sent": int(row[0]), "answered": int(row[1]), "overdue": int(row[2]), "recorded": int(row[3])}


def wgeid(conn: Any, query: CaseQuery, elements: tuple[str, ...]) -> dict[str, int]:
    """Cases lacking any of the elements ("any"), and lacking each one."""
    if not all(len(e) == 1 and e.isascii() and e.isalpha() for e in elements):
        raise ValueError("element keys are single letters")  # they are written into the SQL
    where, args = where_clause(query)
    parts = ["sum(wgeid_missing != '')"] + [f"sum(instr(wgeid_missing, '{e}') > 0)" for e in elements]
    row = conn.execute(f"SELECT {', '.join(parts)} FROM {_cases(where)}{where}", args).fetchone()
    return {"any": int(row[0] or 0)} | {e: int(v or 0) for e, v in zip(elements, row[1:], strict=True)}
