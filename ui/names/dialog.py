"""The "Possible duplicates" window: every pair of cases in the vault that may record one
person, with the score and why (the same scoring as the editor's panel and `izdeu duplicates`).
Double-click (or Enter) opens both cases."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.names import PersonMatch
from app.store import CaseRow
from ui.messages import user_message
from ui.names.reasons import match_text
from ui.ops import DbOp, OpProgress
from ui.worker import DbSession, DbWorker

__all__ = ["DuplicatesDialog"]

Pair = tuple[CaseRow, CaseRow, PersonMatch]


def _pairs(session: DbSession, progress: OpProgress) -> list[Pair]:
    store = session.store

    def report(done: int, total: int) -> None:
        progress.report("cases", done, total)

    found = list(store.all_duplicates(progress=report, cancelled=progress.cancelled))
    rows = {r.uuid: r for r in store.case_rows(sorted({u for a, b, _ in found for u in (a, b)}))}
    pairs = [(rows[a], rows[b], m) for a, b, m in found if a in rows and b in rows]
    pairs.sort(key=lambda p: -p[2].score)
    return pairs


class DuplicatesDialog(QDialog):
    open_case = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.status = QLabel(self.tr("Comparing every case with the others…"))
        self.status.setObjectName("duplicatesStatus")
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("duplicatesTree")
        self.tree.setHeaderLabels([self.tr("Score"), self.tr("Case"), self.tr("Names"), self.tr("Why")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        self.bar = QProgressBar()
        self.bar.setObjectName("duplicatesProgress")
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.setObjectName("duplicatesStop")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.stop, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Each pair may be one person reported twice, in different scripts or spellings. "
                "Nothing is merged: open both cases to check."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(980, 520)
        # A whole vault takes a while (about 10 ms a case): progress, and a way to stop.
        self.progress = OpProgress(self)
        self.progress.changed.connect(self._progressed)
        self.stop.clicked.connect(self.progress.cancel)
        progress = self.progress
        (
            DbOp(self, lambda session: _pairs(session, progress))
            .with_progress(progress)
            .success(self._show)
            .failure(self._failed)
            .run(worker)
        )

    def _progressed(self, _phase: str, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def done(self, result: int) -> None:
        self.progress.cancel()  # closing stops a scan still running
        super().done(result)

    def _show(self, pairs: list[Pair]) -> None:
        self._finished()
        self.tree.clear()
        for a, b, match in pairs:
            item = QTreeWidgetItem(
                [
                    f"{match.score:.2f}",
                    f"{a.case_number}\n{b.case_number}",
                    f"\u2068{a.names}\u2069\n\u2068{b.names}\u2069",
                    match_text(match),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, (a.uuid, b.uuid))
            for column in (2, 3):
                item.setToolTip(column, item.text(column))
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.status.setText(
            self.tr("%n pair(s) of cases may record the same person.", "", len(pairs))
            if pairs
            else self.tr("No two cases seem to record the same person.")
        )

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        self.status.setText(user_message(exc))

    def _finished(self) -> None:
        self.bar.hide()
        self.stop.setEnabled(False)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        for uuid in item.data(0, Qt.ItemDataRole.UserRole):
            self.open_case.emit(uuid)
