"""One video recording: a capture session's picture and sound → QMediaRecorder → the vault.

The session is given: a camera and microphone in the app (ui/media/video_widget.py), frames
and sound pushed by the program in the tests (QVideoFrameInput / QAudioBufferInput). The
container is Matroska (MPEG-4 Part 2 video, AAC sound: what the bundled FFmpeg encodes into
it here; WebM has no encoder), written as a live stream (ui/media/video_output.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QMediaCaptureSession, QMediaFormat, QMediaRecorder

from ui.media.video_output import VaultVideoOutput

if TYPE_CHECKING:
    from ui.worker import DbWorker

__all__ = ["VideoRecording", "video_format"]


def video_format() -> QMediaFormat:
    fmt = QMediaFormat(QMediaFormat.FileFormat.Matroska)
    fmt.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
    fmt.setAudioCodec(QMediaFormat.AudioCodec.AAC)
    return fmt


class VideoRecording(QObject):
    """``start()`` then ``stop()``, as many times as wanted (one recorder for the session's
    life); ``elapsed(ms)`` while recording, then ``finished(Attachment)`` once the vault holds
    it all, or ``failed(message_or_error)``."""

    elapsed = Signal(int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        session: QMediaCaptureSession,
        worker: DbWorker,
        case_uuid: str,
        *,
        device_name: str = "",
        testimony_uuid: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._case_uuid = case_uuid
        self._device_name = device_name
        self._testimony_uuid = testimony_uuid
        self.recorder = QMediaRecorder(self)
        self.recorder.setMediaFormat(video_format())
        self.recorder.setQuality(QMediaRecorder.Quality.NormalQuality)
        self.recorder.durationChanged.connect(lambda ms: self.elapsed.emit(int(ms)))
        self.recorder.recorderStateChanged.connect(self._state_changed)
        self.recorder.errorOccurred.connect(self._error)
        session.setRecorder(self.recorder)
        self.output: VaultVideoOutput | None = None

    @property
    def recording(self) -> bool:
        return self.output is not None and not self.output.stopping

    def start(self, device_name: str = "", testimony_uuid: str | None = None) -> None:
        """``testimony_uuid``: the testimony this recording is for, if not the one given at
        construction (a testimony editor's panel outlives the testimony selected)."""
        if self.output is not None:
            self.output.deleteLater()  # the previous recording's pipe, closed
        output = VaultVideoOutput(
            self._worker,
            self._case_uuid,
            device_name=device_name or self._device_name,
            testimony_uuid=self._testimony_uuid if testimony_uuid is None else testimony_uuid,
            parent=self,
        )
        output.finished.connect(self.finished)
        output.failed.connect(self._vault_failed)
        self.output = output
        self.recorder.setOutputDevice(output.device)
        self.recorder.record()

    def stop(self) -> None:
        if self.output is not None and not self.output.stopping:
            self.output.stopping = True
            self.recorder.stop()

    def _state_changed(self, state: QMediaRecorder.RecorderState) -> None:
        if state == QMediaRecorder.RecorderState.StoppedState and self.output is not None:
            self.output.stopping = True
            self.output.close_device(int(self.recorder.duration()))

    def _error(self, error: QMediaRecorder.Error, message: str) -> None:
        # At stop the Matroska trailer would seek back over the sequential pipe and fails:
        # the stream is complete without it (ui/media/video_output.py).
        if self.output is not None and self.output.stopping and error == QMediaRecorder.Error.FormatError:
            return
        self.failed.emit(message)
        self.stop()
        if (
            self.recorder.recorderState() == QMediaRecorder.RecorderState.StoppedState
            and self.output is not None
        ):
            # It never started (or has stopped already): no state change will come to end the
            # pipe, so it ends here; what the vault holds is finished.
            self.output.close_device(int(self.recorder.duration()))

    def _vault_failed(self, error: BaseException) -> None:
        self.stop()
        self.failed.emit(error)
