"""Per-vault defaults (interviewer, organisation, interview language): kept in the vault,
survive reopening and a backup, refused when hostile, and element f of every dossier."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.dossier import DossierOptions, make_dossier
from app.errors import InvalidInputError
from app.model import Case, Name, PartialDate, Person
from app.store import Store, VaultPrefs
from app.vault import Vault
from tests.helpers import PASSPHRASE


def test_prefs_persist_in_the_vault_and_are_audited(store: Store, vault_path: Path) -> None:
    assert store.prefs() == VaultPrefs()
    kept = store.set_prefs(VaultPrefs("  Айгүл Сәрсенова ", "Атажұрт еріктілері", "kk"))
    assert kept == VaultPrefs("Айгүл Сәрсенова", "Атажұрт еріктілері", "kk")
    store.vault.close()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        again = Store(vault)
        assert again.prefs() == kept
        entry = again.audit()[-1]
        assert entry.action == "settings-changed"
        # Which settings changed, never the names themselves.
        assert "Айгүл" not in str(entry.detail) and "interviewer" in str(entry.detail)
        assert not again.is_demo


@pytest.mark.parametrize(
    "prefs",
    [
        VaultPrefs(interviewer="a\u202eb"),  # a bidi override
        VaultPrefs(organisation="x" * 201),
        VaultPrefs(organisation="line\nbreak"),
        VaultPrefs(interview_language="xx"),
        VaultPrefs(interview_language="kk\x00"),
    ],
)
def test_hostile_prefs_are_refused_and_nothing_changes(store: Store, prefs: VaultPrefs) -> None:
    store.set_prefs(VaultPrefs("Interviewer", "Org", "ru"))
    with pytest.raises(InvalidInputError):
        store.set_prefs(prefs)
    assert store.prefs() == VaultPrefs("Interviewer", "Org", "ru")


def _pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_vault_organisation_is_element_f_of_every_dossier(store: Store) -> None:
    case = Case(
        case_number="IZ-2026-0001",
        person=Person(names=[Name("Сайхан", "kk-Cyrl")]),
        disappeared_on=PartialDate(2018, 3),
    )
    store.save(case)
    blank = _pdf_text(make_dossier(store, case.uuid, DossierOptions()).pdf)
    assert "Kazakh Volunteers Union" not in blank
    store.set_prefs(VaultPrefs(organisation="Kazakh Volunteers Union"))
    text = _pdf_text(make_dossier(store, case.uuid, DossierOptions()).pdf)
    # The cover, and the element f row of the WGEID table, name it.
    assert text.count("Kazakh Volunteers Union") >= 2
    assert "Kazakh Volunteers Union" in text.split("WGEID minimum elements", 1)[1]
    # An organisation given for one dossier wins over the vault's.
    other = _pdf_text(make_dossier(store, case.uuid, DossierOptions(organisation="Other NGO")).pdf)
    assert "Other NGO" in other and "Kazakh Volunteers Union" not in other


def test_the_microphone_is_remembered_apart_from_the_settings(store: Store, vault_path: Path) -> None:
    """Chosen beside the Record button: kept in the vault, untouched by the settings dialog's
    write of the other defaults, and only a device id is taken."""
    assert store.audio_input() == ""
    store.set_audio_input("alsa_input.pci-0000_00_1f.3.analog-stereo")
    store.set_prefs(VaultPrefs("Fictional Interviewer", "", "kk"))
    with pytest.raises(InvalidInputError) as err:
        store.set_audio_input("line\nbreak")
    assert err.value.key == "store.prefs.not_device"
    store.vault.close()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert Store(vault).audio_input() == "alsa_input.pci-0000_00_1f.3.analog-stereo"
