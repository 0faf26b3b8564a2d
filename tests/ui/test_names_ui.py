"""Duplicates at entry, the Possible duplicates window, and identity numbers in the editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from app.model import Case, Name, PartialDate
from app.store import Store
from app.vault import Vault
from tests.core.test_names_ids import prc
from tests.helpers import PASSPHRASE
from tests.ui.helpers import unlock


@pytest.fixture
def recorded(vault_file) -> str:
    """A man reported by his sister in Kazakh Cyrillic, with his Chinese documents' spelling."""
    with Vault.open(vault_file, PASSPHRASE) as vault:
        case = Case(case_number="IZ-2024-0007")
        case.person.names = [Name("Нұрлан Жақсыбеков", "kk-Cyrl"), Name("努尔兰·加克斯别克", "zh-Hans")]
        case.person.birth_date = PartialDate(1985, 3, 12)
        case.person.father_name = "Жақсыбек Омарұлы"
        Store(vault).save(case)
        return case.uuid


@pytest.fixture
def main(qtbot, controller, vault_file, recorded, type_text):
    controller.settings.last_vault = vault_file
    return unlock(qtbot, controller, type_text)


def _new_case(qtbot, main, wait_idle):
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    return main.current_editor()


def test_typing_a_second_spelling_shows_the_recorded_person(qtbot, main, recorded, type_text, wait_idle):
    editor = _new_case(qtbot, main, wait_idle)
    panel = editor.duplicates
    assert not panel.isVisibleTo(editor)
    text, script, _kind = editor.person.names.rows()[0]
    script.setCurrentIndex(script.findData("kk-Latn"))
    type_text(text, "Nurlan Zhaksybekov")
    assert text.text() == "Nurlan Zhaksybekov"  # typing went on while the check ran
    qtbot.waitUntil(lambda: bool(panel.labels), timeout=1000)
    label = panel.labels[0]
    assert panel.isVisibleTo(editor)
    assert "IZ-2024-0007" in label.text() and "Нұрлан Жақсыбеков" in label.text()
    assert "names sound alike" in label.text()
    # Clicking the case number opens the other case beside this one.
    label.linkActivated.emit(recorded)
    qtbot.waitUntil(lambda: main.current_editor().case_uuid == recorded)


def test_a_given_name_alone_is_matched_through_the_fathers_name(qtbot, main, type_text, wait_idle):
    editor = _new_case(qtbot, main, wait_idle)
    panel = editor.duplicates
    text, script, _kind = editor.person.names.rows()[0]
    script.setCurrentIndex(script.findData("kk-Latn"))
    type_text(text, "Nurlan")  # the sister knows his given name, his father's and the year
    type_text(editor.person.birth_date, "1985")
    father = editor.person.findChild(QLineEdit, "personFather")
    type_text(father, "Zhaksybek")
    qtbot.waitUntil(
        lambda: bool(panel.labels) and "same father's name" in panel.labels[0].text(), timeout=3000
    )
    assert "IZ-2024-0007" in panel.labels[0].text()
    # Another father: another man of that name.
    father.clear()
    type_text(father, "Серік")
    qtbot.waitUntil(lambda: not panel.labels, timeout=3000)
    assert not panel.isVisibleTo(editor)


def test_right_to_left_a_candidate_reads_from_the_right(qtbot, qapp, main, type_text, wait_idle):
    editor = _new_case(qtbot, main, wait_idle)
    panel = editor.duplicates
    text, _script, _kind = editor.person.names.rows()[0]
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as in Uyghur
    try:
        type_text(text, "Nurlan Zhaksybekov")
        qtbot.waitUntil(lambda: bool(panel.labels), timeout=3000)
        # The line starts with a Latin case number: without this it would be laid out left to
        # right, on the left, in a Uyghur window.
        assert panel.labels[0].text().startswith('<div dir="rtl"')
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_different_person_shows_nothing(qtbot, main, type_text, wait_idle):
    editor = _new_case(qtbot, main, wait_idle)
    text, _script, _kind = editor.person.names.rows()[0]
    type_text(text, "Ерлан Жақсыбеков")  # his brother
    signal = qtbot.waitSignal(editor.duplicates.updated, timeout=5000)
    signal.wait()
    assert signal.args == [0]
    assert not editor.duplicates.isVisibleTo(editor)


def test_possible_duplicates_window(qtbot, main, type_text, wait_idle):
    editor = _new_case(qtbot, main, wait_idle)
    text, _script, _kind = editor.person.names.rows()[0]
    type_text(text, "Нурлан Жаксыбеков")
    editor.save()
    qtbot.waitUntil(lambda: not editor.dirty and not editor.saving, timeout=10_000)
    dialog = main.tools.open_duplicates()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10_000)
    item = dialog.tree.topLevelItem(0)
    assert "IZ-2024-0007" in item.text(1)
    assert "1 pair" in dialog.status.text()
    assert dialog.bar.isHidden() and not dialog.stop.isEnabled()
    dialog.close()


def test_id_number_offers_to_fill_and_flags_contradictions(qtbot, main, type_text, wait_idle):
    editor = _new_case(qtbot, main, wait_idle)
    person = editor.person
    qtbot.mouseClick(person.documents.add_button, Qt.MouseButton.LeftButton)
    _kind, number, _confiscated, _notes = person.documents._fields[person.documents._rows[-1]]
    type_text(number, prc("65402119850312001"))
    qtbot.waitUntil(
        lambda: any(w.findChild(QLabel, "idMeaning") for w in person.id_hints.lines), timeout=5000
    )
    meaning = next(w.findChild(QLabel, "idMeaning") for w in person.id_hints.lines).text()
    assert "born 1985-03-12, male" in meaning and "伊宁县" in meaning
    fill = next(b for w in person.id_hints.lines if (b := w.findChild(type(person.photo_button), "idFill")))
    qtbot.mouseClick(fill, Qt.MouseButton.LeftButton)
    assert person.birth_date.text() == "1985-03-12"
    assert person.sex.value() == "male"
    assert person.county.text() == "伊宁县"
    assert editor.dirty
    # What the family said differs from the number: a warning, nothing changed.
    person.birth_date.setText("1984")
    person.id_hints.refresh()
    warnings = [w.findChild(QLabel, "idWarning") for w in person.id_hints.lines]
    assert any(w is not None and "1984" in w.text() for w in warnings)
    assert person.birth_date.text() == "1984"
    # A mistyped number: one clear line.
    good = prc("65402119850312001")
    number.setText(good[:-1] + ("1" if good[-1] != "1" else "2"))
    person.id_hints.refresh()
    assert any(
        (w.findChild(QLabel, "idWarning") or QLabel()).text().startswith("Identity number: the check digit")
        for w in person.id_hints.lines
    )


def test_search_box_finds_the_person_in_another_script(qtbot, main, recorded, type_text):
    main.search_action.trigger()
    case_list = main.case_list
    with qtbot.waitSignal(case_list.search_done, timeout=10_000) as signal:
        type_text(case_list.search_box, "Zhaksybekov")
    assert signal.args == [1]
    index = case_list.results.index(0, 0)
    assert index.data(Qt.ItemDataRole.UserRole + 1) == recorded
    shown = " ".join(
        str(case_list.results.data(index, role) or "")
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    )
    assert "Жақсыбеков" in shown
