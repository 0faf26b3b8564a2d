"""Paragraph layout: bidi levels, font runs, HarfBuzz shaping, line breaking, visual order.

Lines are broken in logical (typed) order and only then reordered for display, each line on
its own (UAX #9 rule L2). Reordering happens on shaped runs, not on characters: HarfBuzz
already returns a right-to-left run in display order, so Arabic letters stay joined and a
number inside Uyghur text (its own left-to-right run) keeps its digit order.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
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
from app.dossier.text.chars import (
    BREAK_AFTER_SPACE,
    CJK_BREAKABLE,
    NEEDS_CLEANING,
    SPACES,
    is_cjk_breakable,
)
from app.dossier.text.fonts import FontSet, GlyphFont

__all__ = ["Glyph", "GlyphRun", "Line", "ParagraphLayout"]

# No line may start with these (closing CJK punctuation) or end with the opening ones.
_NO_BREAK_BEFORE = frozenset("，。、；：？！）」』】〉》〕〗〙〛”’.,;:?!)]}%")
_NO_BREAK_AFTER = frozenset("（「『【〈《〔〖〘〚“‘([{")
_UNSAFE_TO_BREAK = int(hb.GlyphFlags.UNSAFE_TO_BREAK)


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


class _Shaped(NamedTuple):
    """One item (font and level run) shaped whole, kept so that lines are cut from it."""

    infos: list[hb.GlyphInfo]  # display order
    positions: list[hb.GlyphPosition]
    clusters: list[int]  # ascending: the infos' clusters, reversed for a right-to-left item


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


def _is_space(ch: str) -> bool:
    """Whitespace that separates words (a line may break after it); not the no-break ones."""
    return ch in SPACES


def _single_font(text: str, fonts: FontSet, bold: bool) -> GlyphFont | None:
    """The one font of ``text`` when all its letters choose the same font and that font
    covers every other character too: then _assign_fonts's rules give it to every character."""
    font = None
    distinct = set(text)
    for ch in distinct:
        if unicodedata.category(ch)[0] == "L":
            chosen = fonts.font_for(ch, bold)
            if font is None:
                font = chosen
            elif chosen is not font:
                return None
    if font is None or not all(font.covers(ch) for ch in distinct):
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
        self._synthetic_bold = {f for f in self._fonts if bold and fonts.lacks_bold(f)}
        self._items = self._split_items()
        self._item_starts = [start for start, _ in self._items]
        # Each item is shaped once; its advance per character (a cluster's advance on its
        # first character) drives line breaking, and lines are cut from the same glyphs.
        self._advance = [0.0] * len(self.text)
        self._shaped = [self._shape_item(start, end) for start, end in self._items]
        self._breaks = self._break_opportunities()

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

    def _shape_item(self, start: int, end: int) -> _Shaped:
        """Shape one item whole and add its advances to ``_advance``."""
        font, level, buf = self._hb_shape(start, end)
        infos = buf.glyph_infos
        positions = buf.glyph_positions
        scale = 1000 / font.units_per_em
        advances: dict[int, float] = {}
        for info, pos in zip(infos, positions, strict=True):
            c = info.cluster
            advances[c] = advances.get(c, 0.0) + pos.x_advance * scale
        for cluster, adv in advances.items():
            self._advance[cluster] += adv
        clusters = [info.cluster for info in infos]
        if level % 2 == 1:
            clusters.reverse()
        return _Shaped(infos, positions, clusters)

    def _glyphs_of(
        self, start: int, end: int
    ) -> tuple[GlyphFont, int, list[hb.GlyphInfo], list[hb.GlyphPosition]]:
        """The shaped glyphs of ``[start, end)`` (inside one item), in display order.

        Cut from the item's own shaping when HarfBuzz says both ends are safe to break at
        (the cut then equals shaping the piece on its own, by HarfBuzz's guarantee); shaped
        anew otherwise (a kerning pair or a ligature across the line end).
        """
        index = bisect_right(self._item_starts, start) - 1
        item_start, item_end = self._items[index]
        shaped = self._shaped[index]
        font, level = self._fonts[start], self.levels[start]
        if start == item_start and end == item_end:
            return font, level, shaped.infos, shaped.positions
        clusters = shaped.clusters
        rtl = level % 2 == 1
        count = len(clusters)
        for edge in (start, end):
            if edge in (item_start, item_end):
                continue
            # The glyphs of the cluster that starts at the edge, if one does.
            lo, hi = bisect_left(clusters, edge), bisect_right(clusters, edge)
            if rtl:  # clusters were reversed: map back to display order
                lo, hi = count - hi, count - lo
            if lo == hi or any(info.flags & _UNSAFE_TO_BREAK for info in shaped.infos[lo:hi]):
                font, level, buf = self._hb_shape(start, end)
                return font, level, buf.glyph_infos, buf.glyph_positions
        lo, hi = bisect_left(clusters, start), bisect_left(clusters, end)
        if rtl:
            lo, hi = count - hi, count - lo
        return font, level, shaped.infos[lo:hi], shaped.positions[lo:hi]

    def _shape(self, start: int, end: int) -> GlyphRun:
        font, level, infos, positions = self._glyphs_of(start, end)
        rtl = level % 2 == 1
        text = self.text
        scale = 1000 / font.units_per_em
        widths = font.widths
        char_to_glyph = font.face.charToGlyph
        cluster_ids = [info.cluster for info in infos]
        clusters = sorted(set(cluster_ids))
        cluster_end = dict(zip(clusters, [*clusters[1:], end], strict=False))  # last ends at end
        glyphs = []
        if len(clusters) == len(infos):
            # One glyph per cluster (no marks, no decomposition): the usual case, with
            # neither ActualText nor per-cluster counting.
            for c, info, pos in zip(cluster_ids, infos, positions, strict=True):
                gid = info.codepoint
                stop = cluster_end[c]
                if stop == c + 1 and char_to_glyph.get(cp := ord(text[c])) == gid:
                    code = cp
                else:
                    # Reversed in a right-to-left run: extractors (poppler) read such a word
                    # by reversing its characters as drawn.
                    code = font.code_for(gid, text[c:stop][::-1] if rtl else text[c:stop])
                width = widths.get(gid)
                if width is None:
                    width = font.glyph_width(gid)
                glyphs.append(
                    Glyph(code, pos.x_advance * scale, pos.x_offset * scale, pos.y_offset * scale, width)
                )
        else:
            glyphs = self._cluster_glyphs(font, rtl, cluster_ids, cluster_end, infos, positions)
        total = sum(g.advance for g in glyphs)
        return GlyphRun(font, tuple(glyphs), level, start, end, total, font in self._synthetic_bold)

    def _cluster_glyphs(
        self,
        font: GlyphFont,
        rtl: bool,
        cluster_ids: list[int],
        cluster_end: dict[int, int],
        infos: list[hb.GlyphInfo],
        positions: list[hb.GlyphPosition],
    ) -> list[Glyph]:
        """Glyphs of a run where some cluster has several glyphs (marks, split vowels)."""
        counts: dict[int, int] = {}
        for c in cluster_ids:
            counts[c] = counts.get(c, 0) + 1
        scale = 1000 / font.units_per_em
        glyphs = []
        seen: dict[int, int] = {}
        char_to_glyph = font.face.charToGlyph
        texts: dict[int, str] = {}
        for c, info, pos in zip(cluster_ids, infos, positions, strict=True):
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
            glyphs.append(
                Glyph(
                    code,
                    pos.x_advance * scale,
                    pos.x_offset * scale,
                    pos.y_offset * scale,
                    font.glyph_width(gid),
                    cluster_text if multi and nth == 0 else None,
                    multi and nth == counts[c] - 1,
                )
            )
        return glyphs

    def _break_opportunities(self) -> list[int]:
        """Positions (ascending) before which a line may break."""
        text = self.text
        if CJK_BREAKABLE.search(text) is None:
            # No CJK: a line breaks only after a space or inside "Аты-жөні" (the loop below
            # gives the same, a character at a time).
            breaks = [match.end() for match in BREAK_AFTER_SPACE.finditer(text)]
            hyphens = []
            for hyphen in "-\u2010":
                at = text.find(hyphen, 1)
                while at != -1:
                    if at + 1 < len(text) and text[at - 1].isalpha() and text[at + 1].isalpha():
                        hyphens.append(at + 1)
                    at = text.find(hyphen, at + 1)
            return sorted([*breaks, *hyphens]) if hyphens else breaks
        breaks = []
        for i in range(1, len(text)):
            a, b = text[i - 1], text[i]
            if _is_space(b):
                continue
            if _is_space(a):
                breaks.append(i)
            elif a in "-\u2010" and i >= 2 and text[i - 2].isalpha() and b.isalpha():
                breaks.append(i)  # "Аты-|жөні"; not in "2017-يىلى", where a number precedes
            elif (is_cjk_breakable(a) or is_cjk_breakable(b)) and not (
                b in _NO_BREAK_BEFORE or a in _NO_BREAK_AFTER or unicodedata.category(b)[0] == "M"
            ):
                breaks.append(i)
        return breaks

    def _next_break(self, i: int, n: int) -> int:
        """The first break opportunity after ``i``, or ``n``."""
        breaks = self._breaks
        k = bisect_right(breaks, i)
        return min(breaks[k], n) if k < len(breaks) else n

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
            j = self._next_break(i, n)  # the segment [i, j) runs to the next break opportunity
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
        for i in [*self._breaks, len(self.text)]:
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
