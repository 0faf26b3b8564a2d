"""Screenshots of recording a testimony (meter and clock moving) and of playing it back (slider,
speed) in English, Russian, Kazakh and Uyghur (right to left), for the user guides:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m ui.media.screenshots docs/screenshots

The microphone is a generated tone (no sound card needed) and the data folder a temporary one
(IZDEU_HOME), so it never touches a real vault or a real voice.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QAudioFormat, QtAudio
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.fsutil import make_private_dir
from app.media.tone import tone_pcm
from ui.media.audio_input import AudioSource, InputDevice

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["main"]

PASSPHRASE = "screenshots only, fictional cases 7"
RATE = 48000
TEXTS = {
    "en": "My brother was taken by the police in March 2018 (fictional). ",
    "ru": "Моего брата забрала полиция в марте 2018 года (вымышлено). ",
    "kk": "Інімді 2018 жылы наурызда полиция алып кетті (ойдан алынған). ",
    "ug": "ئىنىمنى 2018-يىلى مارتتا ساقچى ئېلىپ كەتتى (ئويدۇرما). ",
}


class _Pushed(QIODevice):
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


class _ToneSource(QObject):
    """A "voice": a tone whose loudness rises and falls, a block every 0.1 s."""

    stateChanged = Signal(object)  # noqa: N815  # QAudioSource's name

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._device = _Pushed()
        self._frame = 0
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)

    def format(self) -> QAudioFormat:
        fmt = QAudioFormat()
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(1)
        return fmt

    def push_seconds(self, seconds: float) -> None:
        for _ in range(round(seconds * 10)):
            self._tick()

    def _tick(self) -> None:
        loudness = 0.55 + 0.45 * np.sin(self._frame / RATE * 1.7) ** 2
        pcm = np.frombuffer(tone_pcm(0.1, RATE, hz=220.0, start=self._frame), "<i2") * 2.2 * loudness
        self._frame += RATE // 10
        self._device.buffer += np.clip(pcm, -32767, 32767).astype("<i2").tobytes()
        self._device.readyRead.emit()

    def start(self) -> QIODevice:
        self._timer.start()
        return self._device

    def suspend(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def state(self) -> QtAudio.State:
        return QtAudio.State.ActiveState if self._timer.isActive() else QtAudio.State.StoppedState

    def error(self) -> QtAudio.Error:
        return QtAudio.Error.NoError


class _ToneBackend:
    def __init__(self) -> None:
        self.sources: list[_ToneSource] = []

    def inputs(self) -> list[InputDevice]:
        return [InputDevice("tone", "USB Microphone (demo)")]

    def default_input(self) -> str:
        return "tone"

    def open(self, device: InputDevice, parent: QObject) -> AudioSource:
        source = _ToneSource(parent)
        self.sources.append(source)
        return source  # what the recorder calls of a QAudioSource


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot step timed out")
        QTest.qWait(20)


def _save(widget: QWidget, path: Path) -> None:
    shot = (
        widget.grab()
        .toImage()
        .scaled(944, 688, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    )
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    shot.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path))
    print(f"wrote {path.name}")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    out = Path(args[0] if args else "docs/screenshots").resolve()
    make_private_dir(out)
    home = Path(tempfile.mkdtemp(prefix="izdeu-shots-"))
    os.environ["IZDEU_HOME"] = str(home)

    from app.paths import Paths
    from app.vault import Vault
    from ui.main import build

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    paths = Paths.default()
    paths.ensure()
    Vault.create(paths.default_vault, PASSPHRASE).close()
    controller = build(app, paths)
    controller.settings.last_vault = paths.default_vault
    window = controller.start()
    window.unlock_passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    _wait(lambda: controller.main is not None)

    def idle() -> bool:
        return controller.worker.pending == 0

    for lang in ("en", "ru", "kk", "ug"):
        if lang != "en":
            controller.settings.language = lang
            controller.apply_settings(language_changed=True)
        main_window = controller.main
        assert main_window is not None
        main_window.resize(1180, 860)
        _shoot(main_window, lang, out, idle)
    controller.settings.language = "en"
    controller.dispose()
    controller.translations.apply("en")
    return 0


def _shoot(main_window: MainWindow, lang: str, out: Path, idle: Callable[[], bool]) -> None:
    """A new case's testimony: recording (meter, clock), then playing it back (slider, speed)."""
    before = len(main_window.editors())
    main_window.new_case_action.trigger()
    _wait(lambda: len(main_window.editors()) > before and main_window.editors()[-1].is_loaded)
    _wait(idle)
    editor = main_window.editors()[-1]
    main_window.new_testimony_action.trigger()
    section = editor.testimonies
    section.original.setPlainText(TEXTS[lang])
    audio = section.audio
    backend = _ToneBackend()
    audio.recorder.set_backend(backend)
    _wait(idle)
    audio.recorder.record_button.click()
    backend.sources[-1].push_seconds(37.0)  # as if recording for a while already
    QTest.qWait(900)
    _save(main_window, out / f"recording-{lang}.png")
    audio.recorder.stop_button.click()
    _wait(lambda: audio.list.count() == 1 and audio.player.player.duration() > 0)
    player = audio.player
    player.speed.setCurrentIndex(player.speed.findData(1.25))
    player.player.setPosition(14_000)
    player.player.play()
    _wait(lambda: player.player.position() > 14_300)
    player.player.pause()
    cursor = section.original.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    section.original.setTextCursor(cursor)
    player.mark_button.click()
    QTest.qWait(300)
    _save(main_window, out / f"playback-{lang}.png")
    player.close_source()


if __name__ == "__main__":
    raise SystemExit(main())
