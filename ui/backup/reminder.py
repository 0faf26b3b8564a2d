"""The banner shown while a backup is due ("The last backup is N days old")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.backup import ops
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["BackupReminder"]


class BackupReminder(QWidget):
    """A banner shown while a backup is due: "The last backup is N days old"."""

    backup_requested = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackupReminder")
        self._worker = worker
        self.label = QLabel()
        self.label.setObjectName("reminderText")
        button = QPushButton(self.tr("Back up now"))
        button.clicked.connect(self.backup_requested)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(button)
        self.hide()

    def refresh(self) -> None:
        """Ask the vault (on the DB thread); call after unlocking and after each backup."""

        def op(session: DbSession) -> tuple[bool, float | None]:
            vault = session.store.vault
            return ops.backup_due(vault), ops.backup_age_days(vault)

        # A reminder that cannot be worked out is hidden: the failure shows elsewhere.
        DbOp(self, op).success(self._show).failure(lambda _exc: self.hide()).run(self._worker)

    def _show(self, state: tuple[bool, float | None]) -> None:
        due, age = state
        if not due:
            self.hide()
            return
        if age is None:
            self.label.setText(self.tr("This vault has never been backed up."))
        else:
            self.label.setText(self.tr("The last backup is %n day(s) old.", "", int(age)))
        self.show()
