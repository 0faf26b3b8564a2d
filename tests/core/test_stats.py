"""Statistics equal to counts made independently here from the cases themselves; the columns
they count by follow every save, delete and a vault migrated without them; the CSV, the PDF
and ``izdeu stats``; external references stored, searched, exported and in dossiers."""

from __future__ import annotations

import collections
import datetime as _dt
import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.demo import generate_cases
from app.dossier.builder import DossierOptions, DossierSource, build_dossier
from app.interchange import export_cases, import_cases
from app.interchange.importer import read_case_file
from app.model import Act, Case, ExternalRef, Intervention, Name, Record
from app.stats.pdf import statistics_pdf
from app.stats.report import compute, division_names, write_csv
from app.store import CaseQuery, Store
from app.vault import Vault, metakeys
from tests.helpers import PASSPHRASE

TODAY = _dt.date(2026, 5, 1)


def _fill(store: Store, count: int = 60) -> list[Record]:
    records = [r for demo in generate_cases(count, seed=7, today=TODAY, files=False) for r in demo.records]
    store.save_many(records, keep_times=True)
    return records


def _cases(store: Store, query: CaseQuery | None = None) -> list[Case]:
    return [store.get_case(u) for u in store.case_uuids(query or CaseQuery())]


def _age(case: Case) -> str:
    born, gone = case.person.birth_date.year, case.disappeared_on.year
    if born is None or gone is None:
        return ""
    age = gone - born
    return (
        "0-17"
        if age < 18
        else "18-29"
        if age < 30
        else "30-44"
        if age < 45
        else "45-59"
        if age < 60
        else "60+"
    )


def _independent(store: Store, query: CaseQuery) -> dict[str, collections.Counter[str]]:
    cases = _cases(store, query)
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for case in cases:
        person = case.person
        counts["person_status"][person.current_status] += 1
        counts["year"][str(case.disappeared_on.year or "")] += 1
        month = case.disappeared_on.iso().lstrip("~")[:7]
        counts["month"][month] += 1
        counts["prefecture"][person.hometown.prefecture] += 1
        place = f"{person.hometown.prefecture} / {person.hometown.county}"
        counts["county"][place if place != " / " else ""] += 1
        counts["sex"][person.sex] += 1
        counts["ethnicity"][person.ethnicity] += 1
        counts["age"][_age(case)] += 1
        facilities = {a.facility for a in store.children_of(case.uuid, Act) if a.facility}
        kinds = {a.facility_kind for a in store.children_of(case.uuid, Act) if a.facility_kind}
        counts["facility"].update(facilities)
        counts["facility_kind"].update(kinds)
        ids = [d.number[:6] for d in person.id_documents if len(d.number) == 18]
        if ids:
            prefecture, county = division_names(ids[0])
            counts["id_prefecture"][prefecture] += 1
            counts["id_county"][f"{prefecture} / {county}"] += 1
        for item in store.children_of(case.uuid, Intervention):
            answered = bool(item.response.strip()) or item.response_date.known
            counts["interventions"]["recorded"] += 1
            counts["interventions"]["sent"] += item.date.known
            counts["interventions"]["answered"] += answered
            due = item.next_follow_up.iso().lstrip("~")
            counts["interventions"]["overdue"] += (
                bool(due) and due <= _dt.date.today().isoformat() and not answered
            )
    return counts


@pytest.mark.parametrize(
    "query", [CaseQuery(), CaseQuery(status="open"), CaseQuery(year=2018), CaseQuery(hometown="Іле")]
)
def test_every_figure_equals_an_independent_count(store: Store, query: CaseQuery) -> None:
    _fill(store)
    report = compute(store, query)
    expected = _independent(store, query)
    assert report.total == len(store.case_uuids(query)) > 0 or query != CaseQuery()
    for figure, rows in report.figures.items():
        assert dict(rows) == {k: v for k, v in expected[figure].items()}, figure
    assert report.interventions == {k: expected["interventions"][k] for k in report.interventions}


def test_wgeid_gaps_equal_the_dossier_check(store: Store) -> None:
    from app.model.wgeid import missing_elements

    _fill(store, 40)
    bare = Case(case_number="IZ-BARE")  # nothing but a number: a, b, c, d, e all missing
    store.save(bare)
    report = compute(store)
    expected: collections.Counter[str] = collections.Counter()
    for case in _cases(store):
        acts = sorted(store.children_of(case.uuid, Act), key=lambda a: (a.position, a.created))
        missing = missing_elements(case, acts, store.children_of(case.uuid, Intervention))
        expected["any"] += bool(missing)
        expected.update(missing)
    assert report.wgeid == {k: expected[k] for k in report.wgeid}
    assert report.wgeid["a"] >= 1
    # Adding what was missing moves the count at once (acts and interventions included).
    bare.person.names = [Name("Демо Адам", "kk-Cyrl")]
    store.save(bare)
    assert compute(store).wgeid["a"] == report.wgeid["a"] - 1


