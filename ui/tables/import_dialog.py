"""File → Import a spreadsheet…: pick the sheet, see the first rows, map each column to a
field (guessed from the headers), check every row, then import all of it or the good rows.

The work runs in the core (app/tables) on the DB thread; this window shows its answers.
Mappings are saved by name in the vault (never in Qt settings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.tables.columns import FIELDS, field_label, guess_mapping
from app.tables.importer import (
    ImportPlan,
    ImportResult,
    apply_import,
    plan_import,
    save_mapping_in_vault,
    saved_mappings,
)
from app.tables.mapping import Mapping
from app.tables.sheet import ENCODINGS, Sheet, read_sheet, sheet_names
from ui.button_box import ACCEPT, ACTION, REJECT, button_box
from ui.dialogs import FileDialogs
from ui.i18n import current_language
from ui.messages import user_message
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["ImportTableDialog", "PREVIEW_ROWS"]

PREVIEW_ROWS = 20


def _cell(text: str) -> QTableWidgetItem:
    """A cell whose text keeps its own direction: "~2019" or "5 (Туған күні)" must not be
    reordered by a right-to-left interface (a first-strong isolate)."""
    return QTableWidgetItem("\u2068" + text + "\u2069")


class ImportTableDialog(QDialog):
    """Emits ``imported(cases)`` after a successful import."""

    imported = Signal(int)

    def __init__(self, worker: DbWorker, dialogs: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importTable")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self._worker = worker
        self._dialogs = dialogs
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self._saved: dict[str, Mapping] = {}

        self.file_label = QLabel(self.tr("No file chosen."))
        choose = QPushButton(self.tr("Choose a file…"))
        choose.setObjectName("chooseFile")
        choose.clicked.connect(self.choose_file)
        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("sheet")
        self.sheet_box.activated.connect(lambda _i: self.load_sheet())
        self.encoding_box = QComboBox()
        self.encoding_box.setObjectName("encoding")
        self.encoding_box.addItem(self.tr("Detect"), None)
        for name in ENCODINGS:
            self.encoding_box.addItem(name, name)
        self.encoding_box.activated.connect(lambda _i: self.load_sheet())
        self.saved_box = QComboBox()
        self.saved_box.setObjectName("savedMappings")
        self.saved_box.activated.connect(self._use_saved)
        self.mapping_name = QLineEdit()
        self.mapping_name.setObjectName("mappingName")
        self.mapping_name.setPlaceholderText(self.tr("Name of this mapping"))
        save = QPushButton(self.tr("Save the mapping"))
        save.setObjectName("saveMapping")
        save.clicked.connect(self.save_mapping)

        top = QFormLayout()
        line = QHBoxLayout()
        line.addWidget(self.file_label, 1)
        line.addWidget(choose)
        top.addRow(self.tr("File:"), line)
        options = QHBoxLayout()
        options.addWidget(self.sheet_box, 1)
        options.addWidget(QLabel(self.tr("Encoding:")))
        options.addWidget(self.encoding_box)
        top.addRow(self.tr("Sheet:"), options)
        saved = QHBoxLayout()
        saved.addWidget(self.saved_box, 1)
        saved.addWidget(self.mapping_name, 1)
        saved.addWidget(save)
        top.addRow(self.tr("Saved mappings:"), saved)

        # One row per column of the sheet: its header, its first values, the field it fills.
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("columns")
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First values"), self.tr("Field")])
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(0, 180)
        self.columns.setColumnWidth(2, 240)
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Why it cannot be imported")]
        )
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.columns)
        split.addWidget(self.preview)
        split.addWidget(self.problems)
        split.setSizes([320, 220, 160])

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.good_rows = QCheckBox(self.tr("Import the good rows and leave out the others"))
        self.good_rows.setObjectName("goodRows")
        self.duplicates = QComboBox()
        self.duplicates.setObjectName("duplicates")
        self.duplicates.addItem(self.tr("Possible duplicates: import them"), "keep")
        self.duplicates.addItem(self.tr("Possible duplicates: leave them out"), "skip")
        self.duplicates.addItem(self.tr("Possible duplicates: import and mark them"), "link")
        self.check_button = QPushButton(self.tr("Check every row"))
        self.check_button.setObjectName("check")
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("import")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.good_rows)
        buttons.addWidget(self.duplicates)
        buttons.addStretch(1)
        buttons.addWidget(
            button_box((self.check_button, ACTION), (self.import_button, ACCEPT), (close, REJECT))
        )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.resize(1100, 760)
        DbOp(self, saved_mappings_op).success(self._show_saved).run(worker)

    # --- file and sheet --------------------------------------------------------------------

    def choose_file(self) -> None:
        path = self._dialogs.open_file(
            self, self.tr("Import a spreadsheet"), self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv)")
        )
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)
        DbOp(self, lambda _s: sheet_names(path)).success(self._show_sheets).failure(self._failed).run(
            self._worker
        )

    def _show_sheets(self, names: list[str]) -> None:
        self.sheet_box.clear()
        for name in names:
            self.sheet_box.addItem(name or self.tr("(the whole file)"), name)
        self.sheet_box.setEnabled(len(names) > 1)
        self.encoding_box.setEnabled(names == [""])
        self.load_sheet()

    def load_sheet(self) -> None:
        path = self.path
        if path is None:
            return
        name = self.sheet_box.currentData()
        encoding = self.encoding_box.currentData()

        def op(_s: DbSession) -> Sheet:
            return read_sheet(path, name or None, encoding)

        DbOp(self, op).success(self._show_sheet).failure(self._failed).run(self._worker)

    def _show_sheet(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.plan = None
        self.import_button.setEnabled(False)
        self.problems.setRowCount(0)
        guessed = guess_mapping(sheet.headers)
        self.columns.setRowCount(len(sheet.headers))
        lang = current_language()
        for index, header in enumerate(sheet.headers):
            self.columns.setItem(index, 0, QTableWidgetItem(header or f"#{index + 1}"))
            sample = " · ".join(r[index] for r in sheet.rows[:3] if r[index].strip())
            self.columns.setItem(index, 1, _cell(sample[:200]))
            box = QComboBox()
            box.addItem(self.tr("(not imported)"), None)
            for key in FIELDS:
                box.addItem(field_label(key, lang), key)
            box.setCurrentIndex(max(0, box.findData(guessed.get(index))))
            box.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(index, 2, box)
            # Every box lists the same fields: the column as wide as the longest one's name.
            self.columns.setColumnWidth(2, max(self.columns.columnWidth(2), box.sizeHint().width()))
        shown = sheet.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(sheet.headers))
        self.preview.setRowCount(len(shown))
        self.preview.setHorizontalHeaderLabels([h or f"#{i + 1}" for i, h in enumerate(sheet.headers)])
        # Rows numbered as the spreadsheet numbers them (the header is row 1).
        self.preview.setVerticalHeaderLabels([str(i + 2) for i in range(len(shown))])
        for r, row in enumerate(shown):
            for c, cell in enumerate(row):
                self.preview.setItem(r, c, _cell(cell[:300]))
        titles = self.preview.horizontalHeader()
        for c in range(len(sheet.headers)):
            # The sheet's own column titles shown whole ("Дата исчезновения" was cut); cells may
            # be elided, their text is in the rows above.
            self.preview.setColumnWidth(c, max(self.preview.columnWidth(c), titles.sectionSizeHint(c)))
        self.summary.setText(
            self.tr("%n row(s) in the sheet; check them before importing.", "", len(sheet.rows))
        )

    # --- mapping ---------------------------------------------------------------------------

    def mapping(self) -> dict[int, str]:
        found: dict[int, str] = {}
        for index in range(self.columns.rowCount()):
            box = self.columns.cellWidget(index, 2)
            if isinstance(box, QComboBox) and box.currentData():
                found[index] = str(box.currentData())
        return found

    def set_field(self, column: int, key: str | None) -> None:
        box = self.columns.cellWidget(column, 2)
        if isinstance(box, QComboBox):
            box.setCurrentIndex(max(0, box.findData(key)))

    def _mapping_changed(self) -> None:
        self.plan = None
        self.import_button.setEnabled(False)

    def _show_saved(self, saved: dict[str, Mapping]) -> None:
        self._saved = saved
        self.saved_box.clear()
        self.saved_box.addItem(self.tr("(guessed from the headers)"), None)
        for name in sorted(saved):
            self.saved_box.addItem(name, name)

    def _use_saved(self, _index: int) -> None:
        mapping = self._saved.get(self.saved_box.currentData() or "")
        if mapping is None or self.sheet is None:
            return
        try:
            resolved = mapping.resolve(self.sheet.headers)
        except Exception as exc:  # noqa: BLE001 - shown as its translated line
            self.summary.setText(user_message(exc))
            return
        for index in range(self.columns.rowCount()):
            self.set_field(index, resolved.get(index))
        self.mapping_name.setText(mapping.name)

    def save_mapping(self) -> None:
        if self.sheet is None:
            return
        mapping = Mapping.from_indexes(self.mapping_name.text().strip(), self.sheet.headers, self.mapping())

        def op(session: DbSession) -> dict[str, Mapping]:
            save_mapping_in_vault(session.store, mapping)
            return saved_mappings(session.store)

        DbOp(self, op).success(self._saved_done).failure(self._failed).run(self._worker)

    def _saved_done(self, saved: dict[str, Mapping]) -> None:
        name = self.mapping_name.text().strip()
        self._show_saved(saved)
        self.saved_box.setCurrentIndex(max(0, self.saved_box.findData(name)))
        self.summary.setText(self.tr("Mapping “%1” saved in the vault.").replace("%1", name))

    # --- check and import ------------------------------------------------------------------

    def check(self) -> None:
        sheet, mapping = self.sheet, self.mapping()
        if sheet is None:
            return
        DbOp(self, lambda s: plan_import(s.store, sheet, mapping)).success(self._show_plan).failure(
            self._failed
        ).run(self._worker)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        rows = plan.problems[:2000]
        self.problems.setRowCount(len(rows))
        for r, problem in enumerate(rows):
            self.problems.setItem(r, 0, QTableWidgetItem(str(problem.row)))
            column = f"{problem.column} ({problem.header})" if problem.column else self.tr("the row")
            self.problems.setItem(r, 1, _cell(column))
            self.problems.setItem(r, 2, QTableWidgetItem(user_message(problem.error)))
        text = self.tr("%n row(s) can be imported.", "", len(plan.good))
        if plan.failed_rows:
            text += " " + self.tr("%n row(s) cannot (listed above).", "", len(plan.failed_rows))
        if plan.duplicates:
            text += " " + self.tr("%n row(s) name a person already in the vault.", "", len(plan.duplicates))
        self.summary.setText(text)
        self.import_button.setEnabled(bool(plan.good))

    def run_import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        good_rows = self.good_rows.isChecked()
        duplicates = str(self.duplicates.currentData())

        def op(session: DbSession) -> ImportResult:
            return apply_import(session.store, plan, good_rows=good_rows, duplicates=duplicates)

        self.import_button.setEnabled(False)
        DbOp(self, op).success(self._done).failure(self._failed).run(self._worker)

    def _done(self, result: ImportResult) -> None:
        self.plan = None
        self.summary.setText(self.tr("%n case(s) imported.", "", result.cases))
        self.imported.emit(result.cases)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(user_message(exc))
        self.import_button.setEnabled(self.plan is not None and bool(self.plan.good))


def saved_mappings_op(session: DbSession) -> dict[str, Mapping]:
    return saved_mappings(session.store)
