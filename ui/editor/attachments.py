"""Attachments: add by file dialog or drag and drop, thumbnails, view in the app, export a copy.

A photo whose metadata tells where it was taken, by whom or with which camera is marked (⚠ and
a warning under the list): dossiers leave that metadata out, but a copy exported as it is
keeps it, so "Export without metadata…" is offered. Thumbnails and the viewer stay in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.imagemeta import MetadataFound
from app.model import Attachment
from app.store.attachments import safe_filename
from ui.dialogs import FileDialogs
from ui.editor import thumbnails
from ui.editor.redaction import RedactionDialog
from ui.editor.viewer import AttachmentViewer, can_preview
from ui.media.player import PlayerDialog, can_play
from ui.messages import user_message
from ui.ops import DbOp
from ui.tones import WARNING, set_tone
from ui.worker import DbSession, DbWorker

__all__ = ["AttachmentsSection"]

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class AttachmentsSection(QWidget):
    changed = Signal()
    added = Signal(object)  # Attachment
    photo_chosen = Signal(str)
    removed = Signal(str)
    viewer_opened = Signal(object)  # AttachmentViewer
    redaction_opened = Signal(object)  # RedactionDialog
    message = Signal(str)

    def __init__(
        self, worker: DbWorker, dialogs: FileDialogs, case_uuid: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._dialogs = dialogs
        self.case_uuid = case_uuid
        self.records: list[Attachment] = []
        self.deleted: list[tuple[str, str]] = []
        self.setAcceptDrops(True)

        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(thumbnails.THUMB, thumbnails.THUMB))
        self.list.setGridSize(QSize(thumbnails.THUMB + 60, thumbnails.THUMB + 48))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(lambda _item: self.view_selected())
        self.list.currentRowChanged.connect(self._selected)

        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.clicked.connect(self.view_selected)
        self.export_button = QPushButton(self.tr("Export a copy…"))
        self.export_button.clicked.connect(self.export_selected)
        self.export_clean_button = QPushButton(self.tr("Export without metadata…"))
        self.export_clean_button.setToolTip(
            self.tr(
                "A copy of the photo without its GPS position, camera, author, comments and "
                "thumbnail. The original in the vault is not changed."
            )
        )
        self.export_clean_button.clicked.connect(lambda: self.export_selected(clean=True))
        self.redact_button = QPushButton(self.tr("Hide regions…"))
        self.redact_button.setToolTip(
            self.tr("Mark parts of the picture (a bystander's face, an address) that dossiers must not show.")
        )
        self.redact_button.clicked.connect(self.redact_selected)
        self.photo_button = QPushButton(self.tr("Use as the person's photo"))
        self.photo_button.clicked.connect(self._use_as_photo)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.view_button,
            self.export_button,
            self.export_clean_button,
            self.redact_button,
            self.photo_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("Description of the selected file"))
        self.description.textEdited.connect(self._description_edited)
        self.handed_over_by = QLineEdit()
        self.handed_over_by.setPlaceholderText(self.tr("Handed over by"))
        self.handed_over_by.textEdited.connect(self._description_edited)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.metadata_warning = QLabel()
        self.metadata_warning.setObjectName("metadataWarning")
        self.metadata_warning.setWordWrap(True)
        set_tone(self.metadata_warning, WARNING, bold=True)
        self.metadata: dict[str, MetadataFound] = {}
        hint = QLabel(
            self.tr(
                "Drop files here to attach them. Files are copied into the "
                "encrypted vault; the originals are left where they are."
            )
        )
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        details = QHBoxLayout()
        details.addWidget(self.description, 2)
        details.addWidget(self.handed_over_by, 1)
        layout.addLayout(details)
        layout.addWidget(self.details)
        layout.addWidget(self.metadata_warning)
        self._selected(-1)

    @property
    def worker(self) -> DbWorker:
        """The DB worker the case's files are read through (the interview's recorder uses it)."""
        return self._worker

    # --- contents --------------------------------------------------------------------------

    def set_records(self, records: list[Attachment]) -> None:
        self.records = list(records)
        self.deleted = []
        self.metadata = {}
        self.list.clear()
        for attachment in self.records:
            self._add_item(attachment)
        self._selected(self.list.currentRow())

    def _add_item(self, attachment: Attachment) -> None:
        item = QListWidgetItem(attachment.original_name or self.tr("(file)"))
        item.setData(UUID_ROLE, attachment.uuid)
        item.setToolTip(attachment.original_name)
        self.list.addItem(item)
        uuid = attachment.uuid
        # No thumbnail is no loss: the file is listed all the same, and opening it reports.
        (
            DbOp(self, lambda s: thumbnails.image_bytes(s, attachment))
            .then(thumbnails.thumbnail)
            .success(lambda result: self._set_thumbnail(uuid, result))
            .failure(lambda _exc: None)
            .run(self._worker)
        )

    def _set_thumbnail(self, uuid: str, result: tuple[QImage | None, MetadataFound]) -> None:
        image, found = result
        if found:
            self.metadata[uuid] = found
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(UUID_ROLE) != uuid:
                continue
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            if found:
                item.setText("⚠ " + item.text())
                item.setToolTip(f"{item.toolTip()}\n{self.metadata_text(found)}")
        selected = self.selected()
        if selected is not None and selected.uuid == uuid:
            self._selected(self.list.currentRow())

    def metadata_text(self, found: MetadataFound) -> str:
        """The warning for a photo whose metadata reveals ``found``."""
        parts = [
            text
            for key, text in (
                ("gps", self.tr("where it was taken (GPS)")),
                ("author", self.tr("who took it")),
                ("camera", self.tr("the camera")),
            )
            if key in found
        ]
        return self.tr(
            "This photo's metadata shows: %1. Dossiers leave it out; use “Export "
            "without metadata…” before giving the file to anyone."
        ).replace("%1", self.tr(", ").join(parts))

    def selected(self) -> Attachment | None:
        item = self.list.currentItem()
        uuid = item.data(UUID_ROLE) if item else None
        return next((a for a in self.records if a.uuid == uuid), None)

    def _selected(self, _row: int) -> None:
        attachment = self.selected()
        has = attachment is not None
        for widget in (
            self.view_button,
            self.export_button,
            self.remove_button,
            self.description,
            self.handed_over_by,
        ):
            widget.setEnabled(has)
        is_image = attachment is not None and attachment.media_type.startswith("image/")
        playable = attachment is not None and can_play(attachment.media_type)
        self.view_button.setText(self.tr("▶ Play") if playable else self.tr("View"))
        self.photo_button.setEnabled(is_image)
        self.export_clean_button.setEnabled(is_image)
        self.redact_button.setEnabled(is_image)
        found = self.metadata.get(attachment.uuid) if attachment else None
        self.metadata_warning.setText(self.metadata_text(found) if found else "")
        self.metadata_warning.setVisible(bool(found))
        self.description.setText(attachment.description if attachment else "")
        self.handed_over_by.setText(attachment.handed_over_by if attachment else "")
        if attachment is None:
            self.details.clear()
            return
        self.details.setText(
            self.tr("%1 · %2 bytes · received %3 · SHA-256 %4")
            .replace("%1", attachment.media_type)
            .replace("%2", f"{attachment.size:,}")
            .replace("%3", attachment.received_at[:10])
            .replace("%4", attachment.sha256[:16] + "…")
        )

    def _description_edited(self) -> None:
        attachment = self.selected()
        if attachment is not None:
            attachment.description = self.description.text()
            attachment.handed_over_by = self.handed_over_by.text()
            self.changed.emit()

    # --- adding ----------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = self._dialogs.open_files(self, self.tr("Attach files"))
        self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        case_uuid = self.case_uuid

        def adder(path: Path) -> Callable[[DbSession], Attachment]:
            return lambda s: s.store.add_attachment_file(case_uuid, path)

        for path in paths:
            DbOp(self, adder(path)).success(self._added).failure(self._failed).run(self._worker)

    def stored(self, attachment: Attachment) -> None:
        """An attachment the vault holds already (a recording made in a testimony)."""
        if all(a.uuid != attachment.uuid for a in self.records):
            self._added(attachment)

    def _added(self, attachment: Attachment) -> None:
        self.records.append(attachment)
        self._add_item(attachment)
        self.list.setCurrentRow(self.list.count() - 1)
        self.added.emit(attachment)

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(user_message(exc))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    # --- using -----------------------------------------------------------------------------

    def view_selected(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        if can_play(attachment.media_type):
            player = PlayerDialog(self._worker, attachment, self)
            player.show()
            self.viewer_opened.emit(player)
            return
        if not can_preview(attachment.media_type):
            self.message.emit(self.tr("This kind of file cannot be shown here; export a copy."))
            return
        uuid = attachment.uuid
        (
            DbOp(self, lambda s: s.store.attachment_bytes(uuid))
            .success(lambda data: self._show(attachment, data))
            .failure(self._failed)
            .run(self._worker)
        )

    def _show(self, attachment: Attachment, data: bytes) -> None:
        viewer = AttachmentViewer(attachment.original_name, attachment.media_type, data, self)
        viewer.show()
        self.viewer_opened.emit(viewer)

    def export_selected(self, clean: bool = False) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        target = self._dialogs.save_file(
            self, self.tr("Export a copy"), safe_filename(attachment.original_name)
        )
        if target is None:
            return
        uuid = attachment.uuid
        done = self.tr("Copy without metadata exported.") if clean else self.tr("Copy exported.")
        (
            DbOp(self, lambda s: s.store.export_attachment(uuid, target, strip_metadata=clean))
            .success(lambda _r: self.message.emit(done))
            .failure(self._failed)
            .run(self._worker)
        )

    def redact_selected(self) -> None:
        attachment = self.selected()
        if attachment is None or not attachment.media_type.startswith("image/"):
            return
        uuid = attachment.uuid
        (
            DbOp(self, lambda s: s.store.attachment_bytes(uuid))
            .success(lambda data: self._open_redaction(attachment, data))
            .failure(self._failed)
            .run(self._worker)
        )

    def _open_redaction(self, attachment: Attachment, data: bytes) -> None:
        dialog = RedactionDialog(data, attachment.redactions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            attachment.redactions = dialog.regions()
            self.changed.emit()

        dialog.accepted.connect(accepted)
        dialog.open()
        self.redaction_opened.emit(dialog)

    def _use_as_photo(self) -> None:
        attachment = self.selected()
        if attachment is not None:
            self.photo_chosen.emit(attachment.uuid)

    def remove_selected(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        if not self._dialogs.confirm(
            self,
            self.tr("Remove"),
            self.tr("Remove the selected file from the vault? This cannot be undone."),
        ):
            return
        self.records.remove(attachment)
        self.deleted.append(("attachment", attachment.uuid))
        self.list.takeItem(self.list.currentRow())
        self.removed.emit(attachment.uuid)
        self.changed.emit()
