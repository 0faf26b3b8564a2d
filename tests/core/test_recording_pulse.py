"""Recording through the real Qt audio path: QAudioSource on the private PulseAudio server's
virtual microphone (tests/soundserver.py) → RecordingSink → the vault, in a child process
(tests/qt_record.py). What is stored decodes to what was fed, is not silent, matches its
SHA-256; pause and resume act on the real input; an input that is missing or goes away is
reported and nothing is left half-written."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from app.model import Case
from app.store import Store
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.soundserver import SoundServer, SoundServerUnavailable

ROOT = Path(__file__).resolve().parents[2]
# int16 RMS: the virtual microphone's speech and tone sit near 4000; silence is 0.
RMS_FLOOR = 500.0


def _vault_with_case(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "vault" / "rec.izdeu"
    with Vault.create(path, PASSPHRASE, params=FAST_KDF) as vault:
        case = Case(case_number="IZ-PULSE-1")
        Store(vault).save(case)
    return path, case.uuid


def _child(server: SoundServer, vault: Path, case_uuid: str, source: str, plan: str) -> subprocess.Popen[str]:
    env = {**os.environ, **server.env, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.qt_record", str(vault), case_uuid, "--source", source, "--plan", plan],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.flush()
    return proc


def _result(proc: subprocess.Popen[str]) -> tuple[int, dict[str, Any], str]:
    out, err = proc.communicate(timeout=90)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    assert lines, f"no result (exit {proc.returncode}): {err[-2000:]}"
    return proc.returncode, json.loads(lines[-1]), err


def _record(
    server: SoundServer, tmp_path: Path, plan: str, source: str = ""
) -> tuple[dict[str, Any], Path, str]:
    vault, case_uuid = _vault_with_case(tmp_path)
    code, result, err = _result(_child(server, vault, case_uuid, source or server.source, plan))
    assert code == 0, (result, err[-2000:])
    return result, vault, case_uuid


def _stored(vault: Path, case_uuid: str) -> tuple[Any, bytes, Store, Vault]:
    v = Vault.open(vault, PASSPHRASE, params=FAST_KDF)
    store = Store(v)
    attachments = store.load_case(case_uuid).attachments
    assert len(attachments) == 1
    return attachments[0], b"".join(store.attachment_chunks(attachments[0].uuid)), store, v


def _decode(data: bytes) -> tuple[float, float]:
    audio, rate = sf.read(io.BytesIO(data), dtype="int16")
    samples = audio.astype(np.float64)
    return len(audio) / rate, float(np.sqrt(np.mean(samples * samples)))


def test_three_seconds_from_a_real_input_are_in_the_vault(sound_server: SoundServer, tmp_path: Path) -> None:
    result, vault, case_uuid = _record(sound_server, tmp_path, "record:3")
    assert result["error"] == "" and result["qt_error"] == "NoError"
    attachment, data, store, v = _stored(vault, case_uuid)
    try:
        seconds, rms = _decode(data)
        # What QAudioSource delivered and was fed: 3 s, plus at most the last block (a loaded
        # machine hands over larger blocks).
        assert 3.0 <= result["fed_seconds"] < 3.5
        assert abs(seconds - result["fed_seconds"]) <= 0.2
        assert abs(attachment.duration_ms / 1000 - seconds) <= 0.2
        assert rms > RMS_FLOOR, f"the stored recording is silent (RMS {rms:.0f})"
        assert attachment.sha256 == hashlib.sha256(data).hexdigest() == result["sha256"]
        assert attachment.size == len(data)
        assert attachment.recording_state == "complete" and attachment.media_type == "audio/ogg; codecs=opus"
        assert attachment.recorded_with == "Izdeu-test-voice"  # the input, as Qt names it
        assert store.check().ok
    finally:
        v.close()


def test_pause_and_resume_on_a_real_input(sound_server: SoundServer, tmp_path: Path) -> None:
    """Suspended, the input delivers nothing; resumed, it goes on: the recording is the sum of
    the parts recorded, though more wall time passed."""
    result, vault, case_uuid = _record(sound_server, tmp_path, "record:1.5,pause:1.2,record:1.5")
    assert result["error"] == ""
    assert result["states"][-2:] == ["SuspendedState", "ActiveState"]
    assert result["paused_delivered"] == 0  # nothing captured while suspended
    attachment, data, _store, v = _stored(vault, case_uuid)
    try:
        seconds, rms = _decode(data)
        assert 3.0 <= result["fed_seconds"] < 3.6  # (with what was in flight at suspend())
        assert abs(seconds - result["fed_seconds"]) <= 0.2 and rms > RMS_FLOOR
        assert result["wall_s"] >= 3.0 + 1.0  # the pause was real time not recorded
        assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    finally:
        v.close()


def test_an_input_that_is_not_there_is_reported_and_nothing_is_written(
    sound_server: SoundServer, tmp_path: Path
) -> None:
    vault, case_uuid = _vault_with_case(tmp_path)
    code, result, _ = _result(_child(sound_server, vault, case_uuid, "izdeu_unplugged", "record:3"))
    assert code == 3 and result["error"] == "no such input"
    assert sound_server.source in result["inputs"]  # the server's inputs were listed
    with Vault.open(vault, PASSPHRASE, params=FAST_KDF) as v:
        assert Store(v).load_case(case_uuid).attachments == []


@pytest.mark.slow
def test_the_sound_server_going_away_keeps_what_was_recorded(tmp_path: Path) -> None:
    """Qt's PulseAudio input reports no error when the server dies: it only stops delivering.
    The recorder notices the silence of the input, finishes the recording with what it holds
    (nothing left 'recording'), and the next attempt finds no input at all."""
    server = SoundServer(tmp_path / "pulse")
    try:
        server.start()
    except SoundServerUnavailable as exc:
        server.stop()
        pytest.skip(f"no private PulseAudio server: {exc}")
    try:
        vault, case_uuid = _vault_with_case(tmp_path)
        proc = _child(server, vault, case_uuid, server.source, "record:30")
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "started"
        time.sleep(1.5)
        server.kill_server()
        code, result, err = _result(proc)
        assert code == 0, err[-2000:]
        assert result["error"] == "input: stalled"
        assert 0.5 < result["fed_seconds"] < 10
        with Vault.open(vault, PASSPHRASE, params=FAST_KDF) as v:
            store = Store(v)
            (attachment,) = store.load_case(case_uuid).attachments
            data = b"".join(store.attachment_chunks(attachment.uuid))
            seconds, _ = _decode(data)
            assert attachment.recording_state == "complete" and store.unfinished_recordings() == []
            assert abs(seconds - result["fed_seconds"]) <= 0.2
            assert attachment.sha256 == hashlib.sha256(data).hexdigest()
        # The server is gone: the input is not offered, nothing is started.
        again, case_again = _vault_with_case(tmp_path / "again")
        code, result, _ = _result(_child(server, again, case_again, server.source, "record:3"))
        assert code == 3 and result == {"error": "no such input", "inputs": []}
        with Vault.open(again, PASSPHRASE, params=FAST_KDF) as v:
            assert Store(v).load_case(case_again).attachments == []
    finally:
        server.stop()
