"""Entry point: ``python -m ui.main`` (``make run``)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.paths import RESOURCES, Paths
from ui.controller import Controller
from ui.dialogs import FileDialogs
from ui.fonts import install_fonts
from ui.i18n import Translations
from ui.settings.store import UiSettings
from ui.worker import DbWorker

__all__ = ["main", "build"]


def build(app: QApplication, paths: Paths | None = None,
          dialogs: FileDialogs | None = None) -> Controller:
    """Everything the app is made of, wired together (tests call this with their own parts)."""
    paths = paths or Paths.default()
    install_fonts(app)
    settings = UiSettings(paths)
    translations = Translations(app)
    translations.apply(settings.language)
    worker = DbWorker(app)
    app.aboutToQuit.connect(worker.shutdown)
    return Controller(app, paths, settings, worker, dialogs or FileDialogs(), translations)


def _quiet_excepthook(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """An unexpected error in a Qt callback: name its type only. Exception text and
    tracebacks can quote case data, and stderr may end up in a log file."""
    sys.stderr.write(f"izdeu: internal error ({kind.__name__}); nothing of the case is shown\n")


def main(argv: list[str] | None = None) -> int:
    if not os.environ.get("IZDEU_DEBUG"):
        sys.excepthook = _quiet_excepthook
    QCoreApplication.setOrganizationName("Izdeu")
    QCoreApplication.setApplicationName("Izdeu")
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    # Matches packaging/linux/org.izdeu.Izdeu.desktop, so the window gets its menu entry's icon.
    app.setDesktopFileName("org.izdeu.Izdeu")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "izdeu.svg")))
    # Quitting waits for queued saves and for the vault to close (Controller.quit).
    app.setQuitOnLastWindowClosed(False)
    controller = build(app)
    controller.start()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
