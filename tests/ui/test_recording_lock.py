"""The idle lock and a running recording (issue 15): a long silent testimony gets no keyboard
or mouse input, so the recording holds the idle lock until it stops; leaving the machine
(screen lock) still locks at once, the recording finished in the vault as on close."""

from __future__ import annotations

import io

import soundfile as sf

from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE
from tests.ui.test_recording_ui import _record, backend, section  # noqa: F401
from ui.session_watch import SCREEN


def _stored_recordings(controller) -> list[tuple[str, float]]:
    """(state, decoded seconds) of each attachment in the (locked, closed) vault."""
    with Vault.open(controller.paths.default_vault, PASSPHRASE) as vault:
        store = Store(vault)
        found = []
        for case in store.list_cases():
            for attachment in store.load_case(case.uuid).attachments:
                data = b"".join(store.attachment_chunks(attachment.uuid))
                audio, rate = sf.read(io.BytesIO(data), dtype="int16")
                found.append((attachment.recording_state, len(audio) / rate))
        return found


def test_a_recording_holds_the_idle_lock_until_it_stops(
    qtbot,
    controller,
    main,
    section,  # noqa: F811
    backend,  # noqa: F811
    wait_idle,
):
    rec = section.audio.recorder
    rec.stall_s = 60.0  # the fake input delivers only when fed; the watchdog is another test
    rec, source = _record(qtbot, section, backend, [2.0])
    controller.idle.set_interval_ms(300, warning_ms=100)
    controller.idle.start()
    qtbot.wait(1500)  # five whole waits with no input
    assert controller.main is main
    assert controller.lock_warning is None or not controller.lock_warning.isVisible()
    assert controller.idle.held and main.recording
    source.feed(1.0)
    rec.stop()  # no input: as when the input fails and the recording ends by itself
    qtbot.waitUntil(lambda: not main.recording, timeout=10_000)
    assert controller.main is main  # the whole wait starts at the stop
    qtbot.waitSignal(controller.locked, timeout=5_000).wait()
    wait_idle()
    assert controller.main is None
    ((state, seconds),) = _stored_recordings(controller)
    assert state == "complete" and abs(seconds - 3.0) <= 0.2


def test_without_a_recording_the_idle_lock_is_not_held(qtbot, controller, main, section, wait_idle):  # noqa: F811
    assert not main.recording
    controller.idle.set_interval_ms(300)
    controller.idle.start()
    qtbot.waitSignal(controller.locked, timeout=5_000).wait()
    assert controller.main is None


def test_screen_lock_while_recording_locks_at_once_and_keeps_the_recording(
    qtbot,
    controller,
    main,
    section,  # noqa: F811
    backend,  # noqa: F811
    wait_idle,
):
    assert controller.settings.lock_on_screen_lock
    rec, _source = _record(qtbot, section, backend, [2.5])
    qtbot.wait(700)  # handed to the DB thread
    assert main.recording
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        controller.session_watch.leaving.emit(SCREEN)
    wait_idle()
    assert controller.main is None
    ((state, seconds),) = _stored_recordings(controller)
    assert state == "complete" and abs(seconds - 2.5) <= 0.2
