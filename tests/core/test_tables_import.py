"""Importing spreadsheets: encodings, XLSX made here, formula cells, bad rows by number,
hostile files, mappings, all-or-nothing and the good rows."""

from __future__ import annotations

import codecs
import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.errors import InvalidInputError
from app.model import Case, Name
from app.store import Store
from app.tables.columns import guess_mapping
from app.tables.importer import apply_import, plan_import, save_mapping_in_vault, saved_mappings
from app.tables.mapping import Mapping, read_mapping, write_mapping
from app.tables.sheet import MAX_COLUMNS, read_sheet, sheet_names
from app.tables.values import people_date

HEADERS = [
    "Аты-жөні",
    "ئىسمى",
    "姓名",
    "Туған күні",
    "Статус",
    "Дата исчезновения",
    "Уезд",
    "身份证号",
    "Notes",
]
ROWS = [
    [
        "Әсел Демоқызы",
        "ئەسەل دېمو",
        "艾赛丽",
        "1980-02",
        "лагерь",
        "март 2018",
        "Нылқы",
        "654028198002011234",
        "бір",
    ],
    ["Қайрат Демоұлы", "قايرات", "凯拉特", "05.03.1975", "камера", "2017", "Күнес", "", ""],  # bad status
    ["Ғалым Тестов", "", "加林", "31.02.1990", "missing", "~2019", "", "", ""],  # impossible date
    ["Мөлдір Сынақ", "مۆلدىر", "", "", "prison", "2018年3月5日", "Текес", "", "екі"],
]


def _csv(rows: list[list[str]], sep: str = ",") -> str:
    out = io.StringIO()
    import csv

    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(rows)
    return out.getvalue()


def _xlsx(path: Path, rows: list[list[object]], headers: list[str] = HEADERS, sheet: str = "Cases") -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    ws.append(headers)
    for row in rows:
        ws.append(row)
    book.create_sheet("Other").append(["nothing"])
    book.save(path)
    return path


