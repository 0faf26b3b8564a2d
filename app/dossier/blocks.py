"""Small building blocks of a dossier: page furniture, tables, boxes, pictures, formatting.

Everything here that shows text takes the build's :class:`~app.dossier.texts.DossierText`,
the only maker of text (and so the only place consent redaction happens).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepTogether, Table, TableStyle

from app.dossier.archival import ArchivalInfo, add_archival_parts
from app.dossier.images import PreparedImage
from app.dossier.labels import label
from app.dossier.styles import (
    ALERT,
    KEY,
    MARGIN_X,
    MUTED,
    PAGE,
    PLACEHOLDER,
    RULE,
    SHADE,
    TEXT_WIDTH,
    VALUE,
)
from app.dossier.text import BODY_FONT
from app.dossier.texts import DossierText
from app.model import Case, PartialDate

# Names per label language, most readable first, for headings and the covering letter.
NAME_ORDER: dict[str, tuple[str, ...]] = {
    "en": ("kk-Latn", "ug-Latn", "en", "pinyin", "ru", "kk-Cyrl", "kk-Arab", "ug-Arab", "zh-Hans"),
    "ru": ("ru", "kk-Cyrl", "kk-Latn", "ug-Latn", "en", "pinyin", "kk-Arab", "ug-Arab", "zh-Hans"),
    "kk": ("kk-Cyrl", "ru", "kk-Latn", "ug-Latn", "en", "pinyin", "kk-Arab", "ug-Arab", "zh-Hans"),
}


class BodyFrame(Frame):
    """The page's text frame. ReportLab deep-copies the document's frame each time it measures
    a group kept together (``KeepTogether``, keep-with-next), a few hundred times a dossier; a
    frame's state is numbers and strings, so a shallow copy with its lists and dicts copied
    (deeply, as before) is the same copy for a fraction of the cost."""

    def __deepcopy__(self, memo: dict[int, Any]) -> BodyFrame:
        twin = copy.copy(self)
        for name, value in self.__dict__.items():
            if isinstance(value, list | dict | set):
                setattr(twin, name, copy.deepcopy(value, memo))
        return twin


class CountingCanvas(Canvas):
    """Keeps every page until the end so the footer can say "Page X of Y" in one pass."""

    def __init__(
        self,
        *args: Any,
        furniture: Callable[[Canvas, int, int], None],
        archival: ArchivalInfo,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._archival = archival
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._saved_pages.append(dict(self.__dict__))
        # Canvas.showPage's own second half, private in ReportLab (not in its stubs).
        self._startPage()  # type: ignore[attr-defined]

    def translate(self, dx: float, dy: float) -> None:
        # Every flowable drawn (each table cell's paragraph) moves the origin: ReportLab's
        # transform formats all six numbers of "1 0 0 1 dx dy cm" each time. The same text
        # and matrix, formatting only the two that vary; merging into a "cm" just before is
        # left to ReportLab.
        code: list[str] = self._code  # type: ignore[attr-defined]
        if code and code[-1][-3:] == " cm":
            super().translate(dx, dy)
            return
        if rl_canvas.ENABLE_TRACKING:  # type: ignore[attr-defined]
            matrix: tuple[float, ...] = self._currentMatrix  # type: ignore[has-type]
            a, b, c, d, e, f = matrix
            self._currentMatrix = (a, b, c, d, a * dx + c * dy + e, b * dx + d * dy + f)
        code.append(f"1 0 0 1 {fp_str(dx, dy)} cm")

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, 1):
            self.__dict__.update(state)
            self._furniture(self, number, total)
            Canvas.showPage(self)
        self.page_count = total
        add_archival_parts(self, self._archival)
        Canvas.save(self)


def furniture(
    canvas: Canvas,
    page: int,
    pages: int,
    *,
    text: DossierText,
    case_number: str,
    lang: str,
    date: str,
    heading: str = "",
) -> None:
    """Header and footer of one page (drawn at the end, when the page count is known)."""
    width, height = PAGE
    canvas.saveState()
    top = height - 12 * mm
    canvas.setFillColor(MUTED)
    left = heading or f"{label('case', lang)} {case_number}"
    text.draw(canvas, MARGIN_X, top, left, 8.5, fit=TEXT_WIDTH * 0.6)
    canvas.setFillColor(ALERT)
    text.draw(canvas, width - MARGIN_X, top, label("confidential", lang), 8.5, bold=True, align="right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
    canvas.line(MARGIN_X, 14 * mm, width - MARGIN_X, 14 * mm)
    bottom = 9 * mm
    canvas.setFillColor(MUTED)
    text.draw(canvas, MARGIN_X, bottom, label("generated", lang, date=date), 8)
    text.draw(canvas, width / 2, bottom, label("confidential", lang), 8, align="center")
    text.draw(
        canvas, width - MARGIN_X, bottom, label("page_of", lang, page=page, pages=pages), 8, align="right"
    )
    canvas.restoreState()


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells' font is the embedded body font.

    Every cell here holds flowables, but platypus still sets the cell style's font before
    drawing one; its default, Helvetica, would be referenced without being embedded.
    """
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), BODY_FONT), *commands])


