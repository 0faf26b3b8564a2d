"""An audio input that needs no sound card: the test hands it PCM, the recorder reads it exactly
as it reads a QAudioSource in push mode."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudioFormat, QtAudio

from app.media.tone import tone_pcm
from ui.media.audio_input import AudioSource, InputDevice

RATE = 48000


class PushDevice(QIODevice):
    def __init__(self) -> None:
        super().__init__()
        self.buffer = bytearray()
        self.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)

    def isSequential(self) -> bool:  # noqa: N802
        return True

    def bytesAvailable(self) -> int:  # noqa: N802
        return len(self.buffer) + super().bytesAvailable()

    def readData(self, maxlen: int) -> bytes:  # noqa: N802
        data = bytes(self.buffer[:maxlen])
        del self.buffer[:maxlen]
        return data

    def writeData(self, data: bytes | bytearray | memoryview, size: int, /) -> int:  # noqa: N802
        return -1

    def push(self, pcm: bytes) -> None:
        self.buffer += pcm
        self.readyRead.emit()


class FakeSource(QObject):
    stateChanged = Signal(object)  # noqa: N815  # QAudioSource's name

    def __init__(self, fail: QtAudio.Error = QtAudio.Error.NoError) -> None:
        super().__init__()
        self._fail = fail
        self._error = QtAudio.Error.NoError
        self._state = QtAudio.State.StoppedState
        self.device: PushDevice | None = None
        self.frame = 0

    def format(self) -> QAudioFormat:
        fmt = QAudioFormat()
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(1)
        return fmt

    def start(self) -> QIODevice | None:
        if self._fail == QtAudio.Error.OpenError:
            self._error = QtAudio.Error.OpenError
            return None
        self.device = PushDevice()
        self._state = QtAudio.State.ActiveState
        return self.device

    def suspend(self) -> None:
        self._state = QtAudio.State.SuspendedState

    def resume(self) -> None:
        self._state = QtAudio.State.ActiveState

    def stop(self) -> None:
        self._state = QtAudio.State.StoppedState

    def state(self) -> QtAudio.State:
        return self._state

    def error(self) -> QtAudio.Error:
        return self._error

    def feed(self, seconds: float, block: float = 0.1, loudness: float = 1.0) -> None:
        """``seconds`` of a tone, in blocks as an input delivers them."""
        assert self.device is not None
        for _ in range(round(seconds / block)):
            pcm = tone_pcm(block, RATE, start=self.frame)
            if loudness != 1.0:
                pcm = (np.frombuffer(pcm, "<i2") * loudness).astype("<i2").tobytes()
            self.frame += round(block * RATE)
            # Pushed also while suspended: what an input still hands over must not be recorded.
            self.device.push(pcm)

    def lose(self) -> None:
        """The microphone is unplugged."""
        self._error = QtAudio.Error.IOError
        self._state = QtAudio.State.StoppedState
        self.stateChanged.emit(self._state)


class FakeBackend:
    def __init__(
        self, names: tuple[str, ...] = ("Fictional microphone",), fail=QtAudio.Error.NoError
    ) -> None:
        self.devices = [InputDevice(f"fake-{i}", name) for i, name in enumerate(names)]
        self.fail = fail
        self.sources: list[FakeSource] = []

    def inputs(self) -> list[InputDevice]:
        return list(self.devices)

    def default_input(self) -> str:
        return self.devices[0].id if self.devices else ""

    def open(self, device: InputDevice, parent: QObject) -> AudioSource:
        source = FakeSource(self.fail)
        source.setParent(parent)
        self.sources.append(source)
        return source  # type: ignore[return-value]  # the QAudioSource calls the recorder makes
