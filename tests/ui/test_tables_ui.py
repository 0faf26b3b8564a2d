"""The spreadsheet windows and the Statistics tab, as a person uses them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox

from app.model import Case, Name

CSV = (
    "Аты-жөні,ئىسمى,姓名,Туған күні,Статус,Дата исчезновения\r\n"
    "Әсел Демоқызы,ئەسەل,艾赛丽,1980-02,лагерь,март 2018\r\n"
    "Қайрат Демоұлы,قايرات,凯拉特,31.02.1975,camp,2017\r\n"
    "Мөлдір Сынақ,مۆلدىر,,,prison,2019\r\n"
)


def _case(controller, number: str, name: str, status: str = "camp") -> None:
    def op(session) -> None:
        case = Case(case_number=number)
        case.person.names = [Name(name, "kk-Cyrl")]
        case.person.current_status = status
        case.person.sex = "female"
        session.store.save(case)

    controller.worker.submit(op, lambda _r: None, lambda _e: None)


def test_mapping_window_guesses_checks_and_imports_the_good_rows(
    qtbot, main, dialogs, wait_idle, tmp_path: Path
):
    path = tmp_path / "list.csv"
    path.write_bytes(CSV.encode("utf-16"))
    dialog = main.tables.open_import()
    wait_idle()
    dialogs.queue_answer(path)
    dialog.choose_file()
    qtbot.waitUntil(lambda: dialog.sheet is not None)
    assert dialog.columns.rowCount() == 6 and dialog.preview.rowCount() == 3
    assert dialog.preview.item(0, 1).text().strip("\u2068\u2069") == "ئەسەل"
    assert dialog.mapping() == {
        0: "name:kk-Cyrl",
        1: "name:ug-Arab",
        2: "name:zh-Hans",
        3: "birth_date",
        4: "person_status",
        5: "disappeared_on",
    }
    # A person changes one guess: the Chinese column is not imported.
    dialog.set_field(2, None)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.item(0, 0).text() == "3" and dialog.problems.item(0, 1).text().lstrip(
        "\u2068"
    ).startswith("4")
    assert "31.02" not in dialog.problems.item(0, 2).text()
    dialog.run_import()  # without "good rows": refused, nothing imported
    wait_idle()
    assert "nothing was imported" in dialog.summary.text()
    dialog.good_rows.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        dialog.run_import()
    assert signal.args == [2]
    wait_idle()
    qtbot.waitUntil(lambda: main.case_list.model.rowCount() == 2)


def test_mapping_saved_by_name_in_the_vault_and_used_again(qtbot, main, dialogs, wait_idle, tmp_path: Path):
    path = tmp_path / "list.csv"
    path.write_text(CSV, "utf-8")
    dialog = main.tables.open_import()
    dialog.open_path(path)
    qtbot.waitUntil(lambda: dialog.sheet is not None)
    dialog.set_field(5, None)
    dialog.mapping_name.setText("Атажұрт тізімі")
    dialog.save_mapping()
    qtbot.waitUntil(lambda: dialog.saved_box.findData("Атажұрт тізімі") >= 0)
    dialog.close()
    again = main.tables.open_import()
    again.open_path(path)
    qtbot.waitUntil(lambda: again.sheet is not None and again.saved_box.count() == 2)
    assert 5 in again.mapping()
    again.saved_box.setCurrentIndex(1)
    again._use_saved(1)
    assert 5 not in again.mapping() and again.mapping()[0] == "name:kk-Cyrl"
    box = again.columns.cellWidget(0, 2)
    assert isinstance(box, QComboBox)


def test_export_dialog_writes_the_listed_cases(qtbot, main, controller, dialogs, wait_idle, tmp_path: Path):
    _case(controller, "IZ-1", "Әсел")
    _case(controller, "IZ-2", "Қайрат")
    wait_idle()
    main.case_list.reload()
    qtbot.waitUntil(lambda: main.case_list.model.rowCount() == 2)
    dialog = main.tables.open_export()
    assert dialog.listed.isChecked() and not dialog.chosen.isEnabled()
    dialogs.queue_answer(tmp_path / "out.csv")
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as signal:
        dialog.export()
    assert signal.args[0].cases == 2
    text = (tmp_path / "out.csv").read_text("utf-8-sig")
    assert "Әсел" in text and "Қайрат" in text


def test_statistics_tab_counts_filters_and_exports(
    qtbot, main, controller, dialogs, wait_idle, tmp_path: Path
):
    _case(controller, "IZ-1", "Әсел", "camp")
    _case(controller, "IZ-2", "Қайрат", "camp")
    _case(controller, "IZ-3", "Мөлдір", "prison")
    wait_idle()
    tab = main.statistics
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.report is not None)
    assert tab.report.total == 3
    assert tab.figures.count() == 14
    tab.figures.setCurrentRow(0)  # by person's status
    rows = {
        tab.table.item(r, 0).text(): int(tab.table.item(r, 1).text()) for r in range(tab.table.rowCount())
    }
    assert sorted(rows.values()) == [1, 2]
    assert len(tab.chart.series()) == 1 and tab.chart.series()[0].barSets()[0].count() == 2
    dialogs.queue_answer(tmp_path / "s.csv")
    tab.export_csv()
    wait_idle()
    qtbot.waitUntil(lambda: (tmp_path / "s.csv").exists())
    tab.lang.setCurrentIndex(tab.lang.findData("kk"))
    dialogs.queue_answer(tmp_path / "s.pdf")
    tab.export_pdf()
    qtbot.waitUntil(lambda: (tmp_path / "s.pdf").exists(), timeout=20_000)
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    main.clear_case_data()
    assert tab.report is None and tab.figures.count() == 0


def test_external_references_are_edited_in_the_case_editor(qtbot, main, controller, wait_idle, type_text):
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    editor = main.current_editor()
    refs = editor.case_section.refs
    refs.add_button.click()
    register, number, _notes = refs.rows_fields()[0]
    register.setCurrentIndex(register.findData("wgeid"))
    number.setFocus()
    type_text(number, "10.001-Ә")
    editor.save()
    wait_idle()
    found = []
    controller.worker.submit(
        lambda s: s.store.get_case(editor.case_uuid).external_refs, found.append, found.append
    )
    qtbot.waitUntil(lambda: bool(found))
    assert [(r.register, r.reference) for r in found[0]] == [("wgeid", "10.001-Ә")]
