"""The bundled fonts, registered with ReportLab once, and the choice of a font per character.

ReportLab draws nothing for a character its font lacks, so every character is given a font
that really has a glyph for it (the font's cmap), preferring the font made for its script.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import uharfbuzz as hb
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from app.paths import RESOURCES

__all__ = ["BODY_FONT", "FONT_DIR", "FontSet", "GlyphFont", "fonts"]

FONT_DIR = RESOURCES / "fonts"

# Supplementary Private Use Area B: no bundled font maps anything there, so these codes can
# stand for glyphs that have no character of their own (contextual Arabic forms, ligatures).
_FIRST_PRIVATE_CODE = 0x100000


class GlyphFont(TTFont):
    """A ReportLab TrueType font that can also show glyphs chosen by HarfBuzz.

    ReportLab's subsets are keyed by character, so each (glyph, text) pair the shaper produces
    gets a character code: the real one when the font's cmap maps it to that glyph, otherwise a
    private one. The ToUnicode map then gives each code the text it stood for, so an Arabic
    contextual form extracts as the letter, not as a presentation form or private code.
    """

    def __init__(self, name: str, path: Path, subfont_index: int = 0) -> None:
        super().__init__(name, str(path), subfontIndex=subfont_index, shapable=False)
        # ReportLab keeps one list of characters per glyph (60,000 for the CJK font), only
        # read after loading. Lists are always watched by the cycle collector, which walks
        # them all at every full collection: a fifth of a batch's time. Tuples of numbers
        # drop out of its watch after one pass.
        face = self.face
        face.glyphToChar = {gid: tuple(chars) for gid, chars in face.glyphToChar.items()}
        self._private: dict[tuple[int, str], int] = {}
        self._code_text: dict[int, str] = {}
        self._next_private = _FIRST_PRIVATE_CODE
        self._lock = threading.Lock()
        self.widths: dict[int, float] = {}  # glyph_width's answers so far, by glyph id
        # Widths as ReportLab formats them into a subset's widths array, kept by value: a
        # batch formats the same few hundred numbers in every dossier (a seventh of its PDF
        # writing), and a value says nothing about which characters a case used.
        self._width_pdf: dict[float, bytes] = {}
        # ReportLab keeps the whole file (the whole collection for a .ttc); share it.
        face = hb.Face(hb.Blob(self.face._ttf_data), subfont_index)
        self.hb_font = hb.Font(face)  # default scale = units per em
        self.units_per_em: int = face.upem

    def covers(self, ch: str) -> bool:
        return ord(ch) in self.face.charToGlyph

    def code_for(self, gid: int, text: str) -> int:
        """The character code under which glyph ``gid`` is shown, standing for ``text``."""
        face = self.face
        if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
            return ord(text)
        key = (gid, text)
        with self._lock:
            code = self._private.get(key)
            if code is None:
                code = self._next_private
                while code in face.charToGlyph:
                    code += 1
                self._next_private = code + 1
                face.charToGlyph[code] = gid
                face.charWidths[code] = face._pdfScale(face.hmetrics[gid][0])
                self._private[key] = code
                self._code_text[code] = text
        return code

    def glyph_width(self, gid: int) -> float:
        """Advance width of a glyph in 1/1000 em, as written in the PDF widths array."""
        width = self.widths.get(gid)
        if width is None:
            width = self.widths[gid] = self.face._pdfScale(self.face.hmetrics[gid][0])
        return width

    def _width_text(self, code: int) -> bytes:
        """The code's width as ReportLab's PDFArray writes a number (bytes pass through it)."""
        width = self.face.getCharWidth(code)
        text = self._width_pdf.get(width)
        if text is None:
            text = self._width_pdf[width] = pdfdoc.pdfdocEnc(fp_str(width))
        return text

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (ReportLab's name)
        # Same as TTFont.addObjects except for the ToUnicode map, which must give the text a
        # private code stands for. ReportLab writes the code's own value there.
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_font_name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode(
                "pdfdoc"
            )
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray([self._width_text(c) for c in subset])
            cmap = pdfdoc.PDFStream()
            cmap.content = _to_unicode_cmap(base_font_name, subset, self._code_text)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_font_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]


def _to_unicode_cmap(name: str, subset: list[int], code_text: dict[int, str]) -> str:
    entries = []
    for i, code in enumerate(subset):
        text = code_text.get(code, chr(code))
        if not text:
            continue  # extra glyph of a cluster: its text is given once, by ActualText
        utf16 = text.encode("utf-16-be").hex().upper()
        entries.append(f"<{i:02X}> <{utf16}>")
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # the CMap format allows 100 entries per block
        block = entries[start : start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@dataclass(frozen=True)
class _Face:
    name: str
    file: str
    bold_file: str | None
    subfont_index: int = 0


BODY_FONT = "Izdeu-NotoSans"  # the Latin face, also the canvas's initial font

# In order of preference for characters of no particular script (digits, punctuation).
_FACES = (
    _Face(BODY_FONT, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    _Face("Izdeu-NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    _Face("Izdeu-WQYMicroHei", "wqy-microhei.ttc", None),
    _Face("Izdeu-DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
)
_LATIN, _ARABIC, _CJK, _DEJAVU = range(4)


def _is_arabic(cp: int) -> bool:
    return (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x08A0 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    )


def _is_cjk(cp: int) -> bool:
    return (
        0x2E80 <= cp <= 0x2FDF
        or 0x3000 <= cp <= 0x33FF
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFE30 <= cp <= 0xFE4F
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x3FFFF
    )


class FontSet:
    """The bundled fonts, registered with ReportLab under ``Izdeu-*`` names."""

    def __init__(self, font_dir: Path = FONT_DIR) -> None:
        self._regular: list[GlyphFont] = []
        self._bold: list[GlyphFont] = []
        for face in _FACES:
            regular = _register(face.name, font_dir / face.file, face.subfont_index)
            # No bold CJK face is bundled; bold Chinese falls back to the regular face.
            bold = (
                _register(face.name + "-Bold", font_dir / face.bold_file, face.subfont_index)
                if face.bold_file
                else regular
            )
            self._regular.append(regular)
            self._bold.append(bold)
        self._cache: dict[tuple[str, bool], GlyphFont] = {}
        # Per weight: a letter's font, None for any other character (see letter_fonts).
        self._letters: tuple[dict[str, GlyphFont | None], dict[str, GlyphFont | None]] = ({}, {})

    def letter_fonts(self, bold: bool = False) -> dict[str, GlyphFont | None]:
        """What :meth:`letter_font` has answered so far for ``bold``, by character (read only)."""
        return self._letters[bold]

    def letter_font(self, ch: str, bold: bool = False) -> GlyphFont | None:
        """:meth:`font_for` of a letter (Unicode category L*), None for any other character."""
        known = self._letters[bold]
        if ch not in known:
            known[ch] = self.font_for(ch, bold) if unicodedata.category(ch)[0] == "L" else None
        return known[ch]

    def faces(self, bold: bool = False) -> tuple[GlyphFont, ...]:
        return tuple(self._bold if bold else self._regular)

    def lacks_bold(self, font: GlyphFont) -> bool:
        """True for a regular face that stands in for a missing bold one (WenQuanYi)."""
        return any(r is b is font for r, b in zip(self._regular, self._bold, strict=True))

    def font_for(self, ch: str, bold: bool = False) -> GlyphFont:
        """The font to draw ``ch`` with: the script's own font if it has the glyph, else any."""
        key = (ch, bold)
        font = self._cache.get(key)
        if font is None:
            faces = self._bold if bold else self._regular
            cp = ord(ch)
            if _is_arabic(cp):
                order = (_ARABIC, _DEJAVU, _LATIN, _CJK)
            elif _is_cjk(cp):
                order = (_CJK, _LATIN, _DEJAVU, _ARABIC)
            else:
                order = (_LATIN, _DEJAVU, _CJK, _ARABIC)
            # Nothing covers it: the Latin font's .notdef box at least shows something is there.
            font = next((faces[i] for i in order if faces[i].covers(ch)), faces[_LATIN])
            self._cache[key] = font
        return font


_lock = threading.Lock()
_default: FontSet | None = None


def _register(name: str, path: Path, subfont_index: int) -> GlyphFont:
    try:
        existing = pdfmetrics.getFont(name)
    except KeyError:
        existing = None
    if isinstance(existing, GlyphFont):
        return existing
    font = GlyphFont(name, path, subfont_index)
    pdfmetrics.registerFont(font)
    return font


def fonts() -> FontSet:
    """The bundled fonts, registered with ReportLab on first use (thread-safe, once)."""
    global _default
    with _lock:
        if _default is None:
            _default = FontSet()
        return _default
