"""Archival parts of a dossier (PDF/A-2b aims), read back with poppler and pypdf."""

from __future__ import annotations

import datetime as _dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageCms
from pypdf import PdfReader

from app.dossier.builder import Dossier, DossierOptions, build_dossier
from app.dossier.images import prepare_image
from app.dossier.sample import sample_source

TODAY = _dt.date(2026, 11, 28)
ORG = "Demo Rights Centre «Ақ» (fictional)"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


@pytest.fixture(scope="module")
def dossiers() -> dict[str, Dossier]:
    source = sample_source(TODAY)
    return {
        f"{profile}-{lang}": build_dossier(
            source,
            DossierOptions(profile=profile, lang=lang, organisation=ORG, generated=TODAY),  # type: ignore[arg-type]
        )
        for profile, lang in (("wgeid", "en"), ("public", "ru"), ("ministry", "kk"))
    }


def _run(tool: str, dossier: Dossier, tmp: Path, *args: str) -> str:
    path = tmp / f"{dossier.sha256[:12]}.pdf"
    path.write_bytes(dossier.pdf)
    return subprocess.run([_tool(tool), *args, str(path)], check=True, capture_output=True, text=True).stdout


def test_every_font_is_embedded(dossiers: dict[str, Dossier], tmp_path: Path) -> None:
    for dossier in dossiers.values():
        lines = _run("pdffonts", dossier, tmp_path).splitlines()[2:]
        assert lines, "the dossier has fonts"
        for line in lines:
            # name, type(s), encoding, emb, sub, uni, object, generation
            columns = line.split()
            assert columns[-5] == "yes", line
        assert "Helvetica" not in "\n".join(lines)


def test_xmp_metadata_agrees_with_the_document_info(dossiers: dict[str, Dossier], tmp_path: Path) -> None:
    dossier = dossiers["ministry-kk"]
    xmp = _run("pdfinfo", dossier, tmp_path, "-meta")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert "<dc:identifier>IZ-2024-0042</dc:identifier>" in xmp
    assert "<rdf:li>kk</rdf:li>" in xmp
    info = PdfReader(io.BytesIO(dossier.pdf)).metadata
    assert info is not None
    assert f'<rdf:li xml:lang="x-default">{info.title}</rdf:li>' in xmp
    assert f"<rdf:li>{ORG}</rdf:li>" in xmp and info.author == ORG
    assert f"<pdf:Producer>{info.producer}</pdf:Producer>" in xmp and "Izdeu" in str(info.producer)
    assert f"<pdf:Keywords>{info['/Keywords']}</pdf:Keywords>" in xmp
    created = str(info["/CreationDate"])  # D:YYYYMMDDhhmmss+hh'mm'
    m = re.match(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-]\d\d)'(\d\d)'", created)
    assert m, created
    y, mo, d, h, mi, s, tzh, tzm = m.groups()
    assert f"<xmp:CreateDate>{y}-{mo}-{d}T{h}:{mi}:{s}{tzh}:{tzm}</xmp:CreateDate>" in xmp
    # No person's name in the file properties, XMP included.
    assert "Ақжол" not in xmp


def test_language_and_srgb_output_intent(dossiers: dict[str, Dossier]) -> None:
    for key, dossier in dossiers.items():
        root = PdfReader(io.BytesIO(dossier.pdf)).trailer["/Root"]
        assert root["/Lang"] == key.split("-")[1]
        (intent,) = root["/OutputIntents"]
        intent = intent.get_object()
        assert intent["/S"] == "/GTS_PDFA1"
        profile = intent["/DestOutputProfile"].get_object()
        assert profile["/N"] == 3
        parsed = ImageCms.ImageCmsProfile(io.BytesIO(profile.get_data()))
        assert "sRGB" in ImageCms.getProfileDescription(parsed)
        metadata = root["/Metadata"].get_object()
        assert "/Filter" not in metadata  # readable without a PDF parser
        assert b"pdfaid:part" in metadata.get_data()


def test_cmyk_jpeg_is_drawn_as_rgb() -> None:
    out = io.BytesIO()
    Image.new("CMYK", (40, 30), (0, 200, 200, 0)).save(out, "JPEG")
    prepared = prepare_image(out.getvalue())
    assert prepared is not None
    # Decoded pixels (not the JPEG bytes passed through): no DeviceCMYK in a PDF/A with an
    # sRGB output intent.
    assert "jpeg_fh" not in vars(prepared.reader)
    assert prepared.reader._image.mode == "RGB"
