"""Step 5, photos and documents: dropped or chosen, each stored into the vault at once through
the case's attachment section (Store.add_attachment); the first picture becomes the person's
photo unless one is set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.model import Attachment
from app.store import CaseBundle
from ui.dialogs import FileDialogs
from ui.editor.attachments import AttachmentsSection
from ui.interview.page import InterviewPage, InterviewState

__all__ = ["FilesPage"]


class FilesPage(InterviewPage):
    TITLE = str(QT_TRANSLATE_NOOP("FilesPage", "Photos and documents"))

    photo_wanted = Signal(str)  # an attachment's UUID

    def __init__(
        self,
        state: InterviewState,
        attachments: AttachmentsSection,
        dialogs: FileDialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(state, parent)
        self._attachments = attachments
        self._dialogs = dialogs
        self._has_photo = False
        self.setAcceptDrops(True)
        self.drop = QLabel(self.tr("Drop photos and scanned documents here"))
        self.drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop.setMinimumHeight(120)
        # Palette roles, not fixed greys: the dashed frame and its text stay visible in the dark theme.
        self.drop.setStyleSheet("QLabel { border: 2px dashed palette(mid); }")
        self.choose = QPushButton(self.tr("Choose files…"))
        self.choose.setObjectName("interviewChooseFiles")
        self.choose.clicked.connect(self.choose_files)
        self.as_photo = QCheckBox(self.tr("The first picture is the missing person's photo"))
        self.as_photo.setChecked(True)
        self.list = QListWidget()
        self.list.setObjectName("interviewFiles")
        self.note = QLabel(self.tr("Files are stored in the vault as soon as they are added."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.as_photo)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        attachments.added.connect(self._added)

    def choose_files(self) -> None:
        self.add_files(self._dialogs.open_files(self, self.tr("Attach files")))

    def add_files(self, paths: list[Path]) -> None:
        self._attachments.add_files(paths)

    def _added(self, attachment: Attachment) -> None:
        self.list.addItem(attachment.original_name or attachment.uuid[:8])
        if self.as_photo.isChecked() and not self._has_photo and attachment.media_type.startswith("image/"):
            self._has_photo = True
            self.photo_wanted.emit(attachment.uuid)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    def load(self, bundle: CaseBundle) -> None:
        self._has_photo = bool(bundle.case.person.photo_attachment)
        self.list.clear()
        for attachment in bundle.attachments:
            self.list.addItem(attachment.original_name or attachment.uuid[:8])

    def store(self, bundle: CaseBundle) -> None:
        """Nothing to write: each file was stored when it was added."""

    def fields(self) -> list[QWidget]:
        return [self.choose]
