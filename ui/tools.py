"""The main window's links to the dossier, backup and vault dialogs (ui/dossier, ui/backup, ui/vault).

Those modules pull in ReportLab and the backup crypto, so they are imported when first used,
not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QVBoxLayout, QWidget

from ui.dialogs import FileDialogs
from ui.worker import DbWorker

if TYPE_CHECKING:
    from ui.backup.dialogs import BackupReminder

__all__ = ["Tools"]


class Tools(QObject):
    """Actions "Dossier…", "Possible duplicates", "Backups ▾" and "Vault ▾", and the backup reminder banner.

    ``current_cases()`` gives the case UUIDs the dossier is for; ``save_all()`` queues saving
    every open editor; ``close_editors()`` closes them (before a merge rewrites cases);
    ``changed()`` refreshes the views after a merge. ``open_vault_requested(path)``: a
    restored vault should be opened instead of this one (the controller locks this one first).
    """

    open_vault_requested = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        worker: DbWorker,
        dialogs: FileDialogs,
        *,
        current_cases: Callable[[], list[tuple[str, str]]],
        save_all: Callable[[], None],
        close_editors: Callable[[], None],
        changed: Callable[[], None],
        message: Callable[[str], None],
        open_case: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._worker = worker
        self._dialogs = dialogs
        self._current_cases = current_cases
        self._save_all = save_all
        self._close_editors = close_editors
        self._changed = changed
        self._message = message
        self._open_case = open_case
        self.reminder: BackupReminder | None = None

        self.dossier_action = QAction(self.tr("Dossier…"), parent)
        self.dossier_action.setObjectName("dossier")
        self.dossier_action.setShortcut(QKeySequence("Ctrl+P"))
        self.dossier_action.setToolTip(self.tr("PDF dossier of the open or selected cases (Ctrl+P)"))
        self.dossier_action.triggered.connect(self.open_dossier)
        parent.addAction(self.dossier_action)

        self.duplicates_action = QAction(self.tr("Possible duplicates"), parent)
        self.duplicates_action.setObjectName("duplicates")
        self.duplicates_action.setToolTip(
            self.tr("Cases that may record the same person, in any script or spelling")
        )
        self.duplicates_action.triggered.connect(self.open_duplicates)
        parent.addAction(self.duplicates_action)

        self.backup_action = QAction(self.tr("Back up…"), parent)
        self.backup_action.setObjectName("backup")
        self.backup_action.triggered.connect(self.open_backup)
        self.verify_action = QAction(self.tr("Verify a backup…"), parent)
        self.verify_action.setObjectName("verifyBackup")
        self.verify_action.triggered.connect(self.open_verify)
        self.merge_action = QAction(self.tr("Merge a backup…"), parent)
        self.merge_action.setObjectName("mergeBackup")
        self.merge_action.triggered.connect(self.open_merge)
        self.restore_action = QAction(self.tr("Restore a backup…"), parent)
        self.restore_action.setObjectName("restoreBackup")
        self.restore_action.triggered.connect(self.open_restore)
        self.conflicts_action = QAction(self.tr("Review merge conflicts…"), parent)
        self.conflicts_action.setObjectName("mergeConflicts")
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.keys_action = QAction(self.tr("Backup keys…"), parent)
        self.keys_action.setObjectName("backupKeys")
        self.keys_action.triggered.connect(self.open_keys)
        self.menu = QMenu(self.tr("Backups"), parent)
        for action in (self.backup_action, self.verify_action, self.restore_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.merge_action)
        self.menu.addAction(self.conflicts_action)
        self.menu.addSeparator()
        self.menu.addAction(self.keys_action)
        self.backups_button = _menu_button(self.tr("Backups"), self.menu)

        self.passphrase_action = QAction(self.tr("Change passphrase…"), parent)
        self.passphrase_action.setObjectName("changePassphrase")
        self.passphrase_action.triggered.connect(self.open_change_passphrase)
        self.vault_menu = QMenu(self.tr("Vault"), parent)
        self.vault_menu.addAction(self.passphrase_action)
        self.vault_button = _menu_button(self.tr("Vault"), self.vault_menu)

    # --- dossier ---------------------------------------------------------------------------

    def open_dossier(self) -> Any:
        cases = self._current_cases()
        if not cases:
            self._message(self.tr("Open or select a case first."))
            return None
        self._save_all()  # queued first: the dossier reads what was just typed
        from ui.dossier.dialog import DossierDialog

        dialog = DossierDialog(
            self._worker,
            [u for u, _ in cases],
            dialogs=self._dialogs,
            case_number=cases[0][1] if len(cases) == 1 else "",
            parent=self._window,
        )
        dialog.show()
        return dialog

    # --- duplicates ------------------------------------------------------------------------

    def open_duplicates(self) -> Any:
        self._save_all()  # queued first: names just typed are compared too
        from ui.names.dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self._worker, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._changed)
        if self._open_case is not None:
            dialog.open_case.connect(self._open_case)
        dialog.show()
        return dialog

    # --- backups ---------------------------------------------------------------------------

    def open_backup(self) -> Any:
        self._save_all()
        from ui.backup.dialogs import BackupDialog

        dialog = BackupDialog(self._worker, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.backup_done.connect(lambda _r: self.refresh_reminder())
        dialog.show()
        return dialog

    def open_verify(self) -> Any:
        from ui.backup.dialogs import VerifyDialog

        dialog = VerifyDialog(self._worker, self._dialogs, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_merge(self) -> Any:
        # A merge rewrites cases: open editors are saved and closed first.
        self._save_all()
        self._close_editors()
        from ui.backup.dialogs import MergeDialog

        dialog = MergeDialog(self._worker, self._dialogs, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda summary: summary.changed and self._changed())
        dialog.show()
        return dialog

    def open_restore(self) -> Any:
        """Restore a backup into a new vault file; "Open it" then swaps to that vault."""
        from ui.backup.dialogs import RestoreDialog

        dialog = RestoreDialog(self._worker, self._dialogs, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_vault_requested)
        dialog.show()
        return dialog

    def open_conflicts(self) -> Any:
        # Settling a conflict rewrites a record: open editors are saved and closed first.
        self._save_all()
        self._close_editors()
        from ui.backup.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self._worker, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self._changed)
        dialog.show()
        dialog.refresh()
        return dialog

    def open_change_passphrase(self) -> Any:
        self._save_all()  # queued first: the re-keyed copy holds what was just typed
        from ui.vault.change_passphrase import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self._worker, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_keys(self) -> Any:
        from ui.backup.keys import BackupKeysDialog

        dialog = BackupKeysDialog(self._worker, self._dialogs, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- reminder --------------------------------------------------------------------------

    def install_reminder(self, layout: QVBoxLayout, delay_ms: int = 1500) -> None:
        """Add the "last backup is N days old" banner a moment after the list is shown."""

        def create() -> None:
            from ui.backup.dialogs import BackupReminder

            self.reminder = BackupReminder(self._worker)
            self.reminder.backup_requested.connect(self.open_backup)
            layout.insertWidget(0, self.reminder)
            self.reminder.refresh()

        QTimer.singleShot(delay_ms, self, create)

    def refresh_reminder(self) -> None:
        if self.reminder is not None:
            self.reminder.refresh()


def _menu_button(text: str, menu: QMenu) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button
