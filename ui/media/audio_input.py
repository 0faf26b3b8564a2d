"""Where a recording's sound comes from: the microphones Qt Multimedia lists, or an injected
backend (tests feed generated PCM through the same interface; a private PulseAudio server
gives the real QAudioSource one).

The recorder needs only this much of QAudioSource — ``start()`` in push mode returning a
QIODevice, ``suspend``, ``resume``, ``stop``, ``state``, ``error``, ``format`` and the
``stateChanged`` signal — so a QAudioSource is an :class:`AudioSource` as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from PySide6.QtCore import QIODevice, QObject
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from app.media import PcmFormat

__all__ = [
    "AudioBackend",
    "AudioSource",
    "InputDevice",
    "QtAudioBackend",
    "peak_level",
    "pcm_format",
    "speech_format",
]

# What speech is recorded at when the device takes it: Opus's own rate, one channel.
SPEECH_RATE = 48000


@dataclass(frozen=True)
class InputDevice:
    """A microphone as the recorder lists it: ``id`` is what the vault remembers."""

    id: str
    description: str
    device: QAudioDevice | None = None  # None for an injected backend's device


class AudioSource(Protocol):
    """The part of QAudioSource the recorder uses."""

    def start(self) -> QIODevice: ...
    def suspend(self) -> None: ...
    def resume(self) -> None: ...
    def stop(self) -> None: ...
    def state(self) -> QtAudio.State: ...
    def error(self) -> QtAudio.Error: ...
    def format(self) -> QAudioFormat: ...

    @property
    def stateChanged(self) -> Any: ...  # noqa: N802  # Signal(QtAudio.State): connect slots taking no argument


class AudioBackend(Protocol):
    def inputs(self) -> list[InputDevice]: ...
    def default_input(self) -> str: ...
    def open(self, device: InputDevice, parent: QObject) -> AudioSource: ...


def speech_format(device: QAudioDevice) -> QAudioFormat:
    """16-bit PCM at 48 kHz mono if the device takes it, else its own rate and (at most two)
    channels: RecordingSink encodes Opus at 48 kHz and Vorbis at other rates."""
    fmt = QAudioFormat()
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    fmt.setSampleRate(SPEECH_RATE)
    fmt.setChannelCount(1)
    if device.isNull() or device.isFormatSupported(fmt):
        return fmt
    preferred = device.preferredFormat()
    fmt.setSampleRate(preferred.sampleRate() or SPEECH_RATE)
    fmt.setChannelCount(max(1, min(2, preferred.channelCount())))
    return fmt


def pcm_format(fmt: QAudioFormat) -> PcmFormat:
    return PcmFormat(fmt.sampleRate(), fmt.channelCount())


def peak_level(pcm: bytes) -> float:
    """The loudest sample of a block of 16-bit PCM, 0.0 to 1.0 (what the level meter shows)."""
    usable = len(pcm) - len(pcm) % 2
    if not usable:
        return 0.0
    samples = np.frombuffer(pcm[:usable], dtype="<i2")
    return float(np.abs(samples.astype(np.int32)).max()) / 32768.0


class QtAudioBackend:
    """The system's microphones through Qt Multimedia."""

    def inputs(self) -> list[InputDevice]:
        return [
            InputDevice(bytes(d.id().data()).decode("utf-8", "replace"), d.description(), d)
            for d in QMediaDevices.audioInputs()
        ]

    def default_input(self) -> str:
        device = QMediaDevices.defaultAudioInput()
        return "" if device.isNull() else bytes(device.id().data()).decode("utf-8", "replace")

    def open(self, device: InputDevice, parent: QObject) -> AudioSource:
        qdevice = device.device if device.device is not None else QMediaDevices.defaultAudioInput()
        source = QAudioSource(qdevice, speech_format(qdevice), parent)
        # Blocks of about 0.1 s: the meter moves smoothly and few signals cross the event loop.
        source.setBufferSize(source.format().bytesForDuration(100_000) * 2)
        return source
