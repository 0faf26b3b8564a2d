"""Codes declared once as StrEnums, labelled once per language, and used by the field specs, the
dossiers and the command line."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest

from app import cli
from app.dossier.builder import DossierOptions, DossierSource, build_dossier
from app.dossier.labels import enum_label
from app.errors import InvalidInputError
from app.labels import LANGS, all_texts, choices, label
from app.labels.data import LABELS
from app.model import (
    ENUMS,
    KINDS,
    Act,
    ActKind,
    AddresseeKind,
    Case,
    CaseStatus,
    Certainty,
    ConsentGrant,
    ConsentScope,
    Hometown,
    IdDocument,
    IdentityLevel,
    Intervention,
    LinkKind,
    Name,
    NameKind,
    NameScript,
    Person,
    PersonStatus,
    Procedure,
    StatusChange,
    Translation,
    Witness,
    record_class,
)
from app.model.fields import spec_of
from app.store import CaseBundle, Store
from app.vault import Vault
from tests.helpers import PASSPHRASE

ARABIC = re.compile(r"[\u0600-\u06ff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _forms(enum: type) -> list[tuple[str, str, object]]:
    """(code, form name, wording) of every code's short and document wording."""
    out = []
    for member in enum:
        entry = LABELS[enum][member]
        out.append((member.value, "short", entry))
        out.append((member.value, "document", entry.document or entry))
    return out


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_code_has_a_label_in_every_language(enum: type) -> None:
    assert set(LABELS[enum]) == set(enum), "the registry has exactly the enum's codes"
    for code, form, entry in _forms(enum):
        for lang in LANGS:
            text = getattr(entry, lang)
            assert isinstance(text, str) and text.strip() == text and text, (code, form, lang)
        assert ARABIC.search(entry.ug) and not CYRILLIC.search(entry.ug), (code, form)
        assert CYRILLIC.search(entry.ru) and CYRILLIC.search(entry.kk), (code, form)


def test_registry_has_no_enum_the_model_does_not_declare() -> None:
    assert set(LABELS) == set(ENUMS)


