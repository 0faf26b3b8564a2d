"""Video testimony recorded through the real QMediaRecorder path into the vault: generated frames
and a tone (tests/video_frames.py) → QMediaRecorder → the pipe (ui/media/video_output.py) → the
DB thread → attachment chunks. Decoded back with PyAV, an FFmpeg independent of Qt's."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import av
import pytest
from PySide6.QtMultimedia import QMediaCaptureSession

from app.media.matroska import block_span_seconds
from app.model import Case
from app.store import Store
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.video_frames import FPS, GeneratedCamera
from ui.media.video_recording import VideoRecording
from ui.worker import DbWorker


def decoded(data: bytes) -> tuple[float, int, float]:
    """(video seconds, video frames, audio seconds) as FFmpeg decodes them."""
    with av.open(io.BytesIO(data)) as container:
        stamps = []
        samples = 0
        rate = 1
        for frame in container.decode(container.streams.video[0], container.streams.audio[0]):
            if isinstance(frame, av.VideoFrame):
                stamps.append(float(frame.time))
            else:
                samples += frame.samples
                rate = frame.sample_rate
    return (max(stamps) - min(stamps) + 1 / FPS if stamps else 0.0), len(stamps), samples / rate


def record(qtbot, worker: DbWorker, case_uuid: str, seconds: float) -> tuple[object, GeneratedCamera]:
    session = QMediaCaptureSession()
    camera = GeneratedCamera(session)
    recording = VideoRecording(session, worker, case_uuid, device_name="generated camera")
    failures: list[object] = []
    recording.failed.connect(failures.append)
    recording.start()
    camera.start()
    qtbot.waitUntil(lambda: camera.seconds >= seconds, timeout=int(seconds * 1000) + 20_000)
    with qtbot.waitSignal(recording.finished, timeout=20_000) as finished:
        camera.stop()
        recording.stop()
    assert failures == []
    return finished.args[0], camera


@pytest.fixture
def opened(qtbot, tmp_path: Path):
    path = tmp_path / "video.izdeu"
    with Vault.create(path, PASSPHRASE, params=FAST_KDF) as vault:
        case = Case(case_number="IZ-VID-1")
        Store(vault).save(case)
    worker = DbWorker()
    with qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda busy: not busy, timeout=20_000):
        worker.open_vault(path, PASSPHRASE, create=False)
    yield worker, path, case
    worker.shutdown()


def test_three_seconds_of_video_are_in_the_vault_and_decode_to_their_length(qtbot, opened) -> None:
    worker, path, case = opened
    attachment, camera = record(qtbot, worker, case.uuid, 3.0)
    worker.shutdown()
    with Vault.open(path, PASSPHRASE, params=FAST_KDF) as vault:
        store = Store(vault)
        data = b"".join(store.attachment_chunks(attachment.uuid))
        stored = store.get("attachment", attachment.uuid)
        assert len(store.attachment_chunk_index(attachment.uuid)) >= 2  # committed as it came
    assert stored.recording_state == "complete" and stored.media_type == "video/x-matroska"
    assert stored.recorded_with == "generated camera"
    assert stored.sha256 == hashlib.sha256(data).hexdigest() and stored.size == len(data)
    video_s, frames, audio_s = decoded(data)
    assert abs(video_s - camera.seconds) <= 0.3, (video_s, camera.seconds)
    assert abs(audio_s - camera.seconds) <= 0.3, (audio_s, camera.seconds)
    assert frames >= (camera.seconds - 0.3) * FPS
    assert abs(stored.duration_ms / 1000 - video_s) <= 0.3
    # The span the crash recovery measures is that of what FFmpeg decodes.
    assert abs(block_span_seconds(io.BytesIO(data)) - video_s) <= 0.3
