"""The case's audit history (append-only, hash-chained in the vault): who changed what, when.

The log stores code names and UTC times; this shows them in the interface language
(app/labels/history.py) and in local time. Times are wrapped as left-to-right isolates so that
in the Uyghur window "2026-03-14 09:05" does not come out as "09:05 2026-03-14" or with its
digits' groups reversed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.labels.history import action_label, field_label, kind_label
from app.store import AuditEntry
from ui.i18n import current_language
from ui.isolate import isolate, ltr
from ui.ops import DbOp
from ui.worker import DbWorker

__all__ = ["HistorySection", "local_time"]

# Actors the core writes when no operator name is set, or for its own steps.
_LOCAL_USER = "local user"


def local_time(at: str, locale: QLocale | None = None) -> str:
    """An audit time (ISO 8601, UTC) in local time, the locale's short format, as an LTR isolate."""
    stamp = QDateTime.fromString(at[:19], "yyyy-MM-ddTHH:mm:ss")
    if not stamp.isValid():
        return ltr(at[:19])
    stamp.setTimeZone(QTimeZone.utc())
    # yyyy-MM-dd HH:mm reads the same in every language and sorts; QLocale's short format
    # for ug/kk would give two-digit years and a month-first order some readers misread.
    text = (locale or QLocale()).toString(stamp.toLocalTime(), "yyyy-MM-dd HH:mm")
    return ltr(text)


class HistorySection(QWidget):
    def __init__(self, worker: DbWorker, case_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.case_uuid = case_uuid
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Record"), self.tr("Fields")]
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

    def who(self, actor: str) -> str:
        if actor == _LOCAL_USER:
            return self.tr("this computer's user")
        if actor == "restore":
            return self.tr("restored from a backup")
        return isolate(actor)

    def row_texts(self, entry: AuditEntry) -> tuple[str, str, str, str, str]:
        """What one row shows: time, who, action, record kind, fields, in the interface language."""
        lang = current_language()
        detail: Any = entry.detail if isinstance(entry.detail, dict) else {}
        names = detail.get("fields", [])
        if entry.action == "merge-conflict-resolved" and isinstance(detail.get("field"), str):
            names = [detail["field"]]
        fields = [field_label(str(n), lang) for n in names if isinstance(n, str)]
        separator = "، " if lang == "ug" else ", "
        return (
            local_time(entry.at),
            self.who(entry.actor),
            action_label(entry.action, lang),
            kind_label(entry.kind, lang),
            separator.join(fields),
        )

    def _show(self, entries: list[AuditEntry]) -> None:
        entries = list(reversed(entries))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, value in enumerate(self.row_texts(entry)):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
