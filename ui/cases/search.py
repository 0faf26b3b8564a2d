"""Search results: one row per case, with highlighted snippets drawn in their own direction."""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.store import CaseRow, SearchHit, Snippet

__all__ = [
    "SearchResult",
    "SearchResultsModel",
    "SnippetDelegate",
    "snippet_html",
    "is_rtl_text",
    "RESULT_ROLE",
]

RESULT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class SearchResult:
    hit: SearchHit
    row: CaseRow | None


def is_rtl_text(text: str) -> bool:
    """Direction of the first strong character (what HTML's dir=auto does)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def snippet_html(snippet: Snippet) -> str:
    """Escaped snippet text with the matches marked; the direction is set on the document."""
    out, pos = [], 0
    for start, end in snippet.highlights:
        out.append(html.escape(snippet.text[pos:start]))
        out.append(
            # Dark text on the yellow mark: readable in the dark theme too.
            '<span style="background-color:#ffe066; color:#1a1a1a; font-weight:bold;">'
            f"{html.escape(snippet.text[start:end])}</span>"
        )
        pos = end
    out.append(html.escape(snippet.text[pos:]))
    return "".join(out)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([])

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        if role == RESULT_ROLE:
            return result
        if role == Qt.ItemDataRole.UserRole + 1:
            return result.hit.case_uuid
        if role == Qt.ItemDataRole.DisplayRole:
            head = f"{result.row.case_number} — {result.row.names}" if result.row else ""
            body = " … ".join(s.text for s in result.hit.snippets)
            return f"{head}\n{body}"
        return None


class SnippetDelegate(QStyledItemDelegate):
    """Case number and names in bold, then each snippet as rich text in its own direction."""

    def _documents(
        self, option: QStyleOptionViewItem, result: SearchResult, width: float
    ) -> list[QTextDocument]:
        docs = []
        head = f"{result.row.case_number} — {result.row.names}" if result.row else ""
        paragraphs = [(f"<b>{html.escape(head)}</b>", head)]
        paragraphs += [(snippet_html(s), s.text) for s in result.hit.snippets]
        for markup, plain in paragraphs:
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            text_option = QTextOption()
            text_option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if is_rtl_text(plain) else Qt.LayoutDirection.LeftToRight
            )
            text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            doc.setDefaultTextOption(text_option)
            doc.setHtml(markup)
            doc.setTextWidth(max(50.0, width))
            docs.append(doc)
        return docs

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        result = index.data(RESULT_ROLE)
        if not isinstance(result, SearchResult):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option_text_free = QStyleOptionViewItem(option)
        option_text_free.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option_text_free, painter, option.widget)
        painter.save()
        rect = option.rect.adjusted(6, 4, -6, -4)
        y = float(rect.top())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(
            QPalette.ColorRole.Text,
            option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text),
        )
        for doc in self._documents(option, result, rect.width()):
            painter.save()
            painter.translate(rect.left(), y)
            context.clip = QRectF(0, 0, rect.width(), doc.size().height())
            doc.documentLayout().draw(painter, context)
            painter.restore()
            y += doc.size().height()
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        result = index.data(RESULT_ROLE)
        if not isinstance(result, SearchResult):
            return super().sizeHint(option, index)
        view = option.widget
        viewport = view.viewport() if hasattr(view, "viewport") else None
        width = (viewport.width() if viewport is not None else 600) - 12
        height = sum(d.size().height() for d in self._documents(option, result, width))
        return QSize(width, int(height) + 10)