@pytest.mark.parametrize(("encoding", "sep"), [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t")])
def test_csv_in_unicode_encodings_reads_kazakh_uyghur_chinese(
    tmp_path: Path, encoding: str, sep: str
) -> None:
    path = tmp_path / "cases.csv"
    path.write_bytes(_csv(ROWS, sep).encode(encoding))
    sheet = read_sheet(path)
    assert sheet.headers == HEADERS
    assert sheet.rows == ROWS
    assert sheet.encoding == encoding


def test_cp1251_headers_are_guessed(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes(
        "ФИО;Дата рождения;Статус\r\nИванова Асель Ёлковна;март 1980;пропал\r\n".encode("cp1251")
    )
    sheet = read_sheet(path)
    assert sheet.encoding == "cp1251"
    assert sheet.rows == [["Иванова Асель Ёлковна", "март 1980", "пропал"]]
    mapping = guess_mapping(sheet.headers)
    assert mapping == {0: "name:ru", 1: "birth_date", 2: "person_status"}
    case = plan_import_case(sheet, mapping)
    assert (case.person.birth_date.iso(), case.person.current_status) == ("1980-03", "missing")


def plan_import_case(sheet: object, mapping: dict[int, str]) -> Case:
    from app.tables.rows import convert_row

    assert hasattr(sheet, "rows") and hasattr(sheet, "headers")
    converted = convert_row(2, sheet.rows[0], mapping, sheet.headers)
    assert not isinstance(converted, list)
    return converted.case


def test_utf16_without_bom_and_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_bytes("Name\tSex\nӘсел\tж\n".encode("utf-16-le"))
    assert read_sheet(path).rows == [["Әсел", "ж"]]
    with pytest.raises(InvalidInputError) as err:
        read_sheet(path, encoding="utf-8")
    assert err.value.key == "tables.sheet.not_in_encoding"


def test_import_reports_every_bad_row_by_number_and_imports_nothing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_bytes(_csv(ROWS).encode("utf-8"))
    sheet = read_sheet(path)
    plan = plan_import(store, sheet, guess_mapping(sheet.headers))
    assert [(p.row, p.column, p.header) for p in plan.problems] == [(3, 5, "Статус"), (4, 4, "Туған күні")]
    assert plan.problems[0].error.key == "tables.values.code_not_known"
    assert plan.problems[1].error.key == "model.dates.date_such_day"
    for problem in plan.problems:  # the reason never quotes the cell
        assert "камера" not in problem.reason and "31.02" not in problem.reason
    with pytest.raises(InvalidInputError) as err:
        apply_import(store, plan)
    assert err.value.key == "tables.importer.rows_failed"
    assert store.count_cases() == 0


def test_good_rows_imports_the_others_converted_like_typed(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_bytes(_csv(ROWS).encode("utf-8-sig"))
    sheet = read_sheet(path)
    result = apply_import(store, plan_import(store, sheet, guess_mapping(sheet.headers)), good_rows=True)
    assert (result.cases, result.left_out) == (2, 2)
    cases = {store.get_case(u).person.names[0].text: store.get_case(u) for u in store.case_uuids()}
    asel = cases["Әсел Демоқызы"]
    assert [(n.script, n.text) for n in asel.person.names] == [
        ("kk-Cyrl", "Әсел Демоқызы"),
        ("ug-Arab", "ئەسەل دېمو"),
        ("zh-Hans", "艾赛丽"),
    ]
    assert asel.person.birth_date.iso() == "1980-02"
    assert asel.person.current_status == "camp"
    assert asel.disappeared_on.iso() == "2018-03"
    assert asel.person.hometown.county == "Нылқы"
    assert asel.person.id_documents[0].number == "654028198002011234"
    molder = cases["Мөлдір Сынақ"]
    assert molder.disappeared_on.iso() == "2018-03-05" and molder.person.current_status == "prison"
    assert molder.case_number != asel.case_number
    assert any(e.action == "import-table" for e in store.audit())


def test_xlsx_with_kazakh_uyghur_chinese_and_formula_cells(store: Store, tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "cases.xlsx",
        [ROWS[0], ["Сәуле", "سەۋلە", "赛乌列", '="19"&"85"', "missing", "", "", "", ""]],
    )
    assert sheet_names(path) == ["Cases", "Other"]
    sheet = read_sheet(path, "Cases")
    # openpyxl writes formulas without a saved value: the cell is refused by row and column.
    plan = plan_import(store, sheet, guess_mapping(sheet.headers))
    assert [(p.row, p.column, p.error.key) for p in plan.problems] == [
        (3, 4, "tables.sheet.formula_without_value")
    ]
    assert plan.good[0].case.person.names[1].text == "ئەسەل دېمو"


def test_formula_cell_with_a_saved_value_is_imported_as_the_value(store: Store, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "f.xlsx", [["Сәуле", "", "", "=1980+5", "missing", "", "", "", ""]])
    # What Excel does on saving: the formula with its cached value <v>.
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"].decode()
    assert "<f>1980+5</f><v></v>" in sheet_xml or "<f>1980+5</f>" in sheet_xml
    sheet_xml = sheet_xml.replace("<f>1980+5</f><v></v>", "<f>1980+5</f><v>1985</v>").replace(
        "<f>1980+5</f></c>", "<f>1980+5</f><v>1985</v></c>"
    )
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.encode()
    with zipfile.ZipFile(path, "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)
    sheet = read_sheet(path)
    plan = plan_import(store, sheet, guess_mapping(sheet.headers))
    assert not plan.problems
    assert plan.good[0].case.person.birth_date.iso() == "1985"


def test_control_characters_and_giant_cells_are_refused_by_row(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Name,Notes\nӘсел\x1b[31m,ok\nҚайрат," + "x" * 30_000 + "\n", "utf-8")
    plan = plan_import(store, read_sheet(path), {0: "name:kk-Cyrl", 1: "notes"})
    assert [(p.row, p.column) for p in plan.problems] == [(2, 1), (3, 2)]


def test_a_million_columns_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("," * 1_000_000 + "\n", "utf-8")
    with pytest.raises(InvalidInputError) as err:
        read_sheet(path)
    assert err.value.key == "tables.sheet.too_many_columns" and str(MAX_COLUMNS) in str(err.value)


def test_xlsx_zip_bomb_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bound is 1 GiB; a smaller one here keeps the test fast, the check is the same.
    monkeypatch.setattr("app.tables.sheet.MAX_UNZIPPED", 16 * 1024**2)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("[Content_Types].xml", "<Types/>")
        with out.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(20):  # 20 MiB of zeros, 20 KiB compressed
                member.write(chunk)
    assert path.stat().st_size < 100 * 1024
    with pytest.raises(InvalidInputError) as err:
        read_sheet(path)
    assert err.value.key == "tables.sheet.xlsx_too_large"


@pytest.mark.parametrize("data", [b"PK\x03\x04 truncated", b"", b"\xff\xfe\x00"])
def test_damaged_or_empty_files_give_one_clear_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(data)
    with pytest.raises(InvalidInputError):
        read_sheet(path)


def test_impossible_and_unreadable_dates() -> None:
    for text in ("31.02.2018", "2018-13", "0000-01-01"):
        with pytest.raises(InvalidInputError):
            people_date(text)
    with pytest.raises(InvalidInputError) as err:
        people_date("the day after")
    assert err.value.key == "tables.values.date_not_read"
    assert people_date("около 2017").iso() == "~2017"
    assert people_date("2018 жылғы 5 наурыз").iso() == "2018-03-05"


def test_mapping_file_round_trip_and_hostile_mappings(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_bytes(_csv(ROWS[:1]).encode("utf-8"))
    sheet = read_sheet(path)
    mapping = Mapping.from_indexes("volunteers 2019", sheet.headers, {0: "name:kk-Cyrl", 8: "summary"})
    write_mapping(mapping, tmp_path / "m.json")
    assert (tmp_path / "m.json").stat().st_mode & 0o077 == 0
    again = read_mapping(tmp_path / "m.json")
    assert again.resolve(sheet.headers) == {0: "name:kk-Cyrl", 8: "summary"}
    assert plan_import(store, sheet, again.resolve(sheet.headers)).good[0].case.summary == "бір"
    for bad in (
        {"format": "izdeu-table-mapping", "version": 1, "columns": {"A": "password"}},
        {"format": "izdeu-table-mapping", "version": 1, "columns": {"A": "notes", "B": "notes"}},
        {"format": "other", "version": 1, "columns": {}},
        {"format": "izdeu-table-mapping", "version": 9, "columns": {}},
    ):
        (tmp_path / "bad.json").write_text(json.dumps(bad))
        with pytest.raises(InvalidInputError):
            read_mapping(tmp_path / "bad.json")
    with pytest.raises(InvalidInputError) as err:
        Mapping("x", {"Missing column": "notes"}).resolve(sheet.headers)
    assert err.value.key == "tables.mapping.column_missing"


def test_mappings_saved_in_the_vault_by_name(store: Store) -> None:
    save_mapping_in_vault(store, Mapping("Atajurt list", {"ФИО": "name:ru"}))
    save_mapping_in_vault(store, Mapping("Shahit", {"Entry": "ref:xjvictims"}))
    assert sorted(saved_mappings(store)) == ["Atajurt list", "Shahit"]
    assert saved_mappings(store)["Shahit"].columns == {"Entry": "ref:xjvictims"}


def test_possible_duplicates_are_shown_and_can_be_skipped_or_linked(store: Store, tmp_path: Path) -> None:
    old = Case(case_number="IZ-2020-0001")
    old.person.names = [Name("Әсел Демоқызы", "kk-Cyrl")]
    store.save(old)
    path = tmp_path / "cases.csv"
    path.write_bytes(_csv([ROWS[0], ROWS[3]]).encode("utf-8"))
    sheet = read_sheet(path)
    plan = plan_import(store, sheet, guess_mapping(sheet.headers))
    assert [(r.row, r.duplicates) for r in plan.duplicates] == [(2, ["IZ-2020-0001"])]
    assert apply_import(store, plan, duplicates="skip").cases == 1
    assert store.count_cases() == 2  # the old case and the row without a namesake
    plan = plan_import(store, sheet, {0: "name:kk-Cyrl"})
    plan.good = plan.good[:1]
    result = apply_import(store, plan, duplicates="link")
    assert result.linked_duplicates == 1
    linked = [store.get_case(u) for u in store.case_uuids() if store.get_case(u).duplicate_of]
    assert [c.duplicate_of for c in linked] == [old.uuid]


def test_possible_duplicates_are_found_across_scripts(store: Store, tmp_path: Path) -> None:
    old = Case(case_number="IZ-2020-0007")
    old.person.names = [Name("Нұрлан Жақсыбеков", "kk-Cyrl")]
    store.save(old)
    path = tmp_path / "list.csv"
    path.write_bytes(
        "Name (Latin),Name (Chinese)\nNurlan Zhaksybekov,\n,努尔兰·加克斯别克\nGulnar Seitova,\n".encode()
    )
    sheet = read_sheet(path)
    plan = plan_import(store, sheet, {0: "name:kk-Latn", 1: "name:zh-Hans"})
    assert not plan.problems
    assert [(r.row, r.duplicates) for r in plan.duplicates] == [(2, ["IZ-2020-0007"]), (3, ["IZ-2020-0007"])]


def test_a_row_with_an_existing_uuid_is_refused(store: Store, tmp_path: Path) -> None:
    case = Case(case_number="IZ-1")
    store.save(case)
    path = tmp_path / "u.csv"
    path.write_text(f"Case UUID,Name\n{case.uuid},Әсел\n{case.uuid.upper()},Әсел\n", "utf-8")
    plan = plan_import(store, read_sheet(path), {0: "uuid", 1: "name:kk-Cyrl"})
    assert [(p.row, p.error.key) for p in plan.problems] == [
        (2, "tables.importer.case_exists"),
        (3, "tables.importer.case_exists"),
    ]


def test_bom_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes(codecs.BOM_UTF8)
    with pytest.raises(InvalidInputError) as err:
        read_sheet(path)
    assert err.value.key == "tables.sheet.empty"
