"""The case list page: filters, search box, the paged table and the search results."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model import CaseStatus
from ui.cases.empty import EmptyState
from ui.cases.model import UUID_ROLE, CaseTableModel
from ui.cases.search import SearchResult, SearchResultsModel, SnippetDelegate
from ui.labels import choices
from ui.messages import user_message
from ui.ops import DbOp, Latest
from ui.worker import DbSession, DbWorker

__all__ = ["CaseListView"]


class CaseListView(QWidget):
    """Emits ``open_case(uuid)`` when a case is activated in the table or in search results."""

    open_case = Signal(str)
    search_done = Signal(int)
    # From the empty state of a new vault (ui/cases/empty.py).
    interview_requested = Signal()
    import_requested = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.model = CaseTableModel(worker, self)
        self.results = SearchResultsModel(self)
        self._search = Latest()  # results of a search since replaced are dropped

        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(
            self.tr("Search names, testimonies, notes — in any script (Ctrl+F)")
        )
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._search_text_changed)
        self.search_box.returnPressed.connect(self.run_search)

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code, text in choices(CaseStatus):
            self.status_filter.addItem(text, code)
        self.year_filter = QComboBox()
        self.year_filter.addItem(self.tr("All years"), None)
        self.hometown_filter = QComboBox()
        self.hometown_filter.setEditable(True)
        self.hometown_filter.setMinimumContentsLength(14)
        self.hometown_filter.addItem("", None)
        line = self.hometown_filter.lineEdit()
        assert line is not None, "an editable combo box always has its line edit"
        line.setPlaceholderText(self.tr("Any hometown"))
        self.follow_up_filter = QCheckBox(self.tr("Follow-up due"))
        self.merged_filter = QCheckBox(self.tr("Merged cases"))
        self.merged_filter.setObjectName("mergedFilter")
        self.merged_filter.setToolTip(self.tr("Also show the cases merged into another case"))
        self.merged_filter.toggled.connect(self._filters_changed)
        for combo in (self.status_filter, self.year_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        # Typing a hometown filters after a pause, not on every key (a LIKE scan per query).
        self._hometown_timer = QTimer(self)
        self._hometown_timer.setSingleShot(True)
        self._hometown_timer.setInterval(300)
        self._hometown_timer.timeout.connect(self._filters_changed)
        self.hometown_filter.currentTextChanged.connect(self._hometown_timer.start)
        self.follow_up_filter.toggled.connect(self._filters_changed)

        # The search box on a row of its own: its hint is long in Kazakh and Russian, and the
        # filters beside it left it a third of the window.
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("Year:")))
        filters.addWidget(self.year_filter)
        filters.addWidget(QLabel(self.tr("Hometown:")))
        filters.addWidget(self.hometown_filter, 1)
        filters.addWidget(self.follow_up_filter)
        filters.addWidget(self.merged_filter)

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((120, 330, 100, 170, 100, 260, 110, 120)):
            # Never narrower than its title ("Следующее напоминание" is wider than the default).
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        self.result_view = QListView()
        self.result_view.setObjectName("searchResults")
        self.result_view.setModel(self.results)
        self.result_view.setItemDelegate(SnippetDelegate(self.result_view))
        self.result_view.setUniformItemSizes(False)
        self.result_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.result_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.result_view.setWordWrap(True)
        self.result_view.setAlternatingRowColors(True)
        self.result_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.result_view.activated.connect(self._activated)
        self.result_view.doubleClicked.connect(self._activated)
        self.result_label = QLabel()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.result_label)
        results_layout.addWidget(self.result_view)
        self.stack.addWidget(results_page)
        self.empty = EmptyState()
        self.empty.interview_requested.connect(self.interview_requested)
        self.empty.import_requested.connect(self.import_requested)
        self.stack.addWidget(self.empty)
        self._count: int | None = None  # rows of the last refresh
        self.count_label = QLabel()
        self.model.reset_done.connect(self._show_count)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Refresh rows and the filter choices (after unlock or a save)."""
        self.model.refresh()
        (
            DbOp(self, lambda s: (s.store.years(), s.store.hometowns()))
            .success(self._fill_choices)
            .run(self._worker)
        )
        if self.search_box.text().strip():
            self.run_search()

    def _fill_choices(self, choices: tuple[list[int], list[str]]) -> None:
        years, hometowns = choices
        current_year = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in reversed(years):
            self.year_filter.addItem(str(year), year)
        index = self.year_filter.findData(current_year)
        self.year_filter.setCurrentIndex(max(0, index))
        self.year_filter.blockSignals(False)
        text = self.hometown_filter.currentText()
        self.hometown_filter.blockSignals(True)
        self.hometown_filter.clear()
        self.hometown_filter.addItem("", None)
        for town in hometowns[:2000]:
            self.hometown_filter.addItem(town, town)
        self.hometown_filter.setEditText(text)
        self.hometown_filter.blockSignals(False)

    def _show_count(self, count: int) -> None:
        self._count = count
        self.count_label.setText(self.tr("%n case(s)", "", count))
        if not self.search_box.text().strip():  # search results stay until the search is cleared
            self._show_rows()

    def _show_rows(self) -> None:
        """The table, or the empty state: first steps in a new vault, "No case matches" when
        the filters leave nothing."""
        self.count_label.setVisible(self._count != 0)  # the empty state says it in words
        if self._count != 0:
            self.stack.setCurrentIndex(0)
            return
        query = self.model.query
        if query.status or query.year or query.hometown or query.follow_up_due:
            self.empty.show_no_match()
        else:
            self.empty.show_first_steps()
        self.stack.setCurrentWidget(self.empty)

    def _filters_changed(self) -> None:
        self._hometown_timer.stop()
        hometown = self.hometown_filter.currentText().strip() or None
        self.model.set_filters(
            status=self.status_filter.currentData(),
            year=self.year_filter.currentData(),
            hometown=hometown,
            follow_up_due=self.follow_up_filter.isChecked(),
            show_merged=self.merged_filter.isChecked(),
        )
        if self.search_box.text().strip():
            self.run_search()

    # --- search ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _search_text_changed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self._search.invalidate()
            self.results.clear()
            self.stack.setCurrentIndex(0)
            self._show_rows()
            return
        self._search_timer.start()

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search_box.text().strip()
        if not text:
            return
        status = self.status_filter.currentData()
        year = self.year_filter.currentData()
        hometown = self.hometown_filter.currentText().strip() or None

        def op(session: DbSession) -> list[SearchResult]:
            hits = session.store.search(text, limit=200, status=status, hometown=hometown, year=year)
            rows = {r.uuid: r for r in session.store.case_rows([h.case_uuid for h in hits])}
            return [SearchResult(h, rows.get(h.case_uuid)) for h in hits]

        (
            DbOp(self, op)
            .latest(self._search)
            .success(self._show_results)
            .failure(self._search_failed)
            .run(self._worker)
        )

    def _show_results(self, results: list[SearchResult]) -> None:
        self.results.set_results(results)
        self.result_label.setText(self.tr("%n case(s) found", "", len(results)))
        if results:
            self.stack.setCurrentIndex(1)
        else:
            self.empty.show_no_match()
            self.stack.setCurrentWidget(self.empty)
        self.search_done.emit(len(results))

    def _search_failed(self, exc: BaseException) -> None:
        self.results.clear()
        self.result_label.setText(user_message(exc))
        self.stack.setCurrentIndex(1)
        self.search_done.emit(0)

    # --- opening ---------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        uuid = index.data(UUID_ROLE)
        if uuid:
            self.open_case.emit(uuid)

    def selected_cases(self) -> list[tuple[str, str]]:
        """(uuid, case number) of the rows selected in the table or the search results."""
        view = self.result_view if self.stack.currentIndex() == 1 else self.table
        rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()})
        out = []
        for row in rows:
            index = view.model().index(row, 0)
            uuid = index.data(UUID_ROLE)
            if uuid:
                number = index.data() if view is self.table else ""
                out.append((uuid, number or ""))
        return out

    def clear(self) -> None:
        """Drop every row, result and search text (on lock)."""
        self._search_timer.stop()
        self._hometown_timer.stop()
        self._search.invalidate()
        self.search_box.clear()
        self.results.clear()
        self.model.clear()
        self.hometown_filter.clear()
