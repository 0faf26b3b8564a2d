"""A printable sheet for one trustee: one share of the organisation key, its words numbered.

Printed in the trustee's language (en, ru, kk, ug; wording in sheet_texts.py) with the
dossier's text layer (app/dossier/text: bidi, HarfBuzz shaping, the bundled fonts embedded),
so a Uyghur sheet reads right to left. The SLIP-39 words are the share itself: they stay
ASCII, numbered and left to right on every sheet, in columns read top to bottom, left to right.
Written atomically and owner-only, like every file Izdeu makes.
"""

from __future__ import annotations

import io
from pathlib import Path

import pyrage
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from app.backup.errors import BackupExistsError
from app.backup.shares import check_counts, split_identity
from app.backup.sheet_texts import SHEET_LANGUAGES, sheet_text
from app.dossier.text import BODY_FONT, Align, Direction, ScriptParagraph, draw_line, fonts, text_width
from app.fsutil import atomic_write_bytes

__all__ = [
    "SHEET_LANGUAGES",
    "check_share_set",
    "share_paths",
    "share_sheet_pdf",
    "write_share_set",
    "write_share_sheet",
]

_MARGIN = 50.0
_BODY = ParagraphStyle("share-body", fontSize=10.5, leading=15, spaceAfter=4)
_WORD_SIZE = 12.0
_WORD_ROW = 21.0
_COLUMNS = 3


def share_sheet_pdf(
    words: str, number: int, shares: int, threshold: int, public_key: str, lang: str = "en"
) -> bytes:
    """The sheet of share ``number`` of ``shares`` in ``lang`` (English if not offered)."""
    lang = lang if lang in SHEET_LANGUAGES else "en"
    counts = {"number": number, "shares": shares, "threshold": threshold}
    rtl = lang == "ug"
    # Explicit: a Uyghur title starts with the Latin "Izdeu", which "auto" would take for LTR.
    direction: Direction = "rtl" if rtl else "ltr"
    font_set = fonts()  # registers the fonts before the canvas names its initial one
    width, height = A4
    inner = width - 2 * _MARGIN
    start = width - _MARGIN if rtl else _MARGIN
    align: Align = "right" if rtl else "left"
    buf = io.BytesIO()
    # Every page's text state starts in this font: ReportLab's default, Helvetica, would be
    # referenced without being embedded. (The stub types initialFontName as a number.)
    canvas = Canvas(
        buf,
        pagesize=A4,
        invariant=True,
        initialFontName=BODY_FONT,  # type: ignore[arg-type]
        lang=lang,
    )
    title = sheet_text("title", lang, **counts)
    canvas.setTitle(title)
    canvas.setCreator("Izdeu")
    y = height - 64
    draw_line(canvas, start, y, title, 16, bold=True, align=align, direction=direction)
    y -= 26
    draw_line(
        canvas, start, y, sheet_text("public_key", lang, **counts), 10, align=align, direction=direction
    )
    y -= 15
    # The public key is ASCII: a left-to-right island, at the start of the line.
    draw_line(canvas, start, y, public_key, 8.5, align=align, direction="ltr")
    y -= 18
    for key in ("what", "keep", "order"):
        y = _paragraph(canvas, sheet_text(key, lang, **counts), y, inner, direction)
    items = words.split()
    y -= 8
    y = _paragraph(canvas, sheet_text("words", lang, count=len(items)), y, inner, direction)
    y -= 12
    rows = -(-len(items) // _COLUMNS)
    column = inner / _COLUMNS
    digits = text_width("00.", _WORD_SIZE, bold=True, font_set=font_set)
    for i, word in enumerate(items):
        col, row = divmod(i, rows)
        x = _MARGIN + 14 + col * column
        baseline = y - row * _WORD_ROW
        draw_line(
            canvas, x + digits, baseline, f"{i + 1}.", _WORD_SIZE, bold=True, align="right", direction="ltr"
        )
        draw_line(canvas, x + digits + 6, baseline, word, _WORD_SIZE, bold=True, direction="ltr")
    y -= rows * _WORD_ROW + 24
    _signature_fields(canvas, lang, y, inner, rtl, direction)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _paragraph(canvas: Canvas, text: str, top: float, width: float, direction: Direction) -> float:
    """Draw ``text`` wrapped to ``width`` below ``top``; returns the top of what follows."""
    para = ScriptParagraph(text, _BODY, direction)
    _, used = para.wrapOn(canvas, width, top)
    para.drawOn(canvas, _MARGIN, top - used)
    return top - used - _BODY.spaceAfter


def _signature_fields(
    canvas: Canvas, lang: str, y: float, inner: float, rtl: bool, direction: Direction
) -> None:
    """Trustee, date received, signature: a label and a line to write on, in reading order."""
    spans = (0.42, 0.29, 0.29)
    left = _MARGIN
    gap = 12.0
    canvas.setLineWidth(0.5)
    for key, share in zip(("trustee", "received", "signature"), spans, strict=True):
        span = inner * share
        # In a right-to-left sheet the fields run from the right edge leftwards.
        x0 = _MARGIN + inner - (left - _MARGIN) - span if rtl else left
        label = sheet_text(key, lang)
        size = 9.0
        used = text_width(label, size, direction=direction)
        if rtl:
            draw_line(canvas, x0 + span, y, label, size, align="right", direction=direction)
            canvas.line(x0 + gap, y - 2, x0 + span - used - 4, y - 2)
        else:
            draw_line(canvas, x0, y, label, size, direction=direction)
            canvas.line(x0 + used + 4, y - 2, x0 + span - gap, y - 2)
        left += span


def write_share_sheet(
    target: Path, words: str, number: int, shares: int, threshold: int, public_key: str, lang: str = "en"
) -> None:
    atomic_write_bytes(target, share_sheet_pdf(words, number, shares, threshold, public_key, lang))


def share_paths(key_path: Path, shares: int) -> list[Path]:
    """``NAME.share-I.txt`` and ``NAME.share-I.pdf`` beside the key file ``NAME``, I = 1…N."""
    return [
        key_path.with_name(f"{key_path.name}.share-{i}.{ext}")
        for i in range(1, shares + 1)
        for ext in ("txt", "pdf")
    ]


def check_share_set(key_path: Path, shares: int, threshold: int) -> None:
    """Refuse before anything is written: bad counts, or a share file that exists."""
    check_counts(shares, threshold)
    for path in share_paths(key_path, shares):
        if path.exists() or path.is_symlink():
            raise BackupExistsError("backup.cli.already_exists_key_files", path=str(path))


def write_share_set(
    identity: pyrage.x25519.Identity, key_path: Path, shares: int, threshold: int, lang: str = "en"
) -> list[Path]:
    """Split ``identity``; one words file and one printable sheet per trustee (in ``lang``),
    owner-only."""
    check_share_set(key_path, shares, threshold)
    mnemonics = split_identity(identity, shares, threshold)
    public = str(identity.to_public())
    paths = share_paths(key_path, shares)
    for number, words in enumerate(mnemonics, 1):
        text_path, pdf_path = paths[2 * number - 2 : 2 * number]
        atomic_write_bytes(text_path, (words + "\n").encode("ascii"))
        write_share_sheet(pdf_path, words, number, shares, threshold, public, lang)
    return paths
