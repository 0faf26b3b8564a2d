"""Multi-script text for PDF dossiers: Kazakh, Russian, English, Uyghur (Arabic script) and
Chinese in any mix, with bidi ordering, per-script fonts and HarfBuzz shaping.

Example::

    from app.dossier.text import ScriptParagraph, draw_line

    story.append(ScriptParagraph("ئەخمەت ئالىم 2017-يىلى يوقاپ كەتتى", style))
    draw_line(canvas, 40, 20, "Іздеу — 第3页", 8, align="left")
"""

from app.dossier.text.bidi import Direction
from app.dossier.text.flowable import ScriptParagraph
from app.dossier.text.fonts import BODY_FONT, FONT_DIR, FontSet, fonts
from app.dossier.text.render import Align, draw_line, text_width

__all__ = [
    "BODY_FONT",
    "FONT_DIR",
    "Align",
    "Direction",
    "FontSet",
    "ScriptParagraph",
    "draw_line",
    "fonts",
    "text_width",
]
