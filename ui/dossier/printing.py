"""Printing a dossier preview: each page of the QPdfDocument rendered onto the printer."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

__all__ = ["print_document"]


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page of ``document`` onto ``printer``; returns the pages printed."""
    pages = document.pageCount()
    if pages <= 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(index)
            scale = min(target.width() / size.width(), target.height() / size.height())
            image = document.render(index, QSize(int(size.width() * scale), int(size.height() * scale)))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return pages
