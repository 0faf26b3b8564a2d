"""Viewing an attachment inside the app, from memory only: images and PDFs, never a temp file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

__all__ = ["AttachmentViewer", "can_preview"]


def can_preview(media_type: str) -> bool:
    return media_type.startswith("image/") or media_type == "application/pdf"


class AttachmentViewer(QDialog):
    """Shows ``data`` (already in memory). The bytes are dropped when the dialog closes."""

    def __init__(self, title: str, media_type: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        self.kind = "none"
        self._buffer: QBuffer | None = None
        self.document: QPdfDocument | None = None
        if media_type == "application/pdf":
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            self.document.load(self._buffer)
            view = QPdfView(self)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setDocument(self.document)
            layout.addWidget(view)
            self.kind = "pdf"
        elif media_type.startswith("image/") and not (image := QImage.fromData(data)).isNull():
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setPixmap(QPixmap.fromImage(image))
            scroll = QScrollArea()
            scroll.setWidget(label)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll)
            self.kind = "image"
        else:
            message = QLabel(
                self.tr(
                    "This kind of file cannot be shown here; export a copy to open it with another program."
                )
            )
            message.setWordWrap(True)
            layout.addWidget(message)

    def done(self, result: int) -> None:
        if self.document is not None:
            self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
        super().done(result)
