"""The missing person's father's and mother's names: kept through the case file (version 4,
older files still read), sheets in and out, `izdeu show`, dossiers as consent allows, the
merge. All names are fictional."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import pytest

from app import cli
from app.dossier import DossierOptions, build_dossier, load_source
from app.interchange import FORMAT_VERSION, export_cases, import_cases
from app.model import Case, ConsentGrant, Name, PartialDate, Person, Witness
from app.store import Store
from app.tables.columns import guess_mapping
from app.tables.exporter import export_table
from app.tables.importer import apply_import, plan_import
from app.tables.sheet import read_sheet
from app.vault import Vault
from tests.core.test_dossier_recipient import _text
from tests.helpers import PASSPHRASE

TODAY = _dt.date(2026, 12, 2)
ORG = "Demo Rights Centre (fictional)"
FATHER, MOTHER = "Жақсыбек Тестұлы", "Гүлнар Сынаққызы"


def _son(store: Store) -> Case:
    case = Case(
        case_number="IZ-2026-0301",
        person=Person(names=[Name("Нұрлан Жақсыбеков", "kk-Cyrl")], father_name=FATHER, mother_name=MOTHER),
    )
    store.save(case)
    return case


def test_parents_names_round_trip_through_the_case_file(store: Store, tmp_path: Path) -> None:
    case = _son(store)
    path = tmp_path / "cases.json"
    export_cases(store, path, [case.uuid])
    doc = json.loads(path.read_text("utf-8"))
    assert doc["version"] == FORMAT_VERSION == 4
    assert doc["cases"][0]["case"]["person"]["father_name"] == FATHER
    with Vault.create(tmp_path / "other.izdeu", PASSPHRASE) as other_vault:
        other = Store(other_vault)
        import_cases(other, path)
        person = other.get_case(case.uuid).person
        assert (person.father_name, person.mother_name) == (FATHER, MOTHER)


def test_a_version_3_file_without_parents_still_imports(store: Store, tmp_path: Path) -> None:
    case = _son(store)
    path = tmp_path / "cases.json"
    export_cases(store, path, [case.uuid])
    doc = json.loads(path.read_text("utf-8"))
    doc["version"] = 3
    person = doc["cases"][0]["case"]["person"]
    del person["father_name"], person["mother_name"]
    with Vault.create(tmp_path / "other.izdeu", PASSPHRASE) as other_vault:
        other = Store(other_vault)
        assert import_cases(other, json.dumps(doc).encode("utf-8")).cases == 1
        person = other.get_case(case.uuid).person
        assert (person.father_name, person.mother_name) == ("", "")


@pytest.mark.parametrize(
    ("father", "mother"), [("Имя отца", "Имя матери"), ("Әкесінің аты", "Анасының аты"), ("父亲姓名", "母亲")]
)
def test_sheet_headers_in_every_language_fill_the_parents(
    store: Store, tmp_path: Path, father: str, mother: str
) -> None:
    path = tmp_path / "cases.csv"
    path.write_text(f"Аты-жөні,{father},{mother}\r\nӘсел Демоқызы,Демо Тестұлы,Айгүл Сынаққызы\r\n", "utf-8")
    sheet = read_sheet(path)
    assert guess_mapping(sheet.headers) == {0: "name:kk-Cyrl", 1: "father_name", 2: "mother_name"}
    apply_import(store, plan_import(store, sheet, guess_mapping(sheet.headers)))
    person = store.get_case(store.case_uuids()[0]).person
    assert (person.father_name, person.mother_name) == ("Демо Тестұлы", "Айгүл Сынаққызы")


def test_the_exported_sheet_has_the_parents_and_maps_itself(store: Store, tmp_path: Path) -> None:
    case = _son(store)
    target = tmp_path / "out.csv"
    export_table(store, target, [case.uuid])
    sheet = read_sheet(target)
    assert "Father's name" in sheet.headers and "Mother's name" in sheet.headers
    row = dict(zip(sheet.headers, sheet.rows[0], strict=True))
    assert (row["Father's name"], row["Mother's name"]) == (FATHER, MOTHER)
    mapping = guess_mapping(sheet.headers)
    assert {mapping[sheet.headers.index("Father's name")], mapping[sheet.headers.index("Mother's name")]} == {
        "father_name",
        "mother_name",
    }


def test_show_prints_the_parents(store: Store, vault_path: Path, monkeypatch, capsys) -> None:
    _son(store)
    store.vault.close()
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--vault", str(vault_path), "show", "IZ-2026-0301"]) == 0
    out = capsys.readouterr().out
    assert f"Father: {FATHER}" in out and f"Mother: {MOTHER}" in out


def test_dossiers_name_the_parents_as_consent_allows(store: Store, tmp_path: Path) -> None:
    case = _son(store)
    store.save(
        Witness(
            case_uuid=case.uuid,
            name="Әсел Тестқызы",
            relation="sister",
            consent=[ConsentGrant("wgeid", "full"), ConsentGrant("publish", "full")],
        )
    )

    def text(profile: str) -> str:
        options = DossierOptions(profile=profile, organisation=ORG, generated=TODAY)  # type: ignore[arg-type]
        return _text(build_dossier(load_source(store, case.uuid), options).pdf, tmp_path)

    wgeid = text("wgeid")
    assert f"Father's name {FATHER}" in wgeid and f"Mother's name {MOTHER}" in wgeid
    # A public dossier can reach anyone: relatives who may still live in China are not named.
    public = text("public")
    assert FATHER not in public and MOTHER not in public and "Father's name" not in public
    # The mother is a witness who agreed to be named by her initials only: her name stays out.
    store.save(
        Witness(
            case_uuid=case.uuid, name=MOTHER, relation="mother", consent=[ConsentGrant("wgeid", "initials")]
        )
    )
    wgeid = text("wgeid")
    assert MOTHER not in wgeid and "Mother's name" not in wgeid and f"Father's name {FATHER}" in wgeid


def test_merge_offers_the_other_cases_parents(store: Store) -> None:
    kept = _son(store)
    other = Case(
        case_number="IZ-2026-0302",
        person=Person(names=[Name("Nurlan Zhaksybekov", "kk-Latn")], father_name="Zhaksybek Testuly"),
    )
    store.save(other)
    differences = store.merge_differences(kept.uuid, other.uuid)
    assert [(d.path, d.kept, d.other) for d in differences] == [
        ("person.father_name", FATHER, "Zhaksybek Testuly")
    ]
    store.merge_cases(kept.uuid, other.uuid, {"person.father_name": "other"})
    assert store.get_case(kept.uuid).person.father_name == "Zhaksybek Testuly"


def test_izdeu_duplicates_says_why_a_father_matters(
    store: Store, vault_path: Path, monkeypatch, capsys
) -> None:
    for number, name, father in (
        ("IZ-2026-0401", "Нұрлан", "Жақсыбек"),  # the given name alone, as a cousin said it
        ("IZ-2026-0402", "Nurlan Zhaksybekov", "Zhaksybek Omaruly"),
        ("IZ-2026-0403", "Нурлан Жаксыбеков", "Жаксыбек Сеитович"),  # a namesake, another father
    ):
        store.save(
            Case(
                case_number=number,
                person=Person(names=[Name(name)], father_name=father, birth_date=PartialDate(1985)),
            )
        )
    store.vault.close()
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--vault", str(vault_path), "duplicates", "IZ-2026-0401"]) == 0
    out = capsys.readouterr().out
    assert "IZ-2026-0402" in out and "same father's name: Жақсыбек / Zhaksybek Omaruly" in out
    # The cousin's "Жақсыбек" cannot tell the namesake apart; the full names of the fathers can.
    assert "IZ-2026-0403" in out
    assert cli.main(["--vault", str(vault_path), "duplicates", "IZ-2026-0402"]) == 0
    out = capsys.readouterr().out
    assert "IZ-2026-0401" in out and "IZ-2026-0403" not in out
    assert cli.main(["--vault", str(vault_path), "duplicates", "IZ-2026-0403", "--json"]) == 0
    found = {c["case_number"]: c for c in json.loads(capsys.readouterr().out)["cases"]}
    assert set(found) == {"IZ-2026-0401"}
