"""Paragraph layout: bidi levels, font runs, HarfBuzz shaping, line breaking, visual order.

Lines are broken in logical (typed) order and only then reordered for display, each line on
its own (UAX #9 rule L2). Reordering happens on shaped runs, not on characters: HarfBuzz
already returns a right-to-left run in display order, so Arabic letters stay joined and a
number inside Uyghur text (its own left-to-right run) keeps its digit order.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from typing import NamedTuple

import uharfbuzz as hb

from app.dossier.text.bidi import (
    EXPLICIT_CONTROLS,
    Direction,
    base_level,
    reorder_runs,
    resolve_levels,
)
from app.dossier.text.chars import NEEDS_CLEANING
from app.dossier.text.fonts import FontSet, GlyphFont
from app.dossier.text.glyphs import Glyph, GlyphRun, Line, RunGlyphs, run_glyphs
from app.dossier.text.linebreak import break_lines, break_opportunities, is_space, min_width

# Glyph, GlyphRun and Line are defined in glyphs.py and named here too, as before.
__all__ = ["Glyph", "GlyphRun", "Line", "ParagraphLayout"]

_UNSAFE_TO_BREAK = int(hb.GlyphFlags.UNSAFE_TO_BREAK)
_FEATURES = {"kern": True, "liga": True}


class _Shaped(NamedTuple):
    """Glyphs of one item (font and level run) or of a piece shaped anew, in display order;
    lengths in 1/1000 em. An item's are kept so that lines are cut from them."""

    infos: list[hb.GlyphInfo]  # for their flags, read only where a line is cut
    gids: list[int]
    clusters: list[int]
    advances: list[float]
    dx: list[float] | None  # None: no glyph is offset (nearly always)
    dy: list[float] | None

    def cut(self, lo: int, hi: int) -> _Shaped:
        dx, dy = self.dx, self.dy
        return _Shaped(
            self.infos[lo:hi],
            self.gids[lo:hi],
            self.clusters[lo:hi],
            self.advances[lo:hi],
            None if dx is None else dx[lo:hi],
            None if dy is None else dy[lo:hi],
        )


def _glyphs(buf: hb.Buffer, font: GlyphFont) -> _Shaped:
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    scale = 1000 / font.units_per_em
    # One attribute per pass: GlyphPosition.position makes a tuple per glyph, far slower.
    dx = dy = None
    if any(p.x_offset or p.y_offset for p in positions):
        dx = [p.x_offset * scale for p in positions]
        dy = [p.y_offset * scale for p in positions]
    return _Shaped(
        infos,
        [i.codepoint for i in infos],
        [i.cluster for i in infos],
        [p.x_advance * scale for p in positions],
        dx,
        dy,
    )


def _clean(text: str) -> str:
    if NEEDS_CLEANING.search(text) is None:
        return text  # nearly every paragraph: nothing to remove
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


