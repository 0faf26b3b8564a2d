"""``ScriptParagraph``: a platypus flowable for plain text in any mix of the bundled scripts."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.flowables import Flowable

from app.dossier.text.bidi import Direction
from app.dossier.text.fonts import FontSet, fonts
from app.dossier.text.glyphs import Line
from app.dossier.text.layout import ParagraphLayout
from app.dossier.text.render import draw_prepared_line

__all__ = ["ScriptParagraph"]


@dataclass(frozen=True, order=True)
class _Mark:
    """A position in the text: which newline-separated paragraph, and the offset in it."""

    paragraph: int
    offset: int


class ScriptParagraph(Flowable):
    """Plain text laid out with bidi, font fallback and HarfBuzz shaping.

    Used like ``Paragraph`` but takes plain text, not markup. From ``style`` it uses
    ``fontSize``, ``leading``, ``textColor``, ``leftIndent``, ``rightIndent``, ``spaceBefore``,
    ``spaceAfter`` and ``alignment``; the font comes from the text itself. Alignment is relative
    to the paragraph direction: ``TA_LEFT``/``TA_JUSTIFY`` mean "start" (right edge for an RTL
    paragraph), ``TA_RIGHT`` means "end", ``TA_CENTER`` centres. Justification is not done.
    A newline starts a new paragraph, whose direction is detected anew when ``direction`` is
    ``"auto"``.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        direction: Direction = "auto",
        *,
        bold: bool = False,
        font_set: FontSet | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.direction: Direction = direction
        self.bold = bold
        self._font_set = font_set or fonts()
        self._paragraphs = [
            ParagraphLayout(part, style.fontSize, self._font_set, bold=bold, direction=direction)
            for part in text.replace("\r\n", "\n").split("\n")
        ]
        # A split part shows the text from _start up to _stop (None: to the end).
        self._start = _Mark(0, 0)
        self._stop: _Mark | None = None
        self._lines: list[tuple[_Mark, Line]] = []
        self._wrapped_width: float | None = None

    def __copy__(self) -> ScriptParagraph:
        # What copy.copy does for a plain object, without its generic reduce protocol: the
        # dossier copies a paragraph per use (app/dossier/texts.py).
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        return new

    def _layout(self, width: float) -> list[tuple[_Mark, Line]]:
        inner = max(width - self.style.leftIndent - self.style.rightIndent, 1.0)
        if self._wrapped_width != inner:
            stop = self._stop or _Mark(len(self._paragraphs), 0)
            lines = []
            for index in range(self._start.paragraph, len(self._paragraphs)):
                if (index, 0) >= (stop.paragraph, stop.offset):
                    break
                para = self._paragraphs[index]
                begin = self._start.offset if index == self._start.paragraph else 0
                end = stop.offset if index == stop.paragraph else None
                for a, b in para.break_lines(inner, begin, end):
                    lines.append((_Mark(index, a), para.line(a, b)))
            self._lines = lines
            self._wrapped_width = inner
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self._layout(availWidth)) * self.style.leading
        return availWidth, self.height

    def minWidth(self) -> float:  # noqa: N802 (platypus API, used by tables)
        widest = max((p.min_width() for p in self._paragraphs), default=0.0)
        return widest + self.style.leftIndent + self.style.rightIndent

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._layout(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        cut = lines[fit][0]
        head = self._part(self._start, cut)
        head._lines = lines[:fit]
        head._wrapped_width = self._wrapped_width
        tail = self._part(cut, self._stop)
        # The rest was laid out already at this width; without this a paragraph of N pages
        # would be laid out again for every page (N²/2 pages of work).
        tail._lines = lines[fit:]
        tail._wrapped_width = self._wrapped_width
        return [head, tail]

    def _part(self, start: _Mark, stop: _Mark | None) -> ScriptParagraph:
        part = ScriptParagraph.__new__(ScriptParagraph)
        Flowable.__init__(part)
        part.text = self.text
        part.style = self.style
        part.direction = self.direction
        part.bold = self.bold
        part._font_set = self._font_set
        part._paragraphs = self._paragraphs
        part._start = start
        part._stop = stop
        part._lines = []
        part._wrapped_width = None
        return part

    def getSpaceBefore(self) -> float:  # noqa: N802 (platypus API)
        # Asked for many times per table layout: compare without making a _Mark each time.
        start = self._start
        return self.style.spaceBefore if start.paragraph == 0 and start.offset == 0 else 0.0

    def getSpaceAfter(self) -> float:  # noqa: N802 (platypus API)
        return self.style.spaceAfter if self._stop is None else 0.0

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        size = style.fontSize
        leading = style.leading
        inner = self.width - style.leftIndent - style.rightIndent
        canvas.setFillColor(style.textColor)
        # Baseline so that the glyphs sit in the middle of the leading, ascent ~0.8 em.
        first_baseline = self.height - (leading - size) / 2 - 0.8 * size
        for k, (_, line) in enumerate(self._lines):
            width = line.width
            if style.alignment == TA_CENTER:
                x = (inner - width) / 2
            elif (style.alignment == TA_RIGHT) != line.rtl:
                x = inner - width
            else:
                x = 0.0
            y = first_baseline - k * leading
            draw_prepared_line(canvas, line, style.leftIndent + x, y)
