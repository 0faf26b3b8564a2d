"""The case's "Related cases" tab: the family and same-person links, read from this case (A
parent of B shows "child of A" in B), added through a case picker and removed at once.

Links are records of their own, saved when made (Store.link_cases), not with the editor's
autosave: a link is between two cases, and either may be open, or neither. Merging a case of
the same person into this one, and splitting it again, start here too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model import Certainty, LinkKind
from app.store import CaseRow, RelatedCase
from ui.labels import label
from ui.names.linking import CaseMergeDialog, LinkDialog
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["RelatedSection"]


class RelatedSection(QWidget):
    open_case = Signal(str)
    merged = Signal()  # this case changed behind the editor (a merge or a split)

    def __init__(
        self,
        worker: DbWorker,
        case_uuid: str,
        before_merge: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        # The editor's unsaved edits go first (the DB thread runs work in order): a merge must
        # start from this case as the vault holds it, and the editor reloads it afterwards.
        self._before_merge = before_merge
        self.case_uuid = case_uuid
        self.related: list[RelatedCase] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("relatedTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("This person is the"), self.tr("Case"), self.tr("Names"), self.tr("Certainty")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemDoubleClicked.connect(lambda _item: self._open())
        self.add_button = QPushButton(self.tr("Link a case…"))
        self.add_button.setObjectName("relatedAdd")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove link"))
        self.remove_button.setObjectName("relatedRemove")
        self.remove_button.clicked.connect(self.remove)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open)
        self.merge_button = QPushButton(self.tr("Merge into this case…"))
        self.merge_button.setObjectName("relatedMerge")
        self.merge_button.clicked.connect(self.merge)
        self.split_button = QPushButton(self.tr("Split"))
        self.split_button.setObjectName("relatedSplit")
        self.split_button.clicked.connect(self.split)
        note = QLabel(
            self.tr(
                "Family members reported in other cases, and cases of the same person. A link is "
                "saved at once and shown in both cases."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.open_button,
            self.merge_button,
            self.split_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection()
        self.refresh()

    def refresh(self) -> None:
        uuid = self.case_uuid
        DbOp(self, lambda s: s.store.related_cases(uuid)).success(self._show).run(self._worker)

    def row_texts(self, link: RelatedCase) -> tuple[str, str, str, str]:
        relation = label(LinkKind, link.kind)
        if link.merged:
            relation += " — " + self.tr("merged")
        number = link.other_number or self.tr("(not in this vault)")
        return relation, number, f"\u2068{link.other_names}\u2069", label(Certainty, link.certainty)

    def _show(self, related: list[RelatedCase]) -> None:
        self.related = related
        self.table.setRowCount(len(related))
        for row, link in enumerate(related):
            for column, text in enumerate(self.row_texts(link)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, link.link_uuid)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._selection()

    def current(self) -> RelatedCase | None:
        row = self.table.currentRow()
        return self.related[row] if 0 <= row < len(self.related) and self.table.selectedItems() else None

    def _selection(self) -> None:
        link = self.current()
        self.remove_button.setEnabled(link is not None and not link.merged)
        self.open_button.setEnabled(link is not None and bool(link.other_number))
        self.merge_button.setEnabled(
            link is not None
            and link.kind == LinkKind.SAME_PERSON
            and not link.merged
            and bool(link.other_number)
        )
        self.split_button.setEnabled(link is not None and link.merged)

    def add(self) -> LinkDialog:
        dialog = LinkDialog(self._worker, self.case_uuid, parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def remove(self) -> None:
        link = self.current()
        if link is None:
            return
        uuid = link.link_uuid
        DbOp(self, lambda s: s.store.remove_link(uuid)).success(lambda _none: self.refresh()).run(
            self._worker
        )

    def _open(self) -> None:
        link = self.current()
        if link is not None and link.other_number:
            self.open_case.emit(link.other_case)

    def merge(self) -> CaseMergeDialog | None:
        link = self.current()
        if link is None:
            return None
        kept, other = self.case_uuid, link.other_case
        self._before_merge()

        def rows(session: DbSession) -> list[CaseRow]:
            return session.store.case_rows([kept, other])

        holder: list[CaseMergeDialog] = []

        def show(found: list[CaseRow]) -> None:
            if len(found) == 2:
                dialog = CaseMergeDialog(self._worker, found[0], found[1], parent=self)
                dialog.merged.connect(lambda _uuid: self._changed())
                dialog.open()
                holder.append(dialog)

        DbOp(self, rows).success(show).run(self._worker)
        return holder[0] if holder else None

    def split(self) -> None:
        link = self.current()
        if link is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Split the cases"),
            self.tr("Undo the merge: the two cases are shown apart again, each with its own records."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._before_merge()
        me, other = self.case_uuid, link.other_case

        def op(session: DbSession) -> str:
            store = session.store
            # The absorbed one of the two is the case marked as a duplicate of the other.
            return store.split_case(other if store.get_case(other).duplicate_of == me else me)

        DbOp(self, op).success(lambda _kept: self._changed()).run(self._worker)

    def _changed(self) -> None:
        self.refresh()
        self.merged.emit()
