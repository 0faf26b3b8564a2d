"""Knowing when the person leaves a Windows computer, as KeePassXC does: session notifications.

* the workstation locked (Win+L, and the lock before a user switch): ``WM_WTSSESSION_CHANGE``
  with ``WTS_SESSION_LOCK``, sent once the main window's HWND is registered with
  ``WTSRegisterSessionNotification`` (wtsapi32);
* the session switched away (fast user switching, a remote session taken over):
  ``WTS_CONSOLE_DISCONNECT`` / ``WTS_REMOTE_DISCONNECT``;
* suspend or hibernate, the lid closed: ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND``, which
  Windows sends to every top-level window without registration.

They reach Qt as native events; :class:`WindowsSessionFilter` (a QAbstractNativeEventFilter)
maps each to the same reasons as the Linux D-Bus path ("screen", "session", "sleep"), and the
controller's one decision (the settings) applies. The mapping is a pure function
(:func:`leaving_reason`), tested on Linux; registration is ctypes and runs only on Windows.
Written to Microsoft's documented API; not yet run on Windows (docs/security.md says so).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray

__all__ = [
    "NATIVE_EVENT_TYPE",
    "MSG",
    "WindowsSessionFilter",
    "leaving_reason",
    "register_session_notification",
    "unregister_session_notification",
]

# winuser.h / wtsapi32.h
WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0

# What Qt's Windows platform plugin names the events it hands to native event filters.
NATIVE_EVENT_TYPE = b"windows_generic_MSG"

_REASONS = {
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK): "screen",
    (WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT): "session",
    (WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT): "session",
    (WM_POWERBROADCAST, PBT_APMSUSPEND): "sleep",
}


def leaving_reason(message: int, wparam: int) -> str | None:
    """ "screen", "session" or "sleep" for a message that means the person left; else None
    (unlock, logon, resume and every other message or notification code)."""
    return _REASONS.get((message, wparam))


class MSG(ctypes.Structure):
    """winuser.h MSG, with fixed-size types so it has Windows' layout on any 64- or 32-bit
    build (LONG is 32 bits on Windows, unlike C long on Linux)."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),  # WPARAM = UINT_PTR
        ("lParam", ctypes.c_ssize_t),  # LPARAM = LONG_PTR
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_int32),
        ("pt_y", ctypes.c_int32),
    ]


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Calls ``on_leaving(reason)`` for each Windows message that means the person left."""

    def __init__(self, on_leaving: Callable[[str], None]) -> None:
        super().__init__()
        self._on_leaving = on_leaving

    def nativeEventFilter(  # noqa: N802 (Qt's name)
        self,
        eventType: QByteArray | bytes | bytearray | memoryview,
        message: int,
        /,  # noqa: N803
    ) -> object:
        """``message`` is the address of Windows' MSG for "windows_generic_MSG" events."""
        kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        if kind == NATIVE_EVENT_TYPE and message:
            msg = MSG.from_address(int(message))
            reason = leaving_reason(msg.message, msg.wParam)
            if reason is not None:
                self._on_leaving(reason)
        # Never consumed: Windows and Qt still handle the message as usual.
        return False, 0


def _wtsapi32() -> Any:
    # WinDLL exists only on Windows; the callers check the platform first.
    return ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]


def register_session_notification(hwnd: int) -> bool:
    """Ask for WM_WTSSESSION_CHANGE on window ``hwnd``; False off Windows or when refused."""
    if sys.platform != "win32":
        return False
    try:
        api = _wtsapi32()
        api.WTSRegisterSessionNotification.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        api.WTSRegisterSessionNotification.restype = ctypes.c_int
        return bool(api.WTSRegisterSessionNotification(ctypes.c_void_p(hwnd), NOTIFY_FOR_THIS_SESSION))
    except OSError:  # no wtsapi32 (a stripped-down Windows): the idle lock still applies
        return False


def unregister_session_notification(hwnd: int) -> None:
    """Undo :func:`register_session_notification` before the window is destroyed."""
    if sys.platform != "win32":
        return
    # Nothing to undo when wtsapi32 could not be loaded (registration failed the same way).
    with contextlib.suppress(OSError):
        api = _wtsapi32()
        api.WTSUnRegisterSessionNotification.argtypes = [ctypes.c_void_p]
        api.WTSUnRegisterSessionNotification.restype = ctypes.c_int
        api.WTSUnRegisterSessionNotification(ctypes.c_void_p(hwnd))