def _single_font(text: str, fonts: FontSet, bold: bool) -> GlyphFont | None:
    """The one font of ``text`` when all its letters choose the same font and that font
    covers every other character too: then _assign_fonts's rules give it to every character."""
    font = None
    distinct = set(text)
    known = fonts.letter_fonts(bold)
    for ch in distinct:
        chosen = known[ch] if ch in known else fonts.letter_font(ch, bold)
        if chosen is None:
            continue  # not a letter
        if font is None:
            font = chosen
        elif chosen is not font:
            return None
    if font is None or not font.face.charToGlyph.keys() >= set(map(ord, distinct)):
        return None
    return font


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
        self._synthetic_bold = {f for f in set(self._fonts) if fonts.lacks_bold(f)} if bold else set()
        self._items = self._split_items()
        self._item_starts = [start for start, _ in self._items]
        # Each item is shaped once; its advance per character (a cluster's advance on its
        # first character) drives line breaking, and lines are cut from the same glyphs.
        self._advance = [0.0] * len(self.text)
        self._shaped = [self._shape_item(start, end) for start, end in self._items]
        self._breaks = break_opportunities(self.text)

    @property
    def rtl(self) -> bool:
        return self.base % 2 == 1

    def _assign_fonts(self, fonts: FontSet, bold: bool) -> list[GlyphFont]:
        text = self.text
        single = _single_font(text, fonts, bold)
        if single is not None:
            return [single] * len(text)
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
        n = len(self.text)
        levels, fonts = self.levels, self._fonts
        if n and levels.count(levels[0]) == n and fonts.count(fonts[0]) == n:
            return [(0, n)]  # one font, one direction: most paragraphs
        items = []
        start = 0
        for i in range(1, n + 1):
            if i == n or levels[i] != levels[start] or fonts[i] is not fonts[start]:
                items.append((start, i))
                start = i
        return items

    def _hb_shape(self, start: int, end: int) -> _Shaped:
        font = self._fonts[start]
        rtl = self.levels[start] % 2 == 1
        buf = hb.Buffer()
        # Whole paragraph as context so joining at run edges is decided with the neighbours.
        buf.add_codepoints(self._codepoints, start, end - start)
        buf.direction = "rtl" if rtl else "ltr"
        buf.guess_segment_properties()
        # Fixed language, not the process locale: the same PDF on every laptop.
        buf.language = "ug" if buf.script == "Arab" else "zh" if buf.script == "Hani" else "en"
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        hb.shape(font.hb_font, buf, _FEATURES)
        return _glyphs(buf, font)

    def _shape_item(self, start: int, end: int) -> tuple[_Shaped, list[int]]:
        """Shape one item whole and add its advances to ``_advance``; with its clusters in
        ascending order (reversed for a right-to-left item), for cutting lines."""
        shaped = self._hb_shape(start, end)
        clusters = shaped.clusters
        total = self._advance
        if len(set(clusters)) == len(clusters):  # one glyph per cluster: nothing to add up
            for c, adv in zip(clusters, shaped.advances, strict=True):
                total[c] += adv
        else:
            advances: dict[int, float] = {}
            for c, adv in zip(clusters, shaped.advances, strict=True):
                advances[c] = advances.get(c, 0.0) + adv
            for c, adv in advances.items():
                total[c] += adv
        ascending = clusters[::-1] if self.levels[start] % 2 == 1 else clusters
        return shaped, ascending

    def _glyphs_of(self, start: int, end: int) -> _Shaped:
        """The shaped glyphs of ``[start, end)`` (inside one item), in display order.

        Cut from the item's own shaping when HarfBuzz says both ends are safe to break at
        (the cut then equals shaping the piece on its own, by HarfBuzz's guarantee); shaped
        anew otherwise (a kerning pair or a ligature across the line end).
        """
        index = bisect_right(self._item_starts, start) - 1
        item_start, item_end = self._items[index]
        shaped, clusters = self._shaped[index]
        if start == item_start and end == item_end:
            return shaped
        rtl = self.levels[start] % 2 == 1
        count = len(clusters)
        infos = shaped.infos
        for edge in (start, end):
            if edge in (item_start, item_end):
                continue
            # The glyphs of the cluster that starts at the edge, if one does.
            lo, hi = bisect_left(clusters, edge), bisect_right(clusters, edge)
            if rtl:  # clusters were reversed: map back to display order
                lo, hi = count - hi, count - lo
            if lo == hi or any(info.flags & _UNSAFE_TO_BREAK for info in infos[lo:hi]):
                return self._hb_shape(start, end)
        lo, hi = bisect_left(clusters, start), bisect_left(clusters, end)
        if rtl:
            lo, hi = count - hi, count - lo
        return shaped.cut(lo, hi)

    def _shape(self, start: int, end: int) -> GlyphRun:
        font, level = self._fonts[start], self.levels[start]
        rtl = level % 2 == 1
        shaped = self._glyphs_of(start, end)
        gids, clusters = shaped.gids, shaped.clusters
        glyphs = None
        if len(gids) == end - start:
            # One glyph per character, in order, each the font's own glyph for it: nearly
            # every run. Its codes are the characters themselves.
            cps = self._codepoints[start:end]
            if rtl:
                cps.reverse()
            if clusters == list(range(end - 1, start - 1, -1) if rtl else range(start, end)) and (
                list(map(font.face.charToGlyph.get, cps)) == gids
            ):
                widths_of = font.widths
                widths = tuple(
                    font.glyph_width(gid) if (width := widths_of.get(gid)) is None else width for gid in gids
                )
                dx, dy = shaped.dx, shaped.dy
                glyphs = RunGlyphs(
                    "".join(map(chr, cps)),
                    tuple(shaped.advances),
                    widths,
                    tuple(dx) if dx is not None and any(dx) else None,
                    tuple(dy) if dy is not None and any(dy) else None,
                    (),
                )
        if glyphs is None:
            zeros = [0.0] * len(gids)
            glyphs = run_glyphs(
                self.text,
                font,
                rtl,
                gids,
                clusters,
                end,
                shaped.advances,
                shaped.dx or zeros,
                shaped.dy or zeros,
            )
        return GlyphRun(
            font,
            *glyphs,
            level=level,
            start=start,
            end=end,
            advance=sum(glyphs.advances),
            synthetic_bold=font in self._synthetic_bold,
        )

    def break_lines(self, width: float, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Logical ranges of the lines that fill ``width`` points, for ``text[start:end]``."""
        n = len(self.text) if end is None else end
        return break_lines(self.text, self._advance, self._breaks, width * 1000 / self.size, start, n)

    def min_width(self) -> float:
        """Width in points of the widest unbreakable piece (a word, or one CJK character)."""
        return min_width(self.text, self._advance, self._breaks) * self.size / 1000

    def line(self, start: int, end: int) -> Line:
        """Shape and reorder the characters ``[start, end)`` as one display line."""
        # Rule L1: trailing whitespace goes to the paragraph level; it is invisible at the
        # line end, so it is simply not drawn (and does not count for alignment).
        while end > start and is_space(self.text[end - 1]):
            end -= 1
        runs = []
        first = max(bisect_right(self._item_starts, start) - 1, 0)
        for item_start, item_end in self._items[first:]:
            if item_start >= end:
                break
            a, b = max(item_start, start), min(item_end, end)
            if a < b:
                runs.append(self._shape(a, b))
        order = reorder_runs([r.level for r in runs])
        return Line(tuple(runs[k] for k in order), self.size, self.rtl, start, end)

    def lines(self, width: float, start: int = 0, end: int | None = None) -> list[Line]:
        return [self.line(a, b) for a, b in self.break_lines(width, start, end)]
