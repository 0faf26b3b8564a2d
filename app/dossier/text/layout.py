"""Paragraph layout: bidi levels, font runs, HarfBuzz shaping, line breaking, visual order.

Lines are broken in logical (typed) order and only then reordered for display, each line on
its own (UAX #9 rule L2). Reordering happens on shaped runs, not on characters: HarfBuzz
already returns a right-to-left run in display order, so Arabic letters stay joined and a
number inside Uyghur text (its own left-to-right run) keeps its digit order.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

import uharfbuzz as hb

from app.dossier.text.bidi import (
    EXPLICIT_CONTROLS,
    Direction,
    base_level,
    reorder_runs,
    resolve_levels,
)
from app.dossier.text.fonts import FontSet, GlyphFont

__all__ = ["Glyph", "GlyphRun", "Line", "ParagraphLayout"]

# No line may start with these (closing CJK punctuation) or end with the opening ones.
_NO_BREAK_BEFORE = frozenset("，。、；：？！）」』】〉》〕〗〙〛”’.,;:?!)]}%")
_NO_BREAK_AFTER = frozenset("（「『【〈《〔〖〘〚“‘([{")


class Glyph(NamedTuple):
    """One glyph as drawn; lengths in 1/1000 em (the unit of PDF glyph widths).

    A NamedTuple, not a dataclass: a long testimony makes tens of thousands of these, and a
    tuple is several times cheaper to create.
    """

    code: int  # character code in ``GlyphRun.font`` (see GlyphFont.code_for)
    advance: float
    dx: float
    dy: float
    width: float  # advance the PDF viewer assumes for ``code``
    # Text of a cluster drawn with several glyphs, set on its first glyph (in display order);
    # ``cluster_end`` marks its last glyph. Written as ActualText.
    actual_text: str | None = None
    cluster_end: bool = False


@dataclass(frozen=True, slots=True)
class GlyphRun:
    """Shaped text of one font and one bidi level, glyphs in display order."""

    font: GlyphFont
    glyphs: tuple[Glyph, ...]
    level: int
    start: int
    end: int
    advance: float  # 1/1000 em
    synthetic_bold: bool = False  # bold asked for, but the font has no bold face

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


@dataclass(frozen=True, slots=True)
class Line:
    """One laid-out line: runs in display order (left to right)."""

    runs: tuple[GlyphRun, ...]
    size: float
    rtl: bool  # paragraph direction, which decides the natural alignment
    start: int
    end: int

    @property
    def width(self) -> float:
        """Width in points."""
        return sum(r.advance for r in self.runs) * self.size / 1000


def _clean(text: str) -> str:
    out = []
    for ch in text:
        if ch in EXPLICIT_CONTROLS:
            continue
        if ch in "\t\n\r\u2028\u2029\x0b\x0c":
            out.append(" ")
        elif unicodedata.category(ch) == "Cc":
            continue
        else:
            out.append(ch)
    return "".join(out)


def _is_space(ch: str) -> bool:
    """Whitespace that separates words (a line may break after it); not the no-break ones."""
    return ch.isspace() and ch not in "\u00a0\u2007\u202f"


def _is_cjk_breakable(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3040 <= cp <= 0x30FF
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x3000 <= cp <= 0x303F
        or 0xFF00 <= cp <= 0xFF60
        or 0x20000 <= cp <= 0x3FFFF
    )


class ParagraphLayout:
    """One paragraph (no hard line breaks) analysed once, then broken into lines on demand."""

    def __init__(
        self,
        text: str,
        size: float,
        fonts: FontSet,
        *,
        bold: bool = False,
        direction: Direction = "auto",
    ) -> None:
        self.text = _clean(text)
        self.size = size
        self.base = base_level(self.text, direction)
        self.levels = resolve_levels(self.text, self.base)
        self._codepoints = [ord(c) for c in self.text]
        self._fonts = self._assign_fonts(fonts, bold)
        self._synthetic_bold = {f for f in self._fonts if bold and fonts.lacks_bold(f)}
        self._items = self._split_items()
        # Advance per character (a cluster's advance on its first character), for breaking.
        self._advance = [0.0] * len(self.text)
        for start, end in self._items:
            for cluster, adv in self._cluster_advances(start, end).items():
                self._advance[cluster] += adv
        self._break_before = self._break_opportunities()

    @property
    def rtl(self) -> bool:
        return self.base % 2 == 1

    def _assign_fonts(self, fonts: FontSet, bold: bool) -> list[GlyphFont]:
        text = self.text
        chosen: list[GlyphFont | None] = [None] * len(text)
        for i, ch in enumerate(text):
            cat = unicodedata.category(ch)
            if cat[0] == "L":
                chosen[i] = fonts.font_for(ch, bold)
            elif cat[0] == "M" and i and (base := chosen[i - 1]) is not None and base.covers(ch):
                chosen[i] = base  # a mark must be shaped with its base
        # Digits, spaces and punctuation join the script around them, so that "2017-" in
        # Uyghur text and the spaces between Uyghur words stay in one Arabic-font run.
        n = len(text)
        before: list[GlyphFont | None] = [None] * n  # font of the nearest letter before i
        after: list[GlyphFont | None] = [None] * n  # and after i
        for i in range(1, n):
            prev = chosen[i - 1]
            before[i] = prev if prev is not None else before[i - 1]
        for i in range(n - 2, -1, -1):
            nxt = chosen[i + 1]
            after[i] = nxt if nxt is not None else after[i + 1]
        for i, ch in enumerate(text):
            if chosen[i] is not None:
                continue
            for candidate in (before[i], after[i]):
                if candidate is not None and candidate.covers(ch):
                    chosen[i] = candidate
                    break
            else:
                chosen[i] = fonts.font_for(ch, bold)
        return [f for f in chosen if f is not None]

    def _split_items(self) -> list[tuple[int, int]]:
        items = []
        start = 0
        for i in range(1, len(self.text) + 1):
            if (
                i == len(self.text)
                or self.levels[i] != self.levels[start]
                or self._fonts[i] is not self._fonts[start]
            ):
                items.append((start, i))
                start = i
        return items

    def _hb_shape(self, start: int, end: int) -> tuple[GlyphFont, int, hb.Buffer]:
        font = self._fonts[start]
        level = self.levels[start]
        rtl = level % 2 == 1
        buf = hb.Buffer()
        # Whole paragraph as context so joining at run edges is decided with the neighbours.
        buf.add_codepoints(self._codepoints, start, end - start)
        buf.direction = "rtl" if rtl else "ltr"
        buf.guess_segment_properties()
        # Fixed language, not the process locale: the same PDF on every laptop.
        buf.language = "ug" if buf.script == "Arab" else "zh" if buf.script == "Hani" else "en"
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        hb.shape(font.hb_font, buf, {"kern": True, "liga": True})
        return font, level, buf

    def _cluster_advances(self, start: int, end: int) -> dict[int, float]:
        """Advance per cluster only: what line breaking needs, without building glyphs."""
        font, _level, buf = self._hb_shape(start, end)
        scale = 1000 / font.units_per_em
        advances: dict[int, float] = {}
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            advances[info.cluster] = advances.get(info.cluster, 0.0) + pos.x_advance * scale
        return advances

    def _shape(self, start: int, end: int) -> tuple[GlyphRun, dict[int, float]]:
        font, level, buf = self._hb_shape(start, end)
        rtl = level % 2 == 1
        infos = buf.glyph_infos
        positions = buf.glyph_positions
        clusters = sorted({info.cluster for info in infos})
        cluster_end = {c: (clusters[k + 1] if k + 1 < len(clusters) else end) for k, c in enumerate(clusters)}
        counts: dict[int, int] = {}
        for info in infos:
            counts[info.cluster] = counts.get(info.cluster, 0) + 1

        scale = 1000 / font.units_per_em
        glyphs = []
        advances: dict[int, float] = {}
        seen: dict[int, int] = {}
        char_to_glyph = font.face.charToGlyph
        widths: dict[int, float] = {}
        texts: dict[int, str] = {}
        for info, pos in zip(infos, positions, strict=True):
            c = info.cluster
            gid = info.codepoint
            cluster_text = texts.get(c)
            if cluster_text is None:
                cluster_text = self.text[c : cluster_end[c]]
                if rtl:
                    # Extractors (poppler) read a right-to-left word by reversing its
                    # characters as drawn, so a ligature's text must be stored reversed.
                    cluster_text = cluster_text[::-1]
                texts[c] = cluster_text
            nth = seen.get(c, 0)
            seen[c] = nth + 1
            multi = counts[c] > 1
            # A cluster's text goes to its first glyph; the others stand for nothing and the
            # whole cluster is wrapped in ActualText so extraction still reads it once.
            if nth == 0 and len(cluster_text) == 1 and char_to_glyph.get(ord(cluster_text)) == gid:
                code = ord(cluster_text)  # the common case, without code_for's lock
            else:
                code = font.code_for(gid, cluster_text if nth == 0 else "")
            width = widths.get(gid)
            if width is None:
                width = widths[gid] = font.glyph_width(gid)
            adv = pos.x_advance * scale
            glyphs.append(
                Glyph(
                    code,
                    adv,
                    pos.x_offset * scale,
                    pos.y_offset * scale,
                    width,
                    cluster_text if multi and nth == 0 else None,
                    multi and nth == counts[c] - 1,
                )
            )
            advances[c] = advances.get(c, 0.0) + adv
        total = sum(g.advance for g in glyphs)
        run = GlyphRun(font, tuple(glyphs), level, start, end, total, font in self._synthetic_bold)
        return run, advances

    def _break_opportunities(self) -> list[bool]:
        text = self.text
        ok = [False] * (len(text) + 1)
        for i in range(1, len(text)):
            a, b = text[i - 1], text[i]
            if _is_space(b):
                continue
            if _is_space(a):
                ok[i] = True
            elif a in "-\u2010" and i >= 2 and text[i - 2].isalpha() and b.isalpha():
                ok[i] = True  # "Аты-|жөні"; not in "2017-يىلى", where a number precedes
            elif (_is_cjk_breakable(a) or _is_cjk_breakable(b)) and not (
                b in _NO_BREAK_BEFORE or a in _NO_BREAK_AFTER or unicodedata.category(b)[0] == "M"
            ):
                ok[i] = True
        return ok

    def break_lines(self, width: float, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Logical ranges of the lines that fill ``width`` points, for ``text[start:end]``."""
        text = self.text
        n = len(text) if end is None else end
        if start >= n:
            return [(start, start)] if start == 0 else []
        limit = width * 1000 / self.size
        adv = self._advance
        lines = []
        line_start = start
        line_width = 0.0  # without trailing spaces
        pending = 0.0  # width of spaces not yet known to be inside the line
        i = start
        while i < n:
            j = i + 1  # the segment [i, j) runs to the next break opportunity
            while j < n and not self._break_before[j]:
                j += 1
            seg_end = j
            while seg_end > i and _is_space(text[seg_end - 1]):
                seg_end -= 1
            word = sum(adv[i:seg_end])
            spaces = sum(adv[seg_end:j])
            if line_width + pending + word <= limit or i == line_start:
                if i == line_start and word > limit:
                    # A word wider than the line: break it between characters.
                    cut = self._emergency_cut(i, seg_end, limit)
                    if cut < seg_end:
                        lines.append((line_start, cut))
                        line_start = i = cut
                        line_width = pending = 0.0
                        continue
                line_width += pending + word
                pending = spaces
                i = j
            else:
                lines.append((line_start, i))
                line_start = i
                line_width = pending = 0.0
        lines.append((line_start, n))
        return lines

    def min_width(self) -> float:
        """Width in points of the widest unbreakable piece (a word, or one CJK character)."""
        widest = 0.0
        start = 0
        for i in range(1, len(self.text) + 1):
            if i == len(self.text) or self._break_before[i]:
                end = i
                while end > start and _is_space(self.text[end - 1]):
                    end -= 1
                widest = max(widest, sum(self._advance[start:end]))
                start = i
        return widest * self.size / 1000

    def _emergency_cut(self, start: int, end: int, limit: float) -> int:
        width = 0.0
        i = start
        while i < end:
            width += self._advance[i]
            if width > limit and i > start:
                break
            i += 1
        while i < end and unicodedata.category(self.text[i])[0] == "M":
            i += 1  # never separate a mark from its base
        return max(i, start + 1)

    def line(self, start: int, end: int) -> Line:
        """Shape and reorder the characters ``[start, end)`` as one display line."""
        # Rule L1: trailing whitespace goes to the paragraph level; it is invisible at the
        # line end, so it is simply not drawn (and does not count for alignment).
        while end > start and _is_space(self.text[end - 1]):
            end -= 1
        runs = []
        for item_start, item_end in self._items:
            a, b = max(item_start, start), min(item_end, end)
            if a < b:
                runs.append(self._shape(a, b)[0])
        order = reorder_runs([r.level for r in runs])
        return Line(tuple(runs[k] for k in order), self.size, self.rtl, start, end)

    def lines(self, width: float, start: int = 0, end: int | None = None) -> list[Line]:
        return [self.line(a, b) for a, b in self.break_lines(width, start, end)]
