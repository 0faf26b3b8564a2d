"""The text layer's fast paths give exactly what its per-character rules give."""

from __future__ import annotations

import unicodedata
from functools import partial
from typing import Any

from app.dossier.text.bidi import resolve_levels
from app.dossier.text.chars import NEEDS_CLEANING, NO_BREAK_SPACES, RTL_CANDIDATES, SPACES
from app.dossier.text.fonts import fonts
from app.dossier.text.layout import ParagraphLayout

ALL = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]


def test_spaces_are_every_word_separating_whitespace() -> None:
    assert {c for c in ALL if c.isspace() and c not in NO_BREAK_SPACES} == SPACES


def test_every_rtl_character_is_a_candidate() -> None:
    rtl = [c for c in ALL if unicodedata.bidirectional(c) in ("R", "AL", "AN")]
    assert rtl and all(RTL_CANDIDATES.match(c) for c in rtl)


def test_cleaning_pattern_covers_every_control() -> None:
    controls = [c for c in ALL if unicodedata.category(c) == "Cc"] + list("\u2028\u2029\u202a\u2069")
    assert all(NEEDS_CLEANING.match(c) for c in controls)
    assert NEEDS_CLEANING.search("Ақжол Bektai 阿克 ئاقجول 2018") is None


def test_ltr_fast_path_levels_match_the_full_rules() -> None:
    for text in ("Aqjol (2018-03) 12.5%", "Ақжол «оқу» – 4 рет", "阿克卓勒 2018年", "a\u200eb"):
        full = resolve_levels(text + "\u05d0", 0)[:-1]  # an R character forces the full rules
        assert resolve_levels(text, 0) == [0] * len(text)
        assert full[: len(text) - 1] == [0] * (len(text) - 1)


def test_lines_cut_from_one_shaping_equal_lines_shaped_alone() -> None:
    text = "Aqjol Bektaiūly ئاقجول 2018-يىلى مارت Аты-жөні 阿克卓勒·别克泰 AVATAR office"
    layout = ParagraphLayout(text, 9.5, fonts())
    for width in (40, 70, 120, 400):
        for a, b in layout.break_lines(width):
            cut = layout.line(a, b)
            alone = ParagraphLayout(text, 9.5, fonts())
            alone._glyphs_of = partial(_shaped_alone, alone)  # type: ignore[method-assign]  # noqa: SLF001
            assert alone.line(a, b) == cut


def _shaped_alone(layout: ParagraphLayout, start: int, end: int) -> Any:
    return layout._hb_shape(start, end)  # noqa: SLF001 - every run shaped anew
