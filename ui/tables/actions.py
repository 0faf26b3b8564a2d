"""The main window's "File" menu: Import a spreadsheet…, Export a spreadsheet…."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.store import CaseQuery
from ui.dialogs import FileDialogs
from ui.worker import DbWorker

__all__ = ["TableActions"]


class TableActions(QObject):
    """``list_state()`` gives the case list's query, its search text and the selected case
    UUIDs; ``changed()`` refreshes the views after an import."""

    def __init__(
        self,
        parent: QWidget,
        worker: DbWorker,
        dialogs: FileDialogs,
        *,
        list_state: Callable[[], tuple[CaseQuery, str, list[str]]],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._worker = worker
        self._dialogs = dialogs
        self._list_state = list_state
        self._changed = changed
        self.import_action = QAction(self.tr("Import a spreadsheet…"), parent)
        self.import_action.setObjectName("importTable")
        self.import_action.triggered.connect(self.open_import)
        self.export_action = QAction(self.tr("Export a spreadsheet…"), parent)
        self.export_action.setObjectName("exportTable")
        self.export_action.triggered.connect(self.open_export)
        self.menu = QMenu(self.tr("File"), parent)
        self.menu.addAction(self.import_action)
        self.menu.addAction(self.export_action)
        self.button = QToolButton()
        self.button.setObjectName("fileMenu")
        self.button.setText(self.tr("File"))
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def open_import(self) -> Any:
        from ui.tables.import_dialog import ImportTableDialog

        dialog = ImportTableDialog(self._worker, self._dialogs, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _n: self._changed())
        dialog.show()
        return dialog

    def open_export(self) -> Any:
        from ui.tables.export_dialog import ExportTableDialog

        query, search, selected = self._list_state()
        dialog = ExportTableDialog(self._worker, self._dialogs, query, search, selected, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
