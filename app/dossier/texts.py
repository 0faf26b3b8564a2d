"""The one way text gets into a dossier: :class:`DossierText`.

Every paragraph, table cell, page header and file property of a dossier is made by one
``DossierText``, and every piece of it that is not fixed label wording passes its consent
redactor first. There is no other route from case data to the PDF, so a witness's name that
the consent forbids cannot reach a path that "forgot" to redact (a page header, a caption,
the document title): sections get text only from this object.

Shaping is the costly part of a dossier, and most paragraphs are labels that repeat on every
testimony and every dossier of a batch. A paragraph is analysed once per (text, style, bold)
and each use gets a shallow copy (the analysed layout is shared and never changed). Label
wording is cached for the whole process; case text only in the object of the build in
progress, dropped by :meth:`DossierText.close`, so no case data lingers in memory after a
dossier is made (the vault may be locked meanwhile).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from app.dossier.labels import static_texts
from app.dossier.styles import BODY
from app.dossier.text import ScriptParagraph, fonts
from app.dossier.text.bidi import Direction
from app.dossier.text.glyphs import Line
from app.dossier.text.layout import ParagraphLayout
from app.dossier.text.render import draw_prepared_line

__all__ = ["DossierText"]

_Key = tuple[str, str, bool]


class _SharedParagraph(ScriptParagraph):
    """A ScriptParagraph whose copies share their laid-out lines, per width.

    Copies (``copy.copy``) share the analysed text already; this also shares the shaped lines,
    which are the other half of the cost (a label is laid out at the same width every time).
    Only the whole paragraph is shared; the parts made by splitting are plain ScriptParagraphs.
    """

    def __init__(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> None:
        super().__init__(text, style, bold=bold)
        self._shared: dict[float, tuple[list[Any], float | None]] = {}

    def _layout(self, width: float) -> list[Any]:
        hit = self._shared.get(width)
        if hit is not None:
            self._lines, self._wrapped_width = hit
            return self._lines
        lines = super()._layout(width)
        self._shared[width] = (lines, self._wrapped_width)
        return lines


# Fixed label wording only (static_texts()): never case data, so safe to keep between builds.
_STATIC_PARAGRAPHS: dict[_Key, ScriptParagraph] = {}
_STATIC_LINES: dict[_Key, Line] = {}
_STATIC_LIMIT = 4096


class DossierText:
    """Text for one dossier build, redacted by ``redact`` (a consent :class:`Redactor`)."""

    def __init__(self, redact: Callable[[str], str]) -> None:
        self._redact = redact
        self._paragraphs: dict[_Key, ScriptParagraph] | None = {}
        self._lines: dict[_Key, Line] | None = {}

    def clean(self, text: str) -> str:
        """``text`` as the recipient may see it: label wording as it is, the rest redacted.

        Label wording is skipped because it is ours, not case data; an exact label that
        happened to equal a witness's name is the label, not the witness.
        """
        return text if text in static_texts() else self._redact(text)

    def para(
        self, text: str, style: ParagraphStyle = BODY, *, bold: bool = False, direction: Direction = "auto"
    ) -> ScriptParagraph:
        """A paragraph of ``text`` (redacted unless it is label wording); ``direction`` other
        than "auto" fixes its base direction (a line the dossier composes of several names)."""
        cache: dict[_Key, ScriptParagraph] | None
        if direction != "auto":
            return ScriptParagraph(self.clean(text), style, bold=bold, direction=direction)
        if text in static_texts():
            cache = _STATIC_PARAGRAPHS if len(_STATIC_PARAGRAPHS) < _STATIC_LIMIT else None
        else:
            text = self._redact(text)
            cache = self._paragraphs
        if cache is None:
            return ScriptParagraph(text, style, bold=bold)
        key = (text, style.name, bold)
        proto = cache.get(key)
        if proto is None:
            proto = cache[key] = _SharedParagraph(text, style, bold=bold)
        return copy.copy(proto)

    def draw(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        bold: bool = False,
        align: str = "left",
        fit: float | None = None,
    ) -> None:
        """One line of ``text`` (redacted) at ``x``, shortened with "…" to ``fit`` points."""
        text = self.clean(text)
        if fit is not None:
            text = self._fit(text, size, fit)
        line = self._line(text, size, bold)
        left = x - line.width if align == "right" else x - line.width / 2 if align == "center" else x
        draw_prepared_line(canvas, line, left, y)

    def close(self) -> None:
        """Drop the case text kept for this build (it is of no use once the PDF is made)."""
        self._paragraphs = self._lines = None

    def _line(self, text: str, size: float, bold: bool = False) -> Line:
        # A laid-out single line, cached like paragraphs (page headers repeat on every page).
        key = (text, f"line-{size}", bold)
        cache = _STATIC_LINES if text in static_texts() else self._lines
        line = cache.get(key) if cache is not None else None
        if line is None:
            layout = ParagraphLayout(text, size, fonts(), bold=bold)
            line = layout.line(0, len(layout.text))
            if cache is not None:
                cache[key] = line
        return line

    def _fit(self, text: str, size: float, width: float) -> str:
        if self._line(text, size).width <= width:
            return text
        low, high = 0, len(text)
        while low < high:  # longest prefix that fits with the ellipsis
            mid = (low + high + 1) // 2
            if ParagraphLayout(text[:mid] + "…", size, fonts()).line(0, mid + 1).width <= width:
                low = mid
            else:
                high = mid - 1
        return text[:low].rstrip() + "…"
