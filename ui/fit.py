"""Room for text as long as the language makes it: windows as tall as their wrapped text and
line edits as wide as their hints. Checked in every window and language by
tests/ui/test_elision.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QStyle, QStyleOptionFrame, QWidget

__all__ = ["WindowFit", "placeholder_width"]

_LINE_EDIT_MARGIN = 2  # QLineEdit's own space either side of its text (qlineedit_p.h)


def placeholder_width(edit: QLineEdit) -> int:
    """The width ``edit`` needs to show its whole placeholder, by its style and font."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    margins = edit.textMargins()
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    width = text + 2 * _LINE_EDIT_MARGIN + margins.left() + margins.right()
    content = QSize(width, edit.fontMetrics().height())
    return edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, content, edit).width()


class WindowFit(QObject):
    """Installed on the application: a window (not the main window, which scrolls) shown
    shorter than its word-wrapped text needs at its width grows to that height, up to the
    screen. A dialog's fixed starting size suits English; the same sentence in Uyghur or
    Kazakh wraps to more lines, and Qt's minimum height does not follow word wrap."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.LayoutRequest) and isinstance(obj, QWidget):
            if obj.isWindow() and not isinstance(obj, QMainWindow) and obj.layout() is not None:
                # After the layout has taken the new text in (LayoutRequest comes first).
                QTimer.singleShot(0, obj, lambda: fit_height(obj))
        return False


def fit_height(window: QWidget) -> None:
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    # A window's own minimum width (setMinimumWidth) overrides its layout's, which a longer
    # translation may raise above it: the layout's is what its texts need.
    screen = window.screen()
    room = screen.availableGeometry().size() if screen is not None else QSize(1 << 14, 1 << 14)
    width = min(max(window.width(), layout.totalMinimumSize().width()), room.width())
    needed = window.heightForWidth(width) if layout.hasHeightForWidth() else -1
    needed = min(max(needed, layout.totalMinimumSize().height()), room.height())
    if needed > window.height() or width > window.width():
        window.resize(width, max(needed, window.height()))
