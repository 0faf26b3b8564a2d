"""The progress bar, status line and cancel button every backup window shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.errors import CancelledError
from ui.backup.task import BackupTask
from ui.messages import user_message

__all__ = ["ProgressPanel", "error_text"]


class ProgressPanel(QWidget):
    """Progress bar, status line and a cancel button for one running task."""

    def __init__(self, task: BackupTask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(task.cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        task.progress.connect(self._progress)
        self._phases = {
            "writing": self.tr("Writing"),
            "verifying": self.tr("Verifying"),
            "reading": self.tr("Reading"),
        }

    def started(self) -> None:
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Working…"))

    def stopped(self, text: str) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(text)

    def _progress(self, phase: str, done: int, total: int) -> None:
        self.bar.setValue(int(1000 * done / total) if total else 0)
        mib = done / (1024 * 1024)
        name = self._phases.get(phase, self.tr("Working"))
        self.bar.setFormat(f"{name} %p%")
        self.status.setText(self.tr("%1… %2 MiB").replace("%1", name).replace("%2", f"{mib:,.0f}"))


def error_text(exc: BaseException) -> str:
    if isinstance(exc, CancelledError):
        return QCoreApplication.translate("BackupDialogs", "Cancelled; nothing was saved.")
    return user_message(exc)
