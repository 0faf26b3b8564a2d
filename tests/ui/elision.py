"""Measuring a window's texts: each visible text's width by its widget's font metrics against
the width the widget gives it (tests/ui/test_elision.py walks every window through this).

The padding a style adds around a text (a button's bevel, a check box's indicator) is asked of
the style itself (``sizeFromContents`` for a wide text, so the style's minimum button width
does not count as padding), never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QStyleOptionToolButton,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

__all__ = ["Clipped", "clipped_texts"]

_WIDE = 400  # a text this much wider than any minimum: what is left over is padding
_MNEMONIC = re.compile(r"&(.)")


@dataclass(frozen=True)
class Clipped:
    widget: str  # class, object name and text
    text: str
    needed: int
    available: int
    name: str = ""  # the object name
    tooltip: str = ""

    def __str__(self) -> str:
        return f"{self.widget}: needs {self.needed} px, has {self.available} px"


def _plain(text: str) -> str:
    return _MNEMONIC.sub(r"\1", text)


def _describe(widget: QWidget, text: str) -> str:
    name = widget.objectName() or "-"
    short = text if len(text) <= 60 else text[:57] + "…"
    return f"{type(widget).__name__}#{name} {short!r}"


def _line_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label(label: QLabel) -> list[Clipped]:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    rect = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    indent = max(label.indent(), 0)
    width, height = rect.width() - indent, rect.height()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(width)
        needed_w, needed_h = int(document.idealWidth()), int(document.size().height())
    else:
        metrics = label.fontMetrics()
        if label.wordWrap():
            bound = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), Qt.TextFlag.TextWordWrap, text)
            needed_w, needed_h = bound.width(), bound.height()
        else:
            needed_w = _line_width(metrics, text)
            needed_h = metrics.height() * (text.count("\n") + 1)
    found = []
    if needed_w > width:
        found.append(Clipped(_describe(label, text), text, needed_w, width))
    elif needed_h > height + 1:  # one pixel of rounding in QTextDocument's height
        found.append(Clipped(_describe(label, text) + " (height)", text, needed_h, height))
    return found


def _padding(button: QAbstractButton, text: str) -> int:
    """What the style adds around ``text`` in ``button`` (bevel, indicator, icon, spacing)."""
    style = button.style()
    metrics = button.fontMetrics()
    content = QSize(_line_width(metrics, text) + _WIDE, metrics.height())
    if isinstance(button, QToolButton):
        tool = QStyleOptionToolButton()
        tool.initFrom(button)
        tool.toolButtonStyle = button.toolButtonStyle()
        tool.text = text
        tool.icon = button.icon()
        tool.iconSize = button.iconSize()
        size = style.sizeFromContents(QStyle.ContentsType.CT_ToolButton, tool, content, button)
        icon = 0
        if (
            not button.icon().isNull()
            and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        ):
            icon = button.iconSize().width() + 4
        return size.width() - content.width() + icon
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = text
    kind = QStyle.ContentsType.CT_PushButton
    if isinstance(button, QCheckBox):
        kind = QStyle.ContentsType.CT_CheckBox
    elif isinstance(button, QRadioButton):
        kind = QStyle.ContentsType.CT_RadioButton
    size = style.sizeFromContents(kind, option, content, button)
    return size.width() - content.width()


def _button(button: QAbstractButton) -> list[Clipped]:
    text = _plain(button.text())
    if not text.strip():
        return []
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return []
    needed = _line_width(button.fontMetrics(), text)
    available = button.width() - _padding(button, text)
    if isinstance(button, QPushButton) and not button.icon().isNull():
        available -= button.iconSize().width() + 4  # the icon beside the text
    if needed > available:
        return [Clipped(_describe(button, text), text, needed, available)]
    return []


def _group(box: QGroupBox) -> list[Clipped]:
    title = _plain(box.title())
    if not title:
        return []
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = box.fontMetrics().horizontalAdvance(title)
    shown = label.intersected(box.rect()).width() - (label.width() - needed)
    if needed > shown:
        return [Clipped(_describe(box, title), title, needed, shown)]
    return []


def _tabs(bar: QTabBar) -> list[Clipped]:
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        rect = bar.tabRect(index)
        if not text or not rect.intersects(bar.rect()):
            continue  # scrolled out of the bar: its scroll buttons show it whole
        needed = bar.fontMetrics().horizontalAdvance(text)
        available = rect.width() - (bar.tabSizeHint(index).width() - needed)
        if needed > available:
            found.append(Clipped(_describe(bar, text) + f" tab {index}", text, needed, available))
    return found


def _header(header: QHeaderView) -> list[Clipped]:
    model = header.model()
    if model is None:
        return []
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    metrics = QFontMetrics(header.font())
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        size = header.sectionSize(section)
        if horizontal:
            needed = _line_width(metrics, text)
            available = size - 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
                available -= mark + margin
        else:
            needed = metrics.height() * (text.count("\n") + 1)
            available = size
        if needed > available:
            found.append(Clipped(_describe(header, text) + f" section {section}", text, needed, available))
    return found


def _line_edit(edit: QLineEdit) -> list[Clipped]:
    text = edit.placeholderText() if not edit.text() else ""
    if not text:
        return []
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    available = rect.width() - margins.left() - margins.right() - 2 * 2  # QLineEdit's own margin
    for child in edit.findChildren(QToolButton):
        if child.isVisible() and child.parentWidget() is edit:
            available -= child.width()
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > available:
        return [Clipped(_describe(edit, text) + " (placeholder)", text, needed, available)]
    return []


def _plain_edit(edit: QPlainTextEdit) -> list[Clipped]:
    text = edit.placeholderText() if edit.document().isEmpty() else ""
    if not text:
        return []
    margin = int(edit.document().documentMargin())
    viewport = edit.viewport().rect().adjusted(margin, margin, -margin, -margin)
    bound = edit.fontMetrics().boundingRect(
        QRect(0, 0, max(viewport.width(), 1), 100_000), Qt.TextFlag.TextWordWrap, text
    )
    if bound.width() > viewport.width():
        return [Clipped(_describe(edit, text) + " (placeholder)", text, bound.width(), viewport.width())]
    if bound.height() > viewport.height():
        return [
            Clipped(_describe(edit, text) + " (placeholder height)", text, bound.height(), viewport.height())
        ]
    return []


def _combo(combo: QComboBox) -> list[Clipped]:
    if combo.isEditable():
        return []  # its line edit is measured as one
    text = combo.currentText()
    if not text:
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    available = field.width()
    if not combo.itemIcon(combo.currentIndex()).isNull():
        available -= combo.iconSize().width() + 4
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > available:
        return [Clipped(_describe(combo, text), text, needed, available)]
    return []


def _named(found: list[Clipped], widget: QWidget) -> list[Clipped]:
    return [
        Clipped(c.widget, c.text, c.needed, c.available, widget.objectName(), widget.toolTip()) for c in found
    ]


def clipped_texts(window: QWidget) -> list[Clipped]:
    """Every visible text of ``window`` (and of its child windows shown) wider than its room."""
    found: list[Clipped] = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        found += _named(_measure(widget), widget)
    return found


def _toolbar(bar: QToolBar) -> list[Clipped]:
    """A toolbar too short for its actions hides the last ones behind its » button."""
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is None or not extension.isVisible():
        return []
    hidden = [_plain(a.text()) for a in bar.actions() if a.isVisible() and not _shown_in(bar, a)]
    text = ", ".join(t for t in hidden if t)
    needed = sum(bar.widgetForAction(a).sizeHint().width() for a in bar.actions() if bar.widgetForAction(a))
    return [Clipped(_describe(bar, text) + " (behind »)", text, needed, bar.width())]


def _shown_in(bar: QToolBar, action: QAction) -> bool:
    widget = bar.widgetForAction(action)
    return widget is not None and widget.isVisible()


def _measure(widget: QWidget) -> list[Clipped]:
    if isinstance(widget, QToolBar):
        return _toolbar(widget)
    if isinstance(widget, QLabel):
        return _label(widget)
    if isinstance(widget, QAbstractButton):
        return _button(widget)
    if isinstance(widget, QGroupBox):
        return _group(widget)
    if isinstance(widget, QTabBar):
        return _tabs(widget)
    if isinstance(widget, QHeaderView):
        return _header(widget)
    if isinstance(widget, QLineEdit):
        return _line_edit(widget)
    if isinstance(widget, QPlainTextEdit):
        return _plain_edit(widget)
    if isinstance(widget, QComboBox):
        return _combo(widget)
    return []


# Two English words in a row, outside isolates (names, paths, numbers) and markup.
_ENGLISH = re.compile(r"\b[A-Za-z][a-z]{2,} [a-z]{3,}\b")
_ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2069]*\u2069")
_MARKUP = re.compile(r"<[^>]*>")
# English on purpose in every language: a command typed as it is.
_COMMANDS = ("izdeu recover-key",)


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return [widget.placeholderText()]
    return []


def english_texts(window: QWidget) -> list[str]:
    """Visible interface texts of ``window`` that are still English (for a translated window):
    what a person reads in a label, button, group box, tab or placeholder, with names, paths and
    numbers (isolated, ui/isolate.py) and markup left out."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for text in _texts(widget):
            bare = _MARKUP.sub(" ", _ISOLATED.sub(" ", text))
            for command in _COMMANDS:
                bare = bare.replace(command, " ")
            if _ENGLISH.search(bare):
                found.append(_describe(widget, text))
    return found
