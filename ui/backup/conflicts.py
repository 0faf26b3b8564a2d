"""Review merge conflicts: both values of a field side by side, and the person's choice.

A merge settles a field changed on both sides by the newer version and keeps the other value
aside (app/backup/ops/merge.py). This window lists what was kept aside, shows the two values,
and keeps the current one or puts the kept one back (``Store.resolve_conflict``), which the
audit log records.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.labels.history import field_label, kind_label
from app.store import KEEP_CURRENT, TAKE_KEPT, OpenConflict
from ui.editor.history import local_time
from ui.i18n import current_language
from ui.isolate import ltr
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["ConflictsDialog", "value_text"]


def value_text(value: Any) -> str:
    """A field's value as text a person can read (structured fields as indented JSON)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=2)


class _Side(QGroupBox):
    """One value with its origin and a button to choose it."""

    def __init__(self, title: str, button: str, name: str) -> None:
        super().__init__(title)
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName(name)
        self.text.setReadOnly(True)
        self.choose = QPushButton(button)
        self.choose.setObjectName(name + "Choose")
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignTrailing)


class ConflictsDialog(QDialog):
    resolved = Signal()  # a record may have changed: views refresh

    def __init__(self, worker: DbWorker, case_uuid: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictsDialog")
        self.setWindowTitle(self.tr("Merge conflicts"))
        self._worker = worker
        self._case_uuid = case_uuid
        self.conflicts: list[OpenConflict] = []
        intro = QLabel(
            self.tr(
                "Each line is a field changed both here and on a volunteer's device. The merge "
                "kept the newer value and set the other one aside. Choose the value the case "
                "should have; the choice is written to the case's history."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.currentRowChanged.connect(self._show)
        self.current = _Side(self.tr("In the case now"), self.tr("Keep this value"), "currentValue")
        self.kept = _Side(self.tr("Set aside by the merge"), self.tr("Use this value"), "keptValue")
        self.current.choose.clicked.connect(lambda: self.choose(KEEP_CURRENT))
        self.kept.choose.clicked.connect(lambda: self.choose(TAKE_KEPT))
        sides = QWidget()
        grid = QGridLayout(sides)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.current, 0, 0)
        grid.addWidget(self.kept, 0, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(sides)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([140, 400])
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self._show(-1)

    def refresh(self) -> None:
        case_uuid = self._case_uuid

        def op(session: DbSession) -> list[OpenConflict]:
            return session.store.conflicts(case_uuid)

        DbOp(self, op).success(self._listed).run(self._worker)

    def _listed(self, conflicts: list[OpenConflict]) -> None:
        lang = current_language()
        self.conflicts = conflicts
        self.list.clear()
        for conflict in conflicts:
            # Words first: they give the line its direction in the Uyghur window.
            number = f" {ltr(conflict.case_number)}" if conflict.case_number else ""
            text = f"{kind_label(conflict.kind, lang)}{number} — {field_label(conflict.field, lang)}"
            self.list.addItem(QListWidgetItem(text))
        if conflicts:
            self.list.setCurrentRow(0)
            self.status.setText(self.tr("%n conflict(s) to review.", "", len(conflicts)))
        else:
            self._show(-1)
            self.status.setText(self.tr("No conflicts to review."))

    def _origin(self, side: str, updated: str) -> str:
        where = self.tr("this vault") if side == "local" else self.tr("the device's backup")
        return self.tr("From %1, changed %2").replace("%1", where).replace("%2", local_time(updated))

    def _show(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        for side in (self.current, self.kept):
            side.setEnabled(conflict is not None)
            if conflict is None:
                side.text.clear()
                side.origin.clear()
        if conflict is None:
            return
        self.current.text.setPlainText(value_text(conflict.current_value))
        self.kept.text.setPlainText(value_text(conflict.kept_value))
        self.current.origin.setText(self._origin(conflict.winner, conflict.won_updated))
        self.kept.origin.setText(self._origin(conflict.lost_side, conflict.lost_updated))

    def choose(self, choice: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        conflict_id = self.conflicts[row].id

        def op(session: DbSession) -> None:
            session.store.resolve_conflict(conflict_id, choice)

        for side in (self.current, self.kept):
            side.choose.setEnabled(False)
        DbOp(self, op).success(self._settled).failure(self._failed).run(self._worker)

    def _settled(self, _result: object) -> None:
        for side in (self.current, self.kept):
            side.choose.setEnabled(True)
        self.resolved.emit()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import user_message

        for side in (self.current, self.kept):
            side.choose.setEnabled(True)
        self.status.setText(user_message(exc))
        self.refresh()
