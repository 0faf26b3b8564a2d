"""The six minimum elements the UN WGEID needs to transmit a case, and its urgent procedure.

See /work/shared/notes/case-model.md: (a) name, (b) date — at least month and year, (c) place,
(d) who is believed responsible, (e) steps taken or why remedies were impossible, (f) who
submits. A missing element is flagged on the cover so the organisation can supply it before
sending, rather than the Working Group returning the case.
"""

from __future__ import annotations

from app.model import Act, ActKind, Case, NameKind, Person, PersonStatus
from app.model.wgeid import (
    DISAPPEARANCE_ACTS,
    URGENT_DAYS,
    Element,
    ElementState,
    disappearance_date,
    is_urgent,
    minimum_elements,
)
from app.names import to_latin

# The rule of the six elements is the model's (app/model/wgeid.py: the store counts cases
# missing them); what only a dossier needs — the recipient's sense of the case, Latin names —
# is here.
__all__ = [
    "Element",
    "ElementState",
    "URGENT_DAYS",
    "disappearance_date",
    "is_urgent",
    "minimum_elements",
    "not_enforced_disappearance",
    "recorded_latin_name",
    "transliterated_name",
    "chinese_official_name",
]

# Scripts written in Latin letters: a recipient's records (the UN's, a ministry's) search by these.
LATIN_SCRIPTS = ("kk-Latn", "ug-Latn", "en", "pinyin")

# Acts by which a person is deprived of liberty or vanishes: what the Working Group's
# definition (1992 Declaration, preamble) starts from.
_LIBERTY_ACTS = DISAPPEARANCE_ACTS | {ActKind.SENTENCING, ActKind.TRANSFER}
# Statuses that say the person is free and their whereabouts known, only their movement is
# restricted (a confiscated passport, an exit ban), or they are back with the family.
_NOT_DISAPPEARED = frozenset(
    {PersonStatus.PASSPORT_CONFISCATED, PersonStatus.RESTRICTED, PersonStatus.REUNITED}
)


def not_enforced_disappearance(case: Case, acts: list[Act]) -> bool:
    """True when the case, as recorded, is not an enforced disappearance in the WGEID's sense.

    Either the person's status says they are not deprived of liberty (a passport confiscated,
    movement restricted, reunited), or the only recorded acts are of other kinds (a passport
    confiscation) and none deprives them of liberty. The Working Group would not transmit it;
    a ministry or an NGO can still act on it.
    """
    if case.person.current_status in _NOT_DISAPPEARED:
        return True
    kinds = {a.kind for a in acts}
    return (
        ActKind.PASSPORT_CONFISCATION in kinds and not kinds & _LIBERTY_ACTS and not case.disappeared_on.known
    )


def recorded_latin_name(person: Person) -> str:
    return (
        person.primary_name(LATIN_SCRIPTS)
        if any(n.script in LATIN_SCRIPTS and n.text.strip() for n in person.names)
        else ""
    )


def transliterated_name(person: Person) -> str:
    """A Latin reading of the first recorded name when no Latin-script name was recorded."""
    if recorded_latin_name(person):
        return ""
    source = next((n.text for n in person.names if n.text.strip() and n.kind != NameKind.OFFICIAL_ZH), "")
    source = source or person.primary_name()
    return to_latin(source) if source else ""


def chinese_official_name(person: Person) -> str:
    official = [n for n in person.names if n.text.strip() and n.kind == NameKind.OFFICIAL_ZH]
    return official[0].text if official else ""
