"""A witness's name that the consent forbids never reaches a dossier, by any text path.

The fictional sample case has a son who consented to storage only: no dossier of any profile
may show his name or phone. Here his name (and phone) is copied into every kind of text a
dossier shows: the person's names, the case number (page headers, file title), the summary and
the place, status sources, acts, testimonies and their translations, steps, remedies, file
names and descriptions (evidence list and appendix captions), another witness's details, the
letter's addressee and the organisation. Read back with pdftotext and pypdf, it never appears.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.dossier.builder import DossierOptions, DossierSource, build_dossier
from app.dossier.sample import sample_source
from app.model import Name

TODAY = _dt.date(2026, 11, 28)
SON, SON_PHONE = "Ерлан Ақжолұлы", "+7 700 000 55 66"
CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2068\u2069"))


def _everywhere(source: DossierSource) -> None:
    """The son's name, and sometimes his phone, in every text field a dossier shows."""
    quoted = f"told by {SON}"
    shouted = f"told by {SON.upper()} ({SON_PHONE})"  # another case, and with his number
    bundle = source.bundle
    case = bundle.case
    person = case.person
    person.names.append(Name(SON, "kk-Cyrl", "other"))
    case.case_number = f"IZ-{SON}"
    case.disappeared_place = quoted
    case.summary = shouted
    case.remedies = quoted
    # Coded fields hold such words as "other:" and the words (app/model/coded.py).
    person.ethnicity = "other:" + quoted
    person.occupation = quoted
    person.residence_kz = quoted
    person.health = quoted
    person.physical_description = shouted
    person.citizenships.append("other:" + quoted)
    person.hometown.village = quoted
    for document in person.id_documents:
        document.kind = quoted
    for change in bundle.status_changes:
        change.source = shouted
    for act in bundle.acts:
        for name in (
            "place",
            "facility",
            "facility_kind",
            "facility_location",
            "coordinates",
            "agency",
            "official_reason",
            "believed_reason",
            "charge",
            "court",
            "sentence",
        ):
            setattr(act, name, quoted)
    for testimony in bundle.testimonies:
        testimony.place = quoted
        testimony.interviewer = quoted
        testimony.interpreter = quoted
        testimony.supports = shouted
        testimony.original_text += " " + shouted
        for translation in testimony.translations:
            translation.text += " " + quoted
            translation.translator = quoted
    for item in bundle.interventions:
        item.actor = quoted
        item.addressee = quoted
        item.reference = quoted
        item.response = shouted
    for attachment in bundle.attachments:
        attachment.original_name = f"{SON}.png"
        attachment.description = shouted
    daughter = next(w for w in bundle.witnesses if w.name.startswith("Айгерім"))
    daughter.how_known = quoted
    daughter.relation = "other:" + quoted


def _text(pdf: bytes, tmp: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp / "dossier.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return re.sub(r"\s+", " ", out.translate(CONTROLS))


@pytest.mark.parametrize("profile", ["wgeid", "ministry", "public"])
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_unconsented_name_is_replaced_on_every_text_path(profile: str, lang: str, tmp_path: Path) -> None:
    source = sample_source(TODAY)
    _everywhere(source)
    dossier = build_dossier(
        source,
        DossierOptions(
            profile=profile,
            lang=lang,
            organisation=f"Centre of {SON}",  # type: ignore[arg-type]
            addressee=f"Ministry, for {SON}",
            generated=TODAY,
        ),
    )
    text = _text(dossier.pdf, tmp_path).casefold()
    meta = PdfReader(io.BytesIO(dossier.pdf)).metadata
    assert meta is not None
    shown = text + " " + " ".join(str(v) for v in meta.values()).casefold()
    for secret in (SON, "Ерлан", "Ақжолұлы", "000 55 66", "0000 5566"):
        assert secret.casefold() not in shown, (profile, lang, secret)
    # The texts themselves are still there, with the name replaced: nothing was dropped.
    withheld = {"en": "[name withheld]", "ru": "[имя скрыто]", "kk": "[аты жасырылған]"}
    assert text.count(withheld[lang].casefold()) >= 10
    assert "told by" in text and "iz-" in text
    assert any(w.isdigit() for w in text.split())  # page numbers and dates remain


def test_only_the_text_maker_puts_text_on_a_page() -> None:
    # A new section or header that made its own paragraph would bypass the redactor: the
    # dossier modules get text only from DossierText (app/dossier/texts.py).
    root = Path(__file__).parents[2] / "app" / "dossier"
    makers = re.compile(
        r"\b(ScriptParagraph|ParagraphLayout|Paragraph|draw_line|draw_prepared_line"
        r"|drawString|drawRightString|drawCentredString|beginText|setTitle"
        r"|setAuthor|setSubject|setKeywords)\("
    )
    offenders = [
        f"{path.name}: {match.group(1)}"
        for path in sorted(root.glob("*.py"))
        if path.name != "texts.py"
        for match in makers.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
