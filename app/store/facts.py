"""The columns the statistics count by, derived from records as the case-list columns are.

A figure over 100,000 cases must be a GROUP BY over plain columns (app/store/stats.py): reading
every case's JSON takes seconds. ``writes.save`` writes these with each row; a vault migrated
from a version without them gets them once, on opening (:func:`rebuild`, meta key ``facts``).
"""

from __future__ import annotations

import re
from typing import Any

from app.model.records import Act, Case, Intervention
from app.model.wgeid import missing_elements
from app.store import codec
from app.store.schema import TABLES

__all__ = ["FACTS_VERSION", "case_facts", "act_facts", "intervention_facts", "update_wgeid", "rebuild"]

# Raised when a derivation changes, so every vault recomputes its columns once.
FACTS_VERSION = 1

# A PRC resident ID: 18 characters (the last may be X) or the old 15 digits; the first six
# digits name the county of registration (GB/T 2260).
_RIC = re.compile(r"[0-9]{17}[0-9X]|[0-9]{15}", re.ASCII)


def id_division(case: Case) -> str:
    for doc in case.person.id_documents:
        number = re.sub(r"[\s-]", "", doc.number).upper()
        if _RIC.fullmatch(number):
            return number[:6]
    return ""


def case_facts(case: Case) -> dict[str, Any]:
    person = case.person
    return {
        "sex": person.sex,
        "ethnicity": person.ethnicity.strip(),
        "prefecture": person.hometown.prefecture.strip(),
        "county": person.hometown.county.strip(),
        "id_division": id_division(case),
        "birth_year": person.birth_date.year,
        "disappeared_month": case.disappeared_on.month,
    }


def act_facts(act: Act) -> dict[str, Any]:
    return {"facility": act.facility.strip(), "facility_kind": act.facility_kind.strip().casefold()}


def intervention_facts(item: Intervention) -> dict[str, Any]:
    follow_up = item.next_follow_up.iso().lstrip("~")
    return {
        "sent": int(item.date.known),
        "answered": int(bool(item.response.strip()) or item.response_date.known),
        "follow_up": follow_up or None,
    }


def update_wgeid(conn: Any, case_uuid: str, case: Case | None = None) -> None:
    """Recompute which WGEID elements the case lacks (they depend on its acts and interventions).
    ``case``: the case just saved (saves decoding it again)."""
    if case is None:
        found = codec.find(conn, "case", case_uuid)
        if not isinstance(found, Case):
            return  # the case itself was just deleted
        case = found
    acts = [a for a in codec.children(conn, case_uuid, "act") if isinstance(a, Act)]
    acts.sort(key=lambda a: (a.position, a.created))
    interventions = [
        i for i in codec.children(conn, case_uuid, "intervention") if isinstance(i, Intervention)
    ]
    _set(conn, "case", case_uuid, {"wgeid_missing": ",".join(missing_elements(case, acts, interventions))})


def _set(conn: Any, kind: str, uuid: str, values: dict[str, Any]) -> None:
    conn.execute(
        f"UPDATE {TABLES[kind]} SET {', '.join(f'{c} = ?' for c in values)} WHERE uuid = ?",
        (*values.values(), uuid),
    )


def rebuild(conn: Any, chunk: int = 1000) -> None:
    """Every derived statistics column from the records (inside the caller's transaction),
    a thousand cases at a time so memory stays bounded."""
    uuids = [r[0] for r in conn.execute(f"SELECT uuid FROM {TABLES['case']}").fetchall()]
    for start in range(0, len(uuids), chunk):
        cases: list[Case] = []
        acts: dict[str, list[Act]] = {}
        interventions: dict[str, list[Intervention]] = {}
        for record in codec.records(conn, uuids[start : start + chunk]):
            if isinstance(record, Case):
                cases.append(record)
                _set(conn, "case", record.uuid, case_facts(record))
            elif isinstance(record, Act):
                acts.setdefault(record.case_uuid, []).append(record)
                _set(conn, "act", record.uuid, act_facts(record))
            elif isinstance(record, Intervention):
                interventions.setdefault(record.case_uuid, []).append(record)
                _set(conn, "intervention", record.uuid, intervention_facts(record))
        for case in cases:
            its_acts = sorted(acts.get(case.uuid, []), key=lambda a: (a.position, a.created))
            missing = ",".join(missing_elements(case, its_acts, interventions.get(case.uuid, [])))
            _set(conn, "case", case.uuid, {"wgeid_missing": missing})
