"""The "Possible duplicates" window: every pair of cases in the vault that may record one
person, with the score and why (the same scoring as the editor's panel and `izdeu duplicates`).
Double-click (or Enter) opens both cases."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model import LinkKind
from app.names import PersonMatch
from app.store import CaseRow
from ui.messages import user_message
from ui.names.linking import CaseMergeDialog, LinkDialog
from ui.names.reasons import reason_text
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
    changed = Signal()  # cases were merged: the case list shows one case fewer

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
        self._worker = worker
        self.same_button = QPushButton(self.tr("Same person…"))
        self.same_button.setObjectName("duplicatesSame")
        self.same_button.clicked.connect(self.same_person)
        self.different_button = QPushButton(self.tr("Not the same person"))
        self.different_button.setObjectName("duplicatesDifferent")
        self.different_button.clicked.connect(self.not_same_person)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("duplicatesMerge")
        self.merge_button.clicked.connect(self.merge)
        actions = QHBoxLayout()
        for button in (self.same_button, self.different_button, self.merge_button):
            button.setEnabled(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.tree.itemSelectionChanged.connect(self._selection)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Each pair may be one person reported twice, in different scripts or spellings. "
                "Nothing is merged unless you ask: open both cases to check."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
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
                    # One reason a line: the column is too narrow for them run together.
                    "\n".join(reason_text(r) for r in match.reasons),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, (a.uuid, b.uuid))
            item.setData(1, Qt.ItemDataRole.UserRole, (a, b))
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

    def _selection(self) -> None:
        for button in (self.same_button, self.different_button, self.merge_button):
            button.setEnabled(self.pair() is not None)

    def pair(self) -> tuple[CaseRow, CaseRow] | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        first, second = item.data(1, Qt.ItemDataRole.UserRole)
        return first, second

    def _forget(self) -> None:
        """The pair is settled: it leaves the list."""
        item = self.tree.currentItem()
        if item is not None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))

    def same_person(self) -> LinkDialog | None:
        pair = self.pair()
        if pair is None:
            return None
        dialog = LinkDialog(self._worker, pair[0].uuid, pair[1].uuid, LinkKind.SAME_PERSON, parent=self)
        dialog.open()
        return dialog

    def not_same_person(self) -> None:
        pair = self.pair()
        if pair is None:
            return
        first, second = pair[0].uuid, pair[1].uuid
        DbOp(self, lambda s: s.store.not_same_person(first, second)).success(
            lambda _link: self._forget()
        ).run(self._worker)

    def merge(self) -> CaseMergeDialog | None:
        pair = self.pair()
        if pair is None:
            return None
        dialog = CaseMergeDialog(self._worker, pair[0], pair[1], parent=self)
        dialog.merged.connect(lambda _uuid: self._merged())
        dialog.open()
        return dialog

    def _merged(self) -> None:
        self._forget()
        self.changed.emit()
