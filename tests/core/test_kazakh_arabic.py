"""Kazakh in Arabic script (kk-Arab, the töte alphabet of the Kazakhs of Xinjiang) as a name
script: stored, found however it is spelled, printed right to left in dossiers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from bidi import get_display

from app.dossier.builder import DossierOptions, DossierSource, build_dossier
from app.labels import LANGS, label
from app.model import Case, Name, NameScript, Person
from app.store import CaseBundle, Store
from app.store.fold import fold
from tests.helpers import pdf_words

# Әлім Ақжолұлы (fictional): the high hamza ٴ marks a front-vowel word; ۇ is ұ.
GIVEN, PATRONYMIC = "ٴالىم", "اقجولۇلى"
KK_ARAB = f"{GIVEN} {PATRONYMIC}"


def test_kk_arab_is_a_name_script_labelled_in_every_language() -> None:
    assert NameScript("kk-Arab") is NameScript.KK_ARAB
    words = [label(NameScript, "kk-Arab", lang) for lang in LANGS]
    assert words == [
        "Kazakh (Arabic script)",
        "казахский (арабское письмо)",
        "қазақша (төте жазу)",
        "قازاقچە (ئەرەب يېزىقى)",
    ]
    assert len(set(words)) == 4 and words[3] != label(NameScript, "ug-Arab", "ug")


@pytest.mark.parametrize(
    ("spelled", "same_as"),
    [
        ("ٴالىم", "الىم"),  # the high hamza left out
        ("ٵلىم", "الىم"),  # the precomposed alef with high hamza
        ("ئاقجول", "اقجول"),  # a Uyghur hamza seat before the vowel
        ("ئۆمەر", "ٶمەر"),  # Uyghur ö, töte ө
        ("بەکتای", "بەكتاي"),  # a Persian keyboard's keheh and yeh
    ],
)
def test_arabic_script_spellings_fold_together(spelled: str, same_as: str) -> None:
    assert fold(spelled) == fold(same_as)


def test_a_kk_arab_name_is_saved_and_found(store: Store) -> None:
    case = Case(case_number="IZ-TOTE-1", person=Person(names=[Name(KK_ARAB, "kk-Arab", "legal")]))
    store.save(case)
    assert store.get_case(case.uuid).person.names == [Name(KK_ARAB, "kk-Arab", "legal")]
    for query in (KK_ARAB, "الىم", "ئالىم", PATRONYMIC, "اقجولۇلى الىم"):
        assert [hit.case_uuid for hit in store.search(query)] == [case.uuid], query
    (row,) = store.list_cases()
    assert KK_ARAB in row.names  # the only name is the one the list shows


def _arabic_lines(pdf: bytes, tmp: Path) -> list[list[str]]:
    """Lines of Arabic-script words in reading order (right to left), from pdftotext -bbox."""
    lines: dict[tuple[int, int], list[tuple[float, str]]] = {}
    for page, y, x, word in pdf_words(pdf, tmp):
        if re.search("[\u0600-\u06ff]", word):
            lines.setdefault((page, round(y)), []).append((x, word))
    return [[get_display(w, base_dir="R") for _, w in sorted(lines[k], reverse=True)] for k in sorted(lines)]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_kk_arab_name_is_printed_right_to_left_in_a_dossier(lang: str, tmp_path: Path) -> None:
    person = Person(names=[Name("Әлім Ақжолұлы", "kk-Cyrl", "legal"), Name(KK_ARAB, "kk-Arab", "other")])
    bundle = CaseBundle(Case(case_number="IZ-TOTE-2", person=person))
    dossier = build_dossier(DossierSource(bundle), DossierOptions(profile="wgeid", lang=lang))  # type: ignore[arg-type]
    lines = _arabic_lines(dossier.pdf, tmp_path)
    # Read right to left, the given name comes first, every letter as typed (high hamza too).
    assert [GIVEN, PATRONYMIC] in lines, lines
    plain = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=dossier.pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert label(NameScript, "kk-Arab", lang, document=True) in " ".join(plain.split())
