"""Where a paragraph may break, and which lines fill a width, in logical (typed) order.

Widths come from the paragraph's shaped advances (1/1000 em per character, a cluster's
advance on its first character), so breaking needs no glyphs.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence

from app.dossier.text.chars import BREAK_AFTER_SPACE, CJK_BREAKABLE, SPACES, is_cjk_breakable

__all__ = ["break_lines", "break_opportunities", "is_space", "min_width"]

# No line may start with these (closing CJK punctuation) or end with the opening ones.
_NO_BREAK_BEFORE = frozenset("，。、；：？！）」』】〉》〕〗〙〛”’.,;:?!)]}%")
_NO_BREAK_AFTER = frozenset("（「『【〈《〔〖〘〚“‘([{")


def is_space(ch: str) -> bool:
    """Whitespace that separates words (a line may break after it); not the no-break ones."""
    return ch in SPACES


def break_opportunities(text: str) -> list[int]:
    """Positions (ascending) before which a line may break."""
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
        if is_space(b):
            continue
        if is_space(a):
            breaks.append(i)
        elif a in "-\u2010" and i >= 2 and text[i - 2].isalpha() and b.isalpha():
            breaks.append(i)  # "Аты-|жөні"; not in "2017-يىلى", where a number precedes
        elif (is_cjk_breakable(a) or is_cjk_breakable(b)) and not (
            b in _NO_BREAK_BEFORE or a in _NO_BREAK_AFTER or unicodedata.category(b)[0] == "M"
        ):
            breaks.append(i)
    return breaks


def _next_break(breaks: Sequence[int], i: int, n: int) -> int:
    """The first break opportunity after ``i``, or ``n``."""
    k = bisect_right(breaks, i)
    return min(breaks[k], n) if k < len(breaks) else n


def break_lines(
    text: str, advances: Sequence[float], breaks: Sequence[int], limit: float, start: int, n: int
) -> list[tuple[int, int]]:
    """Logical ranges of the lines of ``text[start:n]`` no wider than ``limit`` (1/1000 em)."""
    if start >= n:
        return [(start, start)] if start == 0 else []
    lines = []
    line_start = start
    line_width = 0.0  # without trailing spaces
    pending = 0.0  # width of spaces not yet known to be inside the line
    i = start
    while i < n:
        j = _next_break(breaks, i, n)  # the segment [i, j) runs to the next break opportunity
        seg_end = j
        while seg_end > i and is_space(text[seg_end - 1]):
            seg_end -= 1
        word = sum(advances[i:seg_end])
        spaces = sum(advances[seg_end:j])
        if line_width + pending + word <= limit or i == line_start:
            if i == line_start and word > limit:
                # A word wider than the line: break it between characters.
                cut = _emergency_cut(text, advances, i, seg_end, limit)
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


def min_width(text: str, advances: Sequence[float], breaks: Sequence[int]) -> float:
    """Width (1/1000 em) of the widest unbreakable piece (a word, or one CJK character)."""
    widest = 0.0
    start = 0
    for i in [*breaks, len(text)]:
        end = i
        while end > start and is_space(text[end - 1]):
            end -= 1
        widest = max(widest, sum(advances[start:end]))
        start = i
    return widest


def _emergency_cut(text: str, advances: Sequence[float], start: int, end: int, limit: float) -> int:
    width = 0.0
    i = start
    while i < end:
        width += advances[i]
        if width > limit and i > start:
            break
        i += 1
    while i < end and unicodedata.category(text[i])[0] == "M":
        i += 1  # never separate a mark from its base
    return max(i, start + 1)
