"""Recording a testimony in the windows and playing it back from memory (issue 15).

The microphone is tests/ui/media_fakes.py's FakeBackend: generated PCM through the same
push-mode interface a QAudioSource has, so no sound card is needed.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtMultimedia import QMediaPlayer, QtAudio

from app.errors import StorageError
from app.media.tone import tone_pcm
from tests.ui.media_fakes import RATE, FakeBackend
from ui.media.vault_device import VaultDevice

TOLERANCE = 0.2


def _shown(text: str) -> str:
    """A list's text without the bidi isolates that keep it readable right to left."""
    return text.translate({0x2066: None, 0x2068: None, 0x2069: None})


def _store_call(controller, fn):
    return controller.worker.call_blocking(lambda s: fn(s.store))


def _decoded(controller, uuid: str) -> tuple[float, bytes]:
    data = b"".join(_store_call(controller, lambda st: list(st.attachment_chunks(uuid))))
    audio, rate = sf.read(io.BytesIO(data), dtype="int16")
    return len(audio) / rate, data


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def section(qtbot, main, wait_idle, backend):
    """A saved case's testimony editor with a new testimony selected, the fake microphone in."""
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    editor = main.current_editor()
    main.new_testimony_action.trigger()
    section = editor.testimonies
    section.audio.recorder.set_backend(backend)
    wait_idle()
    return section


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _record(qtbot, section, backend, parts: list[float]):
    """Record ``parts`` seconds with pauses in between (during which sound is fed too)."""
    rec = section.audio.recorder
    _click(qtbot, rec.record_button)
    source = backend.sources[-1]
    for i, seconds in enumerate(parts):
        if i:
            _click(qtbot, rec.pause_button)
            source.feed(1.0)  # while paused: not recorded
            assert rec.record_button.text() == rec.tr("● Resume")
            _click(qtbot, rec.record_button)
        source.feed(seconds)
        qtbot.wait(20)
    return rec, source


def test_record_pause_resume_stop_is_in_the_vault_linked_and_listed(
    qtbot, controller, main, section, backend, wait_idle
):
    editor = main.current_editor()
    rec = section.audio.recorder
    assert rec.device.currentText() == "Fictional microphone"
    _click(qtbot, rec.record_button)
    source = backend.sources[-1]
    source.feed(2.0, loudness=0.2)
    quiet = rec.level.value()
    source.feed(1.0)
    loud = rec.level.value()
    assert 0 < quiet < loud  # the meter follows the peak of the blocks (0.06 and 0.3 of full)
    assert abs(loud - 30) <= 2
    assert rec.elapsed.text() == "00:03"
    _click(qtbot, rec.pause_button)
    assert rec.level.value() == 0
    source.feed(1.5)
    assert rec.elapsed.text() == "00:03"  # paused: the clock and the recording stand still
    _click(qtbot, rec.record_button)
    source.feed(2.5)
    with qtbot.waitSignal(section.recorded, timeout=10_000) as got:
        _click(qtbot, rec.stop_button)
    attachment = got.args[0]
    wait_idle()
    seconds, data = _decoded(controller, attachment.uuid)
    assert abs(seconds - 5.5) <= TOLERANCE
    assert abs(attachment.duration_ms / 1000 - seconds) <= TOLERANCE
    assert attachment.recording_state == "complete" and attachment.recorded_with == "Fictional microphone"
    # Linked to the testimony in the form, listed with its length, and among the case's files.
    testimony = section.current()
    assert attachment.uuid in testimony.attachment_uuids
    assert section.audio.list.count() == 1
    assert _shown(section.audio.list.itemText(0)) == f"00:05 · {attachment.original_name}"
    files = [_shown(section.files.item(r).text()) for r in range(section.files.count())]
    assert files == [f"00:05 · {attachment.original_name}"]
    assert section.files.item(0).checkState() == Qt.CheckState.Checked
    assert any(a.uuid == attachment.uuid for a in editor.attachments.records)
    # Saving the testimony keeps the link in the vault.
    section.original.setPlainText("(fictional) told and recorded")
    editor.mark_dirty()
    editor.save()
    wait_idle()
    stored = _store_call(controller, lambda st: st.load_case(editor.case_uuid))
    (saved,) = stored.testimonies
    assert saved.attachment_uuids == [attachment.uuid]
    assert [a.uuid for a in stored.attachments] == [attachment.uuid]


