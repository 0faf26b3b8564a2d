from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3

from app.errors import (
    IntegrityError,
    NewerVersionError,
    NotAVaultError,
    StorageError,
    VaultInUseError,
    VaultLockedError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from app.model import Case, Name
from app.store import Store
from app.vault import Vault, check_passphrase_strength, strength_hint
from app.vault import migrations as mig
from tests.helpers import PASSPHRASE


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_case(vault: Vault, name: str = "Айгүл Тестова") -> Case:
    case = Case(case_number="IZ-T-1")
    case.person.names.append(Name(name, "kk-Cyrl"))
    Store(vault).save(case)
    return case


def test_create_lock_unlock_round_trip(vault_path: Path) -> None:
    v = Vault.create(vault_path, PASSPHRASE)
    case = _add_case(v)
    v.close()
    with pytest.raises(VaultLockedError):
        v.conn  # noqa: B018
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert Store(again).get_case(case.uuid) == case


def test_file_is_encrypted_owner_only_and_salt_is_first_16_bytes(vault: Vault) -> None:
    _add_case(vault, "Уникалдыатау")
    vault.checkpoint()
    raw = vault.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "Уникалдыатау".encode() not in raw
    assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600


def test_pragmas_that_keep_plaintext_off_disk(vault: Vault) -> None:
    c = vault.conn
    assert c.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert c.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA cipher_version").fetchone()[0]


def test_wrong_passphrase_is_one_clear_error_and_file_is_unchanged(vault_path: Path) -> None:
    v = Vault.create(vault_path, PASSPHRASE)
    _add_case(v)
    v.close()
    before = _sha(vault_path)
    listing = sorted(os.listdir(vault_path.parent))
    with pytest.raises(WrongPassphraseError) as info:
        Vault.open(vault_path, "not the right passphrase")
    assert str(info.value) == "wrong passphrase, or the vault file is damaged"
    assert _sha(vault_path) == before
    assert sorted(os.listdir(vault_path.parent)) == listing
    # And the right one still works afterwards (the lock was released).
    Vault.open(vault_path, PASSPHRASE).close()


def test_damaged_salt_or_truncated_file(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE).close()
    data = bytearray(vault_path.read_bytes())
    data[3] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)
    vault_path.write_bytes(bytes(data[:1000]))
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)


def test_flipped_byte_in_a_data_page_is_found_by_check(vault_path: Path) -> None:
    v = Vault.create(vault_path, PASSPHRASE)
    # Names are at most 200 characters: more cases fill the same pages.
    for i in range(80):
        _add_case(v, f"Тест {i} " + "ы" * 190)
    v.close()
    data = bytearray(vault_path.read_bytes())
    data[4096 * 3 + 100] ^= 0x01
    vault_path.write_bytes(bytes(data))
    with Vault.open(vault_path, PASSPHRASE) as damaged:
        report = damaged.check()
        assert not report.ok
        assert any("FAILED" in line for line in report.lines())


def test_plaintext_sqlite_and_random_files_are_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(NotAVaultError, match="unencrypted SQLite"):
        Vault.open(plain, PASSPHRASE)
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(WrongPassphraseError):
        Vault.open(junk, PASSPHRASE)
    with pytest.raises(NotAVaultError):
        Vault.open(tmp_path, PASSPHRASE)


def test_an_encrypted_database_that_is_not_a_vault(tmp_path: Path) -> None:
    # Same key derivation, but not made by Izdeu: no meta table.
    from app.vault import kdf

    path = tmp_path / "other.db"
    salt = os.urandom(16)
    key = kdf.derive_key(kdf.passphrase_bytes(PASSPHRASE), salt, kdf.DEFAULT_PARAMS)
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\"")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAVaultError):
        Vault.open(path, PASSPHRASE)


def test_second_opener_is_refused_with_a_clear_message(vault: Vault) -> None:
    with pytest.raises(VaultInUseError, match="already open"):
        Vault.open(vault.path, PASSPHRASE)


def test_second_process_is_refused(vault: Vault) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from app.vault import Vault\n"
        "from app.errors import VaultInUseError\n"
        "try:\n"
        f"    Vault.open({str(vault.path)!r}, 'whatever passphrase')\n"
        "except VaultInUseError as e:\n"
        "    print(e); sys.exit(5)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 5, result.stderr
    assert "already open" in result.stdout


def test_create_refuses_existing_file_and_weak_passphrases(tmp_path: Path) -> None:
    existing = tmp_path / "x.izdeu"
    existing.write_bytes(b"keep me")
    with pytest.raises(StorageError):
        Vault.create(existing, PASSPHRASE)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(WeakPassphraseError, match="at least"):
        Vault.create(tmp_path / "y.izdeu", "short")
    assert not (tmp_path / "y.izdeu").exists()


