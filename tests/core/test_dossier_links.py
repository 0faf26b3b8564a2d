"""Dossiers list related cases by number and relation, only where the related case's family
consented to the recipient; "not the same person" never. All names are fictional."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from app.dossier import DossierOptions, build_dossier, load_source
from app.dossier.consent import RelatedRef, related_for
from app.model import Case, ConsentGrant, LinkKind, Name, Person, Witness
from app.store import Store
from tests.core.test_dossier_recipient import _text

TODAY = _dt.date(2026, 11, 28)
ORG = "Demo Rights Centre (fictional)"


def _case(store: Store, number: str, name: str, *grants: ConsentGrant) -> Case:
    case = Case(case_number=number, person=Person(names=[Name(name, "kk-Cyrl")]))
    store.save(case)
    if grants:
        store.save(Witness(case_uuid=case.uuid, name="Тест Тестова", consent=list(grants)))
    return case


def test_related_cases_are_listed_as_consent_allows(store: Store, tmp_path: Path) -> None:
    uncle = _case(store, "IZ-2024-0101", "Бауыржан Тестов")
    aunt = _case(store, "IZ-2024-0102", "Айгүл Тестова", ConsentGrant("wgeid", "full"))
    other_aunt = _case(store, "IZ-2024-0103", "Роза Тестова", ConsentGrant("publish", "initials"))
    stranger = _case(store, "IZ-2024-0104", "Бауыржан Басқаев", ConsentGrant("wgeid", "full"))
    store.link_cases(aunt.uuid, uncle.uuid, LinkKind.SIBLING)
    store.link_cases(uncle.uuid, other_aunt.uuid, LinkKind.PARENT)
    store.not_same_person(uncle.uuid, stranger.uuid)

    wgeid = _text(
        build_dossier(load_source(store, uncle.uuid), DossierOptions(organisation=ORG, generated=TODAY)).pdf,
        tmp_path,
    )
    assert "Related cases" in wgeid and "sibling of the person in case IZ-2024-0102" in wgeid
    assert "IZ-2024-0103" not in wgeid and "1 more not listed" in wgeid
    assert "IZ-2024-0104" not in wgeid

    public = DossierOptions(profile="public", organisation=ORG, generated=TODAY, lang="ru")
    text = _text(build_dossier(load_source(store, uncle.uuid), public).pdf, tmp_path)
    assert (
        "Связанные дела" in text
        and "родитель лица из дела IZ-2024-0103" in text
        and "IZ-2024-0102" not in text
    )
    # Seen from the child the link reads the other way, once the uncle's family consented.
    child = _text(build_dossier(load_source(store, other_aunt.uuid), public).pdf, tmp_path)
    assert "IZ-2024-0101" not in child and "ещё 1 не указано" in child
    store.save(
        Witness(case_uuid=uncle.uuid, name="Тест Тестов", consent=[ConsentGrant("publish", "anonymous")])
    )
    child = _text(build_dossier(load_source(store, other_aunt.uuid), public).pdf, tmp_path)
    assert "ребёнок лица из дела IZ-2024-0101" in child


def test_related_for_counts_what_it_leaves_out() -> None:
    refs = [RelatedRef("A", "sibling", frozenset({"wgeid"})), RelatedRef("B", "spouse", frozenset())]
    assert related_for(refs, "wgeid") == ([refs[0]], 1)
    assert related_for(refs, "publish") == ([], 2)