def test_the_chosen_microphone_is_remembered_in_the_vault(qtbot, controller, section, wait_idle):
    rec = section.audio.recorder
    rec.set_backend(FakeBackend(("First fictional input", "Second fictional input")))
    wait_idle()
    rec.device.setCurrentIndex(1)
    rec.device.activated.emit(1)
    wait_idle()
    assert _store_call(controller, lambda st: st.audio_input()) == "fake-1"
    rec.set_backend(FakeBackend(("First fictional input", "Second fictional input")))
    wait_idle()
    assert rec.device.currentText() == "Second fictional input"


def test_no_microphone_says_so_and_cannot_record(qtbot, section, wait_idle):
    rec = section.audio.recorder
    rec.set_backend(FakeBackend(names=()))
    wait_idle()
    assert not rec.record_button.isEnabled()
    assert rec.message.isVisibleTo(rec)
    assert rec.message.text() == rec.tr("No microphone was found. Connect one and open this case again.")


def test_access_denied_says_so_and_stores_nothing(qtbot, controller, main, section, wait_idle):
    rec = section.audio.recorder
    rec.set_backend(FakeBackend(fail=QtAudio.Error.OpenError))
    _click(qtbot, rec.record_button)
    wait_idle()
    assert "access to it was denied" in rec.message.text()
    assert rec.record_button.isEnabled() and not rec.stop_button.isEnabled()
    case = _store_call(controller, lambda st: st.load_case(main.current_editor().case_uuid))
    assert case.attachments == []


def test_a_microphone_lost_while_recording_keeps_the_part_recorded(qtbot, controller, section, backend):
    rec, source = _record(qtbot, section, backend, [3.0])
    with qtbot.waitSignal(section.recorded, timeout=10_000) as got:
        source.lose()
    assert "stopped sending sound" in rec.message.text() and "kept" in rec.message.text()
    seconds, _ = _decoded(controller, got.args[0].uuid)
    assert abs(seconds - 3.0) <= TOLERANCE


def test_an_input_that_stops_delivering_is_ended_by_the_watchdog(qtbot, controller, section, backend):
    """A dead sound server makes Qt report nothing: the input just falls silent. No sound for
    ``stall_s`` while recording ends the recording, the part kept, with the lost-microphone line;
    a pause is no silence of the input."""
    rec = section.audio.recorder
    rec.stall_s = 0.8
    rec, source = _record(qtbot, section, backend, [2.0])
    _click(qtbot, rec.pause_button)
    qtbot.wait(1500)  # paused longer than stall_s: still paused, not ended
    assert rec.pause_button.isEnabled() is False and rec.stop_button.isEnabled()
    assert rec.record_button.text() == rec.tr("● Resume")
    _click(qtbot, rec.record_button)
    source.feed(1.0)
    assert source.state() == QtAudio.State.ActiveState and source.error() == QtAudio.Error.NoError
    started = time.monotonic()
    with qtbot.waitSignal(section.recorded, timeout=10_000) as got:
        pass  # nothing more is delivered, and nothing reports it
    assert time.monotonic() - started >= 0.7
    assert "stopped sending sound" in rec.message.text() and "kept" in rec.message.text()
    assert source.state() == QtAudio.State.StoppedState  # the input was closed
    seconds, _ = _decoded(controller, got.args[0].uuid)
    assert abs(seconds - 3.0) <= TOLERANCE
    assert got.args[0].recording_state == "complete"


