"""A testimony's recordings: the list with durations, the recorder and the player, and the time
marks the player puts into the testimony's text (the testimony editor and the interview's
"In their words" step both show one). The video panel is there too, hidden while no camera is
connected; its recordings are listed and linked like the audio ones."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QVBoxLayout, QWidget

from app.model import Attachment
from ui.media.audio_input import AudioBackend
from ui.media.clock import with_length
from ui.media.player import PlayerPanel, can_play
from ui.media.recorder import IDLE, RecorderPanel
from ui.media.video_widget import VideoRecorderWidget
from ui.worker import DbWorker

__all__ = ["TestimonyAudio"]


class TestimonyAudio(QWidget):
    recorded = Signal(object)  # Attachment, finished in the vault and linked to the testimony

    def __init__(
        self,
        worker: DbWorker,
        case_uuid: str,
        testimony_uuid: Callable[[], str],
        text: Callable[[], QPlainTextEdit],
        backend: AudioBackend | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._text = text
        self.records: list[Attachment] = []
        self.recording_for = ""  # the testimony the last recording (audio or video) was made for
        self.recorder = RecorderPanel(worker, case_uuid, testimony_uuid, backend)
        self.recorder.recorded.connect(lambda a: self._recorded(a, self.recorder.recording_for))
        self.video = VideoRecorderWidget(worker, case_uuid, testimony_uuid)
        self.video.setObjectName("testimonyVideo")
        self.video.recorded.connect(lambda a: self._recorded(a, self.video.recording_for))
        # Two rows in all (the recorder's, the player's): the testimony's text keeps the height.
        self.list = QComboBox()
        self.list.setObjectName("testimonyRecordings")
        self.list.setToolTip(self.tr("Recordings of this testimony"))
        self.list.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.list.setMinimumContentsLength(22)
        self.list.currentIndexChanged.connect(self._chosen)
        self.player = PlayerPanel(worker)
        self.player.offer_marks(True)
        self.player.embed(self.list)
        self.player.mark.connect(self.insert_mark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.recorder)
        layout.addWidget(self.video)
        layout.addWidget(self.player)
        self.set_recordings([])

    def set_recordings(self, attachments: list[Attachment]) -> None:
        """The testimony's audio and video files (recorded here or imported and ticked)."""
        chosen = self.player.attachment.uuid if self.player.attachment is not None else None
        self.records = [a for a in attachments if can_play(a.media_type)]
        self.list.blockSignals(True)
        self.list.clear()
        for attachment in self.records:
            self.list.addItem(self.describe(attachment), attachment.uuid)
        row = next((i for i, a in enumerate(self.records) if a.uuid == chosen), -1)
        self.list.setCurrentIndex(row)
        self.list.blockSignals(False)
        self.player.setVisible(bool(self.records))
        if row < 0 and self.records:
            self.list.setCurrentIndex(len(self.records) - 1)
        elif not self.records:
            self.player.close_source()

    def describe(self, attachment: Attachment) -> str:
        name = attachment.original_name or attachment.uuid[:8]
        if attachment.recording_state == "recording":
            being = self.tr("being recorded")
            return f"{being} · {name}"
        # The length first: a narrow list cuts the end of a long name, not the length.
        return with_length(name, attachment.duration_ms)

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.records):
            self.player.open_attachment(self.records[row])

    @property
    def busy(self) -> bool:
        """A recording, audio or video, is running."""
        return self.recorder.state != IDLE or self.video.busy

    def finish(self) -> None:
        """Stop what is recording, so the vault holds it finished before it closes (a lock)."""
        self.recorder.stop()
        self.video.stop_recording()

    def _recorded(self, attachment: Attachment, testimony_uuid: str) -> None:
        """The owner links it to the testimony it was recorded for (``recording_for``) and lists
        it again (the testimony shown now may be another one)."""
        self.recording_for = testimony_uuid
        self.recorded.emit(attachment)

    def insert_mark(self, mark: str) -> None:
        """``[mm:ss]`` at the cursor of the testimony's text, where the person was writing."""
        edit = self._text()
        edit.insertPlainText(mark + " ")
