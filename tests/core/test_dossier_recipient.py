"""What a recipient gets beyond the dossier: the one-page summary, the covering list of a batch,
a status history without the entry nobody reported, and the WGEID checks."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.dossier import DossierOptions, build_batch, build_dossier, load_source
from app.dossier.sample import sample_source
from app.model import Act, Case, Name, PartialDate, Person, StatusChange
from app.store import Store
from tests.helpers import pdf_words

TODAY = _dt.date(2026, 11, 28)
ORG = "Demo Rights Centre (fictional)"


def _text(pdf: bytes, tmp: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp / "t.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    bidi_controls = dict.fromkeys(
        map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2068\u2069")
    )
    return re.sub(r"\s+", " ", out.stdout.translate(bidi_controls))


def test_summary_sheet_is_one_page_whatever_the_case_holds(tmp_path: Path) -> None:
    source = sample_source(TODAY)
    case = source.bundle.case
    long_summary = "Тұтқындалды. " * 900  # several pages of summary text
    source.bundle.case = dataclasses.replace(case, summary=long_summary)
    for profile in ("public", "wgeid", "ministry"):
        options = DossierOptions(profile=profile, organisation=ORG, generated=TODAY, sheet=True)  # type: ignore[arg-type]
        dossier = build_dossier(source, options)
        assert dossier.pages == 1 and len(PdfReader(io.BytesIO(dossier.pdf)).pages) == 1
        text = _text(dossier.pdf, tmp_path)
        assert "Case summary — one page" in text and case.case_number in text
        assert "Ақжол" in text  # the person's names
        assert "minimum elements" not in text.lower()  # no WGEID checklist on a press sheet
        assert "The full dossier of case" in text


def test_covering_list_names_each_file_with_its_sha256(store: Store, tmp_path: Path) -> None:
    uuids = []
    for i, name in enumerate(("Ақжол Бектайұлы", "ئاقجول بەكتاي", "阿克卓勒")):
        case = Case(case_number=f"IZ-2024-09{i:02d}", person=Person(names=[Name(name, "kk-Cyrl")]))
        store.save(case)
        uuids.append(case.uuid)
    options = DossierOptions(profile="ministry", lang="ru", organisation=ORG, generated=TODAY)
    result = build_batch(store, uuids, tmp_path / "out", options)
    assert result.covering_list is not None
    text = _text(result.covering_list.read_bytes(), tmp_path)
    assert "Сопроводительный перечень" in text and "Досье: 3" in text
    for entry, (_, path, sha) in zip(result.listed, result.written, strict=True):
        assert entry.file == path.name and entry.sha256 == sha
        assert path.name in text and sha in text and entry.case_number in text
    assert "Ақжол Бектайұлы" in text and "阿克卓勒" in text


def test_the_automatic_first_status_is_not_shown_as_reported(store: Store, tmp_path: Path) -> None:
    case = Case(case_number="IZ-2024-0950", person=Person(names=[Name("Сайхан", "kk-Cyrl")]))
    store.save(case)  # the store records "missing" itself, source "recorded"
    bundle = store.load_case(case.uuid)
    assert [s.source for s in bundle.status_changes] == ["recorded"]
    options = DossierOptions(organisation=ORG, generated=TODAY)
    text = _text(build_dossier(load_source(store, case.uuid), options).pdf, tmp_path)
    assert "Status history" not in text
    # A later change made in the editor is shown, as an entry in the file, not as a report.
    case.person.current_status = "camp"
    store.save(case)
    store.save(
        StatusChange(
            case_uuid=case.uuid, date=PartialDate(2024, 2, 11), current_status="prison", source="a cousin"
        )
    )
    text = _text(build_dossier(load_source(store, case.uuid), options).pdf, tmp_path)
    assert "Status history" in text
    assert "entered in the case file, not a report" in text and "Source: a cousin" in text


def test_wgeid_checks_travel_with_the_dossier() -> None:
    source = sample_source(TODAY)
    options = DossierOptions(organisation="", generated=TODAY)
    dossier = build_dossier(source, options)
    assert "f" in dossier.missing_elements and not dossier.not_enforced
    bundle = source.bundle
    bundle.case = dataclasses.replace(
        bundle.case,
        person=dataclasses.replace(bundle.case.person, current_status="passport-confiscated"),
    )
    assert build_dossier(source, options).not_enforced
    # Only a passport confiscation recorded, no date of disappearance, no detention.
    only_passport = Case(case_number="IZ-1", person=Person(names=[Name("A", "kk-Latn")]))
    bundle.case, bundle.acts = (
        only_passport,
        [Act(case_uuid=only_passport.uuid, kind="passport-confiscation")],
    )
    bundle.witnesses, bundle.testimonies, bundle.status_changes = [], [], []
    assert build_dossier(source, options).not_enforced
    bundle.acts.append(Act(case_uuid=only_passport.uuid, kind="arrest"))
    assert not build_dossier(source, options).not_enforced


@pytest.mark.parametrize(
    ("name", "script", "latin"),
    [
        ("Ақжол Бектайұлы", "kk-Cyrl", "Akzhol Bektayuly"),
        ("ئاقجول بەكتاي", "ug-Arab", "Aqjol Bektay"),
    ],
)
def test_element_a_shows_a_latin_name_when_none_was_recorded(
    store: Store, tmp_path: Path, name: str, script: str, latin: str
) -> None:
    case = Case(
        case_number="IZ-2024-0960",
        person=Person(names=[Name(name, script), Name("阿克卓勒·别克泰", "zh-Hans", "official-zh")]),
    )
    store.save(case)
    dossier = build_dossier(load_source(store, case.uuid), DossierOptions(organisation=ORG, generated=TODAY))
    text = _text(dossier.pdf, tmp_path)
    assert f"{latin} (transliterated by Izdeu)" in text
    assert "Chinese official name: 阿克卓勒·别克泰" in text
    assert f"Latin script · transliterated by Izdeu {latin}" in text  # the names table


def test_a_recorded_latin_name_is_used_as_recorded(store: Store, tmp_path: Path) -> None:
    case = Case(
        case_number="IZ-2024-0961",
        person=Person(names=[Name("Ақжол Бектайұлы", "kk-Cyrl"), Name("Aqjol Bektaiuly", "kk-Latn")]),
    )
    store.save(case)
    dossier = build_dossier(load_source(store, case.uuid), DossierOptions(organisation=ORG, generated=TODAY))
    text = _text(dossier.pdf, tmp_path)
    assert "Aqjol Bektaiuly" in text and "transliterated" not in text


def test_cases_of_the_same_person_are_listed_by_number(store: Store, tmp_path: Path) -> None:
    original = Case(case_number="IZ-2024-0970", person=Person(names=[Name("Сайхан", "kk-Cyrl")]))
    store.save(original)
    twin = Case(
        case_number="IZ-2024-0971",
        person=Person(names=[Name("Saikhan", "kk-Latn")]),
        duplicate_of=original.uuid,
    )
    store.save(twin)
    assert store.same_person_cases(original.uuid) == ["IZ-2024-0971"]
    assert store.same_person_cases(twin.uuid) == ["IZ-2024-0970"]
    options = DossierOptions(organisation=ORG, generated=TODAY)
    text = _text(build_dossier(load_source(store, original.uuid), options).pdf, tmp_path)
    assert "Same person, also recorded as case IZ-2024-0971" in text


def test_element_a_reads_left_to_right_when_the_name_is_in_arabic_script(
    store: Store, tmp_path: Path
) -> None:
    """An Uyghur name first must not turn element (a) around: the line is the dossier's
    (left to right), the Uyghur name an island read right to left inside it."""
    given, surname = "نۇرنىسا", "قۇتبەك"
    case = Case(
        case_number="IZ-2024-0962",
        person=Person(
            names=[
                Name(f"{given} {surname}", "ug-Arab"),
                Name("Nurnisa Qutbek", "ug-Latn"),
                Name("努尔尼萨", "zh-Hans", "official-zh"),
            ]
        ),
    )
    store.save(case)
    dossier = build_dossier(load_source(store, case.uuid), DossierOptions(organisation=ORG, generated=TODAY))
    words = [(y, x, w) for page, y, x, w in pdf_words(dossier.pdf, tmp_path) if page == 1]
    # Element (a)'s line: the one where "Qutbek" and "official" stand together (the names
    # table has each name on a row of its own). Arabic-script glyphs sit a little higher.
    [y] = {y for y, _, w in words if w == "official"} & {y for y, _, w in words if w == "Qutbek"}
    line = sorted((x, w) for wy, x, w in words if abs(wy - y) < 4)

    def x_of(word: str) -> float:
        # pdftotext writes an Arabic-script word's letters in the order they stand on the page
        [x] = [x for x, w in line if word in (w, w[::-1])]
        return x

    assert x_of(surname) < x_of(given) < x_of("Nurnisa") < x_of("Qutbek") < x_of("Chinese") < x_of("official")


def test_an_arabic_script_file_name_follows_its_number(store: Store, tmp_path: Path) -> None:
    from app.demo.files import photo_png

    case = Case(case_number="IZ-2024-0963", person=Person(names=[Name("Сайхан", "kk-Cyrl")]))
    store.save(case)
    store.add_attachment(case.uuid, io.BytesIO(photo_png("S")), "سۈرەت.png")
    dossier = build_dossier(load_source(store, case.uuid), DossierOptions(organisation=ORG, generated=TODAY))
    words = pdf_words(dossier.pdf, tmp_path)
    [(page, y, number_x)] = [(p, y, x) for p, y, x, w in words if w == "1."]
    [name_x] = [x for p, y2, x, w in words if p == page and abs(y2 - y) < 4 and "png" in w]
    assert number_x < name_x
    # The appendix's caption under the photo: at the left margin, as in the evidence list, not
    # right-aligned with the extension in front ("png.<name>" at x 486 before).
    appendix = [(x, w) for p, y2, x, w in words if p > page and "png" in w and "/" not in w]
    assert appendix and all(x < 100 for x, _w in appendix), appendix
    assert not any(w.startswith("png") for _x, w in appendix), appendix
