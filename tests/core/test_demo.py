"""The demo data: every script, every date precision, the showcase cases, determinism."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from app import demo
from app.model import Case, Intervention, NameScript, Testimony, Witness
from app.store import CaseQuery, Store
from app.store.integrity import check as check_vault
from app.vault import Vault
from tests.helpers import PASSPHRASE

TODAY = dt.date(2026, 6, 15)


def _cases(n: int = 60, seed: int = demo.DEFAULT_SEED) -> list[demo.DemoCase]:
    return list(demo.generate_cases(n, seed=seed, today=TODAY, files=False))


def _records(cases: list[demo.DemoCase], cls: type) -> list:
    return [r for c in cases for r in c.records if isinstance(r, cls)]


def test_all_name_scripts_appear_in_the_showcase() -> None:
    showcase = _cases(demo.SHOWCASE_COUNT)
    scripts = {n.script for c in showcase for n in c.case.person.names}
    assert scripts >= set(NameScript) - {"en"}


def test_showcase_cases() -> None:
    first, uyghur, name_only, urgent, long_one, _again, *_family = _cases(demo.SHOWCASE_COUNT)
    # Two-word Uyghur name in Arabic script, plus the Chinese official name.
    ug = next(n for n in uyghur.case.person.names if n.script == "ug-Arab")
    assert len(ug.text.split()) == 2
    assert any(n.script == "zh-Hans" and n.kind == "official-zh" for n in uyghur.case.person.names)
    assert any(isinstance(r, Witness) and r.withdrawn for r in uyghur.records)
    # Nothing but a name.
    assert len(name_only.records) == 1
    bare = name_only.case
    assert [n.text for n in bare.person.names] == ["Сайхан"]
    assert (
        bare.to_dict()
        == Case(
            uuid=bare.uuid,
            created=bare.created,
            updated=bare.updated,
            case_number=bare.case_number,
            person=bare.person,
        ).to_dict()
    )
    # Urgent: within the WGEID's three months.
    assert urgent.case.procedure == "urgent"
    taken = urgent.case.disappeared_on.earliest()
    assert taken is not None and (TODAY - taken).days < 90
    assert any(
        isinstance(r, Intervention)
        and r.next_follow_up.earliest() is not None
        and r.next_follow_up.earliest() <= TODAY
        for r in urgent.records
    )
    # A testimony long enough to span dossier pages, with its translation.
    testimony = next(r for r in long_one.records if isinstance(r, Testimony))
    assert len(testimony.original_text) > 10_000 and testimony.translations
    assert first.case.person.current_status == "camp"


def test_generated_content_covers_the_model() -> None:
    cases = _cases(80)
    dates = [c.case.disappeared_on for c in cases]
    assert {d.precision for d in dates} == {"unknown", "year", "month", "day"}
    assert any(d.approximate for d in dates)
    assert len({c.case.person.current_status for c in cases}) >= 6
    assert len({c.case.status for c in cases}) >= 3
    testimonies = _records(cases, Testimony)
    assert {t.language for t in testimonies} >= {"kk", "ru", "ug"}
    assert any("-يىلى" in t.original_text for t in testimonies)
    assert all(t.translations for t in testimonies)
    witnesses = _records(cases, Witness)
    assert any(w.withdrawn for w in witnesses)
    assert len({tuple((g.scope, g.identity) for g in w.consent) for w in witnesses}) >= 3
    interventions = _records(cases, Intervention)
    follow_ups = [i.next_follow_up.earliest() for i in interventions if i.next_follow_up.known]
    assert any(d <= TODAY for d in follow_ups) and any(d > TODAY for d in follow_ups)
    assert all(i.reference for i in interventions)
    for case in cases:
        for record in case.records:
            record.validate()


def test_deterministic_for_a_seed() -> None:
    def dump(cases: list[demo.DemoCase]) -> list[dict]:
        return [r.to_dict() for c in cases for r in c.records]

    assert dump(_cases(30)) == dump(_cases(30))
    assert dump(_cases(30, seed=7)) != dump(_cases(30))


def test_generated_files() -> None:
    png = demo.photo_png("AB", 3)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (160, 200)
    assert png == demo.photo_png("AB", 3)
    pdf = demo.scan_pdf(["fictional line"])
    assert pdf.startswith(b"%PDF-") and pdf == demo.scan_pdf(["fictional line"])


def test_create_demo_vault(tmp_path) -> None:
    path = tmp_path / "demo.izdeu"
    stats = demo.create_demo_vault(path, PASSPHRASE, cases=12, today=TODAY)
    assert stats.cases == 12 and stats.attachments >= 3
    with Vault.open(path, PASSPHRASE) as vault:
        store = Store(vault)
        assert store.count_cases() == 12
        assert check_vault(vault).ok
        first = store.find_case(store.list_cases(CaseQuery(sort="name"))[0].uuid)
        assert first is not None
        photos = [
            c for c in (store.get_case(r.uuid) for r in store.list_cases()) if c.person.photo_attachment
        ]
        assert photos
        media = {a.media_type for a in store.iter_records() if a.KIND == "attachment"}
        assert {"image/png", "application/pdf"} <= media
        assert store.search("2017-يىلى")
        assert store.search("努尔尼萨")
        assert store.count_cases(CaseQuery(follow_up_due=True)) >= 1


def test_bulk_generate(store) -> None:
    seen: list[int] = []
    stats = demo.bulk_generate(
        store,
        120,
        testimonies_per_case=3,
        batch_cases=50,
        today=TODAY,
        progress=lambda done, total: seen.append(done),
    )
    showcase = sum(isinstance(r, Testimony) for c in _cases(demo.SHOWCASE_COUNT) for r in c.records)
    assert stats.cases == 120 and stats.testimonies == showcase + 3 * (120 - demo.SHOWCASE_COUNT)
    assert seen == [50, 100, 120]
    assert store.count_cases() == 120
    assert sum(1 for r in store.iter_records() if r.KIND == "testimony") == stats.testimonies
    numbers = [row.case_number for row in store.list_cases(limit=200)]
    assert len(set(numbers)) == 120 and all(len(n.rsplit("-", 1)[1]) == 5 for n in numbers)
    assert store.search("نۇرنىسا")  # the showcase comes first in bulk vaults too


def test_the_demo_holds_one_person_reported_twice_in_two_scripts(tmp_path) -> None:
    with Vault.create(tmp_path / "demo.izdeu", PASSPHRASE) as vault:
        store = Store(vault)
        demo.populate(store, 12, today=TODAY)
        uyghur = _cases(demo.SHOWCASE_COUNT)[1].case
        found = store.duplicate_matches(store.get_case(uyghur.uuid).person, uyghur.uuid)
        assert [row.names for row, _match in found] == ["Нурниса Кутбекова"]
        assert found[0][1].reasons[0].code == "name"
        assert len(list(store.all_duplicates())) >= 1


def test_the_demo_holds_a_family_of_three_and_links_the_same_person(tmp_path) -> None:
    with Vault.create(tmp_path / "demo.izdeu", PASSPHRASE) as vault:
        store = Store(vault)
        demo.populate(store, 12, today=TODAY)
        showcase = _cases(demo.SHOWCASE_COUNT)
        uncle, *aunts = (c.case for c in showcase[6:9])
        related = store.related_cases(uncle.uuid)
        assert sorted(r.other_case for r in related) == sorted(a.uuid for a in aunts)
        assert {(r.kind, r.certainty) for r in related} == {("sibling", "confirmed")}
        assert {r.kind for r in store.related_cases(aunts[0].uuid)} == {"sibling"}
        again = store.related_cases(showcase[1].case.uuid)
        assert [(r.other_case, r.kind, r.certainty) for r in again] == [
            (showcase[5].case.uuid, "same-person", "probable")
        ]
