"""The start window's two kinds of label: a page title and a wrapped, selectable paragraph."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.fonts import heading_font

__all__ = ["title", "wrapped"]


def title(text: str) -> QLabel:
    label = QLabel(text)
    heading_font(label, 1.6)
    return label


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