def test_every_choice_field_takes_its_codes_from_a_labelled_enum() -> None:
    classes = [record_class(kind) for kind in KINDS]
    classes += [Name, Person, ConsentGrant, IdDocument, Hometown, Translation]
    fields = {
        f"{cls.__name__}.{f.name}": spec.choices
        for cls in classes
        for f in dataclasses.fields(cls)
        if (spec := spec_of(f)) is not None and spec.kind == "choice"
    }
    assert fields == {
        "Case.procedure": Procedure,
        "Case.status": CaseStatus,
        "Person.current_status": PersonStatus,
        "Name.script": NameScript,
        "Name.kind": NameKind,
        "StatusChange.current_status": PersonStatus,
        "Act.kind": ActKind,
        "ConsentGrant.scope": ConsentScope,
        "ConsentGrant.identity": IdentityLevel,
        "CaseLink.kind": LinkKind,
        "CaseLink.certainty": Certainty,
    }
    assert all(enum in ENUMS for enum in fields.values())


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Case(status="lost"), "status"),
        (Case(procedure="fast"), "procedure"),
        # the member's name, another case, a space, the label: none is the code
        (Case(status="OPEN"), "status"),
        (Case(status="Open"), "status"),
        (Case(status="open "), "status"),
        (Act(kind="camp internment"), "kind"),
        (Case(person=Person(current_status="PASSPORT_CONFISCATED")), "current_status"),
        (Act(kind="kidnap"), "kind"),
        (StatusChange(current_status="gone"), "current_status"),
        (Case(person=Person(names=[Name("Тест", "kk-Mong")])), "script"),
        (Case(person=Person(names=[Name("Тест", "kk-Cyrl", "nickname")])), "kind"),
        (Witness(consent=[ConsentGrant("press")]), "scope"),
        (Witness(consent=[ConsentGrant("store", "partial")]), "identity"),
    ],
)
def test_a_code_outside_its_enum_is_refused_by_name(record: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        record.validate()  # type: ignore[attr-defined]
    message = str(caught.value)
    assert field in message and "must be one of" in message and "\n" not in message


def test_a_code_of_another_type_in_a_file_is_refused() -> None:
    for raw in (1, None, ["open"], {"value": "open"}, True):
        with pytest.raises(InvalidInputError, match="status"):
            Case.from_dict({"status": raw}).validate()


def test_every_code_of_every_enum_validates() -> None:
    Case(status=CaseStatus.CLOSED, procedure=Procedure.URGENT).validate()  # members are codes
    for status in CaseStatus:
        for procedure in Procedure:
            Case(status=status.value, procedure=procedure.value).validate()
    for kind in ActKind:
        Act(kind=kind.value).validate()
    names = [Name("Тест", s.value, k.value) for s in NameScript for k in NameKind]
    Case(person=Person(names=names)).validate()
    grants = [ConsentGrant(s.value, i.value) for s in ConsentScope for i in IdentityLevel]
    Witness(consent=grants).validate()


def test_defaults_are_plain_strings_as_stored() -> None:
    case = Case()
    assert type(case.status) is str and case.status == "open"
    assert type(Act().kind) is str and type(Name().script) is str
    assert case.to_dict()["status"] == "open"


def test_unknown_codes_and_languages() -> None:
    # A code from a newer version or free text in a suggested-values field is shown as it is.
    assert label(PersonStatus, "abducted-abroad", "ru") == "abducted-abroad"
    assert label(AddresseeKind, "Akimat of Almaty", "kk") == "Akimat of Almaty"
    assert label(CaseStatus, "closed", "fr") == "closed"  # no such language: English
    assert choices(Procedure, "kk") == [("standard", "әдеттегі"), ("urgent", "шұғыл (соңғы 3 ай)")]


def test_document_wording_falls_back_to_the_short_one() -> None:
    assert label(PersonStatus, "missing", "en", document=True) == "missing, whereabouts unknown"
    assert label(PersonStatus, "missing", "en") == "missing / unknown"
    assert label(ConsentScope, "store", "ug", document=True) == label(ConsentScope, "store", "ug")
    assert label(PersonStatus, "missing", "ug", document=True) in all_texts()


def test_dossier_prints_the_registry_wording(tmp_path: Path) -> None:
    case = Case(
        case_number="IZ-2026-0077",
        status="submitted",
        procedure="urgent",
        person=Person(
            names=[Name("ئايگۈل تېستوۋا", "ug-Arab", "official-zh")], current_status="passport-confiscated"
        ),
    )
    bundle = CaseBundle(
        case,
        acts=[Act(case_uuid=case.uuid, kind="camp-internment")],
        interventions=[Intervention(case_uuid=case.uuid, addressee_kind="wgeid", actor="Тест")],
    )
    expected = {  # today's Russian dossier wording, spelled out
        (PersonStatus, "passport-confiscated"): "паспорт изъят, не может выехать",
        (CaseStatus, "submitted"): "подано",
        (Procedure, "urgent"): "срочная",
        (ActKind, "camp-internment"): "Помещение в лагерь",
        (NameScript, "ug-Arab"): "уйгурский (арабская графика)",
        (NameKind, "official-zh"): "официальное имя в КНР",
        (AddresseeKind, "wgeid"): "РГННИ ООН",
    }
    dossier = build_dossier(
        DossierSource(bundle),
        DossierOptions(profile="ministry", lang="ru", organisation="Тестовый центр (вымышленный)"),
    )
    pdf = tmp_path / "dossier.pdf"
    pdf.write_bytes(dossier.pdf)
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout.split()
    )
    for (enum, code), wording in expected.items():
        assert label(enum, code, "ru", document=True) == wording
        assert wording in text, wording
    assert enum_label("identity", "none", "kk") == "келісім жоқ (тек туысы ретінде көрсетілген)"


def test_cli_show_words_codes_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "labels.izdeu"
    vault = Vault.create(path, PASSPHRASE)
    try:
        case = Case(
            case_number="IZ-2026-0078",
            status="clarified",
            procedure="urgent",
            person=Person(names=[Name("Айгүл Тестова", "kk-Cyrl", "alias")], current_status="camp"),
        )
        Store(vault, actor="tester").save_many(
            [
                case,
                Act(case_uuid=case.uuid, kind="passport-confiscation"),
                Witness(case_uuid=case.uuid, name="Тест", consent=[ConsentGrant("store", "full")]),
                Intervention(case_uuid=case.uuid, addressee_kind="consulate"),
                StatusChange(case_uuid=case.uuid, current_status="forced-labour"),
            ]
        )
    finally:
        vault.close()
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--vault", str(path), "show", "IZ-2026-0078"]) == 0
    out = capsys.readouterr().out
    assert "Status: clarified, procedure urgent (last 3 months); person: in a camp" in out
    assert "  Kazakh (Cyrillic) (alias): Айгүл Тестова" in out
    assert "passport confiscation" in out and "(consulate)" in out
    assert "consent: keep on file only/full name" in out
    assert ": forced labour" in out
    assert "passport-confiscation" not in out and "kk-Cyrl" not in out
