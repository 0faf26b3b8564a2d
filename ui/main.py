"""Entry point: ``python -m ui`` (``make run``; ui/__main__.py says why not ``ui.main``)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.paths import Paths
from ui.controller import Controller
from ui.dialogs import FileDialogs
from ui.fit import WindowFit
from ui.fonts import install_fonts
from ui.i18n import Translations
from ui.icons import APP_ICON
from ui.settings.store import UiSettings
from ui.theme import Theme
from ui.worker import DbWorker

__all__ = ["main", "build", "quit_on_signals", "vault_argument"]


def build(app: QApplication, paths: Paths | None = None, dialogs: FileDialogs | None = None) -> Controller:
    """Everything the app is made of, wired together (tests call this with their own parts)."""
    paths = paths or Paths.default()
    Theme.remember_system_font(app)  # the text size follows the system's (ui/theme.py)
    install_fonts(app)
    app.setWindowIcon(QIcon(str(APP_ICON)))
    if app.findChild(WindowFit) is None:
        WindowFit(app)
    settings = UiSettings(paths)
    translations = Translations(app)
    translations.apply(settings.language)
    worker = DbWorker(app)
    app.aboutToQuit.connect(worker.shutdown)
    return Controller(app, paths, settings, worker, dialogs or FileDialogs(), translations)


class _SignalWaker(QObject):
    """Owns the socket pair the interpreter writes signal numbers to, and Qt's watch on it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)


def quit_on_signals(app: QApplication, controller: Controller) -> QObject:
    """SIGTERM and SIGHUP (logout, shutdown, ``kill``) quit as Quit does: edits not yet
    autosaved are saved and the vault closed first, instead of being lost.

    Python runs a signal handler only between bytecodes, and Qt's loop waits in C++; so the
    interpreter also writes the signal number to a socket (``signal.set_wakeup_fd``) that
    the loop watches, which wakes it and lets the handler run.
    """
    waker = _SignalWaker(app)
    asked: list[int] = []

    def handler(signum: int, _frame: FrameType | None) -> None:
        if not asked:  # a second signal while saving changes nothing
            asked.append(signum)
            QTimer.singleShot(0, controller.quit)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):  # Windows has no SIGHUP
            signal.signal(getattr(signal, name), handler)
    return waker


def _quiet_excepthook(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """An unexpected error in a Qt callback: name its type only. Exception text and
    tracebacks can quote case data, and stderr may end up in a log file."""
    sys.stderr.write(f"izdeu: internal error ({kind.__name__}); nothing of the case is shown\n")


def vault_argument(argv: list[str]) -> Path | None:
    """``--vault FILE`` (or ``--vault=FILE``) among the program's arguments."""
    for index, arg in enumerate(argv):
        if arg == "--vault" and index + 1 < len(argv):
            return Path(argv[index + 1])
        if arg.startswith("--vault="):
            return Path(arg.split("=", 1)[1])
    return None


def main(argv: list[str] | None = None, vault: Path | None = None) -> int:
    """The desktop app; ``vault`` (``izdeu --vault FILE``, ``python -m ui --vault FILE``)
    opens the unlock window for that file."""
    args = list(argv if argv is not None else sys.argv)
    if vault is None:
        vault = vault_argument(args[1:])
    if not os.environ.get("IZDEU_DEBUG"):
        sys.excepthook = _quiet_excepthook
    QCoreApplication.setOrganizationName("Izdeu")
    QCoreApplication.setApplicationName("Izdeu")
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    # Matches packaging/linux/org.izdeu.Izdeu.desktop, so the window gets its menu entry's icon.
    app.setDesktopFileName("org.izdeu.Izdeu")
    # Quitting waits for queued saves and for the vault to close (Controller.quit).
    app.setQuitOnLastWindowClosed(False)
    controller = build(app)
    quit_on_signals(app, controller)  # owned by app
    controller.start(vault)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
