"""PDF dossiers read back with pypdf and poppler's pdftotext (plain and -bbox).

The fictional sample case (app/dossier/sample.py) has a witness at every consent level, names
in six scripts, a photo, a scanned PDF, a damaged image and a file of a withdrawn witness.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest
from bidi import get_display
from pypdf import PdfReader

from app.dossier.builder import Dossier, DossierOptions, DossierSource, build_dossier
from app.dossier.images import prepare_image
from app.dossier.sample import (
    CHINESE_TESTIMONY,
    KAZAKH_TESTIMONY,
    RUSSIAN_TRANSLATION,
    UYGHUR_TESTIMONY,
    attachment_for,
    sample_source,
)
from app.model import Case, Name, PartialDate, Person
from app.store import CaseBundle

TODAY = _dt.date(2026, 11, 28)
ORG = "Demo Rights Centre (fictional)"
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2068\u2069"))

DAUGHTER, DAUGHTER_PHONE = "Айгерім Ақжолқызы", "+7 700 000 11 22"
NEPHEW, NEPHEW_PHONE = "Тұрсын Бекұлы", "+7 700 000 33 44"
SON, SON_PHONE = "Ерлан Ақжолұлы", "+7 700 000 55 66"
WIFE, WIFE_PHONE = "Гүлнар Сейітқызы", "+7 700 000 77 88"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def _build(source: DossierSource, profile: str = "wgeid", lang: str = "en", org: str = ORG) -> Dossier:
    return build_dossier(
        source,
        DossierOptions(
            profile=profile,
            lang=lang,  # type: ignore[arg-type]
            organisation=org,
            generated=TODAY,
        ),
    )


def _pages(dossier: Dossier, tmp: Path) -> list[str]:
    """Text of each page, bidi controls removed, whitespace runs made single spaces."""
    path = tmp / f"{dossier.sha256[:12]}.pdf"
    path.write_bytes(dossier.pdf)
    out = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout.translate(BIDI_CONTROLS)
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [re.sub(r"\s+", " ", p) for p in pages]


def _text(dossier: Dossier, tmp: Path) -> str:
    return " ".join(_pages(dossier, tmp))


def _words(dossier: Dossier, tmp: Path) -> list[tuple[int, float, float, str]]:
    """(page, x_min, y_min, word) of every word, from pdftotext -bbox."""
    path = tmp / f"{dossier.sha256[:12]}-bbox.pdf"
    path.write_bytes(dossier.pdf)
    html = subprocess.run(
        [_tool("pdftotext"), "-bbox", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    words = []
    for page_no, page in enumerate(html.split("<page ")[1:]):
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" '
            r'yMax="[\d.]+">(.*?)</word>',
            page,
        ):
            words.append((page_no, float(m[1]), float(m[2]), unescape(m[3])))
    return words


def _rtl_lines(words: list[tuple[int, float, float, str]]) -> list[list[str]]:
    """Lines of Arabic-script words in reading order: right to left, each word bidi-resolved."""
    lines: dict[tuple[int, int], list[tuple[float, str]]] = {}
    for page, x0, y0, text in words:
        lines.setdefault((page, round(y0)), []).append((x0, text))
    return [[get_display(t, base_dir="R") for _, t in sorted(lines[k], reverse=True)] for k in sorted(lines)]


@pytest.fixture(scope="module")
def source() -> DossierSource:
    return sample_source(TODAY)


@pytest.fixture(scope="module")
def dossiers(source: DossierSource) -> dict[str, Dossier]:
    return {profile: _build(source, profile) for profile in ("wgeid", "ministry", "public")}


# --- consent, per profile --------------------------------------------------------------------


# What each witness's consent allows (see sample.py): present / absent strings per profile.
EXPECTED = {
    "wgeid": (
        [
            DAUGHTER,
            DAUGHTER_PHONE,
            "A relative (niece or nephew)",
            KAZAKH_TESTIMONY[:40],
            "Consent for this recipient full name",
            "11 February 2024, Алматы",
        ],
        [NEPHEW, NEPHEW_PHONE, SON, SON_PHONE, WIFE, WIFE_PHONE, "А. А.", "March 2024, Жаркент"],
    ),  # an anonymous witness's interview place
    "ministry": (
        [DAUGHTER, KAZAKH_TESTIMONY[:40]],
        [
            DAUGHTER_PHONE,
            NEPHEW,
            NEPHEW_PHONE,
            "жиені",
            SON,
            SON_PHONE,
            WIFE,
            WIFE_PHONE,
            "Aqjol was taken away",
        ],
    ),
    "public": (
        ["А. А.", "A relative (niece or nephew)", KAZAKH_TESTIMONY[:40]],
        [
            DAUGHTER,
            DAUGHTER_PHONE,
            "lived with him",
            NEPHEW,
            NEPHEW_PHONE,
            SON,
            SON_PHONE,
            WIFE,
            WIFE_PHONE,
            "Field worker 3",
        ],
    ),
}


@pytest.mark.parametrize("profile", ["wgeid", "ministry", "public"])
def test_witnesses_appear_only_as_consented(
    profile: str, dossiers: dict[str, Dossier], tmp_path: Path
) -> None:
    text = _text(dossiers[profile], tmp_path)
    present, absent = EXPECTED[profile]
    for item in present:
        assert item in text, item
    for item in absent:
        assert item not in text, item
    # Withdrawn (wife) and store-only (son) testimonies are never included, and it is said.
    assert CHINESE_TESTIMONY[:8] not in text and "Сын: отец" not in text
    assert "the witness withdrew consent: 1" in text
    assert "does not cover this recipient" in text


def test_included_testimony_counts(dossiers: dict[str, Dossier]) -> None:
    counts = {p: (d.testimonies_included, d.testimonies_excluded) for p, d in dossiers.items()}
    assert counts == {"wgeid": (2, 2), "ministry": (1, 3), "public": (2, 2)}


def test_witness_names_never_in_metadata(dossiers: dict[str, Dossier]) -> None:
    for dossier in dossiers.values():
        meta = PdfReader(io.BytesIO(dossier.pdf)).metadata
        assert meta is not None
        assert meta.author == ORG and "IZ-2024-0042" in (meta.title or "")
        for value in (meta.title, meta.subject, meta.get("/Keywords", "")):
            assert DAUGHTER not in str(value) and "Ақжол" not in str(value)


# --- structure -------------------------------------------------------------------------------


def test_every_page_has_number_marking_case_and_date(dossiers: dict[str, Dossier], tmp_path: Path) -> None:
    for dossier in dossiers.values():
        pages = _pages(dossier, tmp_path)
        assert len(pages) == dossier.pages == len(PdfReader(io.BytesIO(dossier.pdf)).pages)
        for number, page in enumerate(pages, 1):
            assert f"Page {number} of {len(pages)}" in page
            assert "CONFIDENTIAL" in page and "Case IZ-2024-0042" in page
            assert "Generated 2026-11-28" in page


def test_sha256_is_of_the_bytes(dossiers: dict[str, Dossier]) -> None:
    import hashlib

    for dossier in dossiers.values():
        assert dossier.sha256 == hashlib.sha256(dossier.pdf).hexdigest()


def test_evidence_lists_type_size_and_sha256(
    source: DossierSource, dossiers: dict[str, Dossier], tmp_path: Path
) -> None:
    text = _text(dossiers["wgeid"], tmp_path)
    withheld = next(a for a in source.bundle.attachments if a.original_name == "wife-letter.png")
    for attachment in source.bundle.attachments:
        if attachment is withheld:
            assert attachment.sha256 not in text and "wife-letter.png" not in text
            continue
        assert f"SHA-256: {attachment.sha256}" in text
        assert attachment.original_name in text
        assert f"Type: {attachment.media_type}" in text
        assert f"({attachment.size} B)" in text or f"Size: {attachment.size} B" in text
    assert "Files withheld with a testimony that cannot be included: 1." in text


def test_changed_file_content_is_flagged(tmp_path: Path) -> None:
    source = sample_source(TODAY)
    photo = source.bundle.attachments[0]
    source.files[photo.uuid] = source.files[photo.uuid] + b"tampered"
    text = _text(_build(source), tmp_path)
    assert "no longer matches the SHA-256 recorded at intake" in text


def test_wgeid_cover_flags_and_urgent_note(tmp_path: Path) -> None:
    source = sample_source(TODAY)
    pages = _pages(_build(source), tmp_path)
    assert "WGEID minimum elements" in pages[0] and "MISSING" not in pages[0]
    assert "URGENT PROCEDURE" not in pages[0]
    case = source.bundle.case
    case.disappeared_on = PartialDate(2026, 10, 1)  # 58 days before the generation date
    case.perpetrators = ""
    source.bundle.acts = []
    cover = _pages(_build(source, org=""), tmp_path)[0]
    assert "URGENT PROCEDURE" in cover
    assert cover.count("MISSING") == 2  # d (who) and f (submitter)
    assert "Missing elements must be supplied" in cover
    # Other profiles do not carry the WGEID block.
    assert "WGEID minimum elements" not in _pages(_build(source, "public"), tmp_path)[0]


def test_case_with_nothing_but_a_name(tmp_path: Path) -> None:
    bundle = CaseBundle(Case(case_number="IZ-2026-0003", person=Person(names=[Name("Сайхан", "kk-Cyrl")])))
    for profile in ("wgeid", "ministry", "public"):
        dossier = _build(DossierSource(bundle), profile, org="")
        text = _text(dossier, tmp_path)
        assert "Сайхан" in text and "Page 1 of" in text
        if profile == "wgeid":
            assert text.count("MISSING") == 5  # b, c, d, e, f
            assert "INCOMPLETE" not in text
    empty = CaseBundle(Case())  # not even a name or a number: still a dossier
    assert _build(DossierSource(empty)).pages >= 2


def test_long_testimony_spans_pages(tmp_path: Path) -> None:
    sentences = [f"{n}-сөйлем. " + KAZAKH_TESTIMONY for n in range(1, 121)]
    source = sample_source(TODAY, long_text="\n\n".join(sentences))
    pages = _pages(_build(source), tmp_path)
    found = [i for i, page in enumerate(pages) if "-сөйлем." in page]
    assert len(found) >= 3 and found == list(range(found[0], found[-1] + 1))
    text = " ".join(pages)
    positions = [text.index(f"{n}-сөйлем. ") for n in range(1, 121)]
    assert positions == sorted(positions)  # nothing lost or reordered across pages
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page


# --- images ----------------------------------------------------------------------------------


def _image_bytes(mode: str, fmt: str, size: tuple[int, int] = (40, 30), **save: object) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    color: object = {
        "RGBA": (200, 10, 10, 128),
        "CMYK": (0, 50, 50, 0),
        "P": 3,
        "1": 1,
        "LA": (100, 200),
        "I;16": 1000,
    }.get(mode, 128)
    Image.new(mode, size, color).save(out, format=fmt, **save)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize(
    ("mode", "fmt"),
    [
        ("RGB", "JPEG"),
        ("L", "JPEG"),
        ("CMYK", "JPEG"),
        ("RGBA", "PNG"),
        ("P", "PNG"),
        ("1", "PNG"),
        ("LA", "PNG"),
        ("I;16", "PNG"),
        ("P", "GIF"),
        ("RGB", "BMP"),
        ("RGB", "TIFF"),
        ("RGBA", "WEBP"),
    ],
)
def test_image_modes_are_normalised(mode: str, fmt: str) -> None:
    prepared = prepare_image(_image_bytes(mode, fmt))
    assert prepared is not None and (prepared.width, prepared.height) == (40, 30)


def test_exif_rotation_and_large_images() -> None:
    from PIL import Image

    img = Image.new("RGB", (40, 30), 128)
    exif = img.getexif()
    exif[0x0112] = 6  # rotate 90°: shown as 30 × 40
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif)
    prepared = prepare_image(out.getvalue())
    assert prepared is not None and (prepared.width, prepared.height) == (30, 40)
    big = prepare_image(_image_bytes("RGB", "PNG", (3000, 1500)))
    assert big is not None and max(big.width, big.height) == 2000


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not an image at all",
        b"\x89PNG\r\n\x1a\n" + b"\0" * 40,
        _image_bytes("RGB", "PNG", (200, 200))[:120],  # truncated
        _image_bytes("RGB", "JPEG", (200, 200))[:400],
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
    ],
)
def test_damaged_images_give_none(data: bytes) -> None:
    assert prepare_image(data) is None


def test_decompression_bomb_is_refused() -> None:
    # A PNG header claiming 100,000 × 100,000 pixels (the data would never be read).
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")
    assert prepare_image(data) is None


def test_damaged_images_become_placeholders(tmp_path: Path) -> None:
    source = sample_source(TODAY)
    bundle = source.bundle
    damaged = next(a for a in bundle.attachments if a.original_name == "damaged.jpg")
    bundle.case.person.photo_attachment = damaged.uuid  # the cover photo is damaged too
    garbage = b"GIF89a garbage"
    extra = attachment_for(bundle.case.uuid, "odd.gif", "image/gif", garbage)
    bundle.attachments.append(extra)
    source.files[extra.uuid] = garbage
    missing = attachment_for(bundle.case.uuid, "not-loaded.png", "image/png", b"x")
    bundle.attachments.append(missing)  # content not available at all
    text = _text(_build(source), tmp_path)
    # The cover, and in the appendix the damaged JPEG, the garbage GIF and the unloaded PNG.
    assert text.count("This image could not be reproduced") == 4
    assert "PDF document, not reproduced here" in text


def test_images_are_embedded(dossiers: dict[str, Dossier]) -> None:
    reader = PdfReader(io.BytesIO(dossiers["wgeid"].pdf))
    images = sum(len(page.images) for page in reader.pages)
    assert images == 2  # the photo on the cover and in the appendix


# --- scripts ---------------------------------------------------------------------------------


def test_kazakh_russian_chinese_extract_exactly(dossiers: dict[str, Dossier], tmp_path: Path) -> None:
    text = _text(dossiers["wgeid"], tmp_path)
    for expected in [
        "Ақжол Бектайұлы",
        "Aqjol Bektaiūly",
        "阿克卓勒·别克泰",
        "Акжол Бектаев",
        "Akezhuole Bieketai",
        "Ақсай ауылы, Жаңа болысы",
        "尼勒克县人民法院 (demo)",
        "职业技能教育培训中心 №3 (demo)",
        "«экстремизм» (Статья 120-3, demo)",
        "教育转化培训中心",
        "10 жыл / 10 years",
        "Жаркент",
        re.sub(r"\s+", " ", KAZAKH_TESTIMONY),
        re.sub(r"\s+", " ", RUSSIAN_TRANSLATION),
    ]:
        assert expected in text, expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ru",
            [
                "КОНФИДЕНЦИАЛЬНО",
                "Страница 1 из",
                "Досье на исчезнувшее лицо",
                "Минимальные элементы РГННИ",
                "Показания",
                "Сформировано 2026-11-28",
                "5 марта 2018",
            ],
        ),
        (
            "kk",
            [
                "ҚҰПИЯ",
                "беттің 1-беті",
                "Хабарсыз кеткен адам туралы досье",
                "Куәгерлік айғақтар",
                "Жасалған күні 2026-11-28",
                "2018 жылғы 5 наурыз",
            ],
        ),
    ],
)
def test_label_languages(source: DossierSource, lang: str, expected: list[str], tmp_path: Path) -> None:
    text = _text(_build(source, lang=lang), tmp_path)
    for item in expected:
        assert item in text, item
    assert "Ақжол Бектайұлы" in text and KAZAKH_TESTIMONY[:30] in text  # content as recorded


@pytest.mark.parametrize(
    ("lang", "letter"),
    [
        (
            "kk",
            [
                "Кімге: Қазақстан Республикасының Сыртқы істер министрлігі",
                "Хабарсыз кеткен адам туралы мәліметтерді ұсынамыз: Ақжол Бектайұлы",
                "Құрметпен,",
            ],
        ),
        (
            "ru",
            [
                "Кому: Министерство иностранных дел Республики Казахстан",
                "сведения об исчезновении человека: Акжол Бектаев",
                "С уважением,",
            ],
        ),
        ("en", ["Кому: Министерство иностранных дел Республики Казахстан"]),  # letter in Russian
    ],
)
def test_ministry_letter_comes_first(
    source: DossierSource, lang: str, letter: list[str], tmp_path: Path
) -> None:
    first = _pages(_build(source, "ministry", lang), tmp_path)[0]
    for item in letter:
        assert item in first, item
    assert ORG in first and "IZ-2024-0042" in first


def test_uyghur_word_order_and_digits(dossiers: dict[str, Dossier], tmp_path: Path) -> None:
    lines = _rtl_lines([w for w in _words(dossiers["wgeid"], tmp_path) if re.search("[\u0600-\u06ff]", w[3])])
    # The name on the cover, right to left: given name first.
    assert ["ئاقجول", "بەكتاي"] in lines
    # The testimony: words in typed order across wrapped lines, the year not reversed.
    expected = [w for w in UYGHUR_TESTIMONY.split() if re.search("[\u0600-\u06ff]", w)]
    read = [w for line in lines for w in line]
    starts = [i for i, word in enumerate(read) if word == expected[0]]
    assert any(read[i : i + len(expected)] == expected for i in starts), read
    assert "2018-يىلى" in read
    # The lone number sits between its neighbours: right of "قېتىم", left of "بىز".
    words = _words(dossiers["wgeid"], tmp_path)
    by_line: dict[tuple[int, int], list[tuple[int, float, float, str]]] = {}
    for w in words:
        by_line.setdefault((w[0], round(w[2])), []).append(w)
    line = next(
        ws
        for ws in by_line.values()
        if any(w[3] == "3" for w in ws) and any("\u0600" <= c <= "\u06ff" for w in ws for c in w[3])
    )
    texts = [get_display(w[3], base_dir="R") for w in sorted(line, key=lambda w: -w[1])]
    assert texts[texts.index("3") - 1] == "بىز" and texts[texts.index("3") + 1] == "قېتىم"


def test_uyghur_extracts_as_text(dossiers: dict[str, Dossier], tmp_path: Path) -> None:
    # The text layer's ToUnicode maps give the letters back, not presentation forms.
    text = _text(dossiers["wgeid"], tmp_path)
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)
    for word in ("ئاقجول", "بەكتاي", "ساقچىلار", "ئەرز"):
        assert word in text or get_display(word) in text, word


def test_names_quoted_in_free_text_are_withheld(tmp_path: Path) -> None:
    source = sample_source(TODAY)
    bundle = source.bundle
    bundle.status_changes[0].source = f"{DAUGHTER}, {DAUGHTER_PHONE}"
    bundle.testimonies[0].supports = f"also seen by {SON} ({SON_PHONE}) and {WIFE}"
    bundle.attachments[0].description = f"photo handed over by {NEPHEW}"
    for profile in ("wgeid", "public"):
        text = _text(_build(source, profile), tmp_path)
        for secret in (SON, SON_PHONE, WIFE, NEPHEW, WIFE_PHONE, NEPHEW_PHONE):
            assert secret not in text, (profile, secret)
        assert "also seen by [name withheld] ([contact withheld]) and [name withheld]" in text
        assert "photo handed over by [name withheld]" in text
    public = _text(_build(source, "public"), tmp_path)
    assert DAUGHTER not in public and "А. А., [contact withheld]" in public
    assert f"{DAUGHTER}, {DAUGHTER_PHONE}" in _text(_build(source, "wgeid"), tmp_path)


def test_no_case_text_stays_cached(dossiers: dict[str, Dossier]) -> None:
    from app.dossier import texts

    # Case text is kept only by each build's DossierText (closed at the end); what stays
    # between builds is label wording.
    cached = " ".join(key[0] for key in [*texts._STATIC_PARAGRAPHS, *texts._STATIC_LINES])
    for secret in ("Ақжол", "IZ-2024-0042", DAUGHTER, KAZAKH_TESTIMONY[:20], ORG):
        assert secret not in cached


def test_every_text_field_at_length_never_breaks_the_layout(tmp_path: Path) -> None:
    """Every text field filled, some longer than a page (a 20,000-character answer fits in
    the model): rows must split across pages, not fail the dossier."""
    import dataclasses

    source = sample_source(TODAY)
    bundle = source.bundle
    words = "Ақжол 2018-يىلى 阿克卓勒 Bektaiūly "
    skip = {
        "uuid",
        "case_uuid",
        "witness_uuid",
        "created",
        "updated",
        "sha256",
        "photo_attachment",
        "media_type",
        "script",
        "kind",
        "status",
        "current_status",
        "procedure",
        "sex",
        "addressee_kind",
        "language",
    }
    longer_than_a_page = {"response", "health"}

    def text(n: int) -> str:
        return (words * (n // len(words) + 1))[:n]

    def fill(obj: object) -> None:
        for f in dataclasses.fields(obj):  # type: ignore[arg-type]
            value = getattr(obj, f.name)
            if isinstance(value, str) and f.name not in skip:
                setattr(obj, f.name, text(6000 if f.name in longer_than_a_page else 200))
            elif dataclasses.is_dataclass(value) and not isinstance(value, PartialDate):
                fill(value)

    for record in bundle.records():
        fill(record)
    for name in bundle.case.person.names:
        fill(name)
    bundle.case.case_number = text(1000)
    for n, witness in enumerate(bundle.witnesses):  # else every value would be "withheld"
        witness.name, witness.contact = f"Witness Demo-{n}", f"+7 700 000 00 0{n}"
    dossier = _build(source, "wgeid")
    pages = _pages(dossier, tmp_path)
    assert dossier.pages == len(pages) > 10
    assert " ".join(pages).count("Bektaiūly") > 500  # the long values are there
    # The header shortens a case number that would run into "CONFIDENTIAL".
    assert all(re.match(r"Case Ақжол [^…]{20,}… CONFIDENTIAL", page) for page in pages)


def test_long_testimony_is_laid_out_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each line is shaped about once, not once per page that precedes it (N² for N pages)."""
    from app.dossier.text import layout

    sentences = [f"{n}-сөйлем. " + KAZAKH_TESTIMONY for n in range(1, 241)]
    source = sample_source(TODAY, long_text="\n".join(sentences))
    calls = [0]
    original = layout.ParagraphLayout.line

    def counting(self: layout.ParagraphLayout, start: int, end: int) -> layout.Line:
        calls[0] += 1
        return original(self, start, end)

    monkeypatch.setattr(layout.ParagraphLayout, "line", counting)
    dossier = _build(source)
    lines = sum(
        len(p.splitlines())
        for p in subprocess.run(
            [_tool("pdftotext"), "-", "-"], input=dossier.pdf, capture_output=True, check=True
        )
        .stdout.decode()
        .split("\f")
    )
    assert dossier.pages >= 8
    assert calls[0] < 1.5 * lines, (calls[0], lines)
