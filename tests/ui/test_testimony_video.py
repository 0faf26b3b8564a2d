"""The video panel in a testimony's recordings area (issue 15): hidden without a camera while
the audio recorder works, and, with generated frames standing in for a camera
(tests/video_frames.py), its recordings linked to the testimony and listed like audio ones."""

from __future__ import annotations

from PySide6.QtCore import Qt

# The recording tests' fixtures: a saved case's new testimony, the fake microphone in.
from tests.ui.test_recording_ui import _decoded, _record, _shown, backend, section  # noqa: F401
from tests.video_frames import GeneratedCamera


def test_without_a_camera_the_video_panel_is_hidden_and_audio_still_records(
    qtbot,
    controller,
    main,
    section,  # noqa: F811
    backend,  # noqa: F811
):
    audio = section.audio
    assert audio.video.parent() is audio and audio.video.cameras.count() == 0
    assert audio.video.isHidden() and not audio.video.isVisible()
    assert audio.recorder.isVisible()
    rec, _source = _record(qtbot, section, backend, [2.0])
    with qtbot.waitSignal(section.recorded, timeout=10_000) as got:
        qtbot.mouseClick(rec.stop_button, Qt.MouseButton.LeftButton)
    seconds, _ = _decoded(controller, got.args[0].uuid)
    assert abs(seconds - 2.0) <= 0.2
    assert audio.video.isHidden()


def test_a_video_recorded_in_the_testimony_is_linked_and_listed(
    qtbot,
    controller,
    main,
    section,  # noqa: F811
    wait_idle,  # noqa: F811
):
    editor = main.current_editor()
    video = section.audio.video
    camera = GeneratedCamera(video.session)  # the camera this machine does not have
    video.cameras.addItem("generated camera")
    video.record_button.setEnabled(True)
    video.show()
    testimony = section.current()
    qtbot.mouseClick(video.record_button, Qt.MouseButton.LeftButton)
    camera.start()
    assert section.audio.busy
    qtbot.waitUntil(lambda: video.elapsed.text() == "0:01", timeout=20_000)
    with qtbot.waitSignal(section.recorded, timeout=20_000) as got:
        qtbot.mouseClick(video.record_button, Qt.MouseButton.LeftButton)
        camera.stop()
    attachment = got.args[0]
    wait_idle()
    assert not section.audio.busy
    assert attachment.media_type.startswith("video/")
    assert attachment.uuid in testimony.attachment_uuids
    listed = [_shown(section.audio.list.itemText(i)) for i in range(section.audio.list.count())]
    assert listed == [_shown(section.audio.describe(attachment))]
    assert listed[0].startswith("00:01 · ")
    assert any(a.uuid == attachment.uuid for a in editor.attachments.records)
    # Saving the new testimony writes the link into the vault.
    section.original.setPlainText("(fictional) told on camera")
    editor.mark_dirty()
    editor.save()
    wait_idle()
    stored = controller.worker.call_blocking(lambda s: s.store.load_case(editor.case_uuid))
    (saved,) = stored.testimonies
    assert saved.attachment_uuids == [attachment.uuid]
