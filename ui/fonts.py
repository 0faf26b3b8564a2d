"""Bundled fonts: every script (Cyrillic, Arabic-script Uyghur, Chinese) renders offline."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import RESOURCES

__all__ = ["install_fonts", "FAMILY_ORDER", "heading_font", "rescale_fonts"]

# Latin/Cyrillic first, then Arabic script, then CJK, then DejaVu for leftovers.
FAMILY_ORDER = ("Noto Sans", "Noto Sans Arabic", "WenQuanYi Micro Hei", "DejaVu Sans")


def install_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and make them the application font's family list. The size
    stays the system's (times the "Larger text" setting, ui/theme.py)."""
    folder = RESOURCES / "fonts"
    loaded: set[str] = set()
    for path in sorted(folder.glob("*.tt[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded.update(QFontDatabase.applicationFontFamilies(font_id))
    families = [f for f in FAMILY_ORDER if f in loaded] + sorted(loaded - set(FAMILY_ORDER))
    if families:
        font = QFont(app.font())
        font.setFamilies(families)
        app.setFont(font)
    return families


_SCALE = "izdeuFontScale"  # dynamic property: a heading's size relative to the application font


def heading_font(widget: QWidget, scale: float, *, bold: bool = True) -> None:
    """Give ``widget`` the application font ``scale`` times larger (bold): a title that grows
    with the "Larger text" setting too (:func:`rescale_fonts`)."""
    widget.setProperty(_SCALE, scale)
    widget.setProperty("izdeuFontBold", bold)
    _rescale(widget)


def _rescale(widget: QWidget) -> None:
    font = QFont(QApplication.font())
    font.setPointSizeF(round(font.pointSizeF() * float(widget.property(_SCALE)), 1))
    font.setBold(bool(widget.property("izdeuFontBold")))
    widget.setFont(font)


def rescale_fonts() -> None:
    """After the application font changed: every heading again at its scale."""
    for window in QApplication.topLevelWidgets():
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.property(_SCALE):
                _rescale(widget)
