"""Light and dark themes and the text size, applied at once to every open window.

"system" follows the desktop's colour scheme (Qt 6.5+ ``QStyleHints.colorScheme()``) and its
changes while Izdeu runs. A dark scheme is drawn with the Fusion style and a dark palette of our
own, so it looks the same on Linux, Windows and macOS; a light one with the platform's own style
and palette as they were at start-up. The text size is the system's font size times the
"Larger text" setting (100, 115 or 130 %).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ui.fonts import rescale_fonts
from ui.icons import refresh_icons
from ui.tones import restyle

__all__ = ["SCALES", "THEMES", "Theme", "dark_palette"]

THEMES = ("system", "light", "dark")
SCALES = (100, 115, 130)  # per cent of the system's font size
# The platform's style and palette as they were before any theme was applied (a test session
# builds the app many times over one QApplication: the first look is the light one).
_LIGHT: list[tuple[str, QPalette]] = []


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (text contrast ≥ 7:1 on the window colour)."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2b2e",
        role.WindowText: "#ececec",
        role.Base: "#1f1f22",
        role.AlternateBase: "#29292d",
        role.ToolTipBase: "#3a3a3f",
        role.ToolTipText: "#ececec",
        role.PlaceholderText: "#9a9aa0",
        role.Text: "#ececec",
        role.Button: "#36363b",
        role.ButtonText: "#ececec",
        role.BrightText: "#ff6e6e",
        role.Light: "#45454b",
        role.Midlight: "#3c3c42",
        # Lighter than a dark theme's usual Mid: hints are drawn in palette(mid) (ui/editor/fields.py),
        # ≥ 3:1 on a group box's lighter fill too (tests/ui/test_dark_theme.py).
        role.Mid: "#9e9ea4",
        role.Dark: "#1a1a1d",
        role.Shadow: "#000000",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
    }
    for which, colour in colours.items():
        palette.setColor(which, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, which, QColor("#7c7c82"))
    palette.setColor(disabled, role.Base, QColor("#26262a"))
    palette.setColor(disabled, role.Button, QColor("#303035"))
    return palette


class Theme(QObject):
    """Owns the application's style, palette and font size; ``apply(theme, scale)`` at start-up
    and whenever the settings change."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent or app)
        self._app = app
        if not _LIGHT:
            _LIGHT.append((app.style().name(), QPalette(app.palette())))
        self._light_style, self._light_palette = _LIGHT[0]
        self.theme = "system"
        self.scale = 100
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    @property
    def system_point_size(self) -> float:
        """The desktop's font size, as Qt found it before Izdeu set its own font."""
        size = self._app.property("izdeuSystemPointSize")
        return float(size) if size else 10.0

    @staticmethod
    def remember_system_font(app: QApplication) -> None:
        """Note the desktop's font size once, before the bundled fonts replace the font."""
        if not app.property("izdeuSystemPointSize"):
            size = app.font().pointSizeF()
            app.setProperty("izdeuSystemPointSize", size if size > 0 else 10.0)

    @property
    def dark(self) -> bool:
        if self.theme == "dark":
            return True
        if self.theme == "light":
            return False
        return self._app.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def apply(self, theme: str, scale: int) -> None:
        self.theme = theme if theme in THEMES else "system"
        self.scale = scale if scale in SCALES else 100
        if self.dark:
            if self._app.style().name().lower() != "fusion":
                self._app.setStyle(QStyleFactory.create("Fusion"))
            self._app.setPalette(dark_palette())
        else:
            if self._app.style().name().lower() != self._light_style.lower():
                self._app.setStyle(QStyleFactory.create(self._light_style))
            self._app.setPalette(self._light_palette)
        font = QFont(self._app.font())
        font.setPointSizeF(round(self.system_point_size * self.scale / 100, 1))
        self._app.setFont(font)
        rescale_fonts()  # headings: explicit fonts do not follow the application's
        refresh_icons()
        restyle()

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            self.apply(self.theme, self.scale)
