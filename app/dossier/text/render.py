"""Writing laid-out lines into a ReportLab canvas as PDF text operators.

ReportLab's own text objects cannot place HarfBuzz glyph positions from several fonts on one
line, so the operators are written here: one TJ array per font subset, with the difference
between HarfBuzz's advance and the font's default width as TJ adjustment.
"""

from __future__ import annotations

from typing import Literal

from reportlab.pdfgen.canvas import Canvas

from app.dossier.text.bidi import Direction
from app.dossier.text.fonts import FontSet, fonts
from app.dossier.text.glyphs import Line
from app.dossier.text.layout import ParagraphLayout

__all__ = ["Align", "draw_line", "draw_prepared_line", "line_operators", "text_width"]

Align = Literal["left", "right", "center"]


# Stroke width of synthetic bold, in em: about the stem difference of Noto Sans Bold.
_SYNTHETIC_BOLD_STROKE = 0.03


def _num(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _pdf_text_string(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


_HEX = [f"<{byte:02X}>" for byte in range(256)]


def line_operators(line: Line, x: float, y: float, canvas: Canvas) -> str:
    """PDF content operators drawing ``line`` with its left end of baseline at (x, y).

    Changes the line width when the line has synthetic bold; :func:`draw_prepared_line`
    saves and restores the graphics state around it.
    """
    # Font subsets are allocated per document; ReportLab keeps it private (no stub has it).
    doc = canvas._doc  # type: ignore[attr-defined]
    # A line drawn again in the same document (a label, a page header) writes the same
    # operators after its position: they are kept per document, by the line itself.
    cache = doc.__dict__.setdefault("_izdeu_line_operators", {})
    hit = cache.get(id(line))
    if hit is None or hit[0] is not line:
        hit = cache[id(line)] = (line, _glyph_operators(line, doc))
    return f"BT\n0 Tc 0 Tw 100 Tz 0 Tr 0 Ts\n1 0 0 1 {_num(x)} {_num(y)} Tm\n{hit[1]}"


def _glyph_operators(line: Line, doc: object) -> str:
    """The operators of ``line`` after its text matrix, up to and including ET."""
    size = line.size
    # Text state outlives ET; reset what another drawing may have left set.
    out: list[str] = []
    tj: list[str] = []
    current_font = None
    current_subset = -1
    rise = 0.0

    def flush() -> None:
        if tj:
            out.append("[" + " ".join(tj) + "] TJ")
            tj.clear()

    for run in line.runs:
        font = run.font
        if run.synthetic_bold:
            # Fill and stroke the outlines: the usual stand-in for a missing bold face.
            flush()
            out.append(f"{_num(size * _SYNTHETIC_BOLD_STROKE)} w 2 Tr")
        advances, widths = run.advances, run.widths
        plain = run.dx is None and run.dy is None and not run.spans and not rise
        zeros = (0.0,) * len(advances)
        dx, dy = run.dx or zeros, run.dy or zeros
        starts = {first: text for first, _, text in run.spans}
        ends = {last for _, last, _ in run.spans}
        i = 0
        for subset, chunk in font.splitString(run.codes, doc):
            if plain:
                # No offsets, no rise, no ActualText (nearly every run): only the font and
                # the differences from the font's widths.
                if subset != current_subset or font is not current_font:
                    flush()
                    out.append(f"{font.getSubsetInternalName(subset, doc)} {_num(size)} Tf")
                    current_font, current_subset = font, subset
                for byte in chunk:
                    tj.append(_HEX[byte])
                    after = widths[i] - advances[i]
                    if after > 1e-6 or after < -1e-6:
                        tj.append(_num(after))
                    i += 1
                continue
            for byte in chunk:
                actual_text = starts.get(i)
                if actual_text is not None:
                    flush()
                    out.append(f"/Span <</ActualText {_pdf_text_string(actual_text)}>> BDC")
                if subset != current_subset or font is not current_font:
                    flush()
                    out.append(f"{font.getSubsetInternalName(subset, doc)} {_num(size)} Tf")
                    current_font, current_subset = font, subset
                glyph_dx, glyph_dy = dx[i], dy[i]
                if glyph_dy or rise:
                    glyph_rise = glyph_dy * size / 1000
                    if abs(glyph_rise - rise) > 1e-6:
                        flush()
                        out.append(f"{_num(glyph_rise)} Ts")
                        rise = glyph_rise
                # TJ numbers move the pen left by n/1000 em; x offset applies to this glyph only.
                if glyph_dx:
                    tj.append(_num(-glyph_dx))
                tj.append(_HEX[byte])
                after = widths[i] - advances[i] + glyph_dx
                if after > 1e-6 or after < -1e-6:
                    tj.append(_num(after))
                if i in ends:
                    flush()
                    out.append("EMC")
                i += 1
        if run.synthetic_bold:
            flush()
            out.append("0 Tr")
    flush()
    if rise:
        out.append("0 Ts")  # text rise is graphics state and would outlive ET
    out.append("ET")
    return "\n".join(out)


def text_width(
    text: str,
    size: float,
    *,
    bold: bool = False,
    direction: Direction = "auto",
    font_set: FontSet | None = None,
) -> float:
    """Width in points of ``text`` laid out as one line."""
    layout = ParagraphLayout(text, size, font_set or fonts(), bold=bold, direction=direction)
    return layout.line(0, len(layout.text)).width


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: Align = "left",
    direction: Direction = "auto",
    font_set: FontSet | None = None,
) -> float:
    """Draw ``text`` as one unbroken line (page headers, footers, table cells).

    ``x`` is the left end, the right end or the centre of the line according to ``align``;
    ``y`` is the baseline. Uses the canvas's current fill colour. Returns the width drawn.
    """
    layout = ParagraphLayout(text, size, font_set or fonts(), bold=bold, direction=direction)
    line = layout.line(0, len(layout.text))
    width = line.width
    left = x - width if align == "right" else x - width / 2 if align == "center" else x
    draw_prepared_line(canvas, line, left, y)
    return width


def draw_prepared_line(canvas: Canvas, line: Line, x: float, y: float) -> None:
    """Draw a laid-out line with the left end of its baseline at (x, y), in the fill colour."""
    if any(run.synthetic_bold for run in line.runs):
        canvas.saveState()
        # The stroke that thickens the glyphs: the current fill colour, private in ReportLab.
        canvas.setStrokeColor(canvas._fillColorObj)  # type: ignore[attr-defined]
        canvas.addLiteral(line_operators(line, x, y, canvas))
        canvas.restoreState()
    else:
        canvas.addLiteral(line_operators(line, x, y, canvas))
