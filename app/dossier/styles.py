"""Page geometry, colours and paragraph styles of a dossier (no text, no case data)."""

from __future__ import annotations

from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
TEXT_WIDTH = PAGE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1d3557")
ALERT = colors.HexColor("#b00020")
RULE = colors.HexColor("#b8c0cc")
SHADE = colors.HexColor("#eef1f5")


def style(
    name: str,
    size: float,
    leading: float,
    *,
    color: Any = INK,
    before: float = 0,
    after: float = 0,
    indent: float = 0,
    align: Literal[0, 1, 2, 4] = 0,
    keep_with_next: bool = False,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontSize=size,
        leading=leading,
        textColor=color,
        spaceBefore=before,
        spaceAfter=after,
        leftIndent=indent,
        alignment=align,
        keepWithNext=int(keep_with_next),
    )


BODY = style("body", 9.5, 13, after=3)
SMALL = style("small", 8, 10.5, color=MUTED)
KEY = style("key", 8.5, 12, color=MUTED)
VALUE = style("value", 9.5, 12.5)
NAME = style("name", 13, 17)
HASH = style("hash", 7.6, 10)
TITLE = style("title", 18, 23, color=ACCENT, after=4)
SUBTITLE = style("subtitle", 10.5, 14, color=MUTED, after=8)
# Headings and introductions stay with what follows them (no heading alone at a page foot).
H1 = style("h1", 14, 18, color=ACCENT, before=10, after=5, keep_with_next=True)
H2 = style("h2", 11, 14.5, color=ACCENT, before=8, after=3, keep_with_next=True)
INTRO = style("intro", 8, 10.5, color=MUTED, keep_with_next=True)
SUBHEAD = style("subhead", 8.5, 12, color=MUTED)
NOTE = style("note", 9, 12, color=ALERT, before=2, after=4)
BOX = style("box", 10, 13.5, color=ALERT)
PLACEHOLDER = style("placeholder", 8.5, 11, color=MUTED, align=TA_CENTER)
