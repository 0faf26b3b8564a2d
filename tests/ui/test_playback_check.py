"""The QtMultimedia proof the bundle runs (ui/playback_check.py), run from source: the FFmpeg
backend decodes the vault's recording format from memory and the player reads its length."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.playback_check import check_playback


def test_qtmultimedia_decodes_a_recording_from_memory(qapp: QApplication) -> None:
    result = check_playback(2.0)
    # "no QtMultimedia backend": a system library the FFmpeg plugin links is missing (make sysdeps).
    assert result.ok, result.line()
    assert result.media_type == "audio/ogg; codecs=opus"
    assert abs(result.decoded_seconds - 2.0) <= 0.05
    assert result.line().startswith("media-probe: ok")
