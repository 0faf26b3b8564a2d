"""Dossiers show what a PRC ID or IIN says (birth date, sex, county), never in public ones."""

from __future__ import annotations

import datetime as _dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.dossier.builder import DossierOptions, build_dossier
from app.dossier.sample import sample_source
from app.model import IdDocument
from tests.core.test_names_ids import prc

NUMBER = prc("65402119850312001")


def _text(pdf: bytes, tmp: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp / "d.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True)
    return re.sub(r"\s+", " ", out.stdout)


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "the number gives: born 1985-03-12"), ("ru", "по номеру: родился(-ась) 1985-03-12")],
)
def test_dossier_shows_what_the_number_says(tmp_path: Path, lang: str, says: str) -> None:
    source = sample_source(_dt.date(2026, 11, 28))
    source.bundle.case.person.id_documents = [IdDocument("PRC resident ID", NUMBER)]
    pdf = build_dossier(
        source, DossierOptions(profile="wgeid", lang=lang, generated=_dt.date(2026, 11, 28))
    ).pdf
    text = _text(pdf, tmp_path)
    assert NUMBER in text and says in text
    assert "伊宁县" in text and "2001-" in text
    public = build_dossier(
        source, DossierOptions(profile="public", lang=lang, generated=_dt.date(2026, 11, 28))
    )
    assert says not in _text(public.pdf, tmp_path) and "伊宁县" not in _text(public.pdf, tmp_path)


def test_a_number_failing_its_check_is_said_so(tmp_path: Path) -> None:
    source = sample_source(_dt.date(2026, 11, 28))
    bad = NUMBER[:-1] + ("1" if NUMBER[-1] != "1" else "2")
    source.bundle.case.person.id_documents = [IdDocument("PRC resident ID", bad)]
    pdf = build_dossier(
        source, DossierOptions(profile="wgeid", lang="en", generated=_dt.date(2026, 11, 28))
    ).pdf
    assert "does not pass its check digit" in _text(pdf, tmp_path)
