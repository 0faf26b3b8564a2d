"""The six minimum elements the UN WGEID needs to transmit a case, and its urgent procedure.

See /work/shared/notes/case-model.md: (a) name, (b) date — at least month and year, (c) place,
(d) who is believed responsible, (e) steps taken or why remedies were impossible, (f) who
submits. A missing element is flagged on the cover so the organisation can supply it before
sending, rather than the Working Group returning the case.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from dataclasses import dataclass
from typing import Literal

from app.model import Act, ActKind, Case, Intervention, PartialDate, Procedure

__all__ = [
    "CASE_ELEMENTS",
    "Element",
    "ElementState",
    "URGENT_DAYS",
    "disappearance_date",
    "is_urgent",
    "minimum_elements",
    "missing_elements",
]

ElementState = Literal["present", "incomplete", "missing"]
URGENT_DAYS = 92  # "within the last three months", counted generously

# Acts whose date can stand for the date of disappearance when the case has none.
DISAPPEARANCE_ACTS = frozenset(
    {ActKind.DISAPPEARANCE, ActKind.ARREST, ActKind.CAMP_INTERNMENT, ActKind.CONTACT_LOST}
)


@dataclass(frozen=True)
class Element:
    key: str  # "a" … "f"
    state: ElementState
    value: str  # what the dossier shows for it (may be "")


def _first_act(acts: list[Act]) -> Act | None:
    return next((a for a in acts if a.kind in DISAPPEARANCE_ACTS), None)


def disappearance_date(case: Case, acts: list[Act]) -> PartialDate:
    """The case's date of disappearance, else the date of its first disappearance-like act."""
    if case.disappeared_on.known:
        return case.disappeared_on
    act = _first_act(acts)
    return act.date_from if act is not None else PartialDate()


def _place(case: Case, acts: list[Act]) -> str:
    if case.disappeared_place.strip():
        return case.disappeared_place.strip()
    act = _first_act(acts)
    return act.place.strip() if act is not None else ""


def _perpetrators(case: Case, acts: list[Act]) -> str:
    if case.perpetrators.strip():
        return case.perpetrators.strip()
    agencies = [a.agency.strip() for a in acts if a.agency.strip()]
    return "; ".join(dict.fromkeys(agencies))


def minimum_elements(
    case: Case, acts: list[Act], interventions: list[Intervention], organisation: str, lang: str = "en"
) -> list[Element]:
    """The six elements in order, each present, incomplete (date without month) or missing."""
    name = case.person.primary_name()
    when = disappearance_date(case, acts)
    if not when.known:
        date_state: ElementState = "missing"
    elif when.precision == "year":
        date_state = "incomplete"  # the WGEID asks for at least month and year
    else:
        date_state = "present"
    place = _place(case, acts)
    who = _perpetrators(case, acts)
    steps = bool(interventions) or bool(case.remedies.strip())

    def state(ok: bool) -> ElementState:
        return "present" if ok else "missing"

    return [
        Element("a", state(bool(name.strip())), name),
        Element("b", date_state, when.display(lang) if when.known else ""),
        Element("c", state(bool(place)), place),
        Element("d", state(bool(who)), who),
        Element("e", state(steps), ""),
        Element("f", state(bool(organisation.strip())), organisation.strip()),
    ]


def _latest_day(date: PartialDate) -> _dt.date | None:
    """The last day the partial date can mean (day precision needed at least month)."""
    if date.year is None or date.month is None:
        return None  # a year alone cannot establish "less than three months ago"
    if date.day is not None:
        return _dt.date(date.year, date.month, date.day)
    return _dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])


def is_urgent(case: Case, acts: list[Act], today: _dt.date) -> bool:
    """True when the disappearance may be less than three months old, or the case is urgent."""
    if case.procedure == Procedure.URGENT:
        return True
    latest = _latest_day(disappearance_date(case, acts))
    if latest is None:
        return False
    return _dt.timedelta(0) <= today - latest <= _dt.timedelta(days=URGENT_DAYS) or (
        latest > today and (latest - today).days < 31
    )  # this month, day not known


# The elements a case itself can supply: (f), who submits, is the organisation's, not the case's.
CASE_ELEMENTS = ("a", "b", "c", "d", "e")


def missing_elements(case: Case, acts: list[Act], interventions: list[Intervention]) -> list[str]:
    """The keys of elements (a)–(e) that are missing or incomplete, in order."""
    return [
        e.key
        for e in minimum_elements(case, acts, interventions, organisation="-")
        if e.key in CASE_ELEMENTS and e.state != "present"
    ]
