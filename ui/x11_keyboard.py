"""What the X server knows about the keyboard and Qt does not tell: Caps Lock and the layout.

Asked through libX11's XKB calls (ctypes; nothing is linked at build time). Anywhere else
(Wayland, Windows, macOS, offscreen, no libX11) the answers are None and the passphrase fields
fall back to their own guesses (ui/passphrase_field.py).
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache

from PySide6.QtGui import QGuiApplication

__all__ = ["system_caps_lock", "system_layout"]

_XKB_USE_CORE_KBD = 0x0100


@cache
def _x11() -> ctypes.CDLL | None:
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    except OSError:
        return None
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XkbGetIndicatorState.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.POINTER(ctypes.c_uint)]
    lib.XkbGetState.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_void_p]
    lib.XkbAllocKeyboard.restype = ctypes.c_void_p
    lib.XkbGetNames.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_void_p]
    lib.XkbFreeKeyboard.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int]
    lib.XGetAtomName.restype = ctypes.c_void_p
    lib.XGetAtomName.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XFree.argtypes = [ctypes.c_void_p]
    return lib


class _XkbState(ctypes.Structure):
    _fields_ = [
        ("group", ctypes.c_ubyte),
        ("locked_group", ctypes.c_ubyte),
        ("base_group", ctypes.c_ushort),
        ("latched_group", ctypes.c_ushort),
        ("mods", ctypes.c_ubyte),
        ("base_mods", ctypes.c_ubyte),
        ("latched_mods", ctypes.c_ubyte),
        ("locked_mods", ctypes.c_ubyte),
        ("compat_state", ctypes.c_ubyte),
        ("grab_mods", ctypes.c_ubyte),
        ("compat_grab_mods", ctypes.c_ubyte),
        ("lookup_mods", ctypes.c_ubyte),
        ("compat_lookup_mods", ctypes.c_ubyte),
        ("ptr_buttons", ctypes.c_ushort),
    ]


# XkbDescRec.names is its 10th member (after dpy, flags, device_spec, min/max key code, ctrls,
# server, map, indicators): offset 6 pointers on LP64; XkbNamesRec.groups follows 53 Atoms.
_NAMES_OFFSET = 6 * ctypes.sizeof(ctypes.c_void_p)
_GROUPS_OFFSET = 53 * ctypes.sizeof(ctypes.c_ulong)
_XKB_GROUP_NAMES_MASK = 1 << 12


def system_layout() -> str | None:
    """The name of the keyboard layout (XKB group) in use, as the X server calls it ("Russian",
    "Kazakh", "English (US)"); None where that cannot be asked."""
    if QGuiApplication.platformName() != "xcb" or ctypes.sizeof(ctypes.c_void_p) != 8:
        return None
    lib = _x11()
    if lib is None:
        return None
    display = lib.XOpenDisplay(None)
    if not display:
        return None
    desc = None
    try:
        state = _XkbState()
        if lib.XkbGetState(display, _XKB_USE_CORE_KBD, ctypes.byref(state)) != 0:
            return None
        desc = lib.XkbAllocKeyboard()
        if not desc or lib.XkbGetNames(display, _XKB_GROUP_NAMES_MASK, desc) != 0:
            return None
        names = ctypes.c_void_p.from_address(desc + _NAMES_OFFSET).value
        if not names or state.group > 3:
            return None
        atom = (ctypes.c_ulong * 4).from_address(names + _GROUPS_OFFSET)[state.group]
        if not atom:
            return None
        text = lib.XGetAtomName(display, atom)
        if not text:
            return None
        try:
            return ctypes.string_at(text).decode("utf-8", "replace")[:60]
        finally:
            lib.XFree(text)
    finally:
        if desc:
            lib.XkbFreeKeyboard(desc, 0, True)
        lib.XCloseDisplay(display)


def system_caps_lock() -> bool | None:
    """Caps Lock as the X server reports it (its first indicator); None where that cannot be
    asked (Wayland, Windows, macOS, offscreen, no libX11)."""
    if QGuiApplication.platformName() != "xcb":
        return None
    lib = _x11()
    if lib is None:
        return None
    display = lib.XOpenDisplay(None)
    if not display:
        return None
    try:
        state = ctypes.c_uint(0)
        if lib.XkbGetIndicatorState(display, _XKB_USE_CORE_KBD, ctypes.byref(state)) != 0:
            return None
        return bool(state.value & 1)
    finally:
        lib.XCloseDisplay(display)
