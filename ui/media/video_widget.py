"""The "Record video" panel a testimony editor hosts: camera chooser, preview, Record/Stop,
elapsed time and what went wrong, in one line. Recording goes straight into the vault
(ui/media/video_recording.py); nothing is written anywhere else.

    panel = VideoRecorderWidget(worker, case_uuid, testimony_uuid, parent)
    panel.recorded.connect(editor.add_attachment)  # the Attachment, once the vault holds it

Hidden while no camera is connected (audio stays the default); it appears when one is plugged
in. The camera runs only while the panel is visible, so its light is off otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCameraPermission, Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtMultimedia import QAudioInput, QCamera, QCameraDevice, QMediaCaptureSession, QMediaDevices
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.media.video_recording import VideoRecording
from ui.messages import user_message

if TYPE_CHECKING:
    from ui.worker import DbWorker

__all__ = ["VideoRecorderWidget", "elapsed_text"]


def elapsed_text(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02}:{rest % 60:02}" if hours else f"{rest // 60}:{rest % 60:02}"


class VideoRecorderWidget(QWidget):
    recorded = Signal(object)  # the Attachment, complete in the vault

    def __init__(
        self,
        worker: DbWorker,
        case_uuid: str,
        testimony_uuid: str | Callable[[], str] = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._case_uuid = case_uuid
        # A callable where the testimony shown changes (the testimony editor): asked at start.
        self._testimony_uuid = testimony_uuid
        self.recording_for = ""  # the testimony the last recording was started for
        self.session = QMediaCaptureSession(self)
        self.camera: QCamera | None = None
        self.recording: VideoRecording | None = None
        self._devices = QMediaDevices(self)
        self._saving = False
        self.busy = False
        self._hidden_for_no_camera = False

        self.cameras = QComboBox()
        self.cameras.setAccessibleName(self.tr("Camera"))
        self.preview = QVideoWidget()
        self.preview.setMinimumSize(320, 240)
        self.session.setVideoOutput(self.preview)
        # The camera (and its light) is on only when the person turns it on: a testimony shown
        # must never film the room by itself.
        self.camera_button = QPushButton(self.tr("Turn the camera on"))
        self.camera_button.setObjectName("cameraOn")
        self.camera_button.setCheckable(True)
        self.record_button = QPushButton(self.tr("Record video"))
        self.elapsed = QLabel(elapsed_text(0))
        self.message = QLabel()
        self.message.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Camera:")))
        row.addWidget(self.cameras, 1)
        row.addWidget(self.camera_button)
        controls = QHBoxLayout()
        controls.addWidget(self.record_button)
        controls.addWidget(self.elapsed)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addLayout(controls)
        layout.addWidget(self.message)

        self.record_button.clicked.connect(self._record_or_stop)
        self.camera_button.toggled.connect(self._camera_toggled)
        self.preview.setVisible(False)
        self.cameras.currentIndexChanged.connect(self._camera_chosen)
        self._devices.videoInputsChanged.connect(self.refresh)
        self.refresh()

    # --- cameras ---------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self.cameras.count() > 0

    def refresh(self) -> None:
        """List the cameras; hide the panel when there is none (not while recording)."""
        if self.busy:
            return
        current = self.cameras.currentData()
        self.cameras.blockSignals(True)
        self.cameras.clear()
        for device in QMediaDevices.videoInputs():
            self.cameras.addItem(device.description(), device)
        index = max(
            0, next((i for i in range(self.cameras.count()) if self.cameras.itemData(i) == current), 0)
        )
        self.cameras.setCurrentIndex(index)
        self.cameras.blockSignals(False)
        if not self.available:
            self._set_camera(None)
            self._say(self.tr("No camera is connected: record the testimony as audio."))
            self.record_button.setEnabled(False)
            self._hidden_for_no_camera = True
            self.setVisible(False)
            return
        self._say("")
        if self._hidden_for_no_camera:  # shown again only if this hid it (never as a window)
            self._hidden_for_no_camera = False
            self.setVisible(True)
        self._camera_chosen(index)

    def _camera_chosen(self, index: int) -> None:
        device = self.cameras.itemData(index)
        if isinstance(device, QCameraDevice):
            self._set_camera(device)

    def _set_camera(self, device: QCameraDevice | None) -> None:
        if self.camera is not None:
            self.camera.stop()
            # Detached before it goes: a capture object destroyed while the session holds it
            # crashed PySide6 6.11.3 (the recorder did; see start_recording).
            self.session.setCamera(None)  # type: ignore[arg-type]
            self.camera.deleteLater()
            self.camera = None
        if device is None:
            return
        if not self._camera_allowed(device):
            return
        self.camera = QCamera(device, self)
        self.camera.errorOccurred.connect(self._camera_error)
        self.session.setCamera(self.camera)
        if self.session.audioInput() is None and QMediaDevices.audioInputs():
            self.session.setAudioInput(QAudioInput(QMediaDevices.defaultAudioInput(), self))
        self.record_button.setEnabled(self.camera_on)
        if self.isVisible() and self.camera_on:
            self.camera.start()

    @property
    def camera_on(self) -> bool:
        return self.camera_button.isChecked()

    def _camera_toggled(self, on: bool) -> None:
        self.camera_button.setText(self.tr("Turn the camera off") if on else self.tr("Turn the camera on"))
        self.preview.setVisible(on)
        if self.camera is not None:
            if on and self.isVisible():
                self.camera.start()
            elif not on and not self.busy:
                self.camera.stop()
            self.record_button.setEnabled(on or self.busy)

    def _camera_allowed(self, device: QCameraDevice) -> bool:
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return False
        status = app.checkPermission(QCameraPermission())
        if status == Qt.PermissionStatus.Undetermined:
            # The system asks the person (macOS, Windows; Linux always allows): try again then.
            app.requestPermission(QCameraPermission(), self, lambda _p: self._set_camera(device))
            return False
        if status == Qt.PermissionStatus.Denied:
            self._say(self.tr("Izdeu may not use the camera: allow it in the system's privacy settings."))
            self.record_button.setEnabled(False)
            return False
        return True

    def _camera_error(self, _error: QCamera.Error, _text: str) -> None:
        # Qt's text can name the device path; the person gets one translated line.
        self._say(self.tr("The camera could not be started: it may be in use by another program."))
        if self.recording is not None:
            self.recording.stop()
        self.record_button.setEnabled(self.busy)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.camera is not None and self.camera_on:
            self.camera.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.camera is not None and not self.busy:
            self.camera.stop()
            self.camera_button.setChecked(False)  # back on only when asked again

    # --- recording -------------------------------------------------------------------------

    def _record_or_stop(self) -> None:
        if not self.busy:
            self.start_recording()
        else:
            self.stop_recording()

    def start_recording(self) -> None:
        if self.recording is None:
            # One for the panel's life, reused: destroying a recorder mid-life (deleteLater)
            # crashed PySide6 6.11.3 (tests/ui/test_video_widget.py records twice).
            self.recording = VideoRecording(self.session, self._worker, self._case_uuid, parent=self)
            self.recording.elapsed.connect(lambda ms: self.elapsed.setText(elapsed_text(ms)))
            self.recording.finished.connect(self._finished)
            self.recording.failed.connect(self._failed)
        self.busy = True
        self._saving = False
        self.cameras.setEnabled(False)
        self.record_button.setText(self.tr("Stop"))
        self.elapsed.setText(elapsed_text(0))
        self._say("")
        testimony = self._testimony_uuid
        self.recording_for = testimony() if callable(testimony) else testimony
        self.recording.start(self.cameras.currentText(), testimony_uuid=self.recording_for)

    def stop_recording(self) -> None:
        if self.recording is not None and self.recording.recording:
            self.recording.stop()
            self.record_button.setEnabled(False)
            self._say(self.tr("Saving the recording…"))
            self._saving = True

    def _finished(self, attachment: object) -> None:
        self._done()
        if not self.message.text() or self._saving:
            self._say(self.tr("The recording is saved in the vault."))
        self.recorded.emit(attachment)

    def _failed(self, error: object) -> None:
        # What was recorded until then is kept (and finished) in the vault; the error stays shown.
        self._saving = False
        if isinstance(error, BaseException):
            self._say(user_message(error))
        else:
            self._say(self.tr("The recording stopped: the video could not be encoded."))
        if self.recording is not None and not self.recording.recording:
            self._done()

    def _done(self) -> None:
        self.busy = False
        self.cameras.setEnabled(True)
        self.record_button.setText(self.tr("Record video"))
        self.record_button.setEnabled(
            (self.camera is not None and self.camera_on) or self.session.videoFrameInput() is not None
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