def test_vault_write_failure_shows_the_message_and_keeps_the_part(
    qtbot, controller, section, backend, wait_idle
):
    rec, source = _record(qtbot, section, backend, [4.5])
    qtbot.wait(700)  # handed to the DB thread every half second
    wait_idle()  # 4.5 s fed: two pieces of two seconds are committed
    kept = _store_call(controller, lambda st: st.attachment_chunk_index(rec._take.sink.uuid))
    assert kept

    def full(*_args: object) -> None:
        raise StorageError("vault.disk_full")

    controller.worker.call_blocking(lambda s: setattr(s.store, "append_recording_chunk", full))
    try:
        with qtbot.waitSignal(section.recorded, timeout=10_000) as got:
            source.feed(3.0)
    finally:
        controller.worker.call_blocking(lambda s: vars(s.store).pop("append_recording_chunk"))
    attachment = got.args[0]
    # One line, translated, saying the part already recorded is kept; recording has stopped.
    assert rec.message.text().count("\n") == 0
    assert "disk is full" in rec.message.text() and "kept in the vault" in rec.message.text()
    assert not rec.stop_button.isEnabled() and rec.record_button.isEnabled()
    assert attachment.recording_state == "recovered"
    assert _store_call(controller, lambda st: st.attachment_chunk_index(attachment.uuid)) == kept
    seconds, _ = _decoded(controller, attachment.uuid)
    assert 3.5 <= seconds <= 4.6
    assert abs(attachment.duration_ms / 1000 - seconds) <= TOLERANCE
    assert section.audio.list.count() == 1


def test_the_player_plays_a_recording_from_memory_and_marks_the_time(
    qtbot, controller, section, backend, wait_idle
):
    _record(qtbot, section, backend, [4.0])
    with qtbot.waitSignal(section.recorded, timeout=10_000):
        _click(qtbot, section.audio.recorder.stop_button)
    player = section.audio.player
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10_000)
    assert abs(player.player.duration() / 1000 - 4.0) <= TOLERANCE
    # From the vault's chunks; the URL is only a made-up hint, never a file's name or path.
    assert isinstance(player.player.sourceDevice(), VaultDevice)
    assert player.player.source().toString() == "attachment.ogg"
    assert player.slider.maximum() == player.player.duration()
    player.speed.setCurrentIndex(player.speed.findData(1.5))
    assert player.player.playbackRate() == 1.5
    _click(qtbot, player.play_button)
    qtbot.waitUntil(lambda: player.player.position() > 600, timeout=10_000)
    assert player.time.text().endswith("/ 00:04")
    _click(qtbot, player.play_button)  # pause
    qtbot.waitUntil(lambda: player.player.playbackState() == QMediaPlayer.PlaybackState.PausedState)
    # The mark goes where the cursor is in the testimony's text.
    section.original.setPlainText("She said: and then they left.")
    cursor = section.original.textCursor()
    cursor.setPosition(len("She said: "))
    section.original.setTextCursor(cursor)
    player.player.setPosition(2500)
    qtbot.waitUntil(lambda: player.player.position() >= 2500)
    _click(qtbot, player.mark_button)
    assert section.original.toPlainText() == "She said: [00:02] and then they left."
    section.original.moveCursor(QTextCursor.MoveOperation.End)
    player.close_source()


def _tone_file(path: Path, fmt: str, seconds: float) -> Path:
    t = np.arange(round(seconds * RATE)) / RATE
    sf.write(path, (0.3 * np.sin(2 * np.pi * 330 * t)).astype("float32"), RATE, format=fmt)
    return path


@pytest.mark.parametrize(("name", "fmt"), [("разговор.ogg", "OGG"), ("сөйлесу.mp3", "MP3")])
def test_imported_audio_is_offered_play_and_plays(qtbot, main, dialogs, tmp_path, wait_idle, name, fmt):
    # m4a, mp4 and Matroska video (AAC, H.264, written by PyAV): tests/ui/test_imported_media.py.
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    section = main.current_editor().attachments
    main.current_editor().sections.setCurrentWidget(section)
    dialogs.queue_answer(_tone_file(tmp_path / name, fmt, 3.0))
    section.choose_files()
    qtbot.waitUntil(lambda: section.list.count() == 1)
    wait_idle()
    section.list.setCurrentRow(0)
    assert section.view_button.text() == section.tr("▶ Play")
    with qtbot.waitSignal(section.viewer_opened) as opened:
        _click(qtbot, section.view_button)
    dialog = opened.args[0]
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.player.duration() > 0, timeout=10_000)
    assert abs(panel.player.duration() / 1000 - 3.0) <= TOLERANCE
    qtbot.waitUntil(lambda: panel.player.position() > 300, timeout=10_000)
    assert not panel.mark_button.isVisible()
    dialog.close()


