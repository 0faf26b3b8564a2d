"""Toolbar and menu icons: the bundled Lucide set (resources/icons/lucide, ISC licence), drawn in
the palette's text colour so they fit a light and a dark theme alike.

Lucide draws with ``stroke="currentColor"``; the colour is put in at load time and the SVG is
rendered by QSvgRenderer into pixmaps at the screen's device pixel ratio, so the icons stay
crisp on high-DPI screens. A widget or action given an icon here remembers its name, and
:func:`refresh_icons` draws them again after a theme change.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app.paths import RESOURCES

__all__ = [
    "APP_ICON",
    "ICON_FOLDER",
    "danger_color",
    "icon",
    "icon_color",
    "refresh_icons",
    "set_icon",
]

ICON_FOLDER = RESOURCES / "icons" / "lucide"
APP_ICON = RESOURCES / "icons" / "izdeu.svg"
_SIZES = (16, 20, 24, 32, 48)  # logical sizes: toolbars, menus, the status bar
_NAME = "izdeuIcon"  # dynamic property: which icon a widget or action shows
_DANGER = "izdeuDanger"  # dynamic property: drawn in the warning colour


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def icon_color(palette: QPalette | None = None) -> QColor:
    """The colour everyday icons are drawn in: the palette's text colour."""
    return (palette or QGuiApplication.palette()).color(QPalette.ColorRole.WindowText)


def danger_color(palette: QPalette | None = None) -> QColor:
    """The warning colour of destructive actions (Delete case, Erase): a red that keeps its
    contrast on the theme's background."""
    return QColor("#ff8a80") if _is_dark(palette or QGuiApplication.palette()) else QColor("#b3261e")


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    return (ICON_FOLDER / f"{name}.svg").read_text(encoding="utf-8")


def _ratios() -> list[float]:
    """1 and every screen's device pixel ratio (a window may move to another screen)."""
    ratios = {1.0}
    for screen in QGuiApplication.screens():
        ratios.add(float(screen.devicePixelRatio()))
    return sorted(ratios)


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The Lucide icon ``name`` drawn in ``color`` (the palette's text colour by default)."""
    colour = color if color is not None else icon_color()
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour.name()).encode()))
    if not renderer.isValid():
        raise ValueError(f"icon {name!r} is not a valid SVG")
    result = QIcon()
    for ratio in _ratios():
        for size in _SIZES:
            pixels = round(size * ratio)
            pixmap = QPixmap(pixels, pixels)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, pixels, pixels))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    return result


def _draw(target: QObject) -> None:
    name = target.property(_NAME)
    if not name:
        return
    danger = bool(target.property(_DANGER))
    # The application's palette, not the widget's: a widget learns of a new one only later.
    palette = QGuiApplication.palette()
    drawn = icon(str(name), danger_color(palette) if danger else icon_color(palette))
    if isinstance(target, QAction):
        target.setIcon(drawn)
    elif isinstance(target, QAbstractButton):
        target.setIcon(drawn)
        if danger:
            # The words in the warning colour too, not only the icon.
            own = QPalette(target.palette())
            own.setColor(QPalette.ColorRole.ButtonText, danger_color(palette))
            target.setPalette(own)
    elif isinstance(target, QLabel):
        size = int(target.property("izdeuIconSize") or 16)
        target.setPixmap(drawn.pixmap(QSize(size, size), target.devicePixelRatioF()))


def set_icon(target: QAction | QAbstractButton | QLabel, name: str, *, danger: bool = False) -> None:
    """Give ``target`` the icon ``name``, and keep it in the theme's colours (refresh_icons)."""
    target.setProperty(_NAME, name)
    target.setProperty(_DANGER, danger)
    _draw(target)


def refresh_icons(root: QWidget | None = None) -> None:
    """Draw every named icon again in the current palette (after a theme change): under
    ``root``, or in every top-level window."""
    roots = [root] if root is not None else QApplication.topLevelWidgets()
    for window in roots:
        for target in [window, *window.findChildren(QObject)]:
            if target.property(_NAME):
                _draw(target)
