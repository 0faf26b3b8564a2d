"""The case's audit history (append-only, hash-chained in the vault): who changed what, when."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.store import AuditEntry
from ui.ops import DbOp
from ui.worker import DbWorker

__all__ = ["HistorySection"]


class HistorySection(QWidget):
    def __init__(self, worker: DbWorker, case_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.case_uuid = case_uuid
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When (UTC)"), self.tr("Who"), self.tr("Action"), self.tr("Record"), self.tr("Fields")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(refresh)

    def refresh(self) -> None:
        uuid = self.case_uuid
        DbOp(self, lambda s: s.store.audit(uuid)).success(self._show).run(self._worker)

    def _show(self, entries: list[AuditEntry]) -> None:
        entries = list(reversed(entries))
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            fields = ", ".join(e.detail.get("fields", [])) if isinstance(e.detail, dict) else ""
            values = (e.at[:19].replace("T", " "), e.actor, e.action, e.kind.replace("_", " "), fields)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
