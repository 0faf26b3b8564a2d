"""A testimony's recordings: the list with durations, the recorder and the player, and the time
marks the player puts into the testimony's text (the testimony editor and the interview's
"In their words" step both show one)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from app.model import Attachment
from ui.media.audio_input import AudioBackend
from ui.media.clock import clock
from ui.media.player import PlayerPanel, can_play
from ui.media.recorder import RecorderPanel
from ui.worker import DbWorker

__all__ = ["TestimonyAudio"]

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


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
        self.recorder = RecorderPanel(worker, case_uuid, testimony_uuid, backend)
        self.recorder.recorded.connect(self._recorded)
        self.list = QListWidget()
        self.list.setObjectName("testimonyRecordings")
        self.list.setMaximumHeight(72)
        self.list.currentRowChanged.connect(self._chosen)
        self.player = PlayerPanel(worker)
        self.player.offer_marks(True)
        self.player.mark.connect(self.insert_mark)
        self.heading = QLabel(self.tr("Recordings of this testimony"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.recorder)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.player)
        self.set_recordings([])

    def set_recordings(self, attachments: list[Attachment]) -> None:
        """The testimony's audio and video files (recorded here or imported and ticked)."""
        chosen = self.player.attachment.uuid if self.player.attachment is not None else None
        self.records = [a for a in attachments if can_play(a.media_type)]
        self.list.blockSignals(True)
        self.list.clear()
        for attachment in self.records:
            item = QListWidgetItem(self.describe(attachment))
            item.setData(UUID_ROLE, attachment.uuid)
            self.list.addItem(item)
        self.list.blockSignals(False)
        has = bool(self.records)
        for widget in (self.heading, self.list, self.player):
            widget.setVisible(has)
        row = next((i for i, a in enumerate(self.records) if a.uuid == chosen), -1)
        if row >= 0:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
        elif has:
            self.list.setCurrentRow(len(self.records) - 1)
        else:
            self.player.close_source()

    def describe(self, attachment: Attachment) -> str:
        name = attachment.original_name or attachment.uuid[:8]
        if attachment.recording_state == "recording":
            being = self.tr("being recorded")
            return f"{name} · {being}"
        return f"{name} · {clock(attachment.duration_ms)}" if attachment.duration_ms else name

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.records):
            self.player.open_attachment(self.records[row])

    def _recorded(self, attachment: Attachment) -> None:
        self.recorded.emit(attachment)
        if all(a.uuid != attachment.uuid for a in self.records):
            self.set_recordings([*self.records, attachment])

    def insert_mark(self, mark: str) -> None:
        """``[mm:ss]`` at the cursor of the testimony's text, where the person was writing."""
        edit = self._text()
        edit.insertPlainText(mark + " ")
