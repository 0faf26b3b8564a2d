"""Coded fields: sex, ethnicity, citizenships, relation, how consent was given, addressee kind.

Free text of older vaults, case files and backups becomes codes where it matches a code's words
in any of the four languages, else "other:" and the text; new files must hold codes.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.backup.ops.lines import parse_line
from app.dossier.builder import DossierOptions, build_dossier
from app.dossier.sample import sample_source
from app.errors import InvalidInputError
from app.interchange import import_cases
from app.labels import LANGS, coded_label, label
from app.labels.data import LABELS
from app.model import (
    AddresseeKind,
    Case,
    Citizenship,
    ConsentHow,
    Ethnicity,
    Intervention,
    Person,
    Relation,
    Sex,
    Witness,
)
from app.model.code_words import WORDS
from app.model.coded import code_for, upgrade_plain
from app.model.text import SHORT
from app.store import Store, namekeys
from app.vault import Vault
from app.vault import migrations as mig
from tests.helpers import PASSPHRASE, as_store_before_statistics_columns

CODED = (Sex, Ethnicity, Citizenship, Relation, ConsentHow, AddresseeKind)


@pytest.mark.parametrize("enum", CODED, ids=lambda e: e.__name__)
def test_every_label_reads_back_as_its_code(enum: type) -> None:
    # What a volunteer typed before the lists existed is often the label of today: it must match.
    for member, wording in LABELS[enum].items():
        for form in (wording, wording.document or wording):
            for lang in LANGS:
                text = form.get(lang)
                assert code_for(enum, text) == member.value, (lang, text)
                assert code_for(enum, text.upper()) == member.value, (lang, text)


def test_a_word_names_one_code_only() -> None:
    for enum in CODED:
        for member in enum:
            assert WORDS.get(member), (enum.__name__, member)
            for word in WORDS[member]:
                key = code_for(enum, word)
                assert key == member.value, (enum.__name__, word, key)


@pytest.mark.parametrize(
    ("enum", "typed", "expected"),
    [
        (Sex, "male", "male"),
        (Sex, "Мужской", "male"),
        (Sex, "ер", "male"),
        (Sex, "ئەر", "male"),
        (Sex, " FEMALE. ", "female"),
        (Sex, "жен.", "female"),
        (Sex, "әйел", "female"),
        (Sex, "ئايال", "female"),
        (Sex, "intersex", "other:intersex"),
        (Ethnicity, "Kazakh", "kazakh"),
        (Ethnicity, "казашка", "kazakh"),
        (Ethnicity, "Ұйғыр", "uyghur"),
        (Ethnicity, "ئۇيغۇر", "uyghur"),
        (Ethnicity, "Dungan", "hui"),
        (Ethnicity, "Сибо", "other:Сибо"),
        (Citizenship, "PRC", "cn"),
        (Citizenship, "ҚХР", "cn"),
        (Citizenship, "Қазақстан", "kz"),
        (Citizenship, "qandas", "kandas"),
        (Citizenship, "dual", "other:dual"),
        (Relation, "қызы", "daughter"),
        (Relation, "Дочь", "daughter"),
        (Relation, "قىزى", "daughter"),
        (Relation, "brother", "brother"),
        (Relation, "інісі", "brother"),
        (Relation, "көршісінің ұлы", "other:көршісінің ұлы"),
        (ConsentHow, "устно", "oral"),
        (ConsentHow, "жазбаша", "written"),
        (ConsentHow, "аудиозапись", "audio"),
        (AddresseeKind, "консульство", "consulate"),
        (AddresseeKind, "Akimat of Almaty", "other:Akimat of Almaty"),
        # Already coded: kept as it is, so upgrading twice changes nothing.
        (Sex, "other:мужской?", "other:мужской?"),
        (Relation, "daughter", "daughter"),
        (Relation, "", ""),
        # Hostile text of an old vault: what a one-line field refuses becomes a space.
        (Relation, "сосед\x1b[31m\u202e", "other:сосед [31m"),
        (Sex, "\x00\x07", ""),
    ],
)
def test_free_text_becomes_a_code_or_other(enum: type, typed: str, expected: str) -> None:
    assert code_for(enum, typed) == expected
    assert code_for(enum, code_for(enum, typed)) == expected


def test_giant_free_text_is_cut_to_a_one_line_field() -> None:
    value = code_for(Ethnicity, "ы" * 100_000)
    assert value.startswith("other:") and len(value) == SHORT
    Case(person=Person(ethnicity=value)).validate()


def test_upgrade_of_a_whole_record_keeps_everything_else() -> None:
    plain = {"person": {"sex": "M", "citizenships": ["PRC", "China", "KZ", "", "dual"], "occupation": "ер"}}
    assert upgrade_plain(Case, plain) == {
        "person": {"sex": "male", "citizenships": ["cn", "kz", "other:dual"], "occupation": "ер"}
    }


@pytest.mark.parametrize(
    ("record", "where"),
    [
        (Case(person=Person(sex="M")), "case.person.sex"),
        (Case(person=Person(sex="other:")), "case.person.sex"),
        (Case(person=Person(sex="other:   ")), "case.person.sex"),
        (Case(person=Person(citizenships=["PRC"])), "case.person.citizenships[0]"),
        (Witness(relation="Daughter"), "witness.relation"),
        (Witness(consent_how="oral "), "witness.consent_how"),
        (Intervention(addressee_kind="court"), "intervention.addressee_kind"),
    ],
)
def test_a_value_that_is_no_code_is_refused(record: Case | Witness | Intervention, where: str) -> None:
    with pytest.raises(InvalidInputError, match=r'or "other:" and a text') as caught:
        record.validate()
    assert str(caught.value).startswith(where + ":")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("other:сосед\x1b[2J", "control character"),
        ("other:a\u202eb", "bidi"),
        ("other:" + "ы" * SHORT, "too long"),
    ],
)
def test_hostile_other_words_are_refused_without_quoting_them(value: str, problem: str) -> None:
    with pytest.raises(InvalidInputError, match=problem) as caught:
        Witness(relation=value).validate()
    assert "сосед" not in str(caught.value) and "ыы" not in str(caught.value)


def test_coded_values_are_worded_in_every_language() -> None:
    assert [coded_label(Sex, "male", lang) for lang in LANGS] == ["male", "мужской", "ер", "ئەر"]
    assert coded_label(Relation, "other:көршісінің ұлы", "ru") == "көршісінің ұлы"
    assert coded_label(Relation, "", "kk") == ""
    assert coded_label(Citizenship, "cn", "ru", document=True) == label(
        Citizenship, "cn", "ru", document=True
    )


# --- the vault's migration ---------------------------------------------------------------------


def _old_vault(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str, str]:
    """A vault of the schema before the codes (version 3), holding free text as it was typed."""
    codes = next(m for m in mig.MIGRATIONS if m.name == "codes")
    before = [m for m in mig.MIGRATIONS if m.version < codes.version]
    monkeypatch.setattr(mig, "MIGRATIONS", before)
    vault = Vault.create(path, PASSPHRASE)
    with pytest.MonkeyPatch.context() as before_name_keys:
        # Schema 3 has no name-key table (a later migration adds it and fills it on open).
        before_name_keys.setattr(namekeys, "index_case", lambda conn, record: None)
        before_name_keys.setattr(namekeys, "clear", lambda conn: None)
        as_store_before_statistics_columns(before_name_keys)
        store = Store(vault)
        case = store.save(Case(case_number="IZ-OLD-1", summary="мужской"))
        witness = store.save(Witness(case_uuid=case.uuid, name="Тест Тестова"))
        intervention = store.save(Intervention(case_uuid=case.uuid, addressee="МИД"))
    old_person = {"sex": "Мужской", "ethnicity": "қазақ", "citizenships": ["PRC", "Kazakhstan", "dual"]}
    conn = vault.conn
    for key, value in old_person.items():
        conn.execute(
            "UPDATE cases SET data = json_set(data, ?, json(?)) WHERE uuid = ?",
            (f"$.person.{key}", json.dumps(value, ensure_ascii=False), case.uuid),
        )
    conn.execute(
        "UPDATE witnesses SET data = json_set(data, '$.relation', 'қызы', '$.consent_how', 'Устно')"
        " WHERE uuid = ?",
        (witness.uuid,),
    )
    conn.execute(
        "UPDATE interventions SET data = json_set(data, '$.addressee_kind', 'Akimat') WHERE uuid = ?",
        (intervention.uuid,),
    )
    # The ancestor of the next merge from another device, and a value kept from a lost conflict.
    conn.execute(
        "INSERT INTO merge_sources (record_uuid, signer, updated, data) VALUES (?, 'f', ?, ?)",
        (witness.uuid, witness.updated, json.dumps({"relation": "дочь", "name": "Тест"}, ensure_ascii=False)),
    )
    conn.execute(
        "INSERT INTO merge_conflicts (at, kind, record_uuid, case_uuid, field, winner, lost_side,"
        " lost_updated, won_updated, lost_value, backup_signer, backup_created)"
        " VALUES ('t', 'case', ?, ?, 'person', 'local', 'backup', 'u1', 'u2', ?, 'f', 'c')",
        (case.uuid, case.uuid, json.dumps({"sex": "ئايال", "ethnicity": "Uyghur"}, ensure_ascii=False)),
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == before[-1].version
    vault.close()
    monkeypatch.setattr(mig, "MIGRATIONS", [*before, *[m for m in mig.MIGRATIONS if m.name == "codes"]])
    return case.uuid, witness.uuid, intervention.uuid


def test_migration_turns_free_text_of_an_old_vault_into_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = list(mig.MIGRATIONS)
    path = tmp_path / "old.izdeu"
    case_uuid, witness_uuid, intervention_uuid = _old_vault(path, monkeypatch)
    monkeypatch.setattr(mig, "MIGRATIONS", real)
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == mig.latest_version()
        store = Store(vault)
        bundle = store.load_case(case_uuid)
        person = bundle.case.person
        assert (person.sex, person.ethnicity, person.citizenships) == (
            "male",
            "kazakh",
            ["cn", "kz", "other:dual"],
        )
        assert bundle.case.summary == "мужской"  # free-text fields are left alone
        witness = store.get("witness", witness_uuid)
        assert isinstance(witness, Witness)
        assert (witness.relation, witness.consent_how, witness.name) == ("daughter", "oral", "Тест Тестова")
        intervention = store.get("intervention", intervention_uuid)
        assert isinstance(intervention, Intervention)
        assert (intervention.addressee_kind, intervention.addressee) == ("other:Akimat", "МИД")
        for record in bundle.records():
            record.validate()
        ancestor = vault.conn.execute("SELECT data FROM merge_sources").fetchone()[0]
        assert json.loads(ancestor) == {"name": "Тест", "relation": "daughter"}
        lost = vault.conn.execute("SELECT lost_value FROM merge_conflicts").fetchone()[0]
        assert json.loads(lost) == {"ethnicity": "uyghur", "sex": "female"}
        assert store.check().ok
    assert path.with_name(f"{path.name}.before-v{mig.latest_version()}").exists()


# --- case files and backups ----------------------------------------------------------------------


def _case_file(version: int, sex: str, relation: str) -> bytes:
    case = Case(case_number="IZ-FILE-1").to_dict()
    case["person"]["sex"] = sex
    witness = Witness(case_uuid=case["uuid"], name="Тест").to_dict()
    witness["relation"] = relation
    doc = {"format": "izdeu-cases", "version": version, "cases": [{"case": case, "witnesses": [witness]}]}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def test_a_version_1_case_file_has_its_free_text_mapped(store: Store) -> None:
    result = import_cases(store, _case_file(1, "Женский", "сын"))
    assert result.cases == 1
    (row,) = store.list_cases()
    bundle = store.load_case(row.uuid)
    assert bundle.case.person.sex == "female"
    assert bundle.witnesses[0].relation == "son"


@pytest.mark.parametrize(
    ("sex", "relation", "problem"),
    [
        ("Женский", "son", "case.person.sex: must be one of male, female"),
        ("female", "grandmother", "witness.relation: must be one of"),
        ("female", "other:сосед\x1b]0;", "witness.relation: contains a control character"),
    ],
)
def test_a_version_2_case_file_with_no_code_imports_nothing(
    store: Store, sex: str, relation: str, problem: str
) -> None:
    with pytest.raises(InvalidInputError, match=problem) as caught:
        import_cases(store, _case_file(2, sex, relation))
    assert "Женский" not in str(caught.value) and "сосед" not in str(caught.value)
    assert store.list_cases() == []


def test_a_backup_made_before_the_codes_restores_with_codes() -> None:
    witness = Witness(name="Тест").to_dict()
    witness["relation"] = "Дочь"
    witness["consent_how"] = "письменно"
    _kind, incoming = parse_line({"type": "record", "kind": "witness", "record": witness}, stored=True)
    assert (incoming.record.relation, incoming.record.consent_how) == ("daughter", "written")


# --- dossiers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ru",
            [
                "Пол мужской",
                "Национальность казах",
                "Гражданство КНР, кандас",
                "Родственник (племянник или племянница)",
            ],
        ),
        ("kk", ["Жынысы ер", "Ұлты қазақ", "Азаматтығы ҚХР, қандас"]),
        ("en", ["Sex male", "Ethnicity Kazakh", "Citizenship People's Republic of China, kandas"]),
    ],
)
def test_dossiers_word_coded_values_in_their_language(lang: str, expected: list[str], tmp_path: Path) -> None:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    source = sample_source(_dt.date(2026, 11, 28))
    dossier = build_dossier(
        source, DossierOptions(profile="wgeid", lang=lang, organisation="Demo (fictional)")
    )  # type: ignore[arg-type]
    path = tmp_path / "d.pdf"
    path.write_bytes(dossier.pdf)
    text = re.sub(
        r"\s+",
        " ",
        subprocess.run(
            [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout,
    )
    for item in expected:
        assert item in text, item
    assert "male" not in text.replace("female", "") or lang == "en"


def test_other_words_are_searchable_codes_are_not_text(store: Store) -> None:
    case = store.save(Case(case_number="IZ-SEARCH-1"))
    store.save(Witness(case_uuid=case.uuid, name="Тест", relation="other:көршісінің ұлы"))
    store.save(Witness(case_uuid=case.uuid, name="Екінші", relation="daughter"))
    assert [hit.case_uuid for hit in store.search("көршісінің")] == [case.uuid]
    assert store.search("other") == [] and store.search("daughter") == []
