"""Play, pause, seek and speed for a recording or an imported audio/video file, from memory.

The source is a :class:`~ui.media.vault_device.VaultDevice` over the attachment's chunks; the
URL given beside it is only a hint for the demuxer ("attachment.ogg"): never the file's own
name, which FFmpeg writes into its log.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMetaObject, QObject, Qt, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.model import Attachment
from ui.media.clock import clock, time_mark
from ui.media.vault_device import VaultDevice
from ui.messages import user_message
from ui.ops import DbOp
from ui.tones import WARNING, set_tone
from ui.worker import DbWorker

__all__ = ["PlayerDialog", "PlayerPanel", "SPEEDS", "can_play"]

SPEEDS = (0.75, 1.0, 1.25, 1.5)
_HINTS = {
    "audio/ogg": "ogg",
    "audio/mpeg": "mp3",
    "audio/mp4": "m4a",
    "audio/x-m4a": "m4a",
    "audio/wav": "wav",
    "audio/x-wav": "wav",
    "audio/flac": "flac",
    "audio/webm": "webm",
    "video/mp4": "mp4",
    "video/webm": "webm",
    "video/ogg": "ogv",
    "video/quicktime": "mov",
    "video/x-matroska": "mkv",
}


def _base_type(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def can_play(media_type: str) -> bool:
    return _base_type(media_type).startswith(("audio/", "video/"))


def source_hint(media_type: str) -> QUrl:
    """The demuxer's hint: a made-up name with the kind's usual extension."""
    return QUrl(f"attachment.{_HINTS.get(_base_type(media_type), 'bin')}")


class PlayerPanel(QWidget):
    mark = Signal(str)  # "[mm:ss]" of the position, for the testimony's text
    loaded = Signal()  # the player knows the duration

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._device: VaultDevice | None = None
        self.attachment: Attachment | None = None
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.video = QVideoWidget()
        self.video.setObjectName("playerVideo")
        self.video.setMinimumHeight(200)
        self.video.hide()
        self.player.setVideoOutput(self.video)

        self.title = QLabel()
        self.title.setObjectName("playerTitle")
        self.play_button = QPushButton(self.tr("▶ Play"))
        self.play_button.setObjectName("playerPlay")
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("playerSlider")
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.slider.sliderReleased.connect(lambda: self.player.setPosition(self.slider.value()))
        self.time = QLabel(f"{clock(0)} / {clock(0)}")
        self.time.setObjectName("playerTime")
        self.speed = QComboBox()
        self.speed.setObjectName("playerSpeed")
        self.speed.setToolTip(self.tr("Playback speed"))
        for rate in SPEEDS:
            self.speed.addItem(f"{rate:g}×", rate)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda: self.player.setPlaybackRate(self.speed.currentData()))
        self.mark_button = QPushButton(self.tr("Insert time mark"))
        self.mark_button.setObjectName("playerMark")
        self.mark_button.setToolTip(self.tr("Puts the position, as [mm:ss], at the cursor in the testimony"))
        self.mark_button.clicked.connect(lambda: self.mark.emit(time_mark(self.player.position())))
        self.mark_button.hide()
        self.message = QLabel()
        self.message.setObjectName("playerMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, WARNING)
        self.message.hide()

        row = self._row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time)
        row.addWidget(self.speed)
        row.addWidget(self.mark_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.video, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)

        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._playing)
        self.player.errorOccurred.connect(self._error)
        self.player.hasVideoChanged.connect(self.video.setVisible)
        self._controls(False)

    def offer_marks(self, offered: bool) -> None:
        self.mark_button.setVisible(offered)

    def embed(self, chooser: QWidget) -> None:
        """Shown in a testimony: ``chooser`` (which recording) leads the row and names it."""
        self.title.hide()
        self._row.insertWidget(0, chooser)

    # --- source ----------------------------------------------------------------------------

    def open_attachment(self, attachment: Attachment, play: bool = False) -> None:
        self.close_source()
        self.attachment = attachment
        self.title.setText(attachment.original_name)
        uuid = attachment.uuid
        (
            DbOp(self, lambda s: s.store.attachment_chunk_index(uuid))
            .success(lambda index: self._set_source(attachment, index, play))
            .failure(lambda exc: self.show_message(user_message(exc)))
            .run(self._worker)
        )

    def _set_source(self, attachment: Attachment, index: list[tuple[int, int]], play: bool) -> None:
        if self.attachment is not attachment:
            return  # another one was opened meanwhile
        self._device = VaultDevice(self._worker, attachment.uuid, index, self)
        self.player.setSourceDevice(self._device, source_hint(attachment.media_type))
        self._controls(True)
        if play:
            self.player.play()

    def close_source(self) -> None:
        """Stop and let go of the device (the player reads it on its own threads until then)."""
        _without_the_gil(self.player, "stop")
        self.player.setSource(QUrl())  # PySide lets go of the GIL here itself
        device, self._device = self._device, None
        if device is not None and shiboken6.isValid(device):
            device.close()
            device.deleteLater()
        self.attachment = None
        self.video.hide()
        self.show_message("")
        self._duration(0)
        self._controls(False)

    # --- controls --------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            _without_the_gil(self.player, "pause")
        else:
            self.player.play()

    def _controls(self, enabled: bool) -> None:
        for widget in (self.play_button, self.slider, self.speed, self.mark_button):
            widget.setEnabled(enabled)

    def _duration(self, ms: int) -> None:
        self.slider.setRange(0, max(0, ms))
        self._position(self.player.position() if ms else 0)
        if ms:
            self.loaded.emit()

    def _position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.time.setText(f"{clock(ms)} / {clock(self.player.duration())}")

    def _playing(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))

    def _error(self, error: QMediaPlayer.Error, _text: str) -> None:
        # The backend's text can quote anything (the stream's tags): only our own sentence.
        if error == QMediaPlayer.Error.NoError:
            return
        device = self._device
        if device is not None and device.failure is not None:
            self.show_message(user_message(device.failure))
        else:
            self.show_message(self.tr("This recording or file cannot be played."))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class PlayerDialog(QDialog):
    """An imported audio or video file (or a recording) played from the attachments list."""

    def __init__(self, worker: DbWorker, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(attachment.original_name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 420 if _base_type(attachment.media_type).startswith("video/") else 140)
        self.panel = PlayerPanel(worker, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.panel.open_attachment(attachment, play=True)

    def done(self, result: int) -> None:
        self.panel.close_source()
        super().done(result)


def _without_the_gil(player: QObject, slot: str) -> None:
    """Call one of the player's slots with Python's lock released.

    Stopping makes FFmpeg's threads tear down objects whose destructors take Qt's connection
    lock and then ask for the GIL (a Python-made QObject is asked for overrides); PySide keeps
    the GIL through ``QMediaPlayer.stop()``, so the GUI thread waiting for that lock while holding
    the GIL hung the program (seen in tests/ui/test_imported_media.py). ``invokeMethod`` releases
    the GIL and calls the slot at once.
    """
    QMetaObject.invokeMethod(player, slot, Qt.ConnectionType.DirectConnection)
