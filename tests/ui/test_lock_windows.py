"""Locking at once on Windows' session and power messages: the message → reason mapping, the
native event filter fed real MSG structures (built with ctypes, as Windows lays them out) and the
controller's settings. Registration with wtsapi32 runs only on Windows (skipped here)."""

from __future__ import annotations

import ctypes
import sys

import pytest
from PySide6.QtCore import QByteArray

from ui.session_windows import (
    MSG,
    NATIVE_EVENT_TYPE,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WindowsSessionFilter,
    leaving_reason,
    register_session_notification,
)

# wtsapi32.h: every WTS_* session-change code, 1 to 11.
_WTS = {
    1: "CONSOLE_CONNECT",
    2: "CONSOLE_DISCONNECT",
    3: "REMOTE_CONNECT",
    4: "REMOTE_DISCONNECT",
    5: "SESSION_LOGON",
    6: "SESSION_LOGOFF",
    7: "SESSION_LOCK",
    8: "SESSION_UNLOCK",
    9: "SESSION_REMOTE_CONTROL",
    10: "SESSION_CREATE",
    11: "SESSION_TERMINATE",
}
# winuser.h: the power broadcast events Windows still sends.
_PBT = {
    0x4: "APMSUSPEND",
    0x7: "APMRESUMESUSPEND",
    0xA: "APMPOWERSTATUSCHANGE",
    0x12: "APMRESUMEAUTOMATIC",
    0x8013: "POWERSETTINGCHANGE",
}


def _msg(message: int, wparam: int) -> MSG:
    return MSG(hwnd=0x1234, message=message, wParam=wparam, lParam=0, time=0, pt_x=0, pt_y=0)


def test_each_session_change_code_maps_to_its_reason() -> None:
    expected = {"SESSION_LOCK": "screen", "CONSOLE_DISCONNECT": "session", "REMOTE_DISCONNECT": "session"}
    for code, name in _WTS.items():
        assert leaving_reason(WM_WTSSESSION_CHANGE, code) == expected.get(name), name


def test_only_suspend_among_power_events_means_leaving() -> None:
    for code, name in _PBT.items():
        assert leaving_reason(WM_POWERBROADCAST, code) == ("sleep" if name == "APMSUSPEND" else None), name


def test_other_messages_are_ignored_whatever_their_wparam() -> None:
    # WM_QUERYENDSESSION, WM_ACTIVATE, WM_KEYDOWN, WM_TIMER and an unknown one, with the codes above.
    for message in (0x0011, 0x0006, 0x0100, 0x0113, 0x7FFF):
        for wparam in (*_WTS, *_PBT, 0):
            assert leaving_reason(message, wparam) is None, (hex(message), wparam)
    assert (
        leaving_reason(WM_WTSSESSION_CHANGE, 0) is None and leaving_reason(WM_WTSSESSION_CHANGE, 99) is None
    )


def test_the_filter_reads_windows_msg_structures_and_never_consumes_them(qapp) -> None:
    reasons: list[str] = []
    native = WindowsSessionFilter(reasons.append)
    cases = [
        (_msg(WM_WTSSESSION_CHANGE, 7), "screen"),
        (_msg(WM_WTSSESSION_CHANGE, 8), None),
        (_msg(WM_WTSSESSION_CHANGE, 4), "session"),
        (_msg(WM_POWERBROADCAST, PBT_APMSUSPEND), "sleep"),
        (_msg(WM_POWERBROADCAST, 0x12), None),
    ]
    for msg, reason in cases:
        reasons.clear()
        assert native.nativeEventFilter(QByteArray(NATIVE_EVENT_TYPE), ctypes.addressof(msg)) == (False, 0)
        assert reasons == ([reason] if reason else [])
    # Another platform's events (X11 here), and no message at all: not read.
    lock = _msg(WM_WTSSESSION_CHANGE, 7)
    assert native.nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(lock)) == (False, 0)
    assert native.nativeEventFilter(QByteArray(NATIVE_EVENT_TYPE), 0) == (False, 0)
    assert reasons == []


def _send(controller, message: int, wparam: int) -> None:
    msg = _msg(message, wparam)
    controller.session_watch.windows_filter.nativeEventFilter(
        QByteArray(NATIVE_EVENT_TYPE), ctypes.addressof(msg)
    )


@pytest.mark.parametrize(
    ("message", "wparam"),
    [(WM_WTSSESSION_CHANGE, 7), (WM_WTSSESSION_CHANGE, 2), (WM_WTSSESSION_CHANGE, 4), (WM_POWERBROADCAST, 4)],
)
def test_each_windows_message_locks_the_vault(qtbot, controller, main, wait_idle, message, wparam) -> None:
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        _send(controller, message, wparam)
    assert controller.main is None
    window = controller.start_window
    assert window is not None and window.page_name == "unlock"
    wait_idle()


def test_the_settings_turn_each_windows_lock_off(qtbot, controller, main, wait_idle) -> None:
    reasons: list[str] = []
    controller.session_watch.leaving.connect(reasons.append)
    _send(controller, WM_WTSSESSION_CHANGE, 8)  # unlocked: not leaving
    _send(controller, WM_POWERBROADCAST, 0x7)  # resumed: not leaving
    controller.settings.lock_on_screen_lock = False
    _send(controller, WM_WTSSESSION_CHANGE, 7)
    _send(controller, WM_WTSSESSION_CHANGE, 2)
    assert reasons == ["screen", "session"] and controller.main is main  # heard, left alone
    # The screen-lock setting does not govern sleep: that one still locks.
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        _send(controller, WM_POWERBROADCAST, 4)
    wait_idle()


def test_sleep_off_keeps_the_vault_open_on_suspend(qtbot, controller, main, wait_idle) -> None:
    controller.settings.lock_on_sleep = False
    _send(controller, WM_POWERBROADCAST, 4)
    qtbot.wait(50)
    assert controller.main is main
    # The screen lock still locks.
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        _send(controller, WM_WTSSESSION_CHANGE, 7)
    wait_idle()


@pytest.mark.skipif(sys.platform == "win32", reason="off Windows only")
def test_registration_is_skipped_off_windows(controller, main) -> None:
    assert register_session_notification(int(main.winId())) is False
    controller.session_watch.watch_window(main)
    assert controller.session_watch._hwnd is None


@pytest.mark.skipif(sys.platform != "win32", reason="wtsapi32 exists only on Windows")
def test_the_main_window_is_registered_on_windows(controller, main) -> None:
    assert {"screen", "session", "sleep"} <= controller.session_watch.watching
    assert controller.session_watch._hwnd == int(main.winId())
