"""Imported phone files — m4a (AAC), mp4 (H.264 + AAC) and the video recorder's Matroska — play
from the attachments list the way an imported ogg or mp3 does: from the vault's chunks through
ui/media/vault_device.py, never a temporary file (issue 15). The files are written by PyAV
(tests/media_files.py) with a known length and a picture of one known colour.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaFormat, QMediaPlayer, QVideoFrame

from tests.media_files import COLOUR, probed_seconds, write_media
from tests.ui.test_recording_ui import TOLERANCE, _recent_files
from ui.media.vault_device import VaultDevice

pytest.importorskip("av", reason="PyAV (the test extras) writes the AAC/H.264 files")

SECONDS = 3.0


def _qt_decodes_mp4() -> bool:
    fmt = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
    decodes = QMediaFormat.ConversionMode.Decode
    return fmt.isSupported(decodes) and QMediaFormat.AudioCodec.AAC in fmt.supportedAudioCodecs(decodes)


@pytest.fixture
def qt_ffmpeg(qapp) -> None:
    if not _qt_decodes_mp4():
        pytest.skip("Qt's FFmpeg media backend is missing: nothing decodes MPEG-4/AAC here")


def _opened(qtbot, main, dialogs, wait_idle, source: Path):
    """Import ``source`` with the attachments section's file dialog, then ▶ Play it."""
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    section = main.current_editor().attachments
    main.current_editor().sections.setCurrentWidget(section)
    dialogs.queue_answer(source)
    section.choose_files()
    qtbot.waitUntil(lambda: section.list.count() == 1, timeout=10_000)
    wait_idle()
    section.list.setCurrentRow(0)
    assert section.view_button.text() == section.tr("▶ Play")
    assert section.view_button.isEnabled()
    with qtbot.waitSignal(section.viewer_opened) as opened:
        qtbot.mouseClick(section.view_button, Qt.MouseButton.LeftButton)
    return opened.args[0]


def _centre_colour(frame: QVideoFrame) -> tuple[int, int, int]:
    image = frame.toImage()
    pixel = image.pixelColor(image.width() // 2, image.height() * 3 // 4)
    return pixel.red(), pixel.green(), pixel.blue()


def _plays_and_seeks(qtbot, panel, expected_seconds: float) -> None:
    player = panel.player
    qtbot.waitUntil(lambda: player.duration() > 0, timeout=15_000)
    assert abs(player.duration() / 1000 - expected_seconds) <= TOLERANCE
    assert panel.slider.maximum() == player.duration()
    assert player.error() == QMediaPlayer.Error.NoError, player.errorString()
    assert isinstance(player.sourceDevice(), VaultDevice)
    # Playing: the position moves on its own.
    qtbot.waitUntil(lambda: player.position() > 300, timeout=15_000)
    assert player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    # Seeking, paused: the position goes where it was sent and stays there.
    player.pause()
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PausedState)
    player.setPosition(2000)
    qtbot.waitUntil(lambda: abs(player.position() - 2000) <= 100, timeout=10_000)
    qtbot.wait(200)
    assert abs(player.position() - 2000) <= 100
    assert panel.time.text() == "00:02 / 00:03"
    player.play()
    qtbot.waitUntil(lambda: player.position() > 2200, timeout=10_000)


@pytest.mark.parametrize(
    ("name", "kind", "channels", "rate", "media_type", "hint"),
    [
        ("сөйлесу.m4a", "m4a", 1, 48000, "audio/mp4", "attachment.m4a"),
        ("разговор.m4a", "m4a", 2, 44100, "audio/mp4", "attachment.m4a"),  # stereo, CD rate
        ("видео.mp4", "mp4", 1, 48000, "video/mp4", "attachment.mp4"),
        ("жазба.mkv", "mkv", 1, 48000, "video/x-matroska", "attachment.mkv"),
    ],
)
def test_an_imported_phone_file_plays_seeks_and_shows_its_picture(
    qtbot, qt_ffmpeg, main, dialogs, tmp_path, wait_idle, name, kind, channels, rate, media_type, hint
):
    source = write_media(tmp_path / name, kind, SECONDS, rate=rate, channels=channels)
    written = probed_seconds(source)
    assert abs(written - SECONDS) <= 0.05
    dialog = _opened(qtbot, main, dialogs, wait_idle, source)
    panel = dialog.panel
    assert panel.attachment.media_type == media_type
    video = kind != "m4a"
    frames: list[QVideoFrame] = []
    panel.video.videoSink().videoFrameChanged.connect(lambda f: frames.append(QVideoFrame(f)))
    _plays_and_seeks(qtbot, panel, written)
    assert panel.player.source().toString() == hint  # a made-up name, never the file's
    assert panel.player.hasVideo() is video
    assert panel.video.isVisible() is video  # hidden for sound only: the dialog stays small
    if video:
        qtbot.waitUntil(lambda: len(frames) > 10, timeout=10_000)
        shown = panel.video.videoSink().videoFrame()
        assert (shown.width(), shown.height()) == (320, 240)
        red, green, blue = _centre_colour(shown)
        assert max(abs(red - COLOUR[0]), abs(green - COLOUR[1]), abs(blue - COLOUR[2])) <= 20
        assert panel.video.height() >= 200
    else:
        assert frames == []
        assert dialog.height() < 300
    dialog.close()
    qtbot.waitUntil(lambda: panel.player.sourceDevice() is None)


def test_canary_nothing_of_an_imported_video_is_in_a_file_outside_the_vault(
    qtbot, qt_ffmpeg, main, dialogs, paths, tmp_path, wait_idle
):
    started = time.time() - 1
    source = write_media(tmp_path / "видео.mp4", "mp4", SECONDS, seed=7)
    data = source.read_bytes()
    dialog = _opened(qtbot, main, dialogs, wait_idle, source)
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.player.duration() > 0, timeout=15_000)
    qtbot.waitUntil(lambda: panel.player.position() > 1000, timeout=15_000)
    panel.player.setPosition(2500)
    qtbot.waitUntil(lambda: panel.player.position() >= 2500, timeout=10_000)
    dialog.close()
    wait_idle()
    # Pieces of the encoded file from its start, middle and end (the moov box is at the end).
    needles = [data[i : i + 48] for i in (64, len(data) // 3, len(data) // 2, len(data) - 200)]
    roots = [tmp_path, Path(tempfile.gettempdir()), Path.home() / ".cache"]
    for variable in ("XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        if os.environ.get(variable):
            roots.append(Path(os.environ[variable]))
    vault_file = paths.default_vault.resolve()
    leaked = []
    for path in _recent_files(roots, started):
        if path.resolve() in (vault_file, source.resolve()):
            continue  # the vault itself and the person's own file, imported from
        try:
            held = path.read_bytes()
        except OSError:
            continue
        if any(n in held for n in needles):
            leaked.append(str(path))
    assert leaked == []
