"""A walk over every window and dialog of the app, in one interface language, at 1280×800, on
the demo vault's fictional cases: it yields ``(name, widget)`` with the widget shown and laid
out, and closes it when the caller moves on.

The elision test (tests/ui/test_elision.py) measures every text of each window it yields; the
screenshot tool (ui/screenshots_windows.py) grabs each one. Both see the same windows, opened
the way the app opens them (the Tools menu's ``open_*``, the editor's sections, the controller's
lock and unlock), so a window added to the app needs one step here to be checked and pictured.

Windows a user sees only over others (the lock warning, message boxes) are yielded on their own.
"""

from __future__ import annotations

import faulthandler
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ui.ops import DbOp
from ui.walk_vaults import ConflictVault, pick_cases

if TYPE_CHECKING:
    from ui.controller import Controller
    from ui.editor.case_editor import CaseEditor
    from ui.main_window import MainWindow

__all__ = ["SCREEN", "Step", "Walk", "wait"]

SCREEN = (1280, 800)
Step = tuple[str, QWidget]


def wait(condition: Callable[[], bool], timeout: float = 60.0, why: Callable[[], str] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            # A walk that waits in vain must say where every thread stood, or a hang seen once
            # on a busy machine cannot be told from a slow step.
            faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
            raise TimeoutError("walk step timed out" + (f": {why()}" if why else ""))
        QTest.qWait(10)


class Walk:
    """Opens the demo vault through the start window once (``open``), then walks the windows
    in any language (``windows``). ``home`` is the temporary IZDEU_HOME it works in."""

    def __init__(self, controller: Controller, home: Path) -> None:
        self.controller = controller
        self.home = home
        self.conflicts = ConflictVault(home)
        self.headquarters: Any = None  # ui/walk_dialogs.py's second worker, made when needed
        self._case = ""
        self.pair: tuple[str, str] = ("", "")

    # --- helpers -----------------------------------------------------------------------------

    def idle(self) -> None:
        worker = self.controller.worker
        wait(lambda: worker.pending == 0)
        QApplication.processEvents()

    @property
    def main(self) -> MainWindow:
        main = self.controller.main
        assert main is not None
        return main

    def _shown(self, widget: QWidget) -> QWidget:
        if not widget.isVisible():
            widget.show()
        self.idle()
        QTest.qWait(20)  # layouts and size hints settle in posted events
        return widget

    def _dialog(self, name: str, dialog: QWidget) -> Iterator[Step]:
        yield name, self._shown(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.close()
        dialog.deleteLater()
        self.idle()

    def close(self) -> None:
        """Stop the second worker; the controller is the caller's to dispose of."""
        if self.headquarters is not None:
            self.headquarters.shutdown()
            self.headquarters = None

    # --- the walk ----------------------------------------------------------------------------

    def open(self) -> None:
        """Open the demo vault as a first-time user does: the welcome page's demo button."""
        first = self.controller.start()
        first.welcome_demo.click()

        def why() -> str:
            window = self.controller.start_window
            if window is None:
                return "no start window"
            modal = QApplication.activeModalWidget()
            shown = sorted(
                w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()
            )
            return (
                f"start window on {window.page_name!r}, error {window.error_label.text()!r}, "
                f"{self.controller.worker.pending} operations pending, modal "
                f"{type(modal).__name__ if modal is not None else None}, windows shown {shown}"
            )

        def failed() -> bool:
            window = self.controller.start_window
            return window is not None and bool(window.error_label.text())

        # Creating the demo vault writes 40 cases with their files, each committed and synced:
        # on a machine with slow disks that alone can take a minute.
        wait(lambda: self.controller.main is not None or failed(), timeout=240.0, why=why)
        if self.controller.main is None:
            raise RuntimeError(f"the demo vault did not open: {why()}")
        self.idle()
        self.controller.idle.set_minutes(60)  # no lock while walking slowly (screenshots)
        found: list[tuple[str, tuple[str, str]]] = []
        DbOp(None, pick_cases).success(found.append).run(self.controller.worker)
        wait(lambda: bool(found))
        self._case, self.pair = found[0]

    def set_language(self, lang: str) -> None:
        controller = self.controller
        if controller.settings.language != lang:
            controller.settings.language = lang
            controller.apply_settings(language_changed=True)
            wait(lambda: controller.main is not None)
        self.main.resize(*SCREEN)
        self.main.show()
        self.idle()

    def windows(self, lang: str) -> Iterator[Step]:
        """Every window in ``lang``, each shown while the caller looks at it."""
        self.set_language(lang)
        yield from self._main_window()
        yield from self._editor()
        yield from self._interview()
        yield from self._tools()
        from ui.walk_dialogs import more_dialogs

        yield from more_dialogs(self)
        yield from self._start_window()

    def _main_window(self) -> Iterator[Step]:
        main = self.main
        main.tabs.setCurrentIndex(0)
        model = main.case_list.model
        wait(lambda: 0 in model.loaded_pages())
        yield "case-list", self._shown(main)
        main.show_message(_wrong_passphrase())  # the status line, as a failed action leaves it
        yield "status-message", self._shown(main)
        main.show_message("")
        case_list = main.case_list
        case_list.search_box.setText("Nur")
        case_list.run_search()
        wait(lambda: case_list.stack.currentIndex() == 1)
        yield "search", self._shown(main)
        case_list.search_box.clear()
        case_list.run_search()
        main.tabs.setCurrentWidget(main.statistics)
        statistics = main.statistics
        wait(lambda: statistics.report is not None)
        for row in range(statistics.figures.count()):
            statistics.figures.setCurrentRow(row)
            yield f"statistics-{row + 1}", self._shown(main)
        main.tabs.setCurrentIndex(0)

    def open_editor(self) -> CaseEditor:
        editor = self.main.open_case(self._case)
        wait(lambda: editor.is_loaded)
        self.idle()
        return editor

    def _editor(self) -> Iterator[Step]:
        editor = self.open_editor()
        sections = editor.sections
        for index in range(sections.count()):
            sections.setCurrentIndex(index)
            self.idle()
            records = getattr(sections.currentWidget(), "list", None)
            if records is not None and hasattr(records, "setCurrentRow") and records.count():
                records.setCurrentRow(0)
            yield f"editor-{index + 1}", self._shown(self.main)
        yield from self._refused_date(editor)
        sections.setCurrentIndex(0)

    def _refused_date(self, editor: CaseEditor) -> Iterator[Step]:
        """A date the vault refuses: its reason beside the field and in the save state."""
        editor.sections.setCurrentWidget(editor.case_section)
        field = editor.case_section.disappeared_on
        before = field.text()
        field.setText("2018-13-45")
        editor.mark_dirty()
        editor.save()
        self.idle()
        yield "editor-refused-date", self._shown(self.main)
        field.setText(before)
        editor.mark_dirty()
        editor.save()
        self.idle()

    def _interview(self) -> Iterator[Step]:
        main = self.main
        before = len(main.editors())
        main.interview_action.trigger()
        wait(lambda: len(main.editors()) > before and main.editors()[-1].interview is not None)
        editor = main.editors()[-1]
        flow = editor.interview
        assert flow is not None
        self.idle()
        for index in range(6):
            flow.go(index)  # type: ignore[attr-defined]
            yield f"interview-{index + 1}", self._shown(main)
        # Nothing was typed: closing the tab discards the empty case.
        main.close_tab(main.tabs.indexOf(editor))
        self.idle()

    def _tools(self) -> Iterator[Step]:
        main = self.main
        tools = main.tools
        main.open_case(self._case)
        self.idle()
        yield from self._dialog("dossier", tools.open_dossier())
        yield from self._dialog("duplicates", tools.open_duplicates())
        yield from self._dialog("backup", tools.open_backup())
        yield from self._dialog("verify", tools.open_verify())
        yield from self._dialog("merge", tools.open_merge())
        yield from self._dialog("restore", tools.open_restore())
        yield from self._dialog("conflicts-none", tools.open_conflicts())
        keys = tools.open_keys()
        yield from self._dialog("backup-keys", keys)
        yield from self._dialog("change-passphrase", tools.open_change_passphrase())
        yield from self._dialog("import-spreadsheet", main.tables.open_import())
        yield from self._dialog("import-mapping", self._import_mapping())
        yield from self._dialog("export-spreadsheet", main.tables.open_export())
        yield from self._dialog("erase", main.open_erase())
        yield from self._dialog("duress", main.open_duress())
        yield from self._dialog("recovery", main.open_recovery())
        self.controller.open_settings()
        wait(lambda: self.controller.settings_dialog is not None)
        settings = self.controller.settings_dialog
        assert settings is not None
        self._shown(settings)
        for index in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(index)
            yield f"settings-{index + 1}", self._shown(settings)
        settings.reject()
        self.idle()

    def _import_mapping(self) -> QWidget:
        """The import window over a fictional sheet, every row checked."""
        from ui.tables.screenshots import SAMPLE

        sheet = self.home / "volunteers-2019.csv"
        if not sheet.exists():
            sheet.write_bytes(SAMPLE.encode("utf-8-sig"))
        dialog = self.main.tables.open_import()
        dialog.open_path(sheet)
        wait(lambda: dialog.sheet is not None)
        self.idle()
        dialog.check()
        wait(lambda: dialog.plan is not None)
        self.idle()
        widget: QWidget = dialog
        return widget

    def confirmations(self, trigger: Callable[[], object]) -> list[QMessageBox]:
        """The question boxes ``trigger`` asks (FileDialogs.confirm), shown without a nested
        event loop and answered No."""
        dialogs = self.controller.dialogs
        boxes: list[QMessageBox] = []

        def confirm(parent: QWidget | None, title: str, text: str) -> bool:
            buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
            boxes.append(box)
            return False

        original = dialogs.confirm
        dialogs.confirm = confirm  # type: ignore[method-assign]
        try:
            trigger()
        finally:
            dialogs.confirm = original  # type: ignore[method-assign]
        return boxes

    def _start_window(self) -> Iterator[Step]:
        controller = self.controller
        controller.lock()
        wait(lambda: controller.start_window is not None)
        self.idle()
        window = controller.start_window
        assert window is not None
        yield "unlock-demo", self._shown(window)
        window.show_create()
        yield "create-vault", self._shown(window)
        window.show_welcome()
        yield "welcome", self._shown(window)
        window.show_unlock(controller.paths.default_vault)
        window.show_error(_wrong_passphrase(), offer_restore=True)
        yield "unlock-wrong-passphrase", self._shown(window)
        window.show_unlock(controller.paths.demo_vault)
        window.unlock_button.click()
        wait(lambda: controller.main is not None)
        self.set_language(controller.settings.language)


def _wrong_passphrase() -> str:
    from app.errors import WrongPassphraseError
    from ui.messages import user_message

    return user_message(WrongPassphraseError())
