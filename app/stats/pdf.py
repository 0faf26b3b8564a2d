"""The statistics as a PDF: each figure a bar chart drawn with ReportLab's own charts
(reportlab.graphics) beside its table of counts, in English, Russian or Kazakh.

Labels can be in any script (a Chinese county name, a Uyghur facility), so they are set by the
dossier's text layer (app/dossier/text: bidi, shaping, per-script fonts) in the tables; the
chart's own strings are only numbers, which its built-in font draws.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.dossier.styles import (
    ACCENT,
    BODY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE,
    RULE,
    SMALL,
    SUBTITLE,
    TEXT_WIDTH,
    TITLE,
    style,
)
from app.dossier.text import ScriptParagraph, fonts
from app.errors import InvalidInputError
from app.fsutil import atomic_writer
from app.labels.wording import Wording as W
from app.stats.report import Report, labelled

__all__ = ["LANGS", "MAX_BARS", "statistics_pdf", "write_statistics_pdf"]

LANGS = ("en", "ru", "kk")
MAX_BARS = 15  # the largest values; the table beside says how many more there are
_HEADING = style("stats-heading", 12, 16, color=ACCENT, before=10, after=4, keep_with_next=True)
_COUNT = style("stats-count", 9, 12, align=TA_RIGHT)
_WORDS = {
    "title": W("Statistics", "Статистика", "Статистика", "ستاتىستىكا"),
    "total": W("Cases: {n}", "Дел: {n}", "Істер саны: {n}", "دېلو: {n}"),
    "made": W(
        "Counted {when}", "Подсчитано {when}", "Есептелген уақыты: {when}", "ھېسابلانغان ۋاقتى: {when}"
    ),
    "filter": W("Filter: {what}", "Фильтр: {what}", "Сүзгі: {what}", "سۈزگۈچ: {what}"),
    "more": W("… and {n} more", "… и ещё {n}", "… және тағы {n}", "… يەنە {n}"),
    "none": W("No cases.", "Нет дел.", "Істер жоқ.", "دېلو يوق."),
}


def _chart(counts: list[int], width: float) -> Drawing:
    height = 12 + 14 * len(counts)
    drawing = Drawing(int(width), height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 18, 10
    chart.width, chart.height = int(width - 30), height - 14
    # Top to bottom in the table's order: the chart draws its first category at the bottom.
    chart.data = [list(reversed(counts))]
    chart.categoryAxis.categoryNames = [str(i) for i in range(len(counts), 0, -1)]
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    drawing.add(chart)
    return drawing


def _table(rows: list[tuple[str, int]], lang: str, width: float) -> Table:
    shown = rows[:MAX_BARS]
    cells: list[list[Flowable]] = [
        [ScriptParagraph(f"{i}. {text}", BODY), ScriptParagraph(f"{count:,}".replace(",", " "), _COUNT)]
        for i, (text, count) in enumerate(shown, start=1)
    ]
    if len(rows) > MAX_BARS:
        cells.append(
            [ScriptParagraph(_WORDS["more"].get(lang).format(n=len(rows) - MAX_BARS), SMALL), Spacer(1, 1)]
        )
    table = Table(cells, colWidths=[width - 22 * mm, 22 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def statistics_pdf(report: Report, lang: str = "en", filter_text: str = "") -> bytes:
    """The PDF's bytes. ``filter_text`` says which cases were counted (the list's filter)."""
    if lang not in LANGS:
        raise InvalidInputError("stats.report.unknown_language")
    fonts()
    out = io.BytesIO()
    title = _WORDS["title"].get(lang)
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        creator="Izdeu",
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Flowable] = [
        ScriptParagraph(title, TITLE),
        ScriptParagraph(_WORDS["total"].get(lang).format(n=report.total), SUBTITLE),
        ScriptParagraph(_WORDS["made"].get(lang).format(when=report.made), SMALL),
    ]
    if filter_text:
        story.append(ScriptParagraph(_WORDS["filter"].get(lang).format(what=filter_text), SMALL))
    chart_width = TEXT_WIDTH * 0.42
    table_width = TEXT_WIDTH - chart_width - 6 * mm
    for _figure, heading, rows in labelled(report, lang):
        story.append(CondPageBreak(60 * mm))
        story.append(ScriptParagraph(heading, _HEADING))
        if not rows:
            story.append(ScriptParagraph(_WORDS["none"].get(lang), SMALL))
            continue
        counts = [n for _text, n in rows[:MAX_BARS]]
        pair = Table(
            [[_chart(counts, chart_width), _table(rows, lang, table_width)]],
            colWidths=[chart_width + 6 * mm, table_width],
        )
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(pair)
    saved = rl_config.useA85
    rl_config.useA85 = 0  # as the dossier builder: binary streams, smaller and faster
    try:
        doc.build(story)
    finally:
        rl_config.useA85 = saved
    return out.getvalue()


def write_statistics_pdf(report: Report, path: Path | str, lang: str = "en", filter_text: str = "") -> None:
    pdf = statistics_pdf(report, lang, filter_text)
    with atomic_writer(Path(path)) as fh:
        fh.write(pdf)
