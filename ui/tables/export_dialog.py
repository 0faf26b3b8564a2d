"""File → Export a spreadsheet…: the case list as shown (its filters and search) or the
selected cases, to CSV or XLSX; witness contacts only when asked, with the warning."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.store import CaseQuery
from app.tables.exporter import ExportResult, export_table
from ui.button_box import ACCEPT, REJECT, button_box
from ui.dialogs import FileDialogs
from ui.messages import user_message
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["ExportTableDialog"]


class ExportTableDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        worker: DbWorker,
        dialogs: FileDialogs,
        query: CaseQuery,
        search: str,
        selected: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportTable")
        self.setWindowTitle(self.tr("Export a spreadsheet"))
        self._worker = worker
        self._dialogs = dialogs
        self._query = query
        self._search = search
        self._selected = selected
        self.listed = QRadioButton(self.tr("The cases the list shows (its filters and search)"))
        self.listed.setObjectName("listed")
        self.chosen = QRadioButton(self.tr("Only the %n selected case(s)", "", len(selected)))
        self.chosen.setObjectName("chosen")
        self.chosen.setEnabled(bool(selected))
        (self.chosen if selected else self.listed).setChecked(True)
        self.sheets = QCheckBox(self.tr("Also acts, witnesses and interventions (one sheet each)"))
        self.sheets.setObjectName("sheets")
        self.contacts = QCheckBox(self.tr("Include witnesses' contact details"))
        self.contacts.setObjectName("contacts")
        self.contacts.toggled.connect(self._contacts_toggled)
        warning = QLabel(
            self.tr(
                "The spreadsheet is NOT encrypted: keep it on encrypted storage and delete it when it "
                "is no longer needed."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("warning")
        self.outcome = QLabel()
        self.outcome.setObjectName("result")
        self.outcome.setWordWrap(True)
        export = QPushButton(self.tr("Export…"))
        export.setObjectName("export")
        export.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = button_box((export, ACCEPT), (close, REJECT))
        layout = QVBoxLayout(self)
        for widget in (self.listed, self.chosen, self.sheets, self.contacts, warning, self.outcome):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def _contacts_toggled(self, on: bool) -> None:
        if on:  # contacts are in the witnesses' sheet
            self.sheets.setChecked(True)

    def export(self) -> None:
        target = self._dialogs.save_file(
            self, self.tr("Export a spreadsheet"), "cases.xlsx", self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if target is None:
            return
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_suffix(".xlsx")
        chosen = list(self._selected) if self.chosen.isChecked() else None
        query, search = self._query, self._search
        sheets, contacts = self.sheets.isChecked(), self.contacts.isChecked()

        def op(session: DbSession) -> ExportResult:
            store = session.store
            uuids = chosen if chosen is not None else store.case_uuids(query)
            if chosen is None and search:
                found = {h.case_uuid for h in store.search(search, limit=100_000)}
                uuids = [u for u in uuids if u in found]
            return export_table(store, target, uuids, sheets=sheets, with_contacts=contacts)

        DbOp(self, op).success(self._done).failure(lambda e: self.outcome.setText(user_message(e))).run(
            self._worker
        )

    def _done(self, result: ExportResult) -> None:
        self.outcome.setText(
            self.tr("%n case(s) exported to %1.", "", result.cases).replace(
                "%1", ", ".join(p.name for p in result.files)
            )
        )
        self.exported.emit(result)
