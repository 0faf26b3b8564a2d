"""The recorder panel on the real Qt audio path: QAudioSource from the private PulseAudio server
(tests/soundserver.py), not the fake backend.

Qt's audio backend connects to a sound server once per process, when it is first used; a
process whose Qt audio was first used without this server cannot see it afterwards. The test
then runs itself in a fresh pytest child, with nothing else in it.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import soundfile as sf
from PySide6.QtCore import Qt

from tests.soundserver import SoundServer
from ui.media.audio_input import QtAudioBackend
from ui.media.recorder import IDLE, RECORDING

TOLERANCE = 0.2
CHILD = "IZDEU_REAL_AUDIO_CHILD"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pulse_env(sound_server: SoundServer, monkeypatch: pytest.MonkeyPatch) -> SoundServer:
    """Set before ``main`` exists: the panels it builds start Qt's audio backend."""
    for key, value in sound_server.env.items():
        monkeypatch.setenv(key, value)
    return sound_server


def _in_child(test: str) -> None:
    env = {**os.environ, CHILD: "1"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            f"{__file__}::{test}",
            "-x",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0 and "1 passed" in proc.stdout, proc.stdout[-3000:] + proc.stderr[-2000:]


def test_three_seconds_through_the_real_qt_input_are_in_the_vault(qtbot, request, pulse_env, controller):
    inputs = [d.id for d in QtAudioBackend().inputs()]
    if pulse_env.source not in inputs:
        assert not os.environ.get(CHILD), f"the server's input is not listed: {inputs}"
        _in_child(
            "test_three_seconds_through_the_real_qt_input_are_in_the_vault"
        )  # this process's Qt audio was started before the server
        return
    main = request.getfixturevalue("main")
    wait_idle = request.getfixturevalue("wait_idle")
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    main.new_testimony_action.trigger()
    section = main.current_editor().testimonies
    rec = section.audio.recorder
    rec.set_backend(QtAudioBackend())
    wait_idle()
    index = rec.device.findData(pulse_env.source)
    assert index >= 0, [rec.device.itemData(i) for i in range(rec.device.count())]
    rec.device.setCurrentIndex(index)
    qtbot.mouseClick(rec.record_button, Qt.MouseButton.LeftButton)
    assert rec.state == RECORDING, rec.message.text()
    qtbot.waitUntil(lambda: rec.seconds >= 3.0, timeout=15_000)
    assert rec.level.value() > 3  # the meter shows the server's speech and tone
    with qtbot.waitSignal(section.recorded, timeout=10_000) as got:
        qtbot.mouseClick(rec.stop_button, Qt.MouseButton.LeftButton)
    attachment = got.args[0]
    recorded = rec.seconds
    wait_idle()
    assert rec.state == IDLE and not rec.message.isVisible()
    data = b"".join(
        controller.worker.call_blocking(lambda s: list(s.store.attachment_chunks(attachment.uuid)))
    )
    audio, rate = sf.read(io.BytesIO(data), dtype="int16")
    assert abs(len(audio) / rate - recorded) <= TOLERANCE
    assert 3.0 <= len(audio) / rate <= 3.0 + 1.0
    assert abs(attachment.duration_ms / 1000 - len(audio) / rate) <= TOLERANCE
    assert attachment.recording_state == "complete"
    assert abs(audio.astype("int32")).max() > 1000  # the speech and tone, not silence
    assert attachment.uuid in section.current().attachment_uuids
