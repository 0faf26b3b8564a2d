"""The main window: toolbar (ui/main_actions.py), the case list tab and one tab per open case
editor, and the vault's badge in the status bar (ui/vault_badge.py).

It holds no vault state of its own: it is given the DB worker, the file-dialog seam and the
settings, and reports lock requests to the controller through signals.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.model import Case, PartialDate, Witness
from app.store import CaseQuery, VaultPrefs
from ui.cases.view import CaseListView
from ui.dialogs import FileDialogs
from ui.editor.case_editor import CaseEditor
from ui.erase.dialog import EraseDialog
from ui.erase.duress import DuressDialog
from ui.erase.recovery import RecoveryDialog
from ui.interview.start import begin_interview
from ui.main_actions import build_actions
from ui.media.testimony_audio import TestimonyAudio
from ui.messages import user_message
from ui.ops import DbOp
from ui.stats.tab import StatisticsTab
from ui.tables.actions import TableActions
from ui.tools import Tools
from ui.vault_badge import VaultBadge
from ui.worker import DbSession, DbWorker

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    # Made by ui/main_actions.py.
    new_case_action: QAction
    interview_action: QAction
    save_action: QAction
    new_testimony_action: QAction
    search_action: QAction
    lock_action: QAction
    quick_lock_action: QAction
    settings_action: QAction
    close_tab_action: QAction
    delete_case_action: QAction
    erase_action: QAction
    duress_action: QAction
    recovery_action: QAction

    lock_requested = Signal()
    quick_lock_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    # True while an interview is in progress: the idle lock waits longer (Controller).
    activity_hold = Signal(bool)
    open_vault_requested = Signal(object)  # Path: lock this vault, then unlock that one

    def __init__(
        self,
        worker: DbWorker,
        dialogs: FileDialogs,
        vault_name: str,
        autosave_seconds: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._worker = worker
        self._dialogs = dialogs
        self._autosave_seconds = autosave_seconds
        self._closing_for_lock = False
        # Cases made by New case in this window: one closed before it received any data is
        # not kept (Store.discard_if_empty decides, after the editor's last save).
        self._new_cases: set[str] = set()
        self.setWindowTitle(self.tr("Izdeu — %1").replace("%1", vault_name))

        self.case_list = CaseListView(worker)
        self.case_list.open_case.connect(self.open_case)
        self.case_list.interview_requested.connect(lambda: self.start_interview())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(self.case_list, self.tr("Cases"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.LeftSide, None)
        self.statistics = StatisticsTab(worker, dialogs)
        self.tabs.addTab(self.statistics, self.tr("Statistics"))
        for side in (self.tabs.tabBar().ButtonPosition.RightSide, self.tabs.tabBar().ButtonPosition.LeftSide):
            self.tabs.tabBar().setTabButton(1, side, None)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.tools = Tools(
            self,
            worker,
            dialogs,
            current_cases=self.current_cases,
            save_all=self.save_all,
            close_editors=self.close_editors,
            changed=self.case_list.reload,
            message=self.show_message,
            open_case=self.open_case,
        )
        self.tools.open_vault_requested.connect(self.open_vault_requested)
        self.tables = TableActions(
            self, worker, dialogs, list_state=self.list_state, changed=self.case_list.reload
        )
        self.case_list.import_requested.connect(self.tables.open_import)
        self.toolbar = build_actions(self)
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setMaximumWidth(120)
        busy.setMaximumHeight(12)
        busy.hide()
        self.statusBar().addPermanentWidget(busy)
        worker.busy_changed.connect(busy.setVisible)
        self.message = QLabel()
        self.message.setWordWrap(True)  # a long message in Kazakh wraps, not widen the window
        self.statusBar().addWidget(self.message, 1)
        self.vault_name = vault_name
        self.badge = VaultBadge()
        self.badge.show_state(vault_name, locked=False)
        self.statusBar().addPermanentWidget(self.badge)
        self.resize(1280, 800)

    # --- cases -----------------------------------------------------------------------------

    def set_demo(self, demo: bool) -> None:
        """The practice vault: the status bar's badge says so (besides the DEMO band)."""
        self.badge.show_state(self.vault_name, locked=False, demo=demo)

    def start(self) -> None:
        self.case_list.reload()
        self.tools.install_reminder(self._central_layout)

    def editors(self) -> list[CaseEditor]:
        return [w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), CaseEditor)]

    @property
    def recording(self) -> bool:
        """A recording, audio or video, runs in a testimony or an interview (it holds the idle lock)."""
        return any(audio.busy for audio in self.findChildren(TestimonyAudio))

    def finish_recordings(self) -> None:
        """Queue the end of every running recording (before a lock's save and close)."""
        for audio in self.findChildren(TestimonyAudio):
            audio.finish()

    def current_cases(self) -> list[tuple[str, str]]:
        """(uuid, case number) of the open case, or of the cases selected in the list."""
        editor = self.current_editor()
        if editor is not None:
            number = editor.bundle.case.case_number if editor.bundle is not None else ""
            return [(editor.case_uuid, number)]
        return self.case_list.selected_cases()

    def list_state(self) -> tuple[CaseQuery, str, list[str]]:
        """The case list's filter, its search text and the selected cases (for an export)."""
        selected = [uuid for uuid, _number in self.case_list.selected_cases()]
        return self.case_list.model.query, self.case_list.search_box.text().strip(), selected

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.statistics:
            self.statistics.refresh()  # counted afresh each time: the cases may have changed

    def close_editors(self) -> None:
        for editor in self.editors():
            self.close_tab(self.tabs.indexOf(editor))

    def current_editor(self) -> CaseEditor | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, CaseEditor) else None

    def open_case(self, uuid: str, prepare: Callable[[CaseEditor], object] | None = None) -> CaseEditor:
        """The case's tab (opened if need be); ``prepare`` runs on a new editor before it is
        first shown (an interview: the sections it hides are then never built)."""
        for editor in self.editors():
            if editor.case_uuid == uuid:
                self.tabs.setCurrentWidget(editor)
                return editor
        editor = CaseEditor(self._worker, self._dialogs, uuid, autosave_seconds=self._autosave_seconds)
        editor.title_changed.connect(lambda title, e=editor: self._retitle(e, title))
        editor.row_saved.connect(self.case_list.model.update_row)
        editor.failed.connect(self.show_message)
        editor.open_other.connect(self.open_case)
        editor.cases_changed.connect(self.case_list.reload)
        if prepare is not None:
            prepare(editor)
        index = self.tabs.addTab(editor, "…")
        self.tabs.setCurrentIndex(index)
        editor.load()
        return editor

    def new_case(self) -> None:
        self._create_case(lambda uuid: self._created(uuid).loaded.connect(self._focus_new))

    def _focus_new(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.focus_first_field()

    def start_interview(self, carried: Witness | None = None) -> None:
        """A new case opened as an interview; ``carried``: the witness of the case before, who
        tells about another missing relative."""

        def opened(uuid: str) -> None:
            prefs: list[VaultPrefs] = []
            # Queued between the creation and the load: the vault's defaults are here first.
            DbOp(self, lambda s: s.store.prefs()).success(prefs.append).run(self._worker)

            def interview(editor: CaseEditor) -> None:
                # Built while the DB thread creates and loads the case; begun once it is loaded.
                flow = begin_interview(editor, self._dialogs, carried, prefs)
                flow.another_requested.connect(self.start_interview)
                flow.finished.connect(self._interviews_changed)

            self._created(uuid, interview)
            self.activity_hold.emit(True)

        self._create_case(opened)

    def _interviews_changed(self) -> None:
        """The idle lock waits longer while any interview is shown in a tab."""
        self.activity_hold.emit(any(e.interviewing for e in self.editors()))

    def _create_case(self, then: Callable[[str], object]) -> None:
        """Queue the new case's creation and open its tab at once: the editor's load is queued
        after it on the same DB thread, so the windows are built while the vault works."""
        today = _dt.date.today()
        case = Case(intake_date=PartialDate(today.year, today.month, today.day))
        uuid = case.uuid

        def op(session: DbSession) -> str:
            case.case_number = session.store.next_case_number()
            session.store.save(case)  # the GUI holds no reference to this object any more
            return uuid

        DbOp(self, op).success(lambda _uuid: self.case_list.reload()).failure(self._failed).run(self._worker)
        then(uuid)

    def _created(self, uuid: str, prepare: Callable[[CaseEditor], object] | None = None) -> CaseEditor:
        self._new_cases.add(uuid)
        return self.open_case(uuid, prepare)

    def untouched(self, editor: CaseEditor) -> bool:
        """A case made here that has received nothing yet: it goes when its tab closes."""
        return editor.case_uuid in self._new_cases and not editor.received and not editor.dirty

    def resume_interview(self, editor: CaseEditor, step: int) -> None:
        """After an unlock: the interview shown before the lock, at the same step."""
        flow = begin_interview(editor, self._dialogs)
        flow.another_requested.connect(self.start_interview)
        flow.finished.connect(self._interviews_changed)
        flow.go(step)
        self._interviews_changed()

    def _let_go(self, editor: CaseEditor) -> None:
        """Queued after the editor's save: a new case that never received data goes."""
        uuid = editor.case_uuid
        if uuid not in self._new_cases:
            return
        self._new_cases.discard(uuid)
        (
            DbOp(self, lambda s: s.store.discard_if_empty(uuid))
            .success(lambda removed: self.case_list.reload() if removed else None)
            .failure(self._failed)
            .run(self._worker)
        )

    def _failed(self, exc: BaseException) -> None:
        self.show_message(user_message(exc))

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _retitle(self, editor: CaseEditor, title: str) -> None:
        index = self.tabs.indexOf(editor)
        if index >= 0:
            self.tabs.setTabText(index, title)

    def save_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.save()

    def new_testimony(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.new_testimony()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.case_list)
        self.case_list.focus_search()

    def close_current(self) -> None:
        index = self.tabs.currentIndex()
        if index > 0:
            self.close_tab(index)

    def close_tab(self, index: int) -> None:
        editor = self.tabs.widget(index)
        if isinstance(editor, CaseEditor):
            editor.save()  # queued before anything that follows on the DB thread
            self._let_go(editor)
            self.tabs.removeTab(index)
            editor.deleteLater()
            if editor.interviewing:
                self._interviews_changed()

    def delete_current_case(self) -> None:
        """Delete the open case, after asking: duplicates, cases entered by mistake, or a family
        that withdrew everything. The vault overwrites the space (secure delete)."""
        editor = self.current_editor()
        if editor is None:
            self.show_message(self.tr("Open the case you want to delete first."))
            return
        number = editor.bundle.case.case_number if editor.bundle is not None else ""
        question = self.tr(
            "Delete case %1 with all its witnesses, testimonies and files? This cannot be undone."
        ).replace("%1", number)
        if not self._dialogs.confirm(self, self.tr("Delete case"), question):
            return
        uuid = editor.case_uuid
        self.tabs.removeTab(self.tabs.indexOf(editor))
        editor.discard()  # nothing of it is saved again
        editor.deleteLater()

        def op(session: DbSession) -> None:
            session.store.delete("case", uuid)

        (DbOp(self, op).success(lambda _r: self._deleted(number)).failure(self._failed).run(self._worker))

    def _deleted(self, number: str) -> None:
        self.case_list.reload()
        self.show_message(self.tr("Case %1 deleted.").replace("%1", number))

    def save_all(self) -> None:
        """Queue a save of every editor with unsaved changes (runs before a following close)."""
        for editor in self.editors():
            editor.save()

    def clear_case_data(self, keep_new: bool = False) -> None:
        """Remove every view of case data: editors closed, list and search emptied. New cases
        that never received data go too, unless ``keep_new`` (the windows are rebuilt and
        reopen them)."""
        for editor in self.editors():
            if not keep_new:
                self._let_go(editor)  # after the save the lock has queued
            self.tabs.removeTab(self.tabs.indexOf(editor))
            editor.discard()
            editor.deleteLater()
        self.case_list.clear()
        self.statistics.clear()
        self.message.clear()

    def open_erase(self) -> EraseDialog:
        dialog = EraseDialog(self._worker, None, self)
        dialog.erased.connect(self._erased)
        dialog.open()
        return dialog

    def _erased(self) -> None:
        # No vault is left: the editors go without saving, and a new case is not let go of
        # (each would be an operation on a vault that no longer exists, and its error a box).
        for editor in self.editors():
            self.tabs.removeTab(self.tabs.indexOf(editor))
            editor.discard()
            editor.deleteLater()
        self.lock_requested.emit()

    def open_recovery(self, parent: QWidget | None = None) -> RecoveryDialog:
        dialog = RecoveryDialog(self._worker, parent or self)
        dialog.open()
        return dialog

    def open_duress(self, parent: QWidget | None = None) -> DuressDialog:
        dialog = DuressDialog(self._worker, self._dialogs, parent or self)
        dialog.open()
        return dialog

    def lock_close(self) -> None:
        self._closing_for_lock = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closing_for_lock:
            # Closing the window saves, closes the vault and quits (the controller does it in
            # order on the DB thread).
            self.save_all()
            self.quit_requested.emit()
        event.accept()
