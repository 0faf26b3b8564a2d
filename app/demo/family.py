"""The family of the showcase: an uncle and two aunts taken from one house on the same night,
three cases for the WGEID (one per person) linked as siblings, and the links that say the
sixth showcase case is probably the second one's person again. Every name is fictional."""

from __future__ import annotations

from app.demo.base import DemoCase
from app.demo.generator import Generator
from app.model import Case, CaseLink, Certainty, Hometown, LinkKind, Name, PartialDate

__all__ = ["family", "link"]

_NIGHT = PartialDate(2018, 4, 12)
# The siblings' parents, named alike in every case: the duplicate panel shows them as supporting
# a match and never mistakes the siblings for one person.
_FATHER, _MOTHER = "Сәрсенбай Тұрсынұлы", "Гүлнар Ахметқызы"
_SIBLINGS = (
    ("Бауыржан Сәрсенбаев", "Bauyrzhan Sarsenbayev", False, 1961),
    ("Айгүл Сәрсенбаева", "Aigül Särsenbaeva", True, 1964),
    ("Роза Сәрсенбаева", "Roza Sarsenbayeva", True, 1969),
)


def link(gen: Generator, case: Case, other: Case, kind: str, certainty: str) -> CaseLink:
    """A link written from ``case`` (made when it was taken in, like its other records)."""
    return CaseLink(
        uuid=gen.uuid(),
        created=case.created,
        updated=case.created,
        case_uuid=case.uuid,
        other_case=other.uuid,
        kind=kind,
        certainty=certainty,
    )


def family(gen: Generator, first_index: int) -> list[DemoCase]:
    """Three siblings; each one's links point only at the cases before it, so a demo cut
    short after any of them holds no link to a case it lacks."""
    out: list[DemoCase] = []
    home: Hometown | None = None
    for offset, (cyrillic, latin, female, born) in enumerate(_SIBLINGS):
        demo = gen.case(
            first_index + offset,
            testimonies=1,
            uyghur=False,
            female=female,
            disappeared=_NIGHT,
            current="camp",
            names=[Name(cyrillic, "kk-Cyrl", "legal"), Name(latin, "kk-Latn", "other")],
        )
        case = demo.case
        case.person.birth_date = PartialDate(born)
        case.person.father_name, case.person.mother_name = _FATHER, _MOTHER
        home = home or Hometown(**vars(case.person.hometown))
        case.person.hometown = Hometown(**vars(home))
        case.disappeared_place = f"{home.village}, {home.county}"
        case.summary = "Демо: трое братьев и сестёр, увезённых из одного дома в одну ночь."
        for earlier in out:
            demo.records.append(link(gen, case, earlier.case, LinkKind.SIBLING, Certainty.CONFIRMED))
        out.append(demo)
    return out
