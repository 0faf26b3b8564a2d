"""After every "new…" and "add…" the cursor is in the first field of what was just created;
a new name takes its script from what is typed; a stray new case is not kept."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE


def _new_case(qtbot, main, wait_idle):
    main.activateWindow()
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    return main.current_editor()


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _tab(widget: QWidget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier))


def test_new_case_focuses_the_first_name(qtbot, main, wait_idle) -> None:
    editor = _new_case(qtbot, main, wait_idle)
    qtbot.waitUntil(lambda: _focused() is editor.person.names.rows()[0][0])


def test_add_a_name_and_a_document_focus_the_new_row(qtbot, main, wait_idle, type_text) -> None:
    editor = _new_case(qtbot, main, wait_idle)
    names = editor.person.names
    qtbot.mouseClick(names.add_button, Qt.MouseButton.LeftButton)
    text, script, _kind = names.rows()[1]
    assert _focused() is text
    type_text(text, "艾尔肯")
    assert script.currentData() == "zh-Hans"  # from what was typed
    assert names.warning.isHidden()
    documents = editor.person.documents
    qtbot.mouseClick(documents.add_button, Qt.MouseButton.LeftButton)
    assert _focused() is documents._fields[documents._rows[-1]][0]


def test_a_name_typed_in_another_script_than_chosen_warns(qtbot, main, wait_idle, type_text) -> None:
    editor = _new_case(qtbot, main, wait_idle)
    names = editor.person.names
    text, script, _kind = names.rows()[0]
    script.setCurrentIndex(script.findData("ug-Arab"))
    script.activated.emit(script.currentIndex())  # chosen by hand: typing no longer changes it
    type_text(text, "Ержан")
    assert script.currentData() == "ug-Arab"
    assert not names.warning.isHidden()
    assert "Ержан" in names.warning.text()
    text.clear()
    type_text(text, "ئەركىن")
    assert names.warning.isHidden()


def test_every_add_in_a_section_focuses_its_first_field(qtbot, main, wait_idle) -> None:
    editor = _new_case(qtbot, main, wait_idle)
    for section, first in (
        (editor.timeline, lambda: editor.timeline.kind),
        (editor.witnesses, lambda: editor.witnesses.name),
        (editor.testimonies, lambda: editor.testimonies.original),
        (editor.interventions, lambda: editor.interventions.first_field()),
    ):
        editor.sections.setCurrentWidget(section)
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
        assert first() is not None and _focused() is first(), type(section).__name__
    editor.sections.setCurrentWidget(editor.testimonies)
    qtbot.mouseClick(editor.testimonies.add_translation_button, Qt.MouseButton.LeftButton)
    assert _focused() is editor.testimonies.panes()[-1].language


def test_new_testimony_takes_the_only_witness(qtbot, main, wait_idle, type_text) -> None:
    editor = _new_case(qtbot, main, wait_idle)
    editor.sections.setCurrentWidget(editor.witnesses)
    qtbot.mouseClick(editor.witnesses.add_button, Qt.MouseButton.LeftButton)
    type_text(editor.witnesses.name, "Гүлнар")
    main.new_testimony_action.trigger()  # Ctrl+T
    assert _focused() is editor.testimonies.original
    witness = editor.witnesses.records[0]
    assert editor.testimonies.witness.currentData() == witness.uuid
    editor.collect()
    assert editor.testimonies.records[0].witness_uuid == witness.uuid


def test_consent_withdrawn_today_asks_and_is_not_after_the_consent_date(
    qtbot, main, wait_idle, dialogs, type_text
) -> None:
    editor = _new_case(qtbot, main, wait_idle)
    witnesses = editor.witnesses
    editor.sections.setCurrentWidget(witnesses)
    qtbot.mouseClick(witnesses.add_button, Qt.MouseButton.LeftButton)
    date = witnesses.binder._fields[[p for _w, p in witnesses.binder._fields].index("consent_date")][0]
    date.setFocus()
    _tab(date)
    assert _focused() not in (witnesses.withdraw_button, witnesses.withdrawn)
    dialogs.queue_confirm(False)
    qtbot.mouseClick(witnesses.withdraw_button, Qt.MouseButton.LeftButton)
    assert witnesses.withdrawn.text() == ""  # asked, refused: nothing recorded
    dialogs.queue_confirm(True)
    qtbot.mouseClick(witnesses.withdraw_button, Qt.MouseButton.LeftButton)
    assert witnesses.withdrawn.value().precision == "day"


def test_a_stray_new_case_is_not_kept(qtbot, controller, main, wait_idle, type_text) -> None:
    stray = _new_case(qtbot, main, wait_idle)
    main.close_tab_action.trigger()  # Ctrl+W
    wait_idle()
    kept = _new_case(qtbot, main, wait_idle)
    type_text(kept.person.names.rows()[0][0], "Ержан")
    also_stray = _new_case(qtbot, main, wait_idle)
    with qtbot.waitSignal(controller.locked):
        main.lock_action.trigger()  # the lock closes the tabs
    wait_idle()
    with Vault.open(controller.paths.default_vault, PASSPHRASE) as vault:
        store = Store(vault)
        assert [row.uuid for row in store.list_cases()] == [kept.case_uuid]
        assert store.tombstones() == []
        for uuid in (stray.case_uuid, also_stray.case_uuid):
            assert not store.exists("case", uuid)
            assert [e.action for e in store.audit(uuid)][-1] == "discard"
