"""The trustee's share sheet in en, ru, kk and ug: the words numbered, in order and left to right
on every sheet, the sentences in the sheet's language (Uyghur read back as typed), every font
embedded; `izdeu keygen --sheet-language`."""

from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pyrage
import pytest
from bidi import get_display

from app import cli
from app.backup.shares import split_identity
from app.backup.sharesheet import share_sheet_pdf
from app.backup.sheet_texts import SHEET_LANGUAGES, sheet_text
from app.errors import EXIT_OK, EXIT_USAGE

_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def _tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return tool


def _plain(pdf: Path) -> str:
    """The text as pdftotext reads it, bidi marks dropped, whitespace made single spaces."""
    out = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(out.translate(_BIDI_CONTROLS).split())


def _words(pdf: Path) -> list[tuple[float, float, str]]:
    """(x_min, y_min, text) of every word pdftotext finds on the page."""
    html = subprocess.run(
        [_tool("pdftotext"), "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [
        (float(m[1]), float(m[2]), unescape(m[3]))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>', html
        )
    ]


def _rtl_text(pdf: Path) -> str:
    """The page read as a right-to-left reader would, line by line, as one string.

    pdftotext -bbox gives each word's characters as drawn; a line's words joined left to right
    are its visual string, and the bidi algorithm (python-bidi, base direction right to left)
    turns that back into the typed order, Latin islands and numbers included. Latin and Arabic
    glyphs of one line have slightly different boxes, so a line is every word within 5 pt.
    """
    lines: list[list[tuple[float, float, str]]] = []
    for word in sorted(_words(pdf), key=lambda w: w[1]):
        if lines and abs(word[1] - lines[-1][0][1]) < 5:
            lines[-1].append(word)
        else:
            lines.append([word])
    return " ".join(get_display(" ".join(t for _, _, t in sorted(line)), base_dir="R") for line in lines)


def _fonts(pdf: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) of every font pdffonts lists."""
    out = subprocess.run([_tool("pdffonts"), str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    return [(row[0], row[-5]) for row in rows]


def _said(text: str) -> str:
    """``text`` with its whitespace as the extracted text has it (no-break spaces included)."""
    return " ".join(text.split())


def _sheet(tmp_path: Path, lang: str) -> tuple[Path, list[str]]:
    identity = pyrage.x25519.Identity.generate()
    words = split_identity(identity, 5, 3)[1]
    path = tmp_path / f"sheet-{lang}.pdf"
    path.write_bytes(share_sheet_pdf(words, 2, 5, 3, str(identity.to_public()), lang))
    return path, words.split()


def _assert_words_numbered_in_order(pdf: Path, words: list[str]) -> None:
    """Each word is on the line of its number, right of it, in columns of 11 read top to bottom,
    left to right: the same grid whatever the sheet's language."""
    found = _words(pdf)
    positions = []
    for i, word in enumerate(words, 1):
        (num_x, num_y) = next((x, y) for x, y, t in found if t == f"{i}.")
        same_line = sorted((x, t) for x, y, t in found if abs(y - num_y) < 2 and x > num_x)
        assert same_line[0][1] == word, (i, same_line)
        positions.append((num_x, num_y))
    rows = -(-len(words) // 3)
    for i in range(1, len(words)):
        (x0, y0), (x1, y1) = positions[i - 1], positions[i]
        if i % rows:  # further down the same column
            assert y1 > y0 and abs(x1 - x0) < 12
        else:  # top of the next column, to the right
            assert y1 < y0 and x1 > x0 + 100


@pytest.mark.parametrize("lang", SHEET_LANGUAGES)
def test_a_sheet_in_each_language_has_the_words_in_order_and_its_sentences(tmp_path: Path, lang: str) -> None:
    pdf, words = _sheet(tmp_path, lang)
    assert len(words) == 33
    _assert_words_numbered_in_order(pdf, words)
    text = _rtl_text(pdf) if lang == "ug" else _plain(pdf)
    counts = {"number": 2, "shares": 5, "threshold": 3}
    # Uyghur included: what comes back is the text as typed (logical order), not a mirror.
    for key in ("title", "public_key", "what", "keep", "order"):
        assert _said(sheet_text(key, lang, **counts)) in text, (key, text)
    assert _said(sheet_text("words", lang, count=33)) in text
    for key in ("trustee", "received", "signature"):
        assert _said(sheet_text(key, lang)) in text
    if lang != "en":
        assert _said(sheet_text("keep", "en")) not in text  # translated, not English beside it


@pytest.mark.parametrize("lang", SHEET_LANGUAGES)
def test_every_font_of_a_sheet_is_embedded(tmp_path: Path, lang: str) -> None:
    pdf, _ = _sheet(tmp_path, lang)
    fonts = _fonts(pdf)
    assert fonts and all(embedded == "yes" for _, embedded in fonts), fonts
    names = " ".join(name for name, _ in fonts)
    assert "Helvetica" not in names and "Courier" not in names
    assert ("NotoSansArabic" in names) == (lang == "ug")


def test_a_uyghur_sheet_reads_right_to_left(tmp_path: Path) -> None:
    pdf, _ = _sheet(tmp_path, "ug")
    found = _words(pdf)
    page_right = 595.27 - 50
    title_y = min(y for _, y, _ in found)
    title = [(x, t) for x, y, t in found if abs(y - title_y) < 5]
    # The title starts at the right margin (its first word, Izdeu, is rightmost).
    assert max(title)[1] == "Izdeu" and max(x for x, _ in title) > page_right - 60
    english, _ = _sheet(tmp_path, "en")
    first = min(_words(english), key=lambda w: (round(w[1]), w[0]))
    assert first[2] == "Izdeu" and first[0] < 60


def test_keygen_prints_the_sheets_in_the_language_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IZDEU_KEY_PASSPHRASE", "headquarters key passphrase")
    out = tmp_path / "hq.key"
    args = ["keygen", "-o", str(out), "--shares", "3", "--threshold", "2", "--sheet-language", "kk"]
    assert cli.main(args) == EXIT_OK
    words = (tmp_path / "hq.key.share-3.txt").read_text().split()
    sheet = tmp_path / "hq.key.share-3.pdf"
    assert _said(sheet_text("title", "kk", number=3, shares=3)) in _plain(sheet)
    _assert_words_numbered_in_order(sheet, words)
    # Without the option: English, as before.
    plain = tmp_path / "plain.key"
    assert cli.main(["keygen", "-o", str(plain), "--shares", "3", "--threshold", "2"]) == EXIT_OK
    assert _said(sheet_text("title", "en", number=1, shares=3)) in _plain(tmp_path / "plain.key.share-1.pdf")


def test_keygen_refuses_a_language_it_does_not_offer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("IZDEU_KEY_PASSPHRASE", "headquarters key passphrase")
    out = tmp_path / "hq.key"
    args = ["keygen", "-o", str(out), "--shares", "3", "--threshold", "2", "--sheet-language", "de"]
    assert cli.main(args) == EXIT_USAGE and not out.exists()
    assert "--sheet-language" in capsys.readouterr().err
