"""The main window: toolbar, the case list tab and one tab per open case editor.

It holds no vault state of its own: it is given the DB worker, the file-dialog seam and the
settings, and reports lock requests to the controller through signals.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QTabWidget,
    QToolBar,
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
from ui.messages import user_message
from ui.ops import DbOp
from ui.stats.tab import StatisticsTab
from ui.tables.actions import TableActions
from ui.tools import Tools
from ui.worker import DbSession, DbWorker

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
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
        self._build_actions()
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
        self.resize(1280, 800)

    def _action(
        self, text: str, slot: Callable[[], object], shortcuts: list[str], name: str, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if shortcuts:
            action.setToolTip(f"{tip or text} ({shortcuts[0]})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_case_action = self._action(self.tr("New case"), self.new_case, ["Ctrl+N"], "newCase")
        self.interview_action = self._action(
            self.tr("Start an interview"),
            lambda: self.start_interview(),
            ["Ctrl+I"],
            "startInterview",
            self.tr("A new case, asked in the order people tell it"),
        )
        self.save_action = self._action(self.tr("Save"), self.save_current, ["Ctrl+S"], "save")
        self.new_testimony_action = self._action(
            self.tr("New testimony"), self.new_testimony, ["Ctrl+T"], "newTestimony"
        )
        self.search_action = self._action(self.tr("Search"), self.focus_search, ["Ctrl+F"], "search")
        self.lock_action = self._action(
            self.tr("Lock"),
            self.lock_requested.emit,
            ["Ctrl+L"],
            "lock",
            self.tr("Save, close the vault and lock"),
        )
        self.quick_lock_action = self._action(
            self.tr("Hide now"),
            self.quick_lock_requested.emit,
            ["Ctrl+Shift+L", "F12"],
            "quickLock",
            self.tr("Hide everything at once behind a blank window"),
        )
        for action in (self.lock_action, self.quick_lock_action):
            # Also from attachment viewers and dialogs, not only this window.
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.settings_action = self._action(self.tr("Settings"), self.settings_requested.emit, [], "settings")
        self.close_tab_action = self._action(
            self.tr("Close case"), self._close_current, ["Ctrl+W"], "closeTab"
        )
        self.delete_case_action = self._action(
            self.tr("Delete case…"), self.delete_current_case, [], "deleteCase"
        )
        self.erase_action = QAction(self.tr("Erase this vault now…"), self)
        self.erase_action.setObjectName("eraseVault")
        self.erase_action.triggered.connect(self.open_erase)
        self.duress_action = QAction(self.tr("Duress passphrase…"), self)
        self.duress_action.setObjectName("duressPassphrase")
        self.duress_action.triggered.connect(self.open_duress)
        self.recovery_action = QAction(self.tr("Headquarters recovery…"), self)
        self.recovery_action.setObjectName("headquartersRecovery")
        self.recovery_action.triggered.connect(self.open_recovery)
        self.tools.menu.addSeparator()
        self.tools.menu.addAction(self.recovery_action)
        self.tools.menu.addAction(self.duress_action)
        self.tools.menu.addAction(self.erase_action)
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(self.tables.button)
        for action in (
            self.new_case_action,
            self.interview_action,
            self.save_action,
            self.new_testimony_action,
            self.search_action,
            self.tools.dossier_action,
            self.tools.duplicates_action,
        ):
            toolbar.addAction(action)
        toolbar.addWidget(self.tools.backups_button)
        toolbar.addWidget(self.tools.vault_button)
        self.addToolBar(toolbar)
        self.main_toolbar = toolbar
        # Delete, Settings, Lock and Hide now on the right, in a toolbar of their own: where the
        # words are long (Russian) it goes on a second line instead of hiding Hide now behind ».
        safety = QToolBar(self.tr("Lock and settings"))
        safety.setObjectName("lockToolbar")
        safety.setMovable(False)
        safety.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        safety.addWidget(spacer)
        safety.addAction(self.delete_case_action)
        safety.addAction(self.settings_action)
        safety.addAction(self.lock_action)
        safety.addAction(self.quick_lock_action)
        self.addToolBar(safety)
        self.lock_toolbar = safety

    def _fit_toolbars(self) -> None:
        """The lock toolbar beside the main one when both fit the window, else under it."""
        bars = (self.main_toolbar, self.lock_toolbar)
        wanted = sum(bar.sizeHint().width() for bar in bars) > self.width()
        if wanted != self.toolBarBreak(self.lock_toolbar):
            if wanted:
                self.insertToolBarBreak(self.lock_toolbar)
            else:
                self.removeToolBarBreak(self.lock_toolbar)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_toolbars()

    # --- cases -----------------------------------------------------------------------------

    def start(self) -> None:
        self.case_list.reload()
        self.tools.install_reminder(self._central_layout)

    def editors(self) -> list[CaseEditor]:
        return [w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), CaseEditor)]

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

    def _close_current(self) -> None:
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
        self.start()  # the editors go without saving: there is no vault left to save to
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
