"""Error and warning colours that keep their contrast in the light and the dark theme.

A widget given a tone here remembers it, and :func:`restyle` draws it again after a theme
change (ui/theme.py), as ui/icons.py does for icons.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["ERROR", "OK", "WARNING", "is_dark", "restyle", "set_tone", "tone_color"]

ERROR, WARNING, OK = "error", "warning", "ok"
_TONE = "izdeuTone"  # dynamic property: which tone a widget is drawn in
_BOLD = "izdeuToneBold"
# (light theme, dark theme): ≥ 4.5:1 against the window and base colours of each.
_COLOURS = {ERROR: ("#c62828", "#ff8a80"), WARNING: ("#8a4b00", "#ffb74d"), OK: ("#1b5e20", "#81c784")}


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the application (or ``palette``) wears a dark theme."""
    return _dark(palette or QGuiApplication.palette())


def tone_color(tone: str, palette: QPalette | None = None) -> QColor:
    light, dark = _COLOURS[tone]
    return QColor(dark if _dark(palette or QGuiApplication.palette()) else light)


def _apply(widget: QWidget) -> None:
    tone = str(widget.property(_TONE))
    weight = " font-weight: bold;" if widget.property(_BOLD) else ""
    widget.setStyleSheet(f"color: {tone_color(tone).name()};{weight}")


def set_tone(widget: QWidget, tone: str | None, *, bold: bool = False) -> None:
    """Draw ``widget``'s text in ``tone`` (ERROR, WARNING), or in the palette's colour (None)."""
    widget.setProperty(_TONE, tone or "")
    widget.setProperty(_BOLD, bold)
    if tone:
        _apply(widget)
    else:
        widget.setStyleSheet("font-weight: bold;" if bold else "")


def restyle(root: QWidget | None = None) -> None:
    """Draw every toned widget again in the current theme's colours."""
    roots = [root] if root is not None else QApplication.topLevelWidgets()
    for window in roots:
        for widget in [window, *window.findChildren(QObject)]:
            if isinstance(widget, QWidget) and widget.property(_TONE):
                _apply(widget)
