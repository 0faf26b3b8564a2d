"""Photos in dossiers and cleaned exports carry no EXIF, GPS, XMP, IPTC, ICC, comments, thumbnails."""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import struct
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app import cli
from app.dossier.builder import DossierOptions, DossierSource, build_dossier
from app.dossier.sample import attachment_for, sample_source
from app.imagemeta import clean_image, find_metadata, strip_jpeg, strip_png
from tests.core.photo_fixtures import (
    AUTHOR,
    CAMERA,
    COMMENT,
    LEAKS,
    clean_base,
    revealing_jpeg,
    revealing_png,
)
from tests.helpers import PASSPHRASE

TODAY = _dt.date(2026, 11, 28)


def _with_photo(data: bytes, media_type: str, name: str) -> DossierSource:
    source = sample_source(TODAY)
    bundle = source.bundle
    photo = attachment_for(bundle.case.uuid, name, media_type, data, "photo (fictional)")
    bundle.attachments.insert(0, photo)
    source.files[photo.uuid] = data
    bundle.case.person.photo_attachment = photo.uuid
    return source


def _xobjects(pdf: bytes) -> list[tuple[str, bytes]]:
    """(filter, raw stream bytes) of every image XObject in the PDF, as stored."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                filters = obj.get("/Filter")
                name = str(filters[-1] if isinstance(filters, list) else filters)
                found.append((name, obj._data))
    return found


def _assert_no_leaks(data: bytes) -> None:
    if data.startswith(b"%PDF"):
        # The document's own XMP packet (archival metadata: title, case number, language, no
        # photo data) uses the XMP namespace too; every other byte of the file is checked.
        own = PdfReader(io.BytesIO(data)).trailer["/Root"]["/Metadata"].get_object().get_data()
        assert b"GPS" not in own and b"exif" not in own.lower()
        data = data.replace(own, b"")
    for leak in LEAKS:
        assert leak not in data, leak


@pytest.mark.parametrize("profile", ["wgeid", "ministry", "public"])
def test_a_gps_photo_reaches_the_pdf_without_metadata_and_lossless(profile: str) -> None:
    hostile, scan = revealing_jpeg()
    source = _with_photo(hostile, "image/jpeg", "gps.jpg")
    pdf = build_dossier(source, DossierOptions(profile=profile, generated=TODAY)).pdf  # type: ignore[arg-type]
    _assert_no_leaks(pdf)
    jpegs = [raw for kind, raw in _xobjects(pdf) if kind == "/DCTDecode"]
    assert jpegs, "the photo is embedded as a JPEG"
    for raw in jpegs:
        _assert_no_leaks(raw)
        assert raw[raw.index(b"\xff\xda") :] == scan  # the compressed picture, byte for byte
        with Image.open(io.BytesIO(raw)) as image:
            assert not image.getexif() and "icc_profile" not in image.info
            assert image.size == (120, 90)


def test_rotated_and_png_photos_are_drawn_from_pixels_only() -> None:
    rotated, _ = revealing_jpeg(orientation=6)
    for data, media, name in ((rotated, "image/jpeg", "r.jpg"), (revealing_png(), "image/png", "p.png")):
        pdf = build_dossier(
            _with_photo(data, media, name), DossierOptions(profile="wgeid", generated=TODAY)
        ).pdf
        _assert_no_leaks(pdf)
        for _, raw in _xobjects(pdf):
            _assert_no_leaks(raw)


def test_strip_jpeg_keeps_the_picture_and_drops_every_metadata_segment() -> None:
    hostile, scan = revealing_jpeg()
    clean = strip_jpeg(hostile)
    _assert_no_leaks(clean)
    assert clean.endswith(scan) and clean.count(b"\xff\xd9") == 1
    with Image.open(io.BytesIO(clean)) as a, Image.open(io.BytesIO(clean_base())) as b:
        assert a.tobytes() == b.tobytes()  # decodes to exactly the same pixels
    # Segments between SOI and the frame: JFIF (no thumbnail), tables, frame, nothing else.
    markers, i = [], 2
    while clean[i + 1] != 0xDA:
        markers.append(clean[i + 1])
        i += 2 + struct.unpack(">H", clean[i + 2 : i + 4])[0]
    assert markers[0] == 0xE0 and not [m for m in markers if 0xE1 <= m <= 0xEF or m == 0xFE]


def test_cmyk_jpeg_keeps_its_adobe_marker() -> None:
    out = io.BytesIO()
    Image.new("CMYK", (20, 20), (0, 50, 100, 0)).save(out, "JPEG")
    clean = strip_jpeg(out.getvalue())
    assert b"Adobe" in clean
    with Image.open(io.BytesIO(clean)) as image, Image.open(out) as original:
        assert image.mode == "CMYK" and image.tobytes() == original.tobytes()


@pytest.mark.parametrize(
    "bad", [b"", b"\xff\xd8", b"\xff\xd8\xff\xe1\x00\xff", b"not a jpeg", revealing_jpeg()[0][:400]]
)
def test_damaged_jpegs_are_refused_not_half_copied(bad: bytes) -> None:
    with pytest.raises(ValueError):
        strip_jpeg(bad)


def test_png_loses_text_time_and_exif_chunks() -> None:
    data = revealing_png()
    assert AUTHOR.encode() in data
    clean = strip_png(data)
    _assert_no_leaks(clean)
    for chunk in (b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"tIME"):
        assert chunk not in clean
    with Image.open(io.BytesIO(clean)) as a, Image.open(io.BytesIO(data)) as b:
        assert a.tobytes() == b.tobytes()


def test_other_formats_are_reencoded_without_metadata() -> None:
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x013B] = AUTHOR
    Image.new("RGB", (30, 20), (5, 5, 5)).save(out, "WEBP", exif=exif.tobytes())
    assert AUTHOR.encode() in out.getvalue()
    clean, media = clean_image(out.getvalue())
    assert media == "image/png" and AUTHOR.encode() not in clean
    rotated, _ = revealing_jpeg(orientation=6)
    clean, media = clean_image(rotated)
    _assert_no_leaks(clean)
    with Image.open(io.BytesIO(clean)) as image:
        assert media == "image/jpeg" and image.size == (90, 120)  # turned as EXIF said


def test_find_metadata_names_what_a_photo_reveals() -> None:
    assert find_metadata(revealing_jpeg()[0]) == {"gps", "author", "camera"}
    assert find_metadata(clean_base()) == set()
    assert find_metadata(strip_jpeg(revealing_jpeg()[0])) == set()
    assert find_metadata(b"not an image") == set()


def test_export_attachment_strip_metadata_leaves_the_vault_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.store import Store
    from app.vault import Vault

    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    vault = tmp_path / "v.izdeu"
    hostile, scan = revealing_jpeg()
    photo = tmp_path / "gps.jpg"
    photo.write_bytes(hostile)
    from app.model import Case

    with Vault.create(vault, PASSPHRASE) as v:
        store = Store(v)
        case = Case(case_number="IZ-P-1")
        store.save(case)
        att = store.add_attachment_file(case.uuid, photo)
        text = store.add_attachment(case.uuid, io.BytesIO(b"%PDF-1.4 not an image"), "a.pdf")
    sha = hashlib.sha256(hostile).hexdigest()
    assert att.sha256 == sha
    out = tmp_path / "out" / "clean.jpg"
    (tmp_path / "out").mkdir()
    assert (
        cli.main(["--vault", str(vault), "export-attachment", att.uuid, "-o", str(out), "--strip-metadata"])
        == 0
    )
    assert "metadata" in capsys.readouterr().out
    cleaned = out.read_bytes()
    _assert_no_leaks(cleaned)
    assert cleaned.endswith(scan)
    assert COMMENT not in cleaned and CAMERA.encode() not in cleaned
    plain = tmp_path / "out" / "original.jpg"
    assert cli.main(["--vault", str(vault), "export-attachment", att.uuid, "-o", str(plain)]) == 0
    assert plain.read_bytes() == hostile  # without the flag: the evidence, byte for byte
    refused = tmp_path / "out" / "a.pdf"
    assert (
        cli.main(
            ["--vault", str(vault), "export-attachment", text.uuid, "-o", str(refused), "--strip-metadata"]
        )
        == 7
    )
    err = capsys.readouterr().err
    assert err.count("izdeu: error:") == 1 and "Traceback" not in err and not refused.exists()
    assert not [p for p in refused.parent.iterdir() if p.name.startswith(".izdeu-tmp-")]
    with Vault.open(vault, PASSPHRASE) as v:
        store = Store(v)
        again = store.get("attachment", att.uuid)
        assert again.sha256 == sha and store.attachment_bytes(att.uuid) == hostile


@pytest.mark.parametrize(
    "options",
    [{"progressive": True}, {"restart_marker_blocks": 1}, {"progressive": True, "restart_marker_rows": 1}],
)
def test_progressive_and_restart_marker_jpegs_keep_every_scan(options: dict[str, object]) -> None:
    with Image.open(io.BytesIO(clean_base((300, 200)))) as image:
        out = io.BytesIO()
        image.save(out, "JPEG", comment=COMMENT, exif=Image.Exif().tobytes(), **options)
    data = out.getvalue()
    clean = strip_jpeg(data)
    assert COMMENT not in clean and b"Exif" not in clean
    assert clean.count(b"\xff\xda") == data.count(b"\xff\xda")
    with Image.open(io.BytesIO(clean)) as a, Image.open(io.BytesIO(data)) as b:
        assert a.tobytes() == b.tobytes()
