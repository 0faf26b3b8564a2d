"""Proof that QtMultimedia and its FFmpeg backend work here: a recording in the format the
vault stores (Ogg Opus, made in memory by app.media) decoded by QAudioDecoder and opened by
QMediaPlayer, both from a QBuffer — no file, no sound card (nothing is played).

The bundle runs it with ``IZDEU_MEDIA_PROBE=1 izdeu`` (packaging/entry.py, tests/packaging);
from source: ``python -m ui.playback_check``. Prints one line, exit code 0 when it worked.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QIODevice, QTimer, QUrl
from PySide6.QtMultimedia import QAudioDecoder, QMediaPlayer

from app.media.encoder import PcmFormat, StreamEncoder
from app.media.tone import tone_pcm

__all__ = ["PlaybackCheck", "check_playback", "main"]

TOLERANCE_S = 0.2
TIMEOUT_MS = 15000


@dataclass(frozen=True)
class PlaybackCheck:
    seconds: float  # what was encoded
    decoded_seconds: float  # what QAudioDecoder gave back
    player_seconds: float  # the duration QMediaPlayer reports
    media_type: str
    error: str

    @property
    def ok(self) -> bool:
        return (
            not self.error
            and abs(self.decoded_seconds - self.seconds) <= TOLERANCE_S
            and abs(self.player_seconds - self.seconds) <= TOLERANCE_S
        )

    def line(self) -> str:
        verdict = "ok" if self.ok else "FAILED"
        return (
            f"media-probe: {verdict}: a {self.seconds:.1f} s recording ({self.media_type}) decoded by "
            f"QtMultimedia to {self.decoded_seconds:.2f} s, player duration {self.player_seconds:.2f} s"
            + (f"; {self.error}" if self.error else "")
        )


def _recording(seconds: float) -> tuple[bytes, PcmFormat]:
    fmt = PcmFormat(48000, 1)
    encoder = StreamEncoder(fmt)
    encoder.write(tone_pcm(seconds, fmt.rate))
    return encoder.drain() + encoder.close(), fmt


def _buffer(data: bytes) -> QBuffer:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def _wait(loop: QEventLoop) -> None:
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()


def _decode(data: bytes) -> tuple[float, str]:
    buffer = _buffer(data)
    decoder = QAudioDecoder()
    decoder.setSourceDevice(buffer)
    frames = 0
    rate = 0
    errors: list[str] = []
    loop = QEventLoop()

    def ready() -> None:
        nonlocal frames, rate
        block = decoder.read()
        frames += block.frameCount()
        rate = block.format().sampleRate() or rate

    def failed(*_args: object) -> None:
        errors.append(decoder.errorString() or "decoder error")
        loop.quit()

    decoder.bufferReady.connect(ready)
    decoder.finished.connect(loop.quit)
    decoder.error.connect(failed)
    decoder.start()
    _wait(loop)
    decoder.stop()
    if not errors and not rate:
        errors.append("the decoder gave no audio")
    return (frames / rate if rate else 0.0), "; ".join(errors)


def _player_duration(data: bytes) -> tuple[float, str]:
    buffer = _buffer(data)
    player = QMediaPlayer()
    errors: list[str] = []
    loop = QEventLoop()

    def status(state: QMediaPlayer.MediaStatus) -> None:
        if state in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            loop.quit()

    def failed(_error: QMediaPlayer.Error, text: str) -> None:
        errors.append(text or "player error")
        loop.quit()

    player.mediaStatusChanged.connect(status)
    player.errorOccurred.connect(failed)
    # The URL only hints the container: the bytes come from the buffer.
    player.setSourceDevice(buffer, QUrl("recording.ogg"))
    if player.mediaStatus() != QMediaPlayer.MediaStatus.LoadedMedia:
        _wait(loop)
    duration = player.duration() / 1000
    player.setSource(QUrl())
    return duration, "; ".join(errors)


def check_playback(seconds: float = 2.0) -> PlaybackCheck:
    """Needs a QCoreApplication (or QApplication) instance."""
    data, fmt = _recording(seconds)
    if not QAudioDecoder().isSupported():
        # Qt says so only as a warning: the FFmpeg plugin (or a library it links) did not load.
        return PlaybackCheck(seconds, 0.0, 0.0, fmt.media_type, "no QtMultimedia backend (FFmpeg plugin)")
    decoded, decode_error = _decode(data)
    played, play_error = _player_duration(data)
    return PlaybackCheck(
        seconds=seconds,
        decoded_seconds=decoded,
        player_seconds=played,
        media_type=fmt.media_type,
        error="; ".join(e for e in (decode_error, play_error) if e),
    )


def main() -> int:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    started = time.perf_counter()
    result = check_playback()
    print(f"{result.line()} ({time.perf_counter() - started:.2f} s)", flush=True)
    del app
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
