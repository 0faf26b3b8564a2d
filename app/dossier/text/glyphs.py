"""What a laid-out line is made of: glyphs, shaped runs of one font and level, lines.

Lengths are in 1/1000 em (the unit of PDF glyph widths) unless said otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from app.dossier.text.fonts import GlyphFont

__all__ = ["Glyph", "GlyphRun", "Line", "RunGlyphs", "run_glyphs"]


class Glyph(NamedTuple):
    """One glyph as drawn (``GlyphRun.glyphs``); lengths in 1/1000 em."""

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
    """Shaped text of one font and one bidi level, glyphs in display order.

    Held as parallel sequences, one entry per glyph, not as one object per glyph: a batch
    shapes hundreds of thousands of glyphs, and a tuple of numbers is cheaper to make, to
    draw from and to keep (the cycle collector stops watching it) than that many objects.
    """

    font: GlyphFont
    codes: str  # one character per glyph: its code in ``font`` (see GlyphFont.code_for)
    advances: tuple[float, ...]
    widths: tuple[float, ...]  # advance the PDF viewer assumes for each code
    dx: tuple[float, ...] | None  # offsets from HarfBuzz; None when all are zero
    dy: tuple[float, ...] | None
    # Clusters drawn with several glyphs: (first glyph, last glyph, text), written as ActualText.
    spans: tuple[tuple[int, int, str], ...]
    level: int
    start: int
    end: int
    advance: float  # 1/1000 em
    synthetic_bold: bool = False  # bold asked for, but the font has no bold face

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1

    @property
    def glyphs(self) -> tuple[Glyph, ...]:
        """The glyphs one by one (for tests and tools; drawing reads the sequences)."""
        count = len(self.codes)
        dx = self.dx or (0.0,) * count
        dy = self.dy or (0.0,) * count
        actual: dict[int, str] = {first: text for first, _, text in self.spans}
        ends = {last for _, last, _ in self.spans}
        codes, advances, widths = self.codes, self.advances, self.widths
        return tuple(
            Glyph(ord(codes[i]), advances[i], dx[i], dy[i], widths[i], actual.get(i), i in ends)
            for i in range(count)
        )


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


class RunGlyphs(NamedTuple):
    """The glyph sequences of a GlyphRun, before it is made."""

    codes: str
    advances: tuple[float, ...]
    widths: tuple[float, ...]
    dx: tuple[float, ...] | None
    dy: tuple[float, ...] | None
    spans: tuple[tuple[int, int, str], ...]


def run_glyphs(
    text: str,
    font: GlyphFont,
    rtl: bool,
    gids: Sequence[int],
    cluster_ids: Sequence[int],
    end: int,
    advances: Sequence[float],
    dx: Sequence[float],
    dy: Sequence[float],
) -> RunGlyphs:
    """Codes, widths and ActualText spans of shaped glyphs (display order) ending at ``end``,
    in the general case: a cluster may hold several characters (a ligature) or several
    glyphs (marks, split vowels)."""
    clusters = sorted(set(cluster_ids))
    cluster_end = dict(zip(clusters, [*clusters[1:], end], strict=False))  # last ends at end
    char_to_glyph = font.face.charToGlyph
    codes: list[int] = []
    widths: list[float] = []
    spans: list[tuple[int, int, str]] = []
    if len(clusters) == len(gids):
        # One glyph per cluster: neither ActualText nor per-cluster counting.
        widths_of = font.widths
        for c, gid in zip(cluster_ids, gids, strict=True):
            stop = cluster_end[c]
            if stop == c + 1 and char_to_glyph.get(cp := ord(text[c])) == gid:
                codes.append(cp)
            else:
                # Reversed in a right-to-left run: extractors (poppler) read such a word
                # by reversing its characters as drawn.
                codes.append(font.code_for(gid, text[c:stop][::-1] if rtl else text[c:stop]))
            width = widths_of.get(gid)
            widths.append(font.glyph_width(gid) if width is None else width)
    else:
        counts: dict[int, int] = {}
        for c in cluster_ids:
            counts[c] = counts.get(c, 0) + 1
        seen: dict[int, int] = {}
        texts: dict[int, str] = {}
        for index, (c, gid) in enumerate(zip(cluster_ids, gids, strict=True)):
            cluster_text = texts.get(c)
            if cluster_text is None:
                cluster_text = text[c : cluster_end[c]]
                if rtl:
                    # Extractors (poppler) read a right-to-left word by reversing its
                    # characters as drawn, so a ligature's text must be stored reversed.
                    cluster_text = cluster_text[::-1]
                texts[c] = cluster_text
            nth = seen.get(c, 0)
            seen[c] = nth + 1
            # A cluster's text goes to its first glyph; the others stand for nothing and the
            # whole cluster is wrapped in ActualText so extraction still reads it once.
            if nth == 0 and len(cluster_text) == 1 and char_to_glyph.get(ord(cluster_text)) == gid:
                codes.append(ord(cluster_text))  # the common case, without code_for's lock
            else:
                codes.append(font.code_for(gid, cluster_text if nth == 0 else ""))
            widths.append(font.glyph_width(gid))
            if counts[c] > 1 and nth == 0:
                spans.append((index, index + counts[c] - 1, cluster_text))
    return RunGlyphs(
        "".join(map(chr, codes)),
        tuple(advances),
        tuple(widths),
        tuple(dx) if any(dx) else None,
        tuple(dy) if any(dy) else None,
        tuple(spans),
    )