def test_columns_follow_deletes_and_a_migrated_vault_derives_them_once(store: Store, vault: Vault) -> None:
    records = _fill(store, 30)
    before = compute(store)
    case = next(r for r in records if isinstance(r, Case))
    store.delete("case", case.uuid)
    deleted = compute(store)
    assert deleted.total == before.total - 1
    # As a vault from before the columns: blanked, and the meta key gone.
    with vault.transaction() as conn:
        conn.execute("UPDATE cases SET sex = '', prefecture = '', wgeid_missing = ''")
        conn.execute("UPDATE acts SET facility = ''")
        conn.execute("DELETE FROM meta WHERE key = ?", (metakeys.FACTS,))
    assert compute(store).figures["sex"] == [("", before.total - 1)]
    again = Store(vault)
    assert compute(again).figures == deleted.figures
    assert not again.ensure_facts()  # once only


def test_csv_and_pdf_in_three_languages(store: Store, tmp_path: Path) -> None:
    _fill(store, 30)
    case = Case(case_number="IZ-X")
    case.person.hometown.prefecture = "伊犁哈萨克自治州"
    case.person.hometown.county = "ئىلى"
    case.person.ethnicity = "other:=cmd"
    store.save(case)
    report = compute(store)
    write_csv(report, tmp_path / "s.csv", "kk")
    text = (tmp_path / "s.csv").read_text("utf-8-sig")
    assert "Адамның жағдайы бойынша" in text and "'=cmd" in text and ",=cmd" not in text
    assert (tmp_path / "s.csv").stat().st_mode & 0o077 == 0
    tool = shutil.which("pdftotext")
    for lang, heading in (
        ("en", "By person's status"),
        ("ru", "По статусу человека"),
        ("kk", "Адамның жағдайы бойынша"),
    ):
        pdf = statistics_pdf(report, lang)
        assert pdf.startswith(b"%PDF")
        if tool:
            (tmp_path / "s.pdf").write_bytes(pdf)
            out = subprocess.run(
                [tool, "-enc", "UTF-8", str(tmp_path / "s.pdf"), "-"], capture_output=True, text=True
            ).stdout
            assert heading in out
            assert "伊犁哈萨克自治州" in out
            assert str(report.total) in out


def test_cli_stats_json_matches_the_report(
    store: Store,
    vault: Vault,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _fill(store, 25)
    report = compute(store, CaseQuery(status="open"))
    path = vault.path
    vault.close()
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    assert (
        main(["--vault", str(path), "stats", "--json", "--status", "open", "--pdf", str(tmp_path / "s.pdf")])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "izdeu-stats" and data["total_cases"] == report.total
    assert {r["key"]: r["cases"] for r in data["figures"]["person_status"]} == dict(
        report.figures["person_status"]
    )
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert main(["--vault", str(path), "stats", "--lang", "kk"]) == 0
    assert "Жынысы бойынша" in capsys.readouterr().out


def test_external_references_are_stored_searched_exchanged_and_in_dossiers(
    store: Store, tmp_path: Path
) -> None:
    case = Case(case_number="IZ-2024-0007")
    case.person.names = [Name("Әсел Демоқызы", "kk-Cyrl")]
    case.external_refs = [ExternalRef("xjvictims", "XJV-4711"), ExternalRef("wgeid", "10009876")]
    store.save(case)
    assert store.get_case(case.uuid).external_refs == case.external_refs
    assert [h.case_uuid for h in store.search("10009876")] == [case.uuid]
    export_cases(store, tmp_path / "c.json")
    doc = json.loads((tmp_path / "c.json").read_text("utf-8"))
    assert doc["version"] == 4
    assert doc["cases"][0]["case"]["external_refs"][0] == {
        "register": "xjvictims",
        "reference": "XJV-4711",
        "notes": "",
    }
    other = Store(Vault.create(tmp_path / "o.izdeu", PASSPHRASE))
    try:
        import_cases(other, read_case_file(tmp_path / "c.json"))
        assert other.get_case(case.uuid).external_refs == case.external_refs
    finally:
        other.vault.close()
    dossier = build_dossier(
        DossierSource(store.load_case(case.uuid)),
        DossierOptions(profile="wgeid", lang="ru", organisation="Демо"),
    )
    tool = shutil.which("pdftotext")
    if tool:
        (tmp_path / "d.pdf").write_bytes(dossier.pdf)
        out = subprocess.run(
            [tool, "-enc", "UTF-8", str(tmp_path / "d.pdf"), "-"], capture_output=True, text=True
        ).stdout
        assert "Другие реестры" in out and "XJV-4711" in out and "10009876" in out


def test_hostile_reference_text_is_refused(store: Store) -> None:
    from app.errors import InvalidInputError

    case = Case(case_number="IZ-1", external_refs=[ExternalRef("wgeid", "10\x1b[2J")])
    with pytest.raises(InvalidInputError):
        store.save(case)
    rng = random.Random(1)
    case.external_refs = [ExternalRef("ngo", "".join(rng.choice("0123456789") for _ in range(20_000)))]
    with pytest.raises(InvalidInputError):
        store.save(case)
