"""What a laid-out line is made of: glyphs, shaped runs of one font and level, lines.

Lengths are in 1/1000 em (the unit of PDF glyph widths) unless said otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import uharfbuzz as hb

from app.dossier.text.fonts import GlyphFont

__all__ = ["Glyph", "GlyphRun", "Line", "cluster_glyphs"]


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


def cluster_glyphs(
    text: str,
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
            cluster_text = text[c : cluster_end[c]]
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