def kv_table(
    text: DossierText,
    rows: Iterable[tuple[str, str]],
    key_width: float = 45 * mm,
    value_style: ParagraphStyle = VALUE,
    width: float = TEXT_WIDTH,
) -> Table | None:
    """Label/value rows, empty values left out; ``None`` when nothing remains."""
    data = [[text.para(k, KEY), text.para(v, value_style)] for k, v in rows if v and v.strip()]
    if not data:
        return None
    # splitInRow: a value can be longer than a page (a 20,000-character answer); without it
    # platypus cannot place the row at all and the whole dossier fails.
    table = Table(data, colWidths=[key_width, width - key_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE),
            ]
        )
    )
    return table


def keep(out: list[Flowable], items: list[Flowable]) -> None:
    """Append ``items`` kept on one page, together with the headings waiting before them.

    platypus's keepWithNext cannot reach into a KeepTogether, so a section heading followed
    by kept blocks would be left alone at the foot of a page; it is moved into the first one.
    """
    lead: list[Flowable] = []
    while out and bool(getattr(getattr(out[-1], "style", None), "keepWithNext", 0)):
        lead.insert(0, out.pop())
    out.append(KeepTogether(lead + items))


def add(story: list[Flowable], *items: Flowable | None) -> None:
    story.extend(i for i in items if i is not None)


def boxed(flowables: list[Flowable], border: Any = ALERT, background: Any = None) -> Table:
    table = Table([[flowables]], colWidths=[TEXT_WIDTH])
    style: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 1, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if background is not None:
        style.append(("BACKGROUND", (0, 0), (-1, -1), background))
    table.setStyle(table_style(style))
    return table


def placeholder(text: DossierText, width: float, height: float, words: str) -> Table:
    """A grey box standing where an image could not be drawn."""
    table = Table([[text.para(words, PLACEHOLDER)]], colWidths=[width], rowHeights=[height])
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, MUTED),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


class Picture(Flowable):
    """An already decoded image drawn at a fixed size (platypus Image wants a file name)."""

    def __init__(self, prepared: PreparedImage, width: float, height: float) -> None:
        super().__init__()
        self.prepared = prepared
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.prepared.reader, 0, 0, self.width, self.height)


def image(prepared: PreparedImage, max_width: float, max_height: float) -> Picture:
    # Small images are not blown up past 1.5 pt per pixel (about 48 dpi): beyond that they
    # only get blurrier and take a whole page.
    scale = min(max_width / prepared.width, max_height / prepared.height, 1.5)
    return Picture(prepared, prepared.width * scale, prepared.height * scale)


def date_text(value: PartialDate, lang: str) -> str:
    return value.display(lang) if value.known else ""


def span_text(start: PartialDate, end: PartialDate, lang: str) -> str:
    if end.known and start.known:
        return f"{start.display(lang)} – {end.display(lang)}"
    if end.known:
        return f"… – {end.display(lang)}"
    return date_text(start, lang)


def size_text(n: int) -> str:
    # Exact bytes without digit grouping: separators differ by language, digits do not.
    if n < 1024:
        return f"{n} B"
    if n < 1024**2:
        return f"{n / 1024:.1f} KiB ({n} B)"
    return f"{n / 1024**2:.1f} MiB ({n} B)"


def mask(number: str) -> str:
    """Public dossiers keep only the last four characters of document numbers."""
    number = number.strip()
    return "•" * max(len(number) - 4, 0) + number[-4:] if len(number) > 4 else number


def display_name(case: Case, lang: str) -> str:
    return case.person.primary_name(NAME_ORDER.get(lang, NAME_ORDER["en"]))
