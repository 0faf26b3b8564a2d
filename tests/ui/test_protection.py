"""Auto-lock when idle, lock and quick-lock on demand, clipboard clearing, settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog

from app.vault import Vault
from tests.helpers import PASSPHRASE


def _open_new_case(qtbot, main, wait_idle):
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    return main.current_editor()


def test_idle_lock_after_configured_time(qtbot, controller, main, wait_idle, type_text):
    assert controller.settings.idle_lock_minutes == 5  # the default
    editor = _open_new_case(qtbot, main, wait_idle)
    type_text(editor.person.names.rows()[0][0], "Жоғалмайтын")
    controller.idle.set_interval_ms(300)
    controller.idle.start()
    # Activity postpones the lock.
    QApplication.sendEvent(
        main,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPoint(5, 5),
            QPoint(5, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    assert controller.idle.running
    qtbot.waitSignal(controller.locked, timeout=5_000).wait()
    wait_idle()
    assert controller.main is None
    window = controller.start_window
    assert window is not None and window.pages.currentWidget() is window.unlock_page
    # Nothing typed was lost.
    with Vault.open(controller.paths.default_vault, PASSPHRASE) as vault:
        from app.store import Store

        names = [c.names for c in Store(vault).list_cases()]
        assert names == ["Жоғалмайтын"]


def test_hide_now_hides_everything_at_once_behind_the_privacy_screen(qtbot, controller, main, wait_idle):
    editor = _open_new_case(qtbot, main, wait_idle)
    dialog = QDialog(editor)
    dialog.show()
    assert main.quick_lock_action.shortcuts()[0].toString() == "Ctrl+Shift+L"
    assert "F12" in [s.toString() for s in main.quick_lock_action.shortcuts()]
    main.quick_lock_action.trigger()
    assert not main.isVisible()
    assert not dialog.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.privacy]
    assert controller.main is main  # the vault stays open behind it
    wait_idle()


def test_lock_clears_case_data_from_windows(qtbot, controller, main, wait_idle):
    _open_new_case(qtbot, main, wait_idle)
    main.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: main.case_list.model.rowCount() == 1)
    main.case_list.search_box.setText("anything")
    case_list = main.case_list
    main.lock_action.trigger()
    assert case_list.model.rowCount() == 0
    assert case_list.search_box.text() == ""
    assert main.editors() == []
    wait_idle()


def test_clipboard_cleared_after_a_while(qtbot, controller, main):
    clipboard = QGuiApplication.clipboard()
    main.activateWindow()
    controller.clipboard.set_interval_ms(200)
    clipboard.setText("Ержан Серікұлы")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)
    # Text replaced by something else in the meantime is left alone.
    clipboard.setText("first")
    controller.clipboard.set_interval_ms(60_000)
    clipboard.setText("second")
    controller.clipboard._digest = controller.clipboard._hash("first")
    controller.clipboard.clear_now()
    assert clipboard.text() == "second"
    clipboard.clear()


def test_settings_dialog_language_and_idle(qtbot, controller, main, wait_idle, type_text):
    editor = _open_new_case(qtbot, main, wait_idle)
    type_text(editor.case_section.summary, "ойдан")  # a case with data: an empty one is not kept
    controller.open_settings()
    qtbot.waitUntil(lambda: controller.settings_dialog is not None)
    dialog = controller.settings_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("ug"))
    dialog.idle_minutes.setValue(9)
    dialog.accept()
    assert dialog.language_changed
    assert controller.settings.idle_lock_minutes == 9
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    new_main = controller.main
    assert new_main is not main and new_main.isRightToLeft()
    assert [e.case_uuid for e in new_main.editors()] == [editor.case_uuid]
    qtbot.waitUntil(lambda: new_main.editors()[0].is_loaded)
    wait_idle()
    # The settings file holds no case data.
    text = controller.settings.file.read_text("utf-8")
    assert "IZ-" not in text and editor.case_uuid not in text


def test_closing_the_main_window_saves_closes_the_vault_and_quits(
    qtbot, controller, main, wait_idle, type_text
):
    quits = []
    controller.quit_app = lambda: quits.append(True)
    editor = _open_new_case(qtbot, main, wait_idle)
    type_text(editor.case_section.summary, "сақталады")
    main.close()
    qtbot.waitUntil(lambda: quits == [True])
    assert controller.main is None
    with Vault.open(controller.paths.default_vault, PASSPHRASE) as vault:  # lock released
        from app.store import Store

        store = Store(vault)
        assert store.get_case(store.list_cases()[0].uuid).summary == "сақталады"


def test_closing_the_start_window_quits(qtbot, controller):
    quits = []
    controller.quit_app = lambda: quits.append(True)
    window = controller.start()
    window.close()
    qtbot.waitUntil(lambda: quits == [True])


def test_keyboard_shortcuts(qtbot, controller, main, wait_idle):
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    editor = main.current_editor()
    qtbot.keyClick(main, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert editor.sections.currentWidget() is editor.testimonies
    assert len(editor.testimonies.records) == 1
    qtbot.keyClick(main, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.dirty and not editor.saving)
    qtbot.keyClick(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main.tabs.currentWidget() is main.case_list
    assert main.case_list.search_box.hasFocus()
    qtbot.keyClick(main, Qt.Key.Key_F12)
    assert not main.isVisible() and controller.privacy is not None
    with qtbot.waitSignal(controller.locked):  # Ctrl+L on the privacy screen locks for good
        qtbot.keyClick(controller.privacy, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
