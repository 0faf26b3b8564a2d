"""Marking regions of a photo or scan to hide in dossiers (a bystander's face, an address).

The picture is shown as a dossier will reproduce it (EXIF rotation applied); dragging draws a
rectangle, the list names each one and Remove drops it. The recipients chosen below get the
redacted copy; the file in the vault is never changed (app/dossier/images.py replaces the pixels
of the copy it embeds). Regions are kept in thousandths of the picture's size
(:class:`app.model.Redaction`), so they hold whatever size the dossier draws it at. The image is
decoded in memory only.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import Redaction

__all__ = ["RedactionCanvas", "RedactionDialog"]

_MAX_VIEW = QSize(760, 520)
_MIN_DRAG = 4  # pixels on screen: a click is not a region


def _decode(data: bytes) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # as the dossier shows it (EXIF rotation)
    image = reader.read()
    buffer.close()
    return image


class RedactionCanvas(QWidget):
    """The picture with its regions; a drag adds one (``regions`` in thousandths)."""

    def __init__(self, image: QImage, regions: list[Redaction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = (
            image.scaled(_MAX_VIEW, Qt.AspectRatioMode.KeepAspectRatio) if not image.isNull() else image
        )
        self.regions = [Redaction(left=r.left, top=r.top, width=r.width, height=r.height) for r in regions]
        self._start: QPoint | None = None
        self._current: QRect | None = None
        self.on_change: list[object] = []
        self.setFixedSize(self.image.size() if not self.image.isNull() else QSize(200, 120))
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _to_region(self, rect: QRect) -> Redaction:
        w, h = max(1, self.width()), max(1, self.height())
        left = max(0, min(1000, rect.left() * 1000 // w))
        top = max(0, min(1000, rect.top() * 1000 // h))
        width = max(1, min(1000 - left, -(-rect.width() * 1000 // w)))
        height = max(1, min(1000 - top, -(-rect.height() * 1000 // h)))
        return Redaction(left=left, top=top, width=width, height=height)

    def _to_rect(self, region: Redaction) -> QRect:
        x0, y0, x1, y1 = region.box(self.width(), self.height())
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = event.position().toPoint()
            self._current = QRect(self._start, self._start)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._start is not None:
            self._current = QRect(self._start, event.position().toPoint()).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._start is None:
            return
        rect = QRect(self._start, event.position().toPoint()).normalized().intersected(self.rect())
        self._start = self._current = None
        if rect.width() >= _MIN_DRAG and rect.height() >= _MIN_DRAG:
            self.regions.append(self._to_region(rect))
            self._changed()
        self.update()

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.regions):
            del self.regions[index]
            self._changed()
            self.update()

    def _changed(self) -> None:
        for callback in self.on_change:
            callback()  # type: ignore[operator]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        if not self.image.isNull():
            painter.drawImage(0, 0, self.image)
        painter.setPen(QPen(QColor("#e02020"), 2))
        for number, region in enumerate(self.regions, 1):
            rect = self._to_rect(region)
            painter.fillRect(rect, QColor(0, 0, 0, 170))  # what the dossier will show: black
            painter.drawRect(rect)
            painter.drawText(rect.adjusted(4, 2, 0, 0), Qt.AlignmentFlag.AlignLeft, str(number))
        if self._current is not None:
            painter.setPen(QPen(QColor("#e02020"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(self._current)
        painter.end()


class RedactionDialog(QDialog):
    """``regions()`` after ``accept``: the regions with the chosen recipients' scopes."""

    def __init__(self, data: bytes, regions: list[Redaction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hide regions in dossiers"))
        image = _decode(data)
        self.canvas = RedactionCanvas(image, regions, self)
        self.canvas.on_change.append(self._refresh)
        self.list = QListWidget()
        self.remove_button = QPushButton(self.tr("Remove region"))
        self.remove_button.clicked.connect(lambda: self.canvas.remove(self.list.currentRow()))
        scopes = {s for r in regions for s in r.scopes}
        self.scopes: dict[str, QCheckBox] = {}
        for code, text in (
            ("wgeid", self.tr("UN Working Group (WGEID)")),
            ("ministry", self.tr("Ministry")),
            ("publish", self.tr("NGO / public")),
        ):
            box = QCheckBox(text)
            # Regions stored for every recipient (no scope) show every box checked.
            box.setChecked(not regions or not scopes or code in scopes)
            self.scopes[code] = box
        hint = QLabel(
            self.tr(
                "Drag over the picture to mark what dossiers must not show. The marked pixels are "
                "replaced in the dossier's copy; the file in the vault is not changed."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Regions")))
        side.addWidget(self.list, 1)
        side.addWidget(self.remove_button)
        side.addWidget(QLabel(self.tr("Hidden in dossiers for:")))
        for box in self.scopes.values():
            side.addWidget(box)
        body = QHBoxLayout()
        body.addWidget(self.canvas, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self._refresh()

    def _refresh(self) -> None:
        self.list.clear()
        for number, r in enumerate(self.canvas.regions, 1):
            self.list.addItem(
                self.tr("%1: at %2 %, %3 %; %4 % × %5 %")
                .replace("%1", str(number))
                .replace("%2", f"{r.left / 10:g}")
                .replace("%3", f"{r.top / 10:g}")
                .replace("%4", f"{r.width / 10:g}")
                .replace("%5", f"{r.height / 10:g}")
            )
        self.remove_button.setEnabled(bool(self.canvas.regions))

    def regions(self) -> list[Redaction]:
        chosen = [code for code, box in self.scopes.items() if box.isChecked()]
        # Every box: every recipient (also scopes added later). None: kept, but no dossier
        # profile uses the "store" scope, so no dossier hides it.
        scopes = [] if len(chosen) == len(self.scopes) else chosen or ["store"]
        return [
            Redaction(left=r.left, top=r.top, width=r.width, height=r.height, scopes=list(scopes))
            for r in self.canvas.regions
        ]
