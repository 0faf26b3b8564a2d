"""Small building blocks of the editor forms: a partial-date field and a binder that moves
values between widgets and the model's dataclasses (by dotted attribute path)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.errors import IzdeuError
from app.model import PartialDate
from ui.editor.coded import CodedEdit, CodedListEdit
from ui.i18n import current_language
from ui.labels import choices
from ui.messages import user_message
from ui.tones import ERROR, set_tone, tone_color

__all__ = [
    "DateEdit",
    "Binder",
    "date_meaning",
    "with_meaning",
    "text_area",
    "choice_box",
    "get_path",
    "set_path",
]


def get_path(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def set_path(obj: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        obj = getattr(obj, part)
    setattr(obj, last, value)


class DateEdit(QLineEdit):
    """A date as people say it ("March 2018", "12 марта 2018", "2018 жылғы наурыз", "about
    1940", "today"; app/model/date_input.py), or its stored form ``2018-03-05``, ``~2017``.

    ``meaning`` is a label to place beside the field (:func:`with_meaning`): what the typed
    text was read as ("March 2018 — month known"), or in one line why it is refused.
    ``future``: a planned date (a follow-up), which may lie ahead."""

    def __init__(self, parent: QWidget | None = None, *, future: bool = False) -> None:
        super().__init__(parent)
        self.future = future
        # The examples are shown beside the empty field, where they wrap: as a placeholder
        # they were cut off in every language but English ("мыс. 12.03.2018, 2018 жы…").
        self.hint = QCoreApplication.translate("DateEdit", "e.g. 12.03.2018, March 2018, 2018, about 1940")
        # The stored form and numbers read left to right, also in a Uyghur interface.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setMaximumWidth(260)
        self.meaning = QLabel()
        self.meaning.setObjectName("dateMeaning")
        self.meaning.setWordWrap(True)
        self.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        try:
            date = self.value()
        except IzdeuError as exc:
            self.setStyleSheet(f"QLineEdit {{ border: 2px solid {tone_color(ERROR).name()}; }}")
            set_tone(self.meaning, ERROR)
            self.meaning.setText(user_message(exc))
            self.setToolTip(user_message(exc))
            return
        self.setStyleSheet("")
        set_tone(self.meaning, None)
        self.meaning.setStyleSheet("QLabel { color: palette(mid); }")
        text = date_meaning(date) or self.hint
        self.meaning.setText(text)
        self.setToolTip(text)

    def value(self) -> PartialDate:
        """The date; raises InvalidInputError (safe message) if the text is not a date."""
        return PartialDate.read(self.text(), allow_future=self.future)

    def is_valid(self) -> bool:
        try:
            self.value()
        except IzdeuError:
            return False
        return True

    def set_value(self, date: PartialDate) -> None:
        self.setText(date.iso())


def date_meaning(date: PartialDate) -> str:
    """``March 2018 — month known`` in the interface language; "" for an unknown date."""
    if not date.known:
        return ""
    known = {
        "year": QCoreApplication.translate("DateEdit", "year known"),
        "month": QCoreApplication.translate("DateEdit", "month known"),
        "day": QCoreApplication.translate("DateEdit", "day known"),
    }[date.precision]
    if date.approximate:
        known = QCoreApplication.translate("DateEdit", "an estimate, %1").replace("%1", known)
    return f"{date.display(current_language())} — {known}"


def with_meaning(edit: DateEdit, *extra: QWidget) -> QWidget:
    """The date field with its meaning beside it (and any buttons after), for a form row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit)
    for widget in extra:
        layout.addWidget(widget)
    layout.addWidget(edit.meaning, 1)
    return row


def text_area(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def choice_box(enum: type[StrEnum]) -> QComboBox:
    """A combo box offering every code of ``enum`` by its label; the item data is the code."""
    combo = QComboBox()
    for code, text in choices(enum):
        combo.addItem(text, code)
    return combo


# bind() hands back the widget as its own class, so callers keep its signals and setters.
_W = TypeVar("_W", bound=QWidget)


class Binder:
    """Binds widgets to attribute paths of one object; ``changed`` fires on any user edit."""

    def __init__(self, changed: Callable[[], None]) -> None:
        self._changed = changed
        self._fields: list[tuple[QWidget, str]] = []
        self._loading = False

    def _notify(self, *args: object) -> None:
        if not self._loading:
            self._changed()

    def bind(self, widget: _W, path: str) -> _W:
        self._fields.append((widget, path))
        signal: SignalInstance | None = None
        if isinstance(widget, CodedEdit | CodedListEdit):
            signal = widget.edited
        elif isinstance(widget, DateEdit | QLineEdit):
            signal = widget.textEdited
        elif isinstance(widget, QPlainTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QComboBox):
            signal = widget.currentIndexChanged
        elif isinstance(widget, QCheckBox):
            signal = widget.toggled
        if signal is not None:
            signal.connect(self._notify)
        return widget

    def load(self, obj: Any) -> None:
        self._loading = True
        try:
            for widget, path in self._fields:
                value = get_path(obj, path)
                if isinstance(widget, CodedEdit | CodedListEdit):
                    widget.set_value(value)
                elif isinstance(widget, DateEdit):
                    widget.set_value(value)
                elif isinstance(widget, QLineEdit):
                    widget.setText(", ".join(value) if isinstance(value, list) else str(value))
                elif isinstance(widget, QPlainTextEdit):
                    if widget.toPlainText() != value:
                        widget.setPlainText(value)
                elif isinstance(widget, QComboBox):
                    index = widget.findData(value)
                    if index < 0 and value:
                        widget.addItem(str(value), value)
                        index = widget.count() - 1
                    widget.setCurrentIndex(max(0, index))
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
        finally:
            self._loading = False

    def store(self, obj: Any) -> list[str]:
        """Write the widgets' values into ``obj``; returns safe messages for refused values."""
        problems: list[str] = []
        for widget, path in self._fields:
            if isinstance(widget, CodedEdit | CodedListEdit):
                set_path(obj, path, widget.value())
            elif isinstance(widget, DateEdit):
                try:
                    set_path(obj, path, widget.value())
                except IzdeuError as exc:
                    problems.append(user_message(exc))
            elif isinstance(widget, QLineEdit):
                current = get_path(obj, path)
                if isinstance(current, list):
                    set_path(obj, path, [p.strip() for p in widget.text().split(",") if p.strip()])
                else:
                    set_path(obj, path, widget.text())
            elif isinstance(widget, QPlainTextEdit):
                set_path(obj, path, widget.toPlainText())
            elif isinstance(widget, QComboBox):
                data = widget.currentData()
                if data is not None:
                    set_path(obj, path, data)
            elif isinstance(widget, QCheckBox):
                set_path(obj, path, widget.isChecked())
        return problems
