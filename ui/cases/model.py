"""The case list as a lazily paged table model over ``Store.list_cases``.

Only the row count and the pages that have been drawn are held (Anki's browser keeps only ids):
a page is fetched on the DB worker the first time one of its rows is asked for, and its rows are
repainted when it arrives. Sorting and filtering are done by the store (SQL ORDER BY / WHERE),
so 100,000 cases open and scroll without loading them all.
"""

from __future__ import annotations

import datetime as _dt
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from app.model import CaseStatus, PersonStatus
from app.store import CaseQuery, CaseRow
from ui.labels import label
from ui.ops import DbOp
from ui.tones import ERROR, tone_color
from ui.worker import DbSession, DbWorker

__all__ = ["CaseTableModel", "COLUMNS", "UUID_ROLE", "PAGE_SIZE"]

PAGE_SIZE = 200
MAX_PAGES = 60
UUID_ROLE = Qt.ItemDataRole.UserRole + 1

# (header, sort key in Store.SORT_KEYS)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Case", "case_number"),
    ("Names", "name"),
    ("Case status", "status"),
    ("Person's status", "person_status"),
    ("Disappeared", "disappeared"),
    ("Hometown", "hometown"),
    ("Last updated", "updated"),
    ("Next follow-up", "follow_up"),
)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CaseTableModel(QAbstractTableModel):
    """Emits ``page_loaded(page)`` when a page arrives and ``reset_done(count)`` after a refresh."""

    page_loaded = Signal(int)
    reset_done = Signal(int)

    def __init__(self, worker: DbWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._query = CaseQuery(hide_merged=True)  # cases merged into another: by a filter
        self._count = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self._today = _dt.date.today().isoformat()
        self._titles = [
            self.tr("Case"),
            self.tr("Names"),
            self.tr("Case status"),
            self.tr("Person's status"),
            self.tr("Disappeared"),
            self.tr("Hometown"),
            self.tr("Last updated"),
            self.tr("Next follow-up"),
        ]

    # --- query -----------------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_query(self, query: CaseQuery) -> None:
        self._query = query
        self.refresh()

    def set_filters(
        self,
        *,
        status: str | None,
        year: int | None,
        hometown: str | None,
        follow_up_due: bool,
        show_merged: bool = False,
    ) -> None:
        self.set_query(
            replace(
                self._query,
                status=status,
                year=year,
                hometown=hometown,
                follow_up_due=follow_up_due,
                hide_merged=not show_merged,
            )
        )

    def refresh(self) -> None:
        """Re-count and drop cached pages (after a save, a filter or sort change).

        The count and the first page come back in one operation, so the first screenful is
        painted as soon as possible after unlocking.
        """
        self._generation += 1
        self._today = _dt.date.today().isoformat()
        generation, query = self._generation, self._query

        def op(session: DbSession) -> tuple[int, list[CaseRow]]:
            count = session.store.count_cases(query)
            first = session.store.list_cases(query, offset=0, limit=PAGE_SIZE) if count else []
            return count, first

        (DbOp(self, op).success(lambda result: self._counted(generation, *result)).run(self._worker))

    def _counted(self, generation: int, count: int, first: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._requested.clear()
        if count:
            self._pages[0] = first
        self.endResetModel()
        self.reset_done.emit(count)
        if count:
            self.page_loaded.emit(0)

    def update_row(self, row: CaseRow) -> None:
        """After an editor's save: replace that case's row where it is cached and repaint it,
        without asking the store (a save returns its row). Where the row now sorts, and whether
        it still passes the filter, is settled by the next refresh (sort, filter or reload)."""
        for page, rows in self._pages.items():
            for offset, cached in enumerate(rows):
                if cached.uuid == row.uuid:
                    rows[offset] = row
                    at = page * PAGE_SIZE + offset
                    self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))
                    return

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self._generation += 1
        self.beginResetModel()
        self._count = 0
        self._pages.clear()
        self._requested.clear()
        self.endResetModel()

    def _request(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation, query = self._generation, self._query

        def op(session: DbSession) -> list[CaseRow]:
            return session.store.list_cases(query, offset=page * PAGE_SIZE, limit=PAGE_SIZE)

        (DbOp(self, op).success(lambda rows: self._arrived(generation, page, rows)).run(self._worker))

    def _arrived(self, generation: int, page: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self._requested.discard(page)
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(self._count, first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(page)

    def row_at(self, row: int) -> CaseRow | None:
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            if 0 <= row < self._count:
                self._request(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
                return self._titles[section]
            if orientation == Qt.Orientation.Vertical:
                return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._count):
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 7:
            row = self.row_at(index.row())
            if row is not None and row.next_follow_up and row.next_follow_up <= self._today:
                return QBrush(tone_color(ERROR))  # follow-up due, in the theme's red
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, UUID_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == UUID_ROLE:
            return row.uuid
        column = index.column()
        if column == 0:
            return row.case_number
        if column == 1:
            return row.names
        if column == 2:
            return label(CaseStatus, row.status)
        if column == 3:
            return label(PersonStatus, row.person_status)
        if column == 4:
            return row.disappeared
        if column == 5:
            return row.hometown
        if column == 6:
            return row.updated[:10]
        if column == 7:
            return row.next_follow_up
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.set_query(
            replace(self._query, sort=COLUMNS[column][1], descending=order == Qt.SortOrder.DescendingOrder)
        )
