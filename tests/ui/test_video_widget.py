"""The "Record video" panel as a person sees it: hidden without a camera, a clear line when the
camera is refused, and Record → elapsed time → Stop → saved in the vault, with generated frames
standing in for the camera (tests/video_frames.py) through the panel's own capture session."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QCameraDevice

from app.model import Attachment, Case, Testimony
from app.store import Store
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.test_video_recording import decoded
from tests.video_frames import GeneratedCamera
from ui.media.video_widget import VideoRecorderWidget, elapsed_text
from ui.worker import DbWorker


@pytest.fixture
def opened(qtbot, tmp_path: Path):
    path = tmp_path / "video.izdeu"
    with Vault.create(path, PASSPHRASE, params=FAST_KDF) as vault:
        store = Store(vault)
        case = Case(case_number="IZ-VID-W")
        store.save(case)
        testimony = Testimony(case_uuid=case.uuid, original_text="(fictional statement)")
        store.save(testimony)
    worker = DbWorker()
    with qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda busy: not busy, timeout=20_000):
        worker.open_vault(path, PASSPHRASE, create=False)
    yield worker, path, case, testimony
    worker.shutdown()


def test_without_a_camera_the_panel_is_hidden_and_says_why(qtbot, opened) -> None:
    worker, _path, case, _t = opened
    panel = VideoRecorderWidget(worker, case.uuid)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert not panel.available
    assert panel.isHidden()
    assert not panel.record_button.isEnabled()
    assert "No camera" in panel.message.text()


def test_a_refused_camera_gets_one_clear_line_and_no_record_button(qtbot, opened, monkeypatch) -> None:
    worker, _path, case, _t = opened
    panel = VideoRecorderWidget(worker, case.uuid)
    qtbot.addWidget(panel)
    monkeypatch.setattr(QGuiApplication, "checkPermission", lambda _app, _p: Qt.PermissionStatus.Denied)
    panel._set_camera(QCameraDevice())
    assert panel.camera is None
    assert not panel.record_button.isEnabled()
    assert "may not use the camera" in panel.message.text()


def test_record_then_stop_saves_the_video_in_the_vault_linked_to_the_testimony(qtbot, opened) -> None:
    worker, path, case, testimony = opened
    panel = VideoRecorderWidget(worker, case.uuid, testimony.uuid)
    qtbot.addWidget(panel)
    camera = GeneratedCamera(panel.session)  # the camera this machine does not have
    panel.cameras.addItem("generated camera")
    panel.record_button.setEnabled(True)
    panel.show()
    previewed: list[object] = []
    panel.preview.videoSink().videoFrameChanged.connect(previewed.append)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    camera.start()
    assert panel.record_button.text() == "Stop" and not panel.cameras.isEnabled()
    qtbot.waitUntil(lambda: panel.elapsed.text() == "0:02", timeout=20_000)
    with qtbot.waitSignal(panel.recorded, timeout=20_000) as recorded:
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
        camera.stop()
    attachment = recorded.args[0]
    first_seconds = camera.seconds
    assert len(previewed) >= 25  # the preview showed the picture being recorded
    assert panel.message.text() == "The recording is saved in the vault."
    assert panel.record_button.text() == "Record video" and panel.record_button.isEnabled()
    # A second recording with the same panel (and its one recorder) is a second attachment.
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    camera.start()
    qtbot.waitUntil(lambda: panel.elapsed.text() == "0:01", timeout=20_000)
    with qtbot.waitSignal(panel.recorded, timeout=20_000) as again:
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    camera.stop()
    assert again.args[0].uuid != attachment.uuid
    worker.shutdown()
    with Vault.open(path, PASSPHRASE, params=FAST_KDF) as vault:
        store = Store(vault)
        data = b"".join(store.attachment_chunks(attachment.uuid))
        stored = store.get("attachment", attachment.uuid)
        linked = store.get("testimony", testimony.uuid)
    assert {attachment.uuid, again.args[0].uuid} <= set(linked.attachment_uuids)
    assert stored.recorded_with == "generated camera" and stored.sha256 == hashlib.sha256(data).hexdigest()
    video_s, _frames, _audio_s = decoded(data)
    assert abs(video_s - first_seconds) <= 0.3


def test_elapsed_time_reads_as_a_clock() -> None:
    assert [elapsed_text(ms) for ms in (0, 999, 61_000, 3_725_000)] == ["0:00", "0:00", "1:01", "1:02:05"]


def test_a_full_disk_stops_the_recording_with_one_line_and_keeps_the_part_recorded(
    qtbot, opened, monkeypatch
) -> None:
    from app.errors import StorageError

    worker, path, case, _t = opened
    panel = VideoRecorderWidget(worker, case.uuid)
    qtbot.addWidget(panel)
    camera = GeneratedCamera(panel.session)
    panel.cameras.addItem("generated camera")
    panel.record_button.setEnabled(True)
    panel.show()
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    camera.start()
    assert panel.recording is not None and panel.recording.output is not None
    with qtbot.waitSignal(panel.recording.output.committed, timeout=20_000):
        pass

    def full(*args: object) -> None:
        raise StorageError("vault.disk_full")

    monkeypatch.setattr(Store, "append_recording_chunk", full)
    qtbot.waitUntil(lambda: "kept in the vault" in panel.message.text(), timeout=20_000)
    camera.stop()
    qtbot.waitUntil(lambda: panel.record_button.text() == "Record video", timeout=20_000)
    assert "\n" not in panel.message.text() and "Traceback" not in panel.message.text()
    monkeypatch.undo()
    worker.shutdown()
    with Vault.open(path, PASSPHRASE, params=FAST_KDF) as vault:
        store = Store(vault)
        assert store.unfinished_recordings() == []
        (attachment,) = store.children_of(case.uuid, Attachment)
        assert attachment.recording_state == "recovered"
        held = b"".join(store.attachment_chunks(attachment.uuid))
    assert attachment.sha256 == hashlib.sha256(held).hexdigest()
    assert decoded(held)[0] >= 0.5


def test_an_undetermined_permission_is_asked_for_and_the_camera_set_once_answered(
    qtbot, opened, monkeypatch
) -> None:
    worker, _path, case, _t = opened
    panel = VideoRecorderWidget(worker, case.uuid)
    qtbot.addWidget(panel)
    answers = iter([Qt.PermissionStatus.Undetermined, Qt.PermissionStatus.Granted])
    monkeypatch.setattr(QGuiApplication, "checkPermission", lambda _app, _p: next(answers))
    panel._set_camera(QCameraDevice())
    assert panel.camera is None  # waiting for the answer
    # Qt's own requestPermission answers (Linux always allows) and the camera is set then.
    qtbot.waitUntil(lambda: panel.camera is not None, timeout=5_000)
    assert panel.session.camera() is panel.camera


def test_the_camera_starts_only_when_the_person_turns_it_on(qtbot, opened, monkeypatch) -> None:
    # A testimony on screen must never switch the camera (and its light) on by itself.
    from PySide6.QtMultimedia import QCamera

    calls: list[str] = []
    monkeypatch.setattr(QGuiApplication, "checkPermission", lambda _app, _p: Qt.PermissionStatus.Granted)
    monkeypatch.setattr(QCamera, "start", lambda _self: calls.append("start"))
    monkeypatch.setattr(QCamera, "stop", lambda _self: calls.append("stop"))
    worker, _path, case, _t = opened
    panel = VideoRecorderWidget(worker, case.uuid)
    qtbot.addWidget(panel)
    panel.show()
    panel._set_camera(QCameraDevice())
    assert panel.camera is not None and "start" not in calls
    assert not panel.record_button.isEnabled() and panel.preview.isHidden()
    panel.camera_button.click()
    assert calls[-1] == "start" and panel.record_button.isEnabled() and not panel.preview.isHidden()
    panel.camera_button.click()
    assert calls[-1] == "stop" and not panel.record_button.isEnabled()
    panel.camera_button.click()
    panel.hide()  # leaving the testimony turns it off, and it stays off when coming back
    assert calls[-1] == "stop" and not panel.camera_on
    panel.show()
    assert calls[-1] == "stop"
