"""Character classes the paragraph layout asks about, answered for a whole string at once.

The layout's rules are written per character (``str.isspace``, ``unicodedata``); these
patterns let it find out with one C-level regex search that a paragraph has none of the rare
characters a rule is about (no control character to clean, no right-to-left character, no CJK
break opportunity), and skip the per-character loop. Each pattern is derived from the very
predicate it stands for (tests/core/test_text_chars.py checks every code point), so a fast
path gives exactly what the loop gives.
"""

from __future__ import annotations

import re

__all__ = [
    "BREAK_AFTER_SPACE",
    "CJK_BREAKABLE",
    "NEEDS_CLEANING",
    "NO_BREAK_SPACES",
    "RTL_CANDIDATES",
    "SPACES",
    "is_cjk_breakable",
]

# Spaces that do not separate words (a line never breaks after them).
NO_BREAK_SPACES = "\u00a0\u2007\u202f"
# Every character for which str.isspace() is true lies below U+3001 (U+3000, the ideographic
# space, is the last one; checked over all code points by the tests).
_WHITESPACE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
# Whitespace that separates words: a line may break after it.
SPACES = frozenset(_WHITESPACE - set(NO_BREAK_SPACES))


_SPACE_CHARS = "".join(re.escape(c) for c in sorted(SPACES))
# A run of word-separating spaces followed by something else: a break opportunity at its end.
BREAK_AFTER_SPACE = re.compile(f"[{_SPACE_CHARS}]+(?=[^{_SPACE_CHARS}])")

# What layout._clean removes or replaces: C0/C1 controls (category Cc), the line and paragraph
# separators, and the explicit bidi controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
NEEDS_CLEANING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

# A superset of the characters whose bidi class is R, AL or AN (Hebrew, Arabic, Syriac, Thaana,
# N'Ko and their neighbours, RLM, presentation forms, historic right-to-left scripts): text
# with none of them resolves to level 0 everywhere in a left-to-right paragraph.
RTL_CANDIDATES = re.compile(
    "[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)

# Characters around which a line may break without a space: kana, CJK ideographs and
# punctuation, full-width forms.
_CJK_RANGES = (
    (0x3040, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x3000, 0x303F),
    (0xFF00, 0xFF60),
    (0x20000, 0x3FFFF),
)
CJK_BREAKABLE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES) + "]")


def is_cjk_breakable(ch: str) -> bool:
    return CJK_BREAKABLE.match(ch) is not None
