"""The Statistics tab: every figure of app/stats as a Qt chart with its table beside it, the
case list's filters, and the figures exported as CSV or a PDF (en, ru, kk)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model import CaseStatus
from app.stats.report import Report, compute, labelled, write_csv
from app.store import CaseQuery
from ui.dialogs import FileDialogs
from ui.i18n import current_language
from ui.labels import choices
from ui.messages import user_message
from ui.ops import DbOp, Latest
from ui.tones import is_dark
from ui.worker import DbSession, DbWorker

__all__ = ["StatisticsTab", "CHART_BARS"]

CHART_BARS = 15  # the largest; the table lists every value
PDF_LANGS = ("en", "ru", "kk")  # app/stats/pdf.py LANGS (imported when a PDF is made: ReportLab)


class StatisticsTab(QWidget):
    def __init__(self, worker: DbWorker, dialogs: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statistics")
        self._worker = worker
        self._dialogs = dialogs
        self._latest = Latest()
        self.report: Report | None = None
        self._rows: list[tuple[str, str, list[tuple[str, int]]]] = []

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statsStatus")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code, text in choices(CaseStatus):
            self.status_filter.addItem(text, code)
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("statsYear")
        self.year_filter.addItem(self.tr("All years"), None)
        self.hometown_filter = QLineEdit()
        self.hometown_filter.setObjectName("statsHometown")
        self.hometown_filter.setPlaceholderText(self.tr("Any hometown"))
        self.follow_up_filter = QCheckBox(self.tr("Follow-up due"))
        refresh = QPushButton(self.tr("Count"))
        refresh.setObjectName("count")
        refresh.clicked.connect(self.refresh)
        for combo in (self.status_filter, self.year_filter):
            combo.activated.connect(lambda _i: self.refresh())
        self.follow_up_filter.toggled.connect(lambda _on: self.refresh())
        self.hometown_filter.returnPressed.connect(self.refresh)
        self.lang = QComboBox()
        self.lang.setObjectName("statsLang")
        for code, name in (("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")):
            self.lang.addItem(name, code)
        current = current_language()
        self.lang.setCurrentIndex(max(0, self.lang.findData(current if current in PDF_LANGS else "en")))
        csv_button = QPushButton(self.tr("Export CSV…"))
        csv_button.setObjectName("exportCsv")
        csv_button.clicked.connect(self.export_csv)
        pdf_button = QPushButton(self.tr("Export PDF…"))
        pdf_button.setObjectName("exportPdf")
        pdf_button.clicked.connect(self.export_pdf)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("Year:")))
        filters.addWidget(self.year_filter)
        filters.addWidget(QLabel(self.tr("Hometown:")))
        filters.addWidget(self.hometown_filter, 1)
        filters.addWidget(self.follow_up_filter)
        filters.addWidget(refresh)
        filters.addSpacing(16)
        filters.addWidget(self.lang)
        filters.addWidget(csv_button)
        filters.addWidget(pdf_button)

        self.total = QLabel()
        self.total.setObjectName("statsTotal")
        self.figures = QListWidget()
        self.figures.setObjectName("figures")
        self.figures.setMaximumWidth(300)
        self.figures.currentRowChanged.connect(self.show_figure)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._follow_theme()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("figureTable")
        self.table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Cases")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.figures)
        split.addWidget(self.chart_view)
        split.addWidget(self.table)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([260, 680, 420])
        self.message = QLabel()
        self.message.setObjectName("statsMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.total)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

    # --- counting --------------------------------------------------------------------------

    def query(self) -> CaseQuery:
        return CaseQuery(
            status=self.status_filter.currentData(),
            year=self.year_filter.currentData(),
            hometown=self.hometown_filter.text().strip() or None,
            follow_up_due=self.follow_up_filter.isChecked(),
        )

    def refresh(self) -> None:
        query = self.query()

        def op(session: DbSession) -> tuple[Report, list[int]]:
            return compute(session.store, query), session.store.years()

        DbOp(self, op).latest(self._latest).success(self._show).failure(self._failed).run(self._worker)

    def _show(self, result: tuple[Report, list[int]]) -> None:
        report, years = result
        self.report = report
        year = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for y in reversed(years):
            self.year_filter.addItem(str(y), y)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(year)))
        self.year_filter.blockSignals(False)
        self.total.setText(self.tr("%n case(s) counted", "", report.total))
        row = max(0, self.figures.currentRow())
        self._rows = labelled(report, current_language())
        self.figures.blockSignals(True)
        self.figures.clear()
        for _figure, title, _rows in self._rows:
            self.figures.addItem(title)
        self.figures.blockSignals(False)
        self.figures.setCurrentRow(min(row, len(self._rows) - 1))
        self.show_figure(self.figures.currentRow())

    def show_figure(self, index: int) -> None:
        if not 0 <= index < len(self._rows):
            return
        _figure, title, rows = self._rows[index]
        self.table.setRowCount(len(rows))
        for r, (text, count) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(text))
            number = QTableWidgetItem(f"{count}")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 1, number)
        self._follow_theme()
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        shown = list(reversed(rows[:CHART_BARS]))  # the chart draws its first bar at the bottom
        bars = QBarSet(title)
        bars.append([float(n) for _t, n in shown])
        series = QHorizontalBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([t[:40] or "—" for t, _n in shown])
        values = QValueAxis()
        values.setMin(0)
        values.setMax(max([1, *(n for _t, n in shown)]))
        values.setLabelFormat("%d")
        values.applyNiceNumbers()  # whole-number ticks
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(title)

    def _follow_theme(self) -> None:
        """The chart in the app's theme: its own light theme left a white panel in a dark window."""
        wanted = QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight
        if self.chart.theme() != wanted:
            self.chart.setTheme(wanted)  # recolours the bars and axes already drawn too

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._follow_theme()  # Settings → Theme while the tab exists (ui/theme.py)
        super().changeEvent(event)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(user_message(exc))

    def clear(self) -> None:
        """Drop every figure (on lock)."""
        self._latest.invalidate()
        self.report = None
        self._rows = []
        self.figures.clear()
        self.table.setRowCount(0)
        self.chart.removeAllSeries()
        self.total.clear()

    # --- export ----------------------------------------------------------------------------

    def _target(self, suggested: str, filter_: str) -> Path | None:
        if self.report is None:
            return None
        return self._dialogs.save_file(self, self.tr("Export the statistics"), suggested, filter_)

    def export_csv(self) -> None:
        target = self._target("statistics.csv", self.tr("CSV (*.csv)"))
        report, lang = self.report, str(self.lang.currentData())
        if target is None or report is None:
            return
        DbOp(self, lambda _s: write_csv(report, target, lang)).success(
            lambda _r: self._written(target)
        ).failure(self._failed).run(self._worker)

    def export_pdf(self) -> None:
        target = self._target("statistics.pdf", self.tr("PDF (*.pdf)"))
        report, lang = self.report, str(self.lang.currentData())
        if target is None or report is None:
            return
        query = self.query()
        what = ", ".join(
            str(v)
            for v in (
                self.status_filter.currentText() if query.status else "",
                query.year or "",
                query.hometown or "",
            )
            if v
        )
        from app.stats.pdf import write_statistics_pdf

        DbOp(self, lambda _s: report).then(lambda r: write_statistics_pdf(r, target, lang, what)).success(
            lambda _r: self._written(target)
        ).failure(self._failed).run(self._worker)

    def _written(self, target: Path) -> None:
        self.message.setText(self.tr("Written: %1").replace("%1", target.name))
