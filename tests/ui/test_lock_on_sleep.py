"""Locking at once when the machine sleeps, the screen locks or the session is locked: the
D-Bus signals sent on a bus of the test's own (dbus-daemon), as logind and the screensavers
send them."""

from __future__ import annotations

import shutil
import signal
import subprocess
from collections.abc import Iterator

import pytest

from tests.ui.helpers import unlock
from ui.session_watch import logind_session_path

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None,
    reason="dbus-daemon and dbus-send are needed (Debian package dbus; make sysdeps installs it)",
)


@pytest.fixture
def bus() -> Iterator[str]:
    """The address of a private bus, stopped after the test."""
    out = subprocess.run(
        ["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout.split()
    address, pid = out[0], int(out[1])
    yield address
    import os

    os.kill(pid, signal.SIGTERM)


def _send(address: str, path: str, member: str, *args: str) -> None:
    subprocess.run(
        ["dbus-send", f"--bus={address}", "--type=signal", path, member, *args], check=True, timeout=30
    )


SIGNALS = {
    "sleep": ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true"),
    "freedesktop screensaver": (
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        "boolean:true",
    ),
    "gnome screensaver": ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean:true"),
    "session lock": (logind_session_path("7"), "org.freedesktop.login1.Session.Lock"),
}


@pytest.mark.parametrize("which", list(SIGNALS))
def test_each_signal_locks_the_vault(qtbot, controller, main, wait_idle, bus, which, type_text):
    # The same private bus stands for the session bus and the system bus.
    controller.watch_session(bus, bus, session_id="7")
    assert controller.session_watch.watching == {"sleep", "screen", "session"}
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        _send(bus, *SIGNALS[which])
    assert controller.main is None
    window = controller.start_window
    assert window is not None and window.page_name == "unlock"
    wait_idle()


def test_waking_up_and_screen_unlocking_do_not_lock_and_settings_turn_them_off(
    qtbot, controller, main, wait_idle, bus, type_text
):
    controller.watch_session(bus, bus, session_id="7")
    reasons = []
    controller.session_watch.leaving.connect(reasons.append)
    _send(bus, "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:false")
    _send(bus, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false")
    # Another session's lock is not ours.
    _send(bus, logind_session_path("8"), "org.freedesktop.login1.Session.Lock")
    controller.settings.lock_on_sleep = False
    controller.settings.lock_on_screen_lock = False
    for path, member, *args in (SIGNALS["sleep"], SIGNALS["gnome screensaver"], SIGNALS["session lock"]):
        _send(bus, path, member, *args)
    qtbot.waitUntil(lambda: len(reasons) == 3, timeout=10_000)
    assert sorted(reasons) == ["screen", "session", "sleep"]  # heard, and left alone
    assert controller.main is main
    # Turned on again, a sleep locks.
    controller.settings.lock_on_sleep = True
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        _send(bus, *SIGNALS["sleep"])
    wait_idle()
    # And while locked nothing happens; after unlocking it still watches.
    unlock(qtbot, controller, type_text)
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        _send(bus, *SIGNALS["sleep"])
    wait_idle()


def test_logind_session_paths_are_escaped_as_logind_does() -> None:
    assert logind_session_path("7") == "/org/freedesktop/login1/session/_37"
    assert logind_session_path("c2") == "/org/freedesktop/login1/session/c2"
    assert logind_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"