def _recent_files(roots: list[Path], since: float) -> list[Path]:
    found = []
    for root in roots:
        for dirpath, _dirs, names in os.walk(root, onerror=lambda e: None):
            for entry in names:
                path = Path(dirpath) / entry
                try:
                    st = path.lstat()
                except OSError:
                    continue
                if (
                    path.is_file()
                    and not path.is_symlink()
                    and st.st_mtime >= since
                    and st.st_size < 64 << 20
                ):
                    found.append(path)
    return found


def test_canary_nothing_of_a_recording_is_in_a_file_outside_the_vault(
    qtbot, controller, paths, section, backend, tmp_path, wait_idle
):
    started = time.time() - 1
    rec, source = _record(qtbot, section, backend, [3.0, 2.0])
    with qtbot.waitSignal(section.recorded, timeout=10_000) as got:
        _click(qtbot, rec.stop_button)
    player = section.audio.player
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10_000)
    _click(qtbot, player.play_button)
    qtbot.waitUntil(lambda: player.player.position() > 300, timeout=10_000)
    player.close_source()
    wait_idle()
    _, encoded = _decoded(controller, got.args[0].uuid)

    needles = [
        encoded[:58],
        encoded[len(encoded) // 2 : len(encoded) // 2 + 48],
        tone_pcm(0.1, RATE, start=48000),
    ]
    roots = [tmp_path, Path(tempfile.gettempdir())]
    for variable in ("XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        if os.environ.get(variable):
            roots.append(Path(os.environ[variable]))
    roots.append(Path.home() / ".cache")
    vault_file = paths.default_vault.resolve()
    suspects = [p for p in _recent_files(roots, started) if p.resolve() != vault_file]
    leaked = []
    for path in suspects:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(n in data for n in needles):
            leaked.append(str(path))
    assert leaked == []


def test_recording_in_the_interview_is_linked_to_its_testimony(qtbot, controller, main, wait_idle, backend):
    main.interview_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().interview is not None)
    wait_idle()
    editor, flow = main.current_editor(), main.current_editor().interview
    flow.go(3)
    words = flow.words
    words.audio.recorder.set_backend(backend)
    wait_idle()
    _click(qtbot, words.audio.recorder.record_button)
    backend.sources[-1].feed(2.0)
    with qtbot.waitSignal(words.audio.recorded, timeout=10_000) as got:
        _click(qtbot, words.audio.recorder.stop_button)
    attachment = got.args[0]
    assert words.audio.list.count() == 1 and _shown(words.audio.list.itemText(0)).startswith("00:02 · ")
    flow.next()  # leaving the step saves it: the testimony exists now, with its recording
    wait_idle()
    case = _store_call(controller, lambda st: st.load_case(editor.case_uuid))
    (testimony,) = case.testimonies
    assert testimony.attachment_uuids == [attachment.uuid]
    assert abs(_decoded(controller, attachment.uuid)[0] - 2.0) <= TOLERANCE
    flow.back()
    assert words.audio.list.count() == 1


def test_closing_the_case_while_recording_finishes_the_recording(
    qtbot, controller, main, section, backend, wait_idle
):
    editor = main.current_editor()
    rec, _source = _record(qtbot, section, backend, [3.0])
    qtbot.wait(700)
    uuid = rec._take.sink.uuid
    main.close_tab(main.tabs.indexOf(editor))
    qtbot.waitUntil(
        lambda: _store_call(controller, lambda st: st.unfinished_recordings()) == [], timeout=10_000
    )
    wait_idle()
    case = _store_call(controller, lambda st: st.load_case(editor.case_uuid))
    (attachment,) = case.attachments
    assert attachment.uuid == uuid and attachment.recording_state == "complete"
    assert abs(_decoded(controller, uuid)[0] - 3.0) <= TOLERANCE


def test_a_recording_belongs_to_the_testimony_it_was_started_for(
    qtbot, controller, main, section, backend, wait_idle
):
    first = section.current()
    rec, source = _record(qtbot, section, backend, [2.0])
    main.new_testimony_action.trigger()  # another testimony selected while recording
    second = section.current()
    assert second is not first
    with qtbot.waitSignal(section.recorded, timeout=10_000) as got:
        _click(qtbot, rec.stop_button)
    uuid = got.args[0].uuid
    assert first.attachment_uuids == [uuid] and second.attachment_uuids == []
    assert section.audio.list.count() == 0  # the second testimony has none
    section.list.setCurrentRow(0)
    assert section.current() is first and section.audio.list.count() == 1
