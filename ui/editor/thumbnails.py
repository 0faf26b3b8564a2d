"""Thumbnails of an open case's photos, made in memory only (never a thumbnail cache on disk):
the DB thread reads the file, the render pool decodes and scales it and finds what its
metadata gives away (app/imagemeta.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.imagemeta import MetadataFound, find_metadata
from app.model import Attachment
from ui.worker import DbSession

__all__ = ["THUMB", "THUMB_MAX_BYTES", "image_bytes", "thumbnail"]

THUMB = 96
THUMB_MAX_BYTES = 30 * 1024 * 1024


def image_bytes(session: DbSession, attachment: Attachment) -> bytes | None:
    """On the DB thread: only the read; decoding and scaling run in the render pool."""
    if not attachment.media_type.startswith("image/") or attachment.size > THUMB_MAX_BYTES:
        return None
    return session.store.attachment_bytes(attachment.uuid)


def thumbnail(data: bytes | None) -> tuple[QImage | None, MetadataFound]:
    """The thumbnail (in memory only) and what the photo's metadata gives away.

    In a pool thread: a QImage (unlike a QPixmap) may be made and scaled off the GUI thread.
    """
    if data is None:
        return None, MetadataFound()
    found = find_metadata(data)
    image = QImage.fromData(data)
    if image.isNull():
        return None, found
    return image.scaled(
        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    ), found
