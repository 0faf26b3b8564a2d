"""Exporting the case list: ids in every row, names per script, partial dates, sheets per
kind, contacts only when asked, CSV injection neutralised, owner-only files, round trip."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.model import Act, Case, ExternalRef, Hometown, IdDocument, Name, PartialDate, Witness
from app.store import Store
from app.tables.columns import guess_mapping
from app.tables.exporter import CASE_COLUMNS, case_row, export_table, neutralise
from app.tables.importer import apply_import, plan_import
from app.tables.sheet import read_sheet
from app.vault import Vault
from tests.helpers import PASSPHRASE

EVIL = ['=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)", "\tTab", "\rCR"]
STORED_EVIL = EVIL[:-1]  # a note cannot hold a CR (app/model/text.py); the others can


def _case(store: Store, number: str, *, evil: str = "") -> Case:
    case = Case(case_number=number, disappeared_on=PartialDate(2018, 3), notes=evil or "ескертпе")
    case.person.names = [
        Name("Әсел Демоқызы", "kk-Cyrl"),
        Name("Асель", "kk-Cyrl"),
        Name("ئەسەل", "ug-Arab"),
        Name("艾赛丽", "zh-Hans"),
    ]
    case.person.birth_date = PartialDate(1980, approximate=True)
    case.person.hometown = Hometown("Іле", "Нылқы", "", "")
    case.person.sex = "female"
    case.person.current_status = "camp"
    case.person.id_documents = [IdDocument("PRC resident ID", "654028198002011234")]
    case.external_refs = [ExternalRef("xjvictims", "12345"), ExternalRef("wgeid", "10.001")]
    store.save(case)
    store.save(Act(case_uuid=case.uuid, facility="Демо лагері №3", facility_kind="camp"))
    store.save(Witness(case_uuid=case.uuid, name="Куә Демо", contact="+7 700 000 00 00"))
    return case


def test_neutralise_every_formula_start() -> None:
    for text in EVIL:
        assert neutralise(text) == "'" + text
    assert neutralise("Әсел") == "Әсел" and neutralise("") == ""


def test_csv_export_has_ids_scripts_partial_dates_and_no_formula(store: Store, tmp_path: Path) -> None:
    cases = [_case(store, f"IZ-2024-{i:04d}", evil=e) for i, e in enumerate(STORED_EVIL)]
    target = tmp_path / "list.csv"
    export_table(store, target, [c.uuid for c in cases])
    assert target.stat().st_mode & 0o077 == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    header, body = rows[0], rows[1:]
    assert len(body) == len(STORED_EVIL)
    column = {name: header.index(name) for name in header}
    for row, case in zip(body, cases, strict=True):
        assert row[column["Case UUID"]] == case.uuid and row[column["Case number"]] == case.case_number
        assert row[column["Name: Kazakh (Cyrillic)"]] == "Әсел Демоқызы; Асель"
        assert row[column["Date of birth"]] == "~1980" and row[column["Disappeared on"]] == "2018-03"
    for row in body:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_xlsx_export_with_sheets_and_contacts_only_when_asked(store: Store, tmp_path: Path) -> None:
    case = _case(store, "IZ-2024-0001", evil="=1+2")
    export_table(store, tmp_path / "a.xlsx", [case.uuid], sheets=True)
    book = load_workbook(tmp_path / "a.xlsx")
    assert book.sheetnames == ["cases", "acts", "witnesses", "interventions"]
    cases = list(book["cases"].iter_rows(values_only=True))
    notes = cases[0].index("Notes")
    # Stored as text, never as a formula: shown as written and never computed.
    assert cases[1][notes] == "=1+2" and book["cases"].cell(2, notes + 1).data_type == "s"
    witnesses = list(book["witnesses"].iter_rows(values_only=True))
    assert witnesses[0] == ("case_uuid", "uuid", "name", "relation", "language")
    assert witnesses[1][0] == case.uuid
    assert "+7 700" not in str(witnesses)
    export_table(store, tmp_path / "b.xlsx", [case.uuid], sheets=True, with_contacts=True)
    witnesses = list(load_workbook(tmp_path / "b.xlsx")["witnesses"].iter_rows(values_only=True))
    assert witnesses[1][-1] == "+7 700 000 00 00"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_the_same_cases(store: Store, tmp_path: Path, suffix: str) -> None:
    originals = [_case(store, f"IZ-2024-{i:04d}", evil=e) for i, e in enumerate(STORED_EVIL)]
    before = {c.uuid: case_row(store.load_case(c.uuid)) for c in originals}
    target = tmp_path / f"list{suffix}"
    export_table(store, target, list(before))
    other = Store(Vault.create(tmp_path / "other.izdeu", PASSPHRASE))
    try:
        sheet = read_sheet(target, "cases" if suffix == ".xlsx" else None)
        mapping = guess_mapping(sheet.headers)
        assert sorted(mapping.values()) == sorted(CASE_COLUMNS)
        plan = plan_import(other, sheet, mapping)
        assert not plan.problems
        assert apply_import(other, plan).cases == len(originals)
        after = {u: case_row(other.load_case(u)) for u in other.case_uuids()}
        assert after == before
    finally:
        other.vault.close()


def test_cli_export_table_filters_search_and_warning(
    store: Store,
    vault: Vault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _case(store, "IZ-2024-0001")
    second = Case(case_number="IZ-2024-0002", status="closed")
    second.person.names = [Name("Қайрат Сынақ", "kk-Cyrl")]
    store.save(second)
    path = vault.path
    vault.close()
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "open.csv"
    assert main(["--vault", str(path), "export-table", "-o", str(out), "--status", "open"]) == 0
    text = out.read_text("utf-8-sig")
    assert first.uuid in text and second.uuid not in text
    assert "NOT encrypted" in capsys.readouterr().err
    found = tmp_path / "found.xlsx"
    assert main(["--vault", str(path), "export-table", "-o", str(found), "--search", "Қайрат"]) == 0
    rows = list(load_workbook(found)["cases"].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [second.uuid]
    assert main(["--vault", str(path), "export-table", "-o", str(out)]) == 7  # exists, no --force
