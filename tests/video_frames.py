"""A camera and microphone made of generated frames: a changing coloured pattern and a tone,
pushed into a QMediaCaptureSession in real time (QVideoFrameInput / QAudioBufferInput), as a
camera would deliver them. Used by the video recording tests (no camera on the test machines)."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtMultimedia import (
    QAudioBuffer,
    QAudioBufferInput,
    QAudioFormat,
    QMediaCaptureSession,
    QVideoFrame,
    QVideoFrameInput,
)

__all__ = ["GeneratedCamera"]

FPS = 25
RATE = 48000
BLOCK = RATE // 50  # 20 ms of sound per buffer


def _tone(start: int, frames: int) -> bytes:
    return b"".join(
        int(9000 * math.sin(2 * math.pi * 440 * (start + k) / RATE)).to_bytes(2, "little", signed=True)
        for k in range(frames)
    )


class GeneratedCamera(QObject):
    """``start()``: frames and sound go into ``session`` at their real pace until ``stop()``.
    ``noise`` (bytes) is painted into every frame: the canary test's unique pattern."""

    def __init__(
        self, session: QMediaCaptureSession, size: tuple[int, int] = (320, 240), noise: bytes = b""
    ) -> None:
        # A child of the session: the inputs it registers there must not outlive it.
        super().__init__(session)
        # Without a format: given one, the FFmpeg backend here never reports the inputs ready.
        self.video = QVideoFrameInput(self)
        self.audio = QAudioBufferInput(self)
        session.setVideoFrameInput(self.video)
        session.setAudioBufferInput(self.audio)
        self._format = QAudioFormat()
        self._format.setSampleRate(RATE)
        self._format.setChannelCount(1)
        self._format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._size = size
        self._noise = noise
        self.frames = 0
        self.samples = 0
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """From the start again: a new recording's timeline."""
        self.frames = 0
        self.samples = 0
        self._started = time.monotonic()
        self._timer.start(10)

    def stop(self) -> None:
        self._timer.stop()

    @property
    def seconds(self) -> float:
        return self.frames / FPS

    def _frame(self, i: int) -> QVideoFrame:
        w, h = self._size
        image = QImage(w, h, QImage.Format.Format_RGB32)
        image.fill(QColor.fromHsv((i * 9) % 360, 200, 220))
        painter = QPainter(image)
        painter.fillRect((i * 8) % w, 0, 40, h, QColor("white"))
        for k, byte in enumerate(self._noise):
            painter.fillRect((k % 16) * 8, (k // 16) * 8, 8, 8, QColor(byte, 255 - byte, (byte * 7) % 256))
        painter.end()
        frame = QVideoFrame(image)
        frame.setStartTime(round(i * 1e6 / FPS))
        frame.setEndTime(round((i + 1) * 1e6 / FPS))
        return frame

    def _tick(self) -> None:
        elapsed = time.monotonic() - self._started
        while self.frames < elapsed * FPS + 1:
            if not self.video.sendVideoFrame(self._frame(self.frames)):
                break  # the recorder is not ready yet or its queue is full: next tick
            self.frames += 1
        while self.samples < elapsed * RATE:
            data = QByteArray(_tone(self.samples, BLOCK))
            if not self.audio.sendAudioBuffer(
                QAudioBuffer(data, self._format, round(self.samples * 1e6 / RATE))
            ):
                break
            self.samples += BLOCK
