"""Quick erase: crypto-erase first, every file of the vault gone, and only when nothing is lost."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyrage
import pytest

from app import cli
from app.backup import ops
from app.backup.ops.safety import erase_safety, erase_vault
from app.errors import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    InvalidInputError,
    NotFoundError,
    WrongPassphraseError,
)
from app.model import Case, Testimony
from app.store import Store
from app.vault import Vault, guard
from app.vault import erase as vault_erase
from tests.helpers import PASSPHRASE


def _backed_up(vault_path: Path, tmp_path: Path) -> tuple[Path, pyrage.x25519.Identity]:
    """A vault with one case and a verified backup to the organisation's key."""
    hq = pyrage.x25519.Identity.generate()
    out = tmp_path / "stick"
    out.mkdir()
    with Vault.create(vault_path, PASSPHRASE) as vault:
        store = Store(vault, actor="tester")
        case = store.save(Case(case_number="IZ-ERASE-1", summary="Fictional"))
        store.save(Testimony(case_uuid=case.uuid, original_text="Fictional testimony"))
        ops.set_backup_recipients(vault, [str(hq.to_public())])
        ops.backup_vault(store, out)
    return out, hq


def _files_of(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_erase_leaves_no_file_and_the_passphrase_opens_nothing(vault_path: Path, tmp_path: Path) -> None:
    out, hq = _backed_up(vault_path, tmp_path)
    vault = Vault.open(vault_path, PASSPHRASE)  # gives it a guard, and a -wal and -shm
    # Stand-ins for what an upgrade and a killed passwd leave beside the vault.
    shutil.copyfile(vault_path, vault_path.with_name(vault_path.name + ".before-v2"))
    Path(f"{vault_path}.passwd-new").write_bytes(os.urandom(8192))
    assert guard.guard_path(vault_path).exists()
    store = Store(vault)
    assert erase_safety(store).covered
    times = erase_vault(store)
    assert _files_of(vault_path.parent) == []
    assert not guard.guard_path(vault_path).exists()
    assert times.files == 4  # the vault, its two copies, its guard (closing removed -wal, -shm)
    with pytest.raises(NotFoundError):
        Vault.open(vault_path, PASSPHRASE)
    # The backup, elsewhere and encrypted to headquarters, is what remains.
    (backup,) = out.glob("*.izbackup")
    assert ops.verify_file(backup, identities=[hq], signer=None, ask=lambda _info: True).records >= 2


def test_after_the_first_stage_a_copy_of_the_file_opens_with_no_passphrase(
    vault_path: Path, tmp_path: Path
) -> None:
    _backed_up(vault_path, tmp_path)
    size = vault_path.stat().st_size
    vault_erase.crypto_erase(vault_path)
    copy = tmp_path / "seized-copy.izdeu"
    shutil.copyfile(vault_path, copy)
    assert copy.stat().st_size == size
    for path in (vault_path, copy):
        with pytest.raises(WrongPassphraseError):
            Vault.open(path, PASSPHRASE)


def test_erase_is_refused_without_a_verified_backup(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        store = Store(vault, actor="tester")
        case = store.save(Case(case_number="IZ-ERASE-2"))
        store.save(Testimony(case_uuid=case.uuid, original_text="Fictional"))
        safety = erase_safety(store)
        assert (safety.covered, safety.backed_up, safety.cases, safety.testimonies) == (False, False, 1, 1)
        before = vault_path.read_bytes()[:4096]
        with pytest.raises(InvalidInputError) as err:
            erase_vault(store)
        assert err.value.key == "backup.safety.erase_would_lose_data"
    assert vault_path.read_bytes()[:4096] == before
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert Store(vault).find_case("IZ-ERASE-2").case_number == "IZ-ERASE-2"


def test_changes_after_the_backup_are_counted_and_must_be_accepted(vault_path: Path, tmp_path: Path) -> None:
    _backed_up(vault_path, tmp_path)
    vault = Vault.open(vault_path, PASSPHRASE)
    store = Store(vault, actor="tester")
    # Doing something with the data (a dossier sent) changes none of it: still covered.
    store.record_event("dossier", "case", detail={"pages": 1})
    assert erase_safety(store).covered
    case = store.save(Case(case_number="IZ-ERASE-3"))
    store.save(Testimony(case_uuid=case.uuid, original_text="Newer fictional testimony"))
    store.save(Testimony(case_uuid=case.uuid, original_text="Another"))
    safety = erase_safety(store)
    assert (safety.covered, safety.backed_up, safety.cases, safety.testimonies) == (False, True, 1, 2)
    with pytest.raises(InvalidInputError):
        erase_vault(store)
    erase_vault(store, accept_loss=True)
    assert _files_of(vault_path.parent) == []


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)

    def _run(*args: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_cli_erase_refuses_without_backup_and_asks_a_confirmation(
    run, vault_path: Path, tmp_path: Path
) -> None:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        Store(vault, actor="tester").save(Case(case_number="IZ-ERASE-4"))
    code, _out, err = run("--vault", vault_path, "erase", "--yes-erase")
    assert code == EXIT_INVALID and "nothing was erased" in err and "no verified backup" in err
    # No terminal to type the confirmation on, and no --yes-erase: refused, nothing erased.
    code, _out, err = run("--vault", vault_path, "erase", "--accept-loss")
    assert code == EXIT_USAGE and vault_path.exists()
    code, out, _err = run("--vault", vault_path, "erase", "--accept-loss", "--yes-erase")
    assert code == EXIT_OK and "erased" in out
    assert not vault_path.exists() and _files_of(vault_path.parent) == []


def test_cli_erase_after_a_verified_backup_needs_no_accept_loss(
    run, vault_path: Path, tmp_path: Path
) -> None:
    _backed_up(vault_path, tmp_path)
    code, out, _err = run("--vault", vault_path, "erase", "--yes-erase")
    assert code == EXIT_OK, _err
    assert _files_of(vault_path.parent) == []
