"""The main window's links to the dossier and backup dialogs, and restore from the start window."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication


def _dialogs(name):
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name or type(w).__name__ == name]


def test_dossier_for_the_open_case_and_for_a_selection(qtbot, main, wait_idle):
    assert main.tools.open_dossier() is None  # nothing open or selected
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    editor = main.current_editor()
    assert main.current_cases() == [(editor.case_uuid, editor.bundle.case.case_number)]
    dialog = main.tools.open_dossier()
    assert dialog is not None and dialog.isVisible()
    wait_idle(30_000)
    dialog.close()
    main.tabs.setCurrentIndex(0)
    table = main.case_list.table
    qtbot.waitUntil(
        lambda: main.case_list.model.rowCount() == 1 and main.case_list.model.index(0, 0).data() != "…"
    )
    table.selectionModel().select(
        main.case_list.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert [u for u, _ in main.current_cases()] == [editor.case_uuid]
    wait_idle(30_000)


def test_backup_menu_opens_the_dialogs(qtbot, main, wait_idle):
    for action, name in (
        (main.tools.backup_action, "BackupDialog"),
        (main.tools.verify_action, "VerifyDialog"),
        (main.tools.merge_action, "MergeDialog"),
    ):
        action.trigger()
        found = _dialogs(name)
        assert found and found[0].isVisible()
        found[0].close()
    wait_idle()
    # Locking closes any dialog still open.
    main.tools.backup_action.trigger()
    dialog = _dialogs("BackupDialog")[-1]
    main.lock_action.trigger()
    assert not dialog.isVisible()
    wait_idle()


def test_restore_from_the_start_window(qtbot, controller, tmp_path):
    window = controller.start()
    window.show_error("x", offer_restore=True)
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    found = _dialogs("RestoreDialog")
    assert found and found[0].isVisible()
    found[0].close()
