"""Headquarters recovery of a forgotten passphrase, end to end; and the stronger KDF."""

from __future__ import annotations

import os
from pathlib import Path

import pyrage
import pytest

from app import cli
from app.backup import ops
from app.backup.keys import identity_file_text
from app.errors import EXIT_OK, IntegrityError, InvalidInputError, WrongPassphraseError
from app.model import Case
from app.store import Store
from app.vault import Vault, kdf, metakeys, recovery
from tests.helpers import PASSPHRASE

NEW = "a new long passphrase from headquarters"


def test_forgotten_passphrase_recovered_by_headquarters(
    vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    hq = pyrage.x25519.Identity.generate()
    with Vault.create(vault_path, PASSPHRASE) as vault:
        Store(vault, actor="tester").save(Case(case_number="IZ-REC-1", summary="Fictional"))
        ops.set_backup_recipients(vault, [str(hq.to_public())])
        assert not recovery.enabled(vault)  # off by default
        path = recovery.enable(vault, PASSPHRASE, ops.backup_recipients(vault))
        assert recovery.enabled(vault)
    assert path == vault_path.with_name("test.izdeu.recovery") and path.stat().st_mode & 0o777 == 0o600
    data = path.read_bytes()
    assert data.startswith(b"age-encryption.org/v1") and b"IZ-REC" not in data
    # Someone with only the laptop: no organisation key, nothing decrypts it.
    with pytest.raises(InvalidInputError):
        recovery.open_recovery(vault_path, [pyrage.x25519.Identity.generate()])
    # The volunteer forgot the passphrase; headquarters resets it through `izdeu recover-vault`.
    key_file = tmp_path / "hq.key"
    key_file.write_bytes(identity_file_text(hq))
    monkeypatch.setenv("IZDEU_NEW_PASSPHRASE", NEW)
    assert cli.main(["--vault", str(vault_path), "recover-vault", "--key", str(key_file)]) == EXIT_OK
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, NEW) as vault:
        assert Store(vault).find_case("IZ-REC-1").summary == "Fictional"
    # The recovery file was rewritten for the new key: it still works after the reset.
    with recovery.open_recovery(vault_path, [hq]) as vault:
        assert Store(vault).find_case("IZ-REC-1").case_number == "IZ-REC-1"
        recovery.disable(vault)
    assert not vault_path.with_name("test.izdeu.recovery").exists()


def test_recovery_refused_for_demo_vaults_and_without_an_organisation_key(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        with pytest.raises(InvalidInputError) as err:
            recovery.enable(vault, PASSPHRASE, [])
        assert err.value.key == "vault.recovery.no_org_key"
        with pytest.raises(WrongPassphraseError):
            recovery.enable(
                vault, "not the passphrase at all", [str(pyrage.x25519.Identity.generate().to_public())]
            )
        vault.set_meta(metakeys.DEMO, "1")
        with pytest.raises(InvalidInputError) as err:
            recovery.enable(vault, PASSPHRASE, [str(pyrage.x25519.Identity.generate().to_public())])
        assert err.value.key == "vault.recovery.demo_vault"
    assert sorted(os.listdir(vault_path.parent)) == [vault_path.name]


@pytest.mark.real_kdf
def test_a_strong_kdf_vault_is_marked_in_its_salt_and_keeps_its_strength(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE, params=kdf.STRONG_PARAMS) as vault:
        Store(vault, actor="tester").save(Case(case_number="IZ-STRONG-1"))
    salt = vault_path.read_bytes()[:16]
    assert kdf.is_strong_salt(salt) and kdf.params_for_salt(salt)[0] == kdf.STRONG_PARAMS
    with Vault.open(vault_path, PASSPHRASE) as vault:
        vault.change_passphrase(NEW)  # keeps the strong setting
    assert kdf.is_strong_salt(vault_path.read_bytes()[:16])
    with Vault.open(vault_path, NEW) as vault:
        assert Store(vault).find_case("IZ-STRONG-1").case_number == "IZ-STRONG-1"
        vault.change_passphrase(PASSPHRASE, params=kdf.DEFAULT_PARAMS)
    assert not kdf.is_strong_salt(vault_path.read_bytes()[:16])
    Vault.open(vault_path, PASSPHRASE).close()


def test_forged_or_truncated_recovery_file_is_one_clear_line(vault_path: Path) -> None:
    hq = pyrage.x25519.Identity.generate()
    with Vault.create(vault_path, PASSPHRASE) as vault:
        recovery.enable(vault, PASSPHRASE, [str(hq.to_public())])
    path = recovery.recovery_path(vault_path)
    good = path.read_bytes()
    before = vault_path.read_bytes()
    for forged, key in (
        (good[: len(good) // 2], "vault.recovery.not_for_these_keys"),
        (b"age-encryption.org/v1\n" + os.urandom(300), "vault.recovery.not_for_these_keys"),
        (pyrage.encrypt(b'{"format": "something else"}', [hq.to_public()]), "vault.recovery.damaged"),
        (pyrage.encrypt(b"\x00\xff not json", [hq.to_public()]), "vault.recovery.damaged"),
    ):
        path.write_bytes(forged)
        with pytest.raises((InvalidInputError, IntegrityError)) as err:
            recovery.open_recovery(vault_path, [hq])
        assert err.value.key == key
    assert vault_path.read_bytes() == before


def test_a_damaged_guard_is_ignored_and_replaced(vault_path: Path) -> None:
    from app.vault import guard

    Vault.create(vault_path, PASSPHRASE).close()
    Vault.open(vault_path, PASSPHRASE).close()
    guard.guard_path(vault_path).write_bytes(b"\x01" * 7)
    with Vault.open(vault_path, PASSPHRASE):
        assert len(guard.guard_path(vault_path).read_bytes()) == guard.GUARD_SIZE


def test_a_long_damaged_guard_is_cut_back_to_size(vault_path: Path) -> None:
    from app.vault import guard

    Vault.create(vault_path, PASSPHRASE).close()
    Vault.open(vault_path, PASSPHRASE).close()
    guard.guard_path(vault_path).write_bytes(os.urandom(10_000))
    Vault.open(vault_path, PASSPHRASE).close()
    assert len(guard.guard_path(vault_path).read_bytes()) == guard.GUARD_SIZE
