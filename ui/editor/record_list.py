"""A master–detail section: a list of records of one kind beside a form for the selected one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.model import Record
from ui.dialogs import FileDialogs
from ui.editor.fields import Binder

__all__ = ["RecordListSection"]


class RecordListSection(QWidget):
    """Subclasses implement ``make_record``, ``describe`` and ``build_form``.

    ``records`` is the section's working list; ``deleted`` the (kind, uuid) pairs removed since
    the last save. The form is written back into the selected record on selection change and
    on ``collect``.
    """

    changed = Signal()
    reorderable = False
    scroll_form = True

    def __init__(self, dialogs: FileDialogs, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self.records: list[Any] = []
        self.deleted: list[tuple[str, str]] = []
        self._current: Any = None
        self._problems: list[str] = []
        self.binder = Binder(self._edited)

        self.list = QListWidget()
        self.list.setObjectName("recordList")
        self.list.currentRowChanged.connect(self._select)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(QCoreApplication.translate("RecordListSection", "Remove"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        if self.reorderable:
            self.up_button = QPushButton("▲")
            self.up_button.setToolTip(QCoreApplication.translate("RecordListSection", "Move earlier"))
            self.up_button.clicked.connect(lambda: self.move_record(-1))
            self.down_button = QPushButton("▼")
            self.down_button.setToolTip(QCoreApplication.translate("RecordListSection", "Move later"))
            self.down_button.clicked.connect(lambda: self.move_record(1))
            buttons.addWidget(self.up_button)
            buttons.addWidget(self.down_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.list, 1)
        side_layout.addLayout(buttons)

        self.form = self.build_form()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        if self.scroll_form:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(self.form)
            splitter.addWidget(scroll)
        else:
            splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_enabled()

    # --- given by each section (timeline, witnesses, testimonies, interventions) ------------
    # Hooks rather than abc.abstractmethod: a QWidget's metaclass cannot be combined with
    # ABCMeta. Every section overrides all three.

    def make_record(self) -> Record:
        """A new, empty record of this section's kind for the open case."""
        raise NotImplementedError

    def describe(self, record: Any) -> str:
        """The one-line text of a record in the list."""
        raise NotImplementedError

    def build_form(self) -> QWidget:
        """The form that edits the selected record."""
        raise NotImplementedError

    def load_extra(self, record: Any) -> None:
        """Load widgets the binder does not handle."""

    def store_extra(self, record: Any) -> list[str]:
        return []

    # --- working list ----------------------------------------------------------------------

    def set_records(self, records: list[Any]) -> None:
        self._current = None
        self.records = list(records)
        self.deleted = []
        self._refill(0 if self.records else -1)

    def _refill(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for record in self.records:
            self.list.addItem(QListWidgetItem(self.describe(record)))
        self.list.blockSignals(False)
        self._current = None
        self.list.setCurrentRow(select)
        if select < 0:
            self._select(-1)

    def _select(self, row: int) -> None:
        if self._current is not None:
            self._store_current()
        self._current = self.records[row] if 0 <= row < len(self.records) else None
        if self._current is not None:
            self.binder.load(self._current)
            self.load_extra(self._current)
        self._update_enabled()

    def _update_enabled(self) -> None:
        has = self._current is not None
        self.form.setEnabled(has)
        self.remove_button.setEnabled(has)
        if self.reorderable:
            row = self.list.currentRow()
            self.up_button.setEnabled(has and row > 0)
            self.down_button.setEnabled(has and row < len(self.records) - 1)

    def _store_current(self) -> None:
        record = self._current
        if record is None:
            return
        self._problems = self.binder.store(record) + self.store_extra(record)
        row = self.records.index(record) if record in self.records else -1
        item = self.list.item(row) if row >= 0 else None
        if item is not None:
            item.setText(self.describe(record))

    def _edited(self) -> None:
        self.changed.emit()

    def current(self) -> Any:
        return self._current

    def collect(self) -> list[str]:
        """Write the form into the selected record; returns problems (invalid dates)."""
        self._store_current()
        return list(self._problems)

    def add(self) -> Any:
        record = self.make_record()
        self._store_current()
        self.records.append(record)
        self._refill(len(self.records) - 1)
        self.changed.emit()
        self.focus_first()
        return record

    def first_field(self) -> QWidget | None:
        """Where typing starts in a new record: the form's first field that takes Tab focus."""
        for widget in self.form.findChildren(QWidget):
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(self.form)
                and not isinstance(widget, QPushButton)
            ):
                return widget
        return None

    def focus_first(self) -> None:
        widget = self.first_field()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove(self) -> None:
        record = self._current
        if record is None:
            return
        title = QCoreApplication.translate("RecordListSection", "Remove")
        question = QCoreApplication.translate(
            "RecordListSection", "Remove the selected entry? This cannot be undone."
        )
        if not self._dialogs.confirm(self, title, question):
            return
        row = self.records.index(record)
        self.records.remove(record)
        self.deleted.append((record.KIND, record.uuid))
        self._current = None
        self._refill(min(row, len(self.records) - 1))
        self.changed.emit()

    def move_record(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if not (0 <= row < len(self.records) and 0 <= target < len(self.records)):
            return
        self._store_current()
        self.records[row], self.records[target] = self.records[target], self.records[row]
        self._refill(target)
        self.changed.emit()