@pytest.mark.parametrize("weak", ["", "abc", "aaaaaaaaaaaa", " leading space!!", "password123"])
def test_passphrase_rules(weak: str) -> None:
    with pytest.raises(WeakPassphraseError):
        check_passphrase_strength(weak)
    assert strength_hint(weak)[0] == 0


def test_strength_hint_rises_with_length() -> None:
    assert strength_hint("kokteм bulaq 7")[0] < strength_hint("тау бұлақ жел қар 2024!")[0]


def test_change_passphrase(vault_path: Path) -> None:
    v = Vault.create(vault_path, PASSPHRASE)
    case = _add_case(v)
    salt_before = vault_path.read_bytes()[:16]
    v.change_passphrase("жаңа құпия сөз 2026")
    v.close()
    assert vault_path.read_bytes()[:16] != salt_before
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "жаңа құпия сөз 2026") as again:
        assert Store(again).get_case(case.uuid).person.names[0].text == "Айгүл Тестова"


def test_passphrase_is_nfc_normalised(vault_path: Path) -> None:
    composed = "Құпия сөз: қала Әлем"
    import unicodedata

    Vault.create(vault_path, unicodedata.normalize("NFD", composed)).close()
    Vault.open(vault_path, unicodedata.normalize("NFC", composed)).close()


def test_integrity_check_ok_on_fresh_vault(vault: Vault) -> None:
    _add_case(vault)
    report = vault.check()
    assert report.ok, report.lines()


def test_schema_version_and_newer_vault_refused(vault_path: Path) -> None:
    v = Vault.create(vault_path, PASSPHRASE)
    assert v.conn.execute("PRAGMA user_version").fetchone()[0] == mig.latest_version()
    v.conn.execute(f"PRAGMA user_version = {mig.latest_version() + 1}")
    v.close()
    before = _sha(vault_path)
    with pytest.raises(NewerVersionError, match="newer version"):
        Vault.open(vault_path, PASSPHRASE)
    assert _sha(vault_path) == before


def test_forward_migration_copies_first_and_runs_in_a_transaction(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v = Vault.create(vault_path, PASSPHRASE)
    case = _add_case(v)
    v.close()
    extra = mig.Migration(
        len(mig.MIGRATIONS) + 1,
        "add_column",
        "ALTER TABLE cases ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;",
    )
    monkeypatch.setattr(mig, "MIGRATIONS", [*mig.MIGRATIONS, extra])
    with Vault.open(vault_path, PASSPHRASE) as v2:
        assert v2.conn.execute("PRAGMA user_version").fetchone()[0] == extra.version
        assert v2.conn.execute("SELECT flagged FROM cases").fetchall() == [(0,)]
        assert v2.migrated_from == extra.version - 1
    copy = vault_path.with_name(f"{vault_path.name}.before-v{extra.version}")
    assert copy.exists() and stat.S_IMODE(copy.stat().st_mode) == 0o600
    # The copy is the old, encrypted vault, openable with the same passphrase.
    monkeypatch.setattr(mig, "MIGRATIONS", [m for m in mig.MIGRATIONS if m is not extra])
    with Vault.open(copy, PASSPHRASE) as old:
        assert old.conn.execute("PRAGMA user_version").fetchone()[0] == extra.version - 1
        assert Store(old).get_case(case.uuid).uuid == case.uuid


def test_failed_migration_rolls_back(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Vault.create(vault_path, PASSPHRASE).close()
    broken = mig.Migration(len(mig.MIGRATIONS) + 1, "broken", "CREATE TABLE half_done(x);\nTHIS IS NOT SQL;")
    monkeypatch.setattr(mig, "MIGRATIONS", [*mig.MIGRATIONS, broken])
    with pytest.raises(Exception):  # noqa: B017 - any failure, as long as nothing is half-applied
        Vault.open(vault_path, PASSPHRASE)
    monkeypatch.setattr(mig, "MIGRATIONS", [m for m in mig.MIGRATIONS if m is not broken])
    with Vault.open(vault_path, PASSPHRASE) as v:
        names = {r[0] for r in v.conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in names
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == broken.version - 1


def test_malformed_pages_surface_as_integrity_errors(vault_path: Path) -> None:
    from app.vault.vault import translate_db_error

    assert isinstance(
        translate_db_error(sqlcipher3.DatabaseError("database disk image is malformed")), IntegrityError
    )
    msg = str(
        translate_db_error(
            sqlcipher3.OperationalError("Could not decode to UTF-8 column 'x' with text 'Secret Name'")
        )
    )
    assert "Secret" not in msg


def test_refuses_to_run_without_sqlcipher(monkeypatch: pytest.MonkeyPatch, vault_path: Path) -> None:
    import sqlite3 as plain

    import app.vault.vault as vv

    monkeypatch.setattr(vv.sqlcipher3, "connect", plain.connect)
    from app.errors import IzdeuError

    with pytest.raises(IzdeuError, match="SQLCipher is not available"):
        Vault.create(vault_path, PASSPHRASE)
    assert not vault_path.exists()
