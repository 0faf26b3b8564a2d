"""The duress passphrase: erases without a sign, then "wrong passphrase" or the decoy; armed
only while the last verified backup holds every change; its guard looks the same either way."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

from app.backup import ops
from app.errors import InvalidInputError, WrongPassphraseError
from app.model import Case
from app.store import Store
from app.vault import Vault, duress, guard
from tests.helpers import PASSPHRASE

DURESS = "the river runs north in spring"


def _vault_with_backup(path: Path, tmp_path: Path, case_number: str = "IZ-REAL-1") -> None:
    out = tmp_path / "stick"
    out.mkdir(exist_ok=True)
    with Vault.create(path, PASSPHRASE) as vault:
        store = Store(vault, actor="tester")
        store.save(Case(case_number=case_number, summary="Fictional real case"))
        ops.set_backup_recipients(vault, [str(pyrage.x25519.Identity.generate().to_public())])
        ops.backup_vault(store, out)


def _set(path: Path, mode: str, decoy: Path | None = None) -> duress.DuressState:
    with Vault.open(path, PASSPHRASE) as vault:
        return duress.set_duress(vault, DURESS, mode, decoy)


def test_wrong_passphrase_mode_erases_and_says_wrong_passphrase(vault_path: Path, tmp_path: Path) -> None:
    _vault_with_backup(vault_path, tmp_path)
    state = _set(vault_path, duress.WRONG)
    assert state.configured and state.armed
    size = vault_path.stat().st_size
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, DURESS)
    # No sign: the file is still there, the same size, but nothing opens it any more.
    assert vault_path.stat().st_size == size
    for phrase in (PASSPHRASE, DURESS):
        with pytest.raises(WrongPassphraseError):
            Vault.open(vault_path, phrase)
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]


def test_decoy_mode_erases_and_opens_the_decoy_in_its_place(vault_path: Path, tmp_path: Path) -> None:
    _vault_with_backup(vault_path, tmp_path)
    decoy = tmp_path / "other" / "notes.izdeu"
    with Vault.create(decoy, DURESS) as vault:
        Store(vault, actor="tester").save(Case(case_number="IZ-HARMLESS-1", summary="Harmless"))
    _set(vault_path, duress.DECOY, decoy)
    with Vault.open(vault_path, DURESS) as vault:
        store = Store(vault)
        assert [r.case_number for r in store.list_cases()] == ["IZ-HARMLESS-1"]
    assert not decoy.exists()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)


def test_not_armed_while_changes_are_newer_than_the_backup(vault_path: Path, tmp_path: Path) -> None:
    _vault_with_backup(vault_path, tmp_path)
    _set(vault_path, duress.WRONG)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        Store(vault, actor="tester").save(Case(case_number="IZ-NEWER-1"))
        state = duress.state(vault)
        assert state.configured and not state.armed
    # The duress passphrase is now an ordinary wrong one: the vault and the new case stay.
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, DURESS)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert Store(vault).find_case("IZ-NEWER-1").case_number == "IZ-NEWER-1"
        ops.backup_vault(Store(vault, actor="tester"), tmp_path / "stick")
        assert duress.state(vault).armed
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, DURESS)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)  # erased this time


def test_the_guard_looks_the_same_with_and_without_a_duress_passphrase(tmp_path: Path) -> None:
    plain, armed = tmp_path / "a" / "plain.izdeu", tmp_path / "b" / "armed.izdeu"
    _vault_with_backup(plain, tmp_path)
    _vault_with_backup(armed, tmp_path, "IZ-REAL-2")
    Vault.open(plain, PASSPHRASE).close()
    _set(armed, duress.WRONG)
    snapshots = {}
    for path in (plain, armed):
        first = guard.guard_path(path).read_bytes()
        Vault.open(path, PASSPHRASE).close()
        second = guard.guard_path(path).read_bytes()
        snapshots[path] = (first, second)
        # Both: 512 bytes, the same salt, everything after it new at every close.
        assert len(first) == len(second) == guard.GUARD_SIZE
        assert first[:16] == second[:16] and first[16:] != second[16:]
    with Vault.open(armed, PASSPHRASE) as vault:
        assert duress.state(vault).armed


def test_refused_duress_passphrases(vault_path: Path, tmp_path: Path) -> None:
    _vault_with_backup(vault_path, tmp_path)
    not_a_decoy = tmp_path / "decoy.izdeu"
    with Vault.create(not_a_decoy, "a different long passphrase") as vault:
        vault.set_meta("operator", "")
    with Vault.open(vault_path, PASSPHRASE) as vault:
        for phrase, mode, decoy, key in (
            (PASSPHRASE, duress.WRONG, None, "vault.duress.same_as_passphrase"),
            ("short", duress.WRONG, None, "vault.duress.too_short"),
            (DURESS, "explode", None, "vault.duress.unknown_mode"),
            (DURESS, duress.DECOY, None, "vault.duress.decoy_missing"),
            (DURESS, duress.DECOY, vault_path, "vault.duress.decoy_is_vault"),
            (DURESS, duress.DECOY, not_a_decoy, "vault.duress.decoy_needs_duress_passphrase"),
        ):
            with pytest.raises(InvalidInputError) as err:
                duress.set_duress(vault, phrase, mode, decoy)
            assert err.value.key == key
        assert not duress.state(vault).configured
