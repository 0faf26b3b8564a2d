"""Knowing when the person leaves the computer, to lock the vault at once (as KeePassXC does).

Linux, over D-Bus (QtDBus):

* suspend, hibernate, the lid closed: logind's ``PrepareForSleep(true)`` on the system bus
  (``org.freedesktop.login1.Manager``);
* the screen locked (also by switching user, which locks it): the screensaver's
  ``ActiveChanged(true)`` on the session bus, ``org.freedesktop.ScreenSaver`` and
  ``org.gnome.ScreenSaver``;
* ``loginctl lock-session`` and desktops that lock through logind: the session's ``Lock`` signal
  (``org.freedesktop.login1.Session``) for this session's object.

Which of them lock is up to the settings; the signals only say what happened. The bus addresses
can be given (tests run their own bus); without one, the usual buses are used when they exist,
and nothing is started to get one.

Windows: session notifications on the main window (ui/session_windows.py, registered by
:meth:`SessionWatch.watch_window`) and the power broadcast, through a native event filter that
emits the same reasons.
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from ui.session_windows import (
    WindowsSessionFilter,
    register_session_notification,
    unregister_session_notification,
)

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

__all__ = ["SessionWatch", "logind_session_path"]

_SYSTEM_SOCKET = Path("/run/dbus/system_bus_socket")
_numbers = itertools.count(1)

SLEEP = "sleep"
SCREEN = "screen"
SESSION = "session"


def _slot(signature: str) -> Any:
    """A slot named the way QtDBus connects to it: Qt's SLOT() text (the type stubs say bytes,
    the binding takes only text)."""
    return SLOT(signature)


def logind_session_path(session_id: str) -> str:
    """logind's object path for a session id (sd-bus escaping: a leading digit and anything
    but ASCII letters and digits become ``_xx``)."""
    out = []
    for index, char in enumerate(session_id):
        if char.isascii() and (char.isalpha() or (char.isdigit() and index > 0)):
            out.append(char)
        else:
            out.append(f"_{ord(char):02x}")
    return "/org/freedesktop/login1/session/" + "".join(out)


class SessionWatch(QObject):
    """Emits ``leaving(reason)`` with reason "sleep", "screen" or "session"."""

    leaving = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_address: str | None = None,
        system_address: str | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self.watching: set[str] = set()  # what was connected (tests, and the settings note)
        # Windows' messages arrive as native events; the filter is made everywhere (its mapping
        # is tested on Linux) but installed only on Windows, where those events exist.
        self.windows_filter = WindowsSessionFilter(self.leaving.emit)
        self._hwnd: int | None = None
        self._filtering = False
        app = QCoreApplication.instance()
        if sys.platform == "win32" and app is not None:
            app.installNativeEventFilter(self.windows_filter)
            self._filtering = True
            self.watching.add(SLEEP)  # WM_POWERBROADCAST reaches every top-level window
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without QtDBus: nothing to watch
            return
        session = self._bus(QDBusConnection, session_address, "DBUS_SESSION_BUS_ADDRESS", None)
        system = self._bus(QDBusConnection, system_address, "DBUS_SYSTEM_BUS_ADDRESS", _SYSTEM_SOCKET)
        if session is not None:
            for interface in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"):
                if session.connect("", "", interface, "ActiveChanged", "b", self, _slot("_screen(bool)")):
                    self.watching.add(SCREEN)
        if system is not None:
            if system.connect(
                "",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                "b",
                self,
                _slot("_sleep(bool)"),
            ):
                self.watching.add(SLEEP)
            sid = session_id if session_id is not None else os.environ.get("XDG_SESSION_ID", "")
            if sid and system.connect(
                "", logind_session_path(sid), "org.freedesktop.login1.Session", "Lock", self, _slot("_lock()")
            ):
                self.watching.add(SESSION)

    def _bus(
        self, connection: type[QDBusConnection], address: str | None, variable: str, socket: Path | None
    ) -> QDBusConnection | None:
        """A connection of our own to the bus at ``address`` (or the usual one if it exists)."""
        if address is None:
            address = os.environ.get(variable) or None
            if address is None and socket is not None and socket.exists():
                address = f"unix:path={socket}"
        if address is None:
            return None
        name = f"izdeu-watch-{os.getpid()}-{next(_numbers)}"
        bus = connection.connectToBus(address, name)
        self._names.append(name)
        return bus if bus.isConnected() else None

    @Slot(bool)
    def _screen(self, active: bool) -> None:
        if active:
            self.leaving.emit(SCREEN)

    @Slot(bool)
    def _sleep(self, starting: bool) -> None:
        if starting:
            self.leaving.emit(SLEEP)

    @Slot()
    def _lock(self) -> None:
        self.leaving.emit(SESSION)

    def watch_window(self, window: QWidget) -> None:
        """Windows: ask for the session notifications on ``window`` (the main window); a no-op
        elsewhere. Undone by :meth:`forget_window` before the window goes."""
        self.forget_window()
        if sys.platform != "win32":
            return
        hwnd = int(window.winId())
        if register_session_notification(hwnd):
            self._hwnd = hwnd
            self.watching |= {SCREEN, SESSION}

    def forget_window(self) -> None:
        if self._hwnd is not None:
            unregister_session_notification(self._hwnd)
            self._hwnd = None

    def close(self) -> None:
        """Leave the buses (the connections are ours, by name) and Windows' notifications."""
        self.forget_window()
        app = QCoreApplication.instance()
        if self._filtering and app is not None:
            app.removeNativeEventFilter(self.windows_filter)
            self._filtering = False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # nothing was connected
            self.watching.clear()
            return

        for name in self._names:
            QDBusConnection.disconnectFromBus(name)
        self._names.clear()
        self.watching.clear()
