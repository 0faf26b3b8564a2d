"""Forged backups: anyone holding the organisation's PUBLIC key can make a backup for it, signed
with a device key of their own. restore, merge and verify must refuse it unless a person
vouched for its signer (``--signer``, the trusted devices of the vault, or a yes on first
contact), with one line, exit 4, and nothing created or changed. All data is fictional.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pyrage
import pytest

import app.backup.writer as backup_writer
from app import cli
from app.backup import ops
from app.backup.keys import generate_signing_key, identity_file_text, public_key_bytes, signer_fingerprint
from app.backup.payload import Payload
from app.backup.writer import write_backup
from app.errors import EXIT_INTEGRITY, EXIT_INVALID, EXIT_OK
from app.model import Case
from app.store import Store
from app.vault import Vault

PASSPHRASE = "correct horse battery staple"
NEW = "another long passphrase 42"


class _Tty(io.StringIO):
    """Stands for a person at the terminal typing an answer."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("IZDEU_NEW_PASSPHRASE", NEW)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script: no terminal to ask on

    def _run(*args: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def _error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("izdeu: error:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def _dump(path: Path) -> list[Any]:
    """Everything the vault holds, table by table (the vault is opened read-only in spirit)."""
    with Vault.open(path, PASSPHRASE) as vault:
        conn = vault.conn
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return [(t, sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"')))) for t in tables]


class World:
    """Headquarters (org key, a vault trusting laptop 1), laptop 1, and a stranger's laptop."""

    def __init__(self, tmp: Path, run: Any) -> None:
        self.tmp = tmp
        identity = pyrage.x25519.Identity.generate()
        self.org_public = str(identity.to_public())
        self.key = tmp / "hq.key"
        self.key.write_bytes(identity_file_text(identity))  # plain: no scrypt in tests
        self.hq = tmp / "hq.izdeu"
        self.laptop = tmp / "laptop.izdeu"
        self.forger = tmp / "stranger.izdeu"
        for path, number in (
            (self.hq, "IZ-HQ-0001"),
            (self.laptop, "IZ-2026-0001"),
            (self.forger, "IZ-FAKE-0001"),
        ):
            with Vault.create(path, PASSPHRASE) as vault:
                Store(vault, actor="tester").save(Case(case_number=number, summary="Fictional summary"))
                ops.set_backup_recipients(vault, [self.org_public])
                ops.device_signing_key(vault)
        with Vault.open(self.laptop, PASSPHRASE) as vault:
            self.laptop_fp = ops.device_fingerprint(vault)
            self.laptop_key = ops.device_public_key(vault)
        with Vault.open(self.hq, PASSPHRASE) as vault:
            ops.trust_signer(vault, self.laptop_key, "laptop 1")
        with Vault.open(self.forger, PASSPHRASE) as vault:
            self.forger_fp = ops.device_fingerprint(vault)
        self.stick = tmp / "stick"
        self.stick.mkdir()
        code, _, _ = run("--vault", self.forger, "backup", "-o", self.stick / "forged.izbackup")
        assert code == EXIT_OK
        self.forged = self.stick / "forged.izbackup"
        code, _, _ = run("--vault", self.laptop, "backup", "-o", self.stick / "real.izbackup")
        assert code == EXIT_OK
        self.real = self.stick / "real.izbackup"


@pytest.fixture
def world(tmp_path: Path, run: Any) -> World:
    return World(tmp_path, run)


def test_forged_backup_refused_by_restore_merge_and_verify(world: World, run: Any) -> None:
    before = _dump(world.hq)
    target = world.tmp / "restored.izdeu"
    listing = sorted(os.listdir(world.tmp))

    code, _, err = run("restore", world.forged, "--key", world.key, "--vault", target)
    line = _error(err)
    assert code == EXIT_INTEGRITY and world.forger_fp in line and "--signer" in line
    assert "nothing was changed" in line
    code, _, err = run("--vault", world.hq, "merge", world.forged, "--key", world.key)
    assert code == EXIT_INTEGRITY and world.forger_fp in _error(err)
    code, _, err = run("--vault", world.hq, "verify", world.forged, "--key", world.key)
    assert code == EXIT_INTEGRITY and world.forger_fp in _error(err)
    # A fingerprint that is not the signer's is no better than none.
    code, _, err = run(
        "--vault", world.hq, "merge", world.forged, "--key", world.key, "--signer", world.laptop_fp
    )
    assert code == EXIT_INTEGRITY and world.forger_fp in _error(err)
    code, _, err = run(
        "restore", world.forged, "--key", world.key, "--vault", target, "--signer", world.laptop_fp
    )
    assert code == EXIT_INTEGRITY

    assert sorted(os.listdir(world.tmp)) == listing  # no vault, no temporary, no lock file
    assert _dump(world.hq) == before
    # The trusted laptop's own backup goes through, as before.
    code, out, _ = run("--vault", world.hq, "merge", world.real, "--key", world.key)
    assert code == EXIT_OK and f"signed by trusted device {world.laptop_fp}" in out
    assert "added: 2 " in out


def test_signer_given_on_the_command_line(world: World, run: Any) -> None:
    target = world.tmp / "restored.izdeu"
    code, out, _ = run(
        "restore",
        world.forged,
        "--key",
        world.key,
        "--vault",
        target,
        "--signer",
        world.forger_fp.replace(" ", "").upper(),
    )
    assert code == EXIT_OK and "given with --signer" in out
    with Vault.open(target, NEW) as vault:
        # The restored vault trusts the device it was restored from.
        assert [s.fingerprint for s in ops.trusted_signers(vault)][-1] == world.forger_fp
    # verify --signer opens no vault and remembers nothing.
    code, out, _ = run("verify", world.forged, "--key", world.key, "--signer", world.forger_fp)
    assert code == EXIT_OK and ": OK" in out
    # A device key file exported on the device works too; merge then trusts it.
    key_file = world.tmp / "stranger.pub"
    code, out, _ = run("--vault", world.forger, "devices", "--export", key_file)
    assert code == EXIT_OK and key_file.stat().st_mode & 0o777 == 0o600
    assert world.forger_fp in key_file.read_text()
    code, out, _ = run(
        "--vault",
        world.hq,
        "merge",
        world.forged,
        "--key",
        world.key,
        "--signer",
        key_file,
        "--label",
        "new volunteer laptop",
    )
    assert code == EXIT_OK and "now trusted by the vault" in out and "added: 2 " in out
    code, out, _ = run("--vault", world.hq, "devices")  # a new process would see the same
    assert code == EXIT_OK and f"{world.forger_fp}  new volunteer laptop" in out
    code, _, err = run(
        "--vault", world.hq, "merge", world.forged, "--key", world.key, "--signer", "not a key"
    )
    assert code == EXIT_INVALID and "32 hex digits" in _error(err)


def test_trusted_list_persists_and_can_be_changed(world: World, run: Any) -> None:
    key_file = world.tmp / "stranger.pub"
    assert run("--vault", world.forger, "devices", "--export", key_file)[0] == EXIT_OK
    code, _, err = run("--vault", world.forger, "devices", "--export", key_file)
    assert code == EXIT_INVALID and "not replaced" in _error(err)
    code, out, _ = run("--vault", world.hq, "devices", "--add", key_file, "--label", "laptop 2")
    assert code == EXIT_OK and f"trusted: {world.forger_fp}" in out
    code, _, err = run("--vault", world.hq, "devices", "--add", world.forger_fp)
    assert code == EXIT_INVALID and "fingerprint is not enough" in _error(err)
    with Vault.open(world.hq, PASSPHRASE) as vault:  # reopened: kept inside the vault
        assert {s.label for s in ops.trusted_signers(vault)} == {"laptop 1", "laptop 2"}
    code, out, _ = run("--vault", world.hq, "verify", world.forged, "--key", world.key)
    assert code == EXIT_OK and f"signed by trusted device {world.forger_fp}" in out
    code, out, _ = run("--vault", world.hq, "devices", "--remove", world.forger_fp)
    assert code == EXIT_OK and "laptop 2" not in out
    code, _, err = run("--vault", world.hq, "merge", world.forged, "--key", world.key)
    assert code == EXIT_INTEGRITY
    code, _, err = run("--vault", world.hq, "devices", "--remove", world.forger_fp)
    assert code != EXIT_OK and "no trusted device" in _error(err)


def test_first_contact_prompt_on_a_terminal(world: World, run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _dump(world.hq)
    monkeypatch.setattr("sys.stdin", _Tty("n\n"))
    code, _, err = run("--vault", world.hq, "merge", world.forged, "--key", world.key)
    assert code == EXIT_INTEGRITY
    assert f"Trust device with fingerprint {world.forger_fp}?" in err and "[y/N]" in err
    assert _dump(world.hq) == before
    monkeypatch.setattr("sys.stdin", _Tty("\n"))  # Enter alone is "no"
    assert run("--vault", world.hq, "verify", world.forged, "--key", world.key)[0] == EXIT_INTEGRITY
    assert _dump(world.hq) == before

    monkeypatch.setattr("sys.stdin", _Tty("y\n"))
    code, out, err = run("--vault", world.hq, "verify", world.forged, "--key", world.key)
    assert code == EXIT_OK and "trusted as you confirmed; now trusted by the vault" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no longer asked: remembered
    code, out, _ = run("--vault", world.hq, "merge", world.forged, "--key", world.key)
    assert code == EXIT_OK and "added: 2 " in out

    target = world.tmp / "restored.izdeu"
    monkeypatch.setattr("sys.stdin", _Tty("yes\n"))
    code, out, err = run("restore", world.real, "--key", world.key, "--vault", target)
    assert code == EXIT_OK and world.laptop_fp in err and target.exists()


def test_passphrase_backup_accepted_and_said_so(
    world: World, run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IZDEU_BACKUP_PASSPHRASE", "a fictional backup passphrase")
    path = world.stick / "pass.izbackup"
    assert run("--vault", world.forger, "backup", "-o", path, "--passphrase")[0] == EXIT_OK
    target = world.tmp / "restored.izdeu"
    code, out, _ = run("restore", path, "--vault", target)
    assert code == EXIT_OK and target.exists()
    assert (
        f"signed by device {world.forger_fp}, not a trusted device: accepted because the "
        "backup's passphrase opened it" in out
    )
    # Merge takes it too, says so, and does not add the stranger to the trusted devices.
    code, out, _ = run("--vault", world.hq, "merge", path, "--passphrase")
    assert code == EXIT_OK and "accepted because the backup's passphrase opened it" in out
    assert "added: 2 " in out
    with Vault.open(world.hq, PASSPHRASE) as vault:
        assert world.forger_fp not in {s.fingerprint for s in ops.trusted_signers(vault)}
    # A signer named by the person must match, whatever the mode.
    code, _, err = run("restore", path, "--vault", world.tmp / "other.izdeu", "--signer", world.laptop_fp)
    assert code == EXIT_INTEGRITY and not (world.tmp / "other.izdeu").exists()


def _forge(
    world: World, *, claim_key: bytes | None, claim_fingerprint: str | None, info: dict[str, Any]
) -> Path:
    """A stranger's own tool: a backup to the org key whose manifest claims to be laptop 1."""
    original = Payload.manifest_bytes

    def manifest_bytes(self: Any) -> bytes:
        data = original(self)
        if claim_fingerprint is not None:
            real = signer_fingerprint(self.signing_key)
            data = data.replace(real.encode(), claim_fingerprint.encode())
        if claim_key is not None:
            import base64

            real_key = base64.b64encode(public_key_bytes(self.signing_key))
            data = data.replace(real_key, base64.b64encode(claim_key))
        return data

    path = world.stick / f"claim-{len(list(world.stick.iterdir()))}.izbackup"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Payload, "manifest_bytes", manifest_bytes)
        # Its writer does not check its own work (ours would refuse the bad signature).
        patch.setattr(backup_writer, "_verify_written", lambda *a, **k: None)
        patch.setattr(backup_writer, "replace", lambda report, **k: report)
        write_backup(
            path,
            info,
            iter([{"type": "meta", "key": "vault_id", "value": "x"}]),
            iter(()),
            recipients=[world.org_public],
            signing_key=generate_signing_key(),
        )
    return path


def test_forgery_cannot_claim_a_trusted_device(world: World, run: Any) -> None:
    before = _dump(world.hq)
    named = _forge(
        world,
        claim_key=None,
        claim_fingerprint=world.laptop_fp,
        info={"vault_id": "x", "device": "laptop 1", "label": "laptop 1"},
    )
    stolen_key = _forge(world, claim_key=world.laptop_key, claim_fingerprint=None, info={"vault_id": "x"})
    for path in (named, stolen_key):
        for args in (
            ("--vault", world.hq, "merge", path, "--key", world.key),
            ("--vault", world.hq, "verify", path, "--key", world.key),
            (
                "restore",
                path,
                "--key",
                world.key,
                "--vault",
                world.tmp / "r.izdeu",
                "--signer",
                world.laptop_fp,
            ),
        ):
            code, _, err = run(*args)
            line = _error(err)
            assert code == EXIT_INTEGRITY, line
            # The fingerprint shown is computed from the key that really signed, never read
            # from the manifest; a swapped-in trusted key fails the signature.
            assert world.laptop_fp not in line
            assert ("unknown device key" in line) == (path == named)
    assert not (world.tmp / "r.izdeu").exists()
    assert _dump(world.hq) == before
