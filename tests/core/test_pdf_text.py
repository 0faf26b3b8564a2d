"""The multi-script PDF text layer, checked by building PDFs and reading them back.

All names are fictional. Text is read back with poppler's ``pdftotext`` (plain and ``-bbox``);
for right-to-left text the word order is taken from word x-positions, because pdftotext marks
up Uyghur with bidi controls and places a hyphen next to a number by its own heuristic.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from html import unescape
from pathlib import Path

import pytest
from bidi import get_display
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table

from app.dossier.text import FONT_DIR, ScriptParagraph, draw_line, fonts, text_width
from app.dossier.text.bidi import (
    base_level,
    mirror,
    reorder_runs,
    resolve_levels,
    visual_order,
)
from app.dossier.text.layout import ParagraphLayout
from app.dossier.text.render import draw_prepared_line

KAZAKH = "Әсел Қанатқызы Нұрланова, Өскемен, Ғалым Үсенов, Һ Іі Ңң Ұұ"
KAZAKH_LATIN = "Áset Qanatqyzy Nurlanova, Óskemen, Ǵalym Úsenov"
RUSSIAN = "Мария Петровна Соколова пропала в 2017 году (Алматы)"
CHINESE = "张小梅 失踪于2017年 (乌鲁木齐市)"
UYGHUR_NAME = ("ئايگۈل", "مەمەتئىمىن")  # given name, surname
UYGHUR_DATE = "2017-يىلى"
UYGHUR_WORDS = (
    "ئۇ",
    "بىر",
    "كۈنى",
    "ئۆيدىن",
    "چىقىپ",
    "كەتكەن",
    "ۋە",
    "قايتىپ",
    "كەلمىگەن",
    "دوستلىرى",
    "ئۇنى",
    "ئىزدىگەن",
    "شەھەر",
    "بازار",
    "مەكتەپ",
    "ئائىلىسى",
)
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))

STYLE = ParagraphStyle("body", fontSize=12, leading=16, spaceBefore=3, spaceAfter=5)
MARGIN = 36 + 6  # page margin plus the platypus frame padding


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed; `make sysdeps` installs it")
    return path


def _build(path: Path, flowables: list, pagesize: tuple[float, float] = A4) -> Path:
    doc = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=36,
        rightMargin=36,
        topMargin=36,
        bottomMargin=36,
    )
    doc.build(flowables)
    return path


def _text(pdf: Path) -> str:
    out = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return out.translate(BIDI_CONTROLS)


def _words(pdf: Path) -> list[tuple[int, float, float, float, str]]:
    """(page, x_min, x_max, y_min, text) of every word pdftotext finds."""
    html = subprocess.run(
        [_tool("pdftotext"), "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    words = []
    for page_no, page in enumerate(html.split("<page ")[1:]):
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>',
            page,
        ):
            words.append((page_no, float(m[1]), float(m[3]), float(m[2]), unescape(m[4])))
    return words


def _rtl_reading(words: list[tuple[int, float, float, float, str]]) -> list[str]:
    """Words read as a right-to-left reader would: page, line, then right to left.

    pdftotext -bbox gives each word's characters as drawn, left to right; the bidi algorithm
    applied to that visual string (python-bidi) gives back the typed order, numbers included.
    """
    lines: dict[tuple[int, int], list[tuple[float, str]]] = {}
    for page, x0, _x1, y0, text in words:
        lines.setdefault((page, round(y0)), []).append((x0, text))
    out = []
    for key in sorted(lines):
        out += [get_display(t, base_dir="R") for _, t in sorted(lines[key], reverse=True)]
    return out


# --- fonts -------------------------------------------------------------------------------------


def test_bundled_fonts_and_licences_present():
    for name in (
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
        "wqy-microhei.ttc",
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "OFL.txt",
        "LICENSE-wqy-microhei.txt",
        "LICENSE-DejaVu.txt",
        "README.md",
    ):
        assert (FONT_DIR / name).is_file(), name


def test_font_chosen_by_script_and_coverage():
    fs = fonts()
    assert fs is fonts()  # registered once
    for ch in "ӘәҒғҚқҢңӨөҰұҮүҺһІіЖжAz":
        assert fs.font_for(ch).fontName == "Izdeu-NotoSans"
    assert fs.font_for("Қ", bold=True).fontName == "Izdeu-NotoSans-Bold"
    for ch in "ئاېۆۈۋ":
        assert fs.font_for(ch).fontName == "Izdeu-NotoSansArabic"
    assert fs.font_for("ى", bold=True).fontName == "Izdeu-NotoSansArabic-Bold"
    for ch in "张伟乌鲁木齐":
        assert fs.font_for(ch).fontName == "Izdeu-WQYMicroHei"
    assert fs.font_for("张", bold=True).fontName == "Izdeu-WQYMicroHei"  # no bold CJK face
    # A character only DejaVu has falls back to it rather than vanishing.
    assert fs.font_for("\u2654").fontName == "Izdeu-DejaVuSans"


def test_every_character_gets_a_real_glyph():
    text = f"{KAZAKH} {' '.join(UYGHUR_NAME)} {UYGHUR_DATE} {CHINESE} [{KAZAKH_LATIN}]"
    for bold in (False, True):
        layout = ParagraphLayout(text, 10, fonts(), bold=bold)
        line = layout.line(0, len(layout.text))
        for run in line.runs:
            for glyph in run.glyphs:
                assert run.font.face.charToGlyph[glyph.code] != 0, (run.font.fontName, glyph)
            covered = "".join(layout.text[run.start : run.end])
            assert all(run.font.covers(ch) for ch in covered if not ch.isspace())


# --- bidi ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{UYGHUR_NAME[0]} {UYGHUR_NAME[1]} {UYGHUR_DATE} abc",
        f"Name: {UYGHUR_NAME[0]} {UYGHUR_NAME[1]} (2017)",
        f"{UYGHUR_NAME[0]} (Aigul) {UYGHUR_NAME[1]}",
        f"{UYGHUR_NAME[0]} [1] ок 12.5% - 3,4",
        f"a ({UYGHUR_NAME[0]} b) c",
        f"{CHINESE} {UYGHUR_NAME[0]} {KAZAKH}",
    ],
)
def test_levels_agree_with_python_bidi(text):
    # python-bidi reorders but does not mirror; undo our mirroring before comparing.
    for direction, base_dir in (("auto", None), ("rtl", "R"), ("ltr", "L")):
        ours = visual_order(text, direction)
        levels = resolve_levels(text, base_level(text, direction))
        unmirrored = "".join(
            mirror(ch) if levels[i] % 2 else ch for ch, i in zip(ours, reorder_runs(levels), strict=True)
        )
        assert unmirrored == get_display(text, base_dir=base_dir)


def test_brackets_in_rtl_text_pair_and_mirror():
    text = f"{UYGHUR_NAME[0]} (Aigul) {UYGHUR_NAME[1]}"
    levels = resolve_levels(text, 1)
    open_i, close_i = text.index("("), text.index(")")
    # N0: the brackets take the direction of the paragraph, not of the Latin inside.
    assert levels[open_i] == levels[close_i] == 1
    layout = ParagraphLayout(text, 10, fonts())
    line = layout.line(0, len(layout.text))
    # Display order: surname, "(", Aigul, ")", given name -- brackets drawn mirrored so they
    # enclose the name as seen.
    bracket_runs = [r for r in line.runs if layout.text[r.start : r.end].strip() in "()"]
    shapes = []
    for run in bracket_runs:
        font = run.font
        gid = font.face.charToGlyph[run.glyphs[-1].code if run.rtl else run.glyphs[0].code]
        shapes.append(
            "("
            if gid == font.face.charToGlyph[ord("(")]
            else ")"
            if gid == font.face.charToGlyph[ord(")")]
            else "?"
        )
    assert shapes == ["(", ")"]


# --- PDF text extraction ---------------------------------------------------------------------


def test_kazakh_russian_chinese_extract_exactly(tmp_path):
    strings = [KAZAKH, KAZAKH_LATIN, RUSSIAN, CHINESE, "Mixed: Айгүл, 张伟, John Smith (2020)"]
    pdf = _build(tmp_path / "ltr.pdf", [ScriptParagraph(s, STYLE) for s in strings])
    lines = [ln for ln in _text(pdf).splitlines() if ln.strip() and ln != "\f"]
    assert lines == strings


def test_bold_text_uses_bold_faces(tmp_path):
    pdf = _build(
        tmp_path / "bold.pdf",
        [ScriptParagraph(f"{KAZAKH} {' '.join(UYGHUR_NAME)}", STYLE, bold=True)],
    )
    fonts_used = subprocess.run(
        [_tool("pdffonts"), str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    assert "NotoSans-Bold" in fonts_used
    assert "NotoSansArabic-Bold" in fonts_used
    assert KAZAKH in _text(pdf)


def test_uyghur_name_order_and_letters(tmp_path):
    name = " ".join(UYGHUR_NAME)
    pdf = _build(tmp_path / "name.pdf", [ScriptParagraph(name, STYLE)])
    words = _words(pdf)
    # The given name is read first, so it is drawn to the right of the surname.
    assert _rtl_reading(words) == list(UYGHUR_NAME)
    # Ligatures and joined forms still extract as the typed letters (page of RTL text).
    assert _text(pdf).strip() == name
    # Right-aligned: the line ends at the right margin.
    assert max(w[2] for w in words) == pytest.approx(A4[0] - MARGIN, abs=0.5)


def test_uyghur_date_digits_not_reversed(tmp_path):
    text = f"{UYGHUR_NAME[1]} {UYGHUR_DATE} يوقاپ كەتكەن"
    pdf = _build(tmp_path / "date.pdf", [ScriptParagraph(text, STYLE)])
    words = _words(pdf)
    drawn = [w[4] for w in words]
    # As drawn left to right: the year word "2017" then "-" then the suffix, digits in order.
    assert any("2017" in w for w in drawn) and not any("7102" in w for w in drawn)
    year = next(w for w in words if "2017" in w[4])
    assert year[4] == "ىلىي-2017"  # suffix (reversed, as drawn) left of "-2017"
    assert _rtl_reading(words) == [UYGHUR_NAME[1], "2017-يىلى", "يوقاپ", "كەتكەن"]


def test_mixed_uyghur_latin_chinese_line(tmp_path):
    text = f"Aigul Sarsenova / {UYGHUR_NAME[0]} {UYGHUR_NAME[1]} / 张小梅 / Әсел"
    pdf = _build(tmp_path / "mixed.pdf", [ScriptParagraph(text, STYLE)])
    words = sorted(_words(pdf), key=lambda w: w[1])
    drawn = [w[4] for w in words]
    # LTR paragraph: the Uyghur name is one RTL island, given name on its right.
    assert drawn == [
        "Aigul",
        "Sarsenova",
        "/",
        UYGHUR_NAME[1][::-1],
        UYGHUR_NAME[0][::-1],
        "/",
        "张小梅",
        "/",
        "Әсел",
    ]
    # Nothing dropped: every non-space character comes back.
    extracted = _text(pdf)
    assert sorted(c for c in extracted if not c.isspace()) == sorted(c for c in text if not c.isspace())


def test_brackets_in_uyghur_pdf(tmp_path):
    text = f"{UYGHUR_NAME[0]} ({UYGHUR_NAME[1]}) 2017"
    pdf = _build(tmp_path / "brackets.pdf", [ScriptParagraph(text, STYLE)])
    drawn = [w[4] for w in sorted(_words(pdf), key=lambda w: w[1])]
    # Left to right as drawn: the year, then the bracketed surname, then the given name.
    # The extracted brackets are the typed ones, i.e. ")" stands at the left end.
    assert drawn == ["2017", ")" + UYGHUR_NAME[1][::-1] + "(", UYGHUR_NAME[0][::-1]]


def test_long_rtl_paragraph_wraps_over_lines_and_pages_in_order(tmp_path):
    words = [UYGHUR_WORDS[i % len(UYGHUR_WORDS)] for i in range(420)]
    style = ParagraphStyle("small", fontSize=10, leading=13)
    pdf = _build(tmp_path / "long.pdf", [ScriptParagraph(" ".join(words), style)], A6)
    found = _words(pdf)
    pages = {w[0] for w in found}
    assert len(pages) >= 3
    assert _rtl_reading(found) == words
    # On pages of Uyghur, plain pdftotext gives the typed text too (once its bidi marks are gone).
    assert _text(pdf).split() == words
    # Every line is right-aligned.
    right = A6[0] - MARGIN
    by_line: dict[tuple[int, int], float] = {}
    for page, _x0, x1, y0, _t in found:
        key = (page, round(y0))
        by_line[key] = max(by_line.get(key, 0.0), x1)
    assert len(by_line) > 10
    assert all(abs(x - right) < 0.5 for x in by_line.values())


def _shown_words(part: ScriptParagraph) -> list[str]:
    text = []
    for mark, line in part._lines:
        text += part._paragraphs[mark.paragraph].text[line.start : line.end].split()
    return text


def test_split_parts_cover_the_text_once():
    words = [UYGHUR_WORDS[i % len(UYGHUR_WORDS)] for i in range(120)]
    para = ScriptParagraph(" ".join(words) + "\n" + KAZAKH, STYLE)
    expected = words + KAZAKH.split()
    width = 200
    _, height = para.wrap(width, 10_000)
    head, tail = para.split(width, height / 2)
    _, h1 = head.wrap(width, 10_000)
    _, h2 = tail.wrap(width, 10_000)
    assert h1 + h2 == pytest.approx(height)
    assert _shown_words(head) + _shown_words(tail) == expected
    # Laid out again at another width (another frame), the parts still share the text.
    head.wrap(150, 10_000)
    tail.wrap(150, 10_000)
    assert _shown_words(head) + _shown_words(tail) == expected
    # Split exactly at the newline: the second paragraph goes wholly to the tail.
    lines_first = len(para._paragraphs[0].break_lines(width))
    head, tail = para.split(width, lines_first * STYLE.leading)
    tail.wrap(width, 10_000)
    assert _shown_words(tail) == KAZAKH.split()
    assert head.getSpaceBefore() == STYLE.spaceBefore and tail.getSpaceBefore() == 0
    assert head.getSpaceAfter() == 0 and tail.getSpaceAfter() == STYLE.spaceAfter
    assert para.split(width, 1) == []


def test_cjk_breaks_between_characters():
    layout = ParagraphLayout("张小梅" * 30, 10, fonts())
    lines = layout.break_lines(100)
    assert len(lines) > 2
    assert "".join(layout.text[a:b] for a, b in lines) == layout.text
    assert all(layout.line(a, b).width <= 100 + 1e-6 for a, b in lines)


def test_draw_line_header(tmp_path):
    pdf = tmp_path / "header.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    header = "Іздеу — 第3页 — Page 3"
    width = draw_line(canvas, A4[0] - 36, 20, header, 9, align="right")
    assert width == pytest.approx(text_width(header, 9))
    draw_line(canvas, 36, 40, " ".join(UYGHUR_NAME), 9)
    canvas.showPage()
    canvas.save()
    words = _words(pdf)
    assert max(w[2] for w in words) == pytest.approx(A4[0] - 36, abs=0.5)
    assert header in _text(pdf)


def test_all_scripts_normalised_input_round_trip(tmp_path):
    # Decomposed input (e.g. pasted from another app) still renders and extracts.
    text = unicodedata.normalize("NFD", "Әйгерім Ж. Қасымова й")
    pdf = _build(tmp_path / "nfd.pdf", [ScriptParagraph(text, STYLE)])
    assert unicodedata.normalize("NFC", _text(pdf).strip()) == unicodedata.normalize("NFC", text)


def test_synthetic_bold_for_chinese(tmp_path):
    pdf = _build(tmp_path / "cjk-bold.pdf", [ScriptParagraph(CHINESE, STYLE, bold=True)])
    content = PdfReader(pdf).pages[0].get_contents().get_data()
    assert b"2 Tr" in content and b"0 Tr" in content  # filled and stroked, then back
    assert _text(pdf).strip() == CHINESE


def test_empty_blank_and_no_break_space():
    assert ScriptParagraph("", STYLE).wrap(200, 100) == (200, STYLE.leading)
    assert ScriptParagraph("   ", STYLE, direction="rtl").wrap(200, 100)[1] == STYLE.leading
    # A no-break space keeps the two words of a name on one line.
    layout = ParagraphLayout("aaaa\u00a0bbbb cccc", 10, fonts())
    assert layout.break_lines(text_width("aaaa bbbb", 10) + 1) == [(0, 10), (10, 14)]


def test_in_a_table_cell(tmp_path):
    cells = [
        [ScriptParagraph("Аты-жөні", STYLE, bold=True), ScriptParagraph(KAZAKH, STYLE)],
        [ScriptParagraph("ئىسمى", STYLE, bold=True), ScriptParagraph(" ".join(UYGHUR_NAME), STYLE)],
        [ScriptParagraph("姓名", STYLE, bold=True), ScriptParagraph(CHINESE, STYLE)],
    ]
    assert cells[1][1].minWidth() == pytest.approx(max(text_width(w, STYLE.fontSize) for w in UYGHUR_NAME))
    pdf = _build(tmp_path / "table.pdf", [Table(cells, colWidths=[80, 300])])
    text = _text(pdf)
    assert "Аты-жөні" in text and "姓名" in text and CHINESE in text
    name_words = [w for w in _words(pdf) if w[4] in (UYGHUR_NAME[0][::-1], UYGHUR_NAME[1][::-1])]
    assert [w[4][::-1] for w in sorted(name_words, key=lambda w: -w[1])] == list(UYGHUR_NAME)


def test_breaks_after_hyphen_between_letters_only():
    layout = ParagraphLayout("Аты-жөні 2017-يىلى", 10, fonts())
    assert layout.min_width() == pytest.approx(max(text_width(w, 10) for w in ("Аты-", "жөні", "2017-يىلى")))


def test_cluster_of_several_glyphs_extracts_once_via_actual_text(tmp_path):
    # None of the bundled fonts splits a character into several glyphs for the scripts we
    # use, so the case is built by hand: "ab" drawn, "Q" stands for both glyphs.
    layout = ParagraphLayout("abc xyz", 12, fonts())
    line = layout.line(0, 7)
    run = line.runs[0]
    # Glyphs 0 and 1 ("a", "b") as one cluster standing for "Q".
    line = replace(line, runs=(replace(run, spans=((0, 1, "Q"),)),))
    glyphs = line.runs[0].glyphs
    assert (glyphs[0].actual_text, glyphs[0].cluster_end, glyphs[1].cluster_end) == ("Q", False, True)
    pdf = tmp_path / "actual.pdf"
    canvas = Canvas(str(pdf))
    draw_prepared_line(canvas, line, 50, 700)
    canvas.save()
    assert _text(pdf).split() == ["Qc", "xyz"]
