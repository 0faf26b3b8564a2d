"""The "DEMO — fictional cases" band of a demo vault: on the main window (above the case list
and every case tab) and on every window opened while the demo vault is open, so practice is
never mistaken for the real vault."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QMainWindow, QSizePolicy, QToolBar, QWidget

__all__ = ["DemoBand", "DemoMarker"]

# Ordinary windows and dialogs; not menus, tooltips, pop-ups or the lock warning (a tool window).
_MARKED = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)
_STYLE = "background: #7a1fa2; color: white; font-weight: bold; padding: 4px;"


class DemoBand(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBand")
        self.setText(self.tr("DEMO — fictional cases. Nothing here is real; do not enter real cases."))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(_STYLE)


def band_of(window: QWidget) -> DemoBand | None:
    return window.findChild(DemoBand, "demoBand")


class DemoMarker(QObject):
    """While installed, every top-level window shown gets the band at the top of its layout
    (when it has a box layout) and "DEMO" in its title."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._on = False

    def install(self) -> None:
        if not self._on:
            self._on = True
            self._app.installEventFilter(self)

    def uninstall(self) -> None:
        if self._on:
            self._on = False
            self._app.removeEventFilter(self)

    @property
    def installed(self) -> bool:
        return self._on

    def mark(self, window: QWidget) -> None:
        prefix = self.tr("DEMO")
        title = window.windowTitle()
        if not title.startswith(prefix):
            window.setWindowTitle(f"{prefix} — {title}" if title else prefix)
        if band_of(window) is not None:
            return
        if isinstance(window, QMainWindow):
            self._mark_main(window)
            return
        layout = window.layout()
        if isinstance(layout, QBoxLayout):
            band = DemoBand(window)
            layout.insertWidget(0, band)
            band.show()  # made while the window is being shown: not shown with it

    @staticmethod
    def _mark_main(window: QMainWindow) -> None:
        """Above everything else, the toolbar included: a toolbar of its own, on its own line."""
        bar = QToolBar(window)  # owned by the window (insertToolBar does not take it over)
        bar.setObjectName("demoBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setEnabled(False)  # cannot be hidden from the context menu
        band = DemoBand(bar)
        band.setWordWrap(False)  # one line: a wrapping label makes a toolbar tall
        band.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bar.addWidget(band)
        first = next(iter(window.findChildren(QToolBar)), None)
        if first is None:
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        else:
            window.insertToolBar(first, bar)
            window.insertToolBarBreak(first)
        bar.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.windowType() in _MARKED
            and watched.objectName() not in ("PrivacyScreen", "StartWindow")
        ):
            self.mark(watched)
        return False
