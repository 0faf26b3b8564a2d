"""Editors of coded fields (app/model/coded.py): a list of translated labels, and "other…"
with a line for the words the list has no entry for."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QMenu, QPushButton, QWidget

from app.model.coded import make_other, other_text
from ui.labels import choices, label

__all__ = ["CodedEdit", "CodedListEdit", "OTHER"]

OTHER = "\x00other"  # the combo's item data for "other…": never a code (codes are ASCII words)


class CodedEdit(QWidget):
    """One coded value: "" (not recorded), a code, or ``other:`` and the typed words."""

    edited = Signal()

    def __init__(self, enum: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum = enum
        self.combo = QComboBox()
        self.combo.addItem("—", "")
        for code, text in choices(enum):
            self.combo.addItem(text, code)
        self.combo.addItem(QCoreApplication.translate("CodedEdit", "other…"), OTHER)
        self.other = QLineEdit()
        self.other.setPlaceholderText(QCoreApplication.translate("CodedEdit", "say what, in a few words"))
        self.other.setMaxLength(400)
        self.other.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        # The line takes the room when shown; else the list stays as wide as its labels.
        layout.addWidget(self.other, 10)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(self._chosen)
        self.other.textEdited.connect(self.edited)

    def _chosen(self) -> None:
        is_other = self.combo.currentData() == OTHER
        self.other.setVisible(is_other)
        if is_other:
            self.other.setFocus()
        self.edited.emit()

    def value(self) -> str:
        data = self.combo.currentData()
        if data == OTHER:
            return make_other(self.other.text())
        return str(data or "")

    def set_value(self, value: str) -> None:
        words = other_text(value)
        if words is None and value and self.combo.findData(value) < 0:
            # Not a code of this version (a newer vault's): kept as the other words it reads as.
            words = value
        if words is not None:
            self.combo.setCurrentIndex(self.combo.findData(OTHER))
            self.other.setText(words)
            self.other.show()
            return
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        self.other.clear()
        self.other.hide()


class CodedListEdit(QWidget):
    """Several coded values (citizenships): a menu of the codes to tick, and a line for the
    others, separated by commas."""

    edited = Signal()

    def __init__(self, enum: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum = enum
        self.button = QPushButton()
        self.menu = QMenu(self.button)
        self.code_actions: dict[str, QAction] = {}
        for code, text in choices(enum):
            action = self.menu.addAction(text)
            action.setCheckable(True)
            action.setData(code)
            action.toggled.connect(self._ticked)
            self.code_actions[code] = action
        self.button.setMenu(self.menu)
        self.other = QLineEdit()
        self.other.setPlaceholderText(QCoreApplication.translate("CodedEdit", "other (comma separated)"))
        self.other.setMaxLength(400)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.other, 1)
        self.setFocusProxy(self.button)
        self.other.textEdited.connect(self.edited)
        self._loading = False
        self._caption()

    def _caption(self) -> None:
        ticked = [label(self.enum, code) for code, a in self.code_actions.items() if a.isChecked()]
        self.button.setText(", ".join(ticked) or QCoreApplication.translate("CodedEdit", "choose…"))

    def _ticked(self) -> None:
        self._caption()
        if not self._loading:
            self.edited.emit()

    def value(self) -> list[str]:
        codes = [code for code, action in self.code_actions.items() if action.isChecked()]
        others = [make_other(part) for part in self.other.text().split(",") if part.strip()]
        return codes + [o for o in dict.fromkeys(others) if o]

    def set_value(self, values: list[str]) -> None:
        self._loading = True
        try:
            for code, action in self.code_actions.items():
                action.setChecked(code in values)
        finally:
            self._loading = False
        others = [other_text(v) or v for v in values if v not in self.code_actions]
        self.other.setText(", ".join(o for o in others if o))
        self._caption()
