"""``izdeu keygen | backup-keys | backup | verify | restore | merge`` through app.cli.main.

Secrets come from the environment (IZDEU_PASSPHRASE, IZDEU_KEY_PASSPHRASE, …). The key file
made by keygen is passphrase-protected (scrypt, ~2 s to open): the tests open it a few times
only, and use a plain identity file elsewhere. All data is fictional.
"""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

import app.backup.format as backup_format
from app import cli
from app.backup import list_backups
from app.backup.keys import identity_file_text
from app.errors import (
    EXIT_AUTH,
    EXIT_INTEGRITY,
    EXIT_INVALID,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_VERSION,
    IzdeuError,
)
from app.model import Case
from app.store import Store
from app.vault import Vault

PASSPHRASE = "correct horse battery staple"
NEW = "another long passphrase 42"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)

    def _run(*args: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def device(tmp_path: Path) -> Path:
    path = tmp_path / "laptop.izdeu"
    with Vault.create(path, PASSPHRASE) as vault:
        Store(vault, actor="field worker").save(Case(case_number="IZ-2026-0001", summary="Fictional summary"))
    return path


@pytest.fixture
def hq_key(tmp_path: Path) -> tuple[Path, str]:
    """A plain age-keygen style identity file (no scrypt) and its public key."""
    identity = pyrage.x25519.Identity.generate()
    path = tmp_path / "hq-plain.key"
    path.write_bytes(identity_file_text(identity))
    return path, str(identity.to_public())


def _error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("izdeu: error:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_keygen_writes_protected_key_and_public_file(
    tmp_path: Path, run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IZDEU_KEY_PASSPHRASE", "headquarters key passphrase")
    code, out, _ = run("keygen", "-o", tmp_path / "hq")
    assert code == EXIT_OK
    public = (tmp_path / "hq.pub").read_text().strip()
    assert public.startswith("age1") and public in out
    assert (tmp_path / "hq").read_bytes().startswith(b"age-encryption.org/v1\n")
    code, _, err = run("keygen", "-o", tmp_path / "hq")
    assert code == EXIT_INVALID and "never replaced" in _error(err)


def test_backup_verify_restore_merge(
    tmp_path: Path, run, device: Path, hq_key: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file, public = hq_key
    (tmp_path / "hq.pub").write_text(public + "\n")
    stick = tmp_path / "stick"
    stick.mkdir()
    code, _, err = run("--vault", device, "backup", "-o", stick)
    assert code == EXIT_INVALID and "no key" in _error(err)
    code, out, _ = run("--vault", device, "backup-keys", "--add", tmp_path / "hq.pub", "--keep", "2")
    assert code == EXIT_OK and public in out and "last backup: never  (due)" in out
    fingerprint = out.split("fingerprint:")[1].split("\n")[0].strip()
    for _ in range(3):
        code, out, _ = run("--vault", device, "backup", "-o", stick, "--full")
        assert code == EXIT_OK and "wrote and verified" in out and fingerprint in out
    backups = list_backups(stick)
    assert len(backups) == 2  # --keep 2 (full backups: none is needed by another)
    backup = backups[-1]

    code, out, _ = run("--vault", device, "verify", backup, "--key", key_file)
    assert code == EXIT_OK and ": OK" in out
    code, out, _ = run("verify", backup, "--key", key_file, "--signer", fingerprint)
    assert code == EXIT_OK
    code, _, err = run("verify", backup, "--key", key_file, "--signer", "0000 1111 " * 4)
    assert code == EXIT_INTEGRITY and fingerprint in _error(err)
    code, _, err = run("verify", backup, "--key", key_file, "--signer", "0000 1111")
    assert code == EXIT_INVALID and "32 hex digits" in _error(err)
    code, _, err = run("--vault", device, "verify", backup)
    assert code == EXIT_INVALID and "--key" in _error(err)

    monkeypatch.setenv("IZDEU_NEW_PASSPHRASE", NEW)
    restored = tmp_path / "restored.izdeu"
    code, _, err = run("restore", backup, "--key", key_file, "--vault", restored)
    assert code == EXIT_INTEGRITY and fingerprint in _error(err) and "--signer" in _error(err)
    assert not restored.exists()
    code, out, err = run("restore", backup, "--key", key_file, "--vault", restored, "--signer", fingerprint)
    assert code == EXIT_OK and restored.exists() and "given with --signer" in out
    code, _, err = run("restore", backup, "--key", key_file, "--vault", restored)
    assert code == EXIT_INVALID and "already exists" in _error(err)
    with Vault.open(restored, NEW) as vault:
        assert Store(vault).find_case("IZ-2026-0001").summary == "Fictional summary"

    hq = tmp_path / "hq.izdeu"
    Vault.create(hq, PASSPHRASE).close()
    code, _, err = run("--vault", hq, "merge", backup, "--key", key_file)
    assert code == EXIT_INTEGRITY and fingerprint in _error(err)
    code, out, _ = run("--vault", hq, "merge", backup, "--key", key_file, "--trust-signer", fingerprint)
    assert code == EXIT_OK and "added: 2" in out
    code, out, _ = run("--vault", hq, "merge", backup, "--key", key_file)
    assert code == EXIT_OK and "nothing to change" in out
    code, out, _ = run("--vault", hq, "backup-keys")
    assert fingerprint in out


def test_increments_and_chains_on_the_command_line(
    tmp_path: Path, run, device: Path, hq_key: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file, public = hq_key
    stick = tmp_path / "stick"
    stick.mkdir()
    code, _, _ = run("--vault", device, "backup-keys", "--add", public, "--full-every", "3")
    code, out, err = run("--vault", device, "backup", "-o", stick, "--increment")
    assert code == EXIT_INVALID and "full backup first" in _error(err)
    code, out, _ = run("--vault", device, "backup", "-o", stick)
    assert code == EXIT_OK and "a full backup" in out
    with Vault.open(device, PASSPHRASE) as vault:
        Store(vault).save(Case(case_number="IZ-2026-0002", summary="Added after the full backup"))
    code, out, _ = run("--vault", device, "backup", "-o", stick)
    assert code == EXIT_OK and "increment 1" in out
    code, out, _ = run("--vault", device, "backup", "-o", stick, "--increment")
    assert code == EXIT_OK and "increment 2" in out
    code, out, _ = run("--vault", device, "backup", "-o", stick, "--full", "--increment")
    assert code != EXIT_OK
    full, first, second = list_backups(stick)
    assert first.name.endswith("-incr.izbackup") and not full.name.endswith("-incr.izbackup")

    code, out, _ = run("--vault", device, "verify", second, full, first, "--key", key_file)
    assert code == EXIT_OK and "form one chain: a full backup and 2 increments" in out
    code, out, err = run("--vault", device, "verify", full, second, "--key", key_file)
    assert code == EXIT_INVALID and second.name in _error(err)
    code, out, err = run("--vault", device, "backup-keys")
    assert "a full backup after 3 increments or when the full one is 7 days old" in out

    monkeypatch.setenv("IZDEU_NEW_PASSPHRASE", NEW)
    fingerprint = out.split("fingerprint:")[1].split("\n")[0].strip()
    signer = ("--key", key_file, "--signer", fingerprint)
    code, _, err = run("restore", first, "--vault", tmp_path / "a.izdeu", *signer)
    assert code == EXIT_INVALID and "no full backup" in _error(err)
    code, _, err = run("restore", full, second, "--vault", tmp_path / "a.izdeu", *signer)
    assert code == EXIT_INVALID and not (tmp_path / "a.izdeu").exists()
    data = bytearray(second.read_bytes())
    data[len(data) // 2] ^= 0x08
    tampered = tmp_path / "tampered-incr.izbackup"
    tampered.write_bytes(bytes(data))
    code, _, err = run("restore", full, first, tampered, "--vault", tmp_path / "a.izdeu", *signer)
    assert code == EXIT_INTEGRITY and "damaged" in _error(err) and not (tmp_path / "a.izdeu").exists()
    code, out, _ = run("restore", second, first, full, "--vault", tmp_path / "a.izdeu", *signer)
    assert code == EXIT_OK and "a chain of 3 backups" in out
    code, out, _ = run("restore", stick, "--vault", tmp_path / "b.izdeu", *signer)
    assert code == EXIT_OK and "a chain of 3 backups" in out
    code, out, _ = run("restore", stick, full, "--vault", tmp_path / "c.izdeu", *signer)
    assert code == EXIT_INVALID
    for name in ("a.izdeu", "b.izdeu"):
        with Vault.open(tmp_path / name, NEW) as vault:
            assert Store(vault).find_case("IZ-2026-0002").summary == "Added after the full backup"


def test_exit_codes_for_bad_backups(
    tmp_path: Path, run, device: Path, hq_key: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file, public = hq_key
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, _ = run("--vault", device, "backup", "-o", stick / "one.izbackup", "--to", public)
    assert code == EXIT_OK
    backup = stick / "one.izbackup"
    data = backup.read_bytes()

    other = tmp_path / "other.key"
    other.write_bytes(identity_file_text(pyrage.x25519.Identity.generate()))
    code, _, err = run("--vault", device, "verify", backup, "--key", other)
    assert code == EXIT_AUTH and "keys" in _error(err)
    flipped = tmp_path / "flipped.izbackup"
    flipped.write_bytes(data[:500] + bytes([data[500] ^ 1]) + data[501:])
    code, _, err = run("--vault", device, "merge", flipped, "--key", key_file)
    assert code == EXIT_INTEGRITY and "damaged" in _error(err)
    (tmp_path / "notes.txt").write_text("not a backup\n" * 50)
    code, _, err = run("--vault", device, "verify", tmp_path / "notes.txt", "--key", key_file)
    assert code == EXIT_INVALID and "not an Izdeu backup" in _error(err)
    code, _, err = run("--vault", device, "verify", tmp_path / "missing", "--key", key_file)
    assert code == EXIT_NOT_FOUND
    monkeypatch.setattr(backup_format, "FORMAT_VERSION", 3)
    code, _, _ = run("--vault", device, "backup", "-o", stick / "newer.izbackup", "--to", public)
    monkeypatch.setattr(backup_format, "FORMAT_VERSION", 2)  # not undo(): keeps the cheap KDF
    code, _, err = run("--vault", device, "verify", stick / "newer.izbackup", "--key", key_file)
    assert code == EXIT_VERSION and "newer version" in _error(err)
    code, _, err = run("--vault", device, "backup", "-o", stick / "one.izbackup", "--to", public)
    assert code == EXIT_INVALID and "never overwritten" in _error(err)
    code, _, err = run("--vault", device, "backup", "-o", stick, "--to", "age1nonsense")
    assert code == EXIT_INVALID
    assert sorted(p.name for p in stick.iterdir()) == ["newer.izbackup", "one.izbackup"]


def test_merge_many_backups_and_folders_with_one_summary(
    tmp_path: Path, run, device: Path, hq_key: tuple[Path, str]
) -> None:
    key_file, public = hq_key
    (tmp_path / "hq.pub").write_text(public + "\n")
    other = tmp_path / "second-laptop.izdeu"
    with Vault.create(other, PASSPHRASE) as vault:
        Store(vault, actor="field worker").save(Case(case_number="IZ-2026-0777", summary="Second laptop"))
    sticks = {}
    prints = {}
    for name, laptop in (("a", device), ("b", other)):
        sticks[name] = tmp_path / f"stick-{name}"
        sticks[name].mkdir()
        code, out, _ = run("--vault", laptop, "backup-keys", "--add", tmp_path / "hq.pub")
        prints[name] = out.split("fingerprint:")[1].split("\n")[0].strip()
        for _ in range(2):
            assert run("--vault", laptop, "backup", "-o", sticks[name])[0] == EXIT_OK
    damaged = tmp_path / "damaged.age"
    damaged.write_bytes(list_backups(sticks["a"])[-1].read_bytes()[:5000])
    hq = tmp_path / "hq.izdeu"
    Vault.create(hq, PASSPHRASE).close()

    # A folder stands for its backups, oldest first.
    code, out, _ = run("--vault", hq, "merge", sticks["a"], "--key", key_file, "--signer", prints["a"])
    assert code == EXIT_OK and out.count("merged ") == 3 and "merged 2 of 2 backups" in out

    # One untrusted and one damaged among them: those two are not merged, the others are,
    # the exit code is the first failure's.
    code, out, err = run("--vault", hq, "merge", sticks["b"], damaged, sticks["a"], "--key", key_file)
    assert code == EXIT_INTEGRITY and "Traceback" not in err
    assert out.count("not merged ") == 3 and "merged 2 of 5 backups" in out
    with Vault.open(hq, PASSPHRASE) as vault:
        assert Store(vault).case_uuids() and not _has_case(vault, "IZ-2026-0777")

    code, out, _ = run("--vault", hq, "merge", sticks["b"], "--key", key_file, "--signer", prints["b"])
    assert code == EXIT_OK and "merged 2 of 2 backups: added 2" in out
    with Vault.open(hq, PASSPHRASE) as vault:
        assert _has_case(vault, "IZ-2026-0777") and _has_case(vault, "IZ-2026-0001")

    empty = tmp_path / "empty-stick"
    empty.mkdir()
    code, _, err = run("--vault", hq, "merge", empty, "--key", key_file)
    assert code == EXIT_INVALID and "no Izdeu backup" in _error(err)


def _has_case(vault: Vault, number: str) -> bool:
    try:
        Store(vault).find_case(number)
    except IzdeuError:
        return False
    return True
