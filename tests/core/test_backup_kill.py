"""kill -9 of ``izdeu backup`` and ``izdeu restore`` at random moments (subprocesses of the CLI).

After every kill: the vault is intact and opens; under the final name there is either nothing
or a complete backup that verifies (backup) / a complete vault that opens with every case
(restore). Temporaries may be left (start-up cleanup is someone else's work): the tests only
record their names, in ``LEFT`` below, for the report. All data is fictional.
"""

from __future__ import annotations

import io
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyrage
import pytest

from app.backup import ops, signer_fingerprint, verify_backup
from app.backup.keys import identity_file_text
from app.model import Case
from app.store import Store
from app.store.integrity import check as check_vault
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE

NEW = "another long passphrase 42"
ROOT = Path(__file__).resolve().parents[2]
# The CLI, with the test KDF (the real one takes seconds per open by design).
DRIVER = r"""
import sys
import app.vault.kdf as kdf
from app.vault import KdfParams
kdf.DEFAULT_PARAMS = KdfParams(8192, 1, 1)
from app import cli
sys.exit(cli.main(sys.argv[1:]))
"""
KILLS = 30
CASES = 4


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(IZDEU_PASSPHRASE=PASSPHRASE, IZDEU_NEW_PASSPHRASE=NEW)
    return env


def _cli(*args: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, *map(str, args)],
        cwd=ROOT,
        env=_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.fixture
def laptop(tmp_path: Path) -> tuple[Path, pyrage.x25519.Identity, bytes]:
    path = tmp_path / "laptop.izdeu"
    identity = pyrage.x25519.Identity.generate()
    rng = random.Random(7)
    with Vault.create(path, PASSPHRASE, params=FAST_KDF) as vault:
        store = Store(vault, actor="field worker")
        for i in range(CASES):
            case = Case(case_number=f"IZ-2026-{i:04d}", summary="Fictional summary " * 20)
            store.save(case)
            # Enough bytes that a backup or restore takes a moment to kill inside.
            store.add_attachment(case.uuid, io.BytesIO(rng.randbytes(1_000_000)), "scan.pdf")
        ops.set_backup_recipients(vault, [str(identity.to_public())])
        key = ops.device_public_key(vault)
    return path, identity, key


def _timed(*args: object) -> float:
    start = time.monotonic()
    proc = _cli(*args)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-300:]
    return time.monotonic() - start


def _kill_at_random(rng: random.Random, span: float, *args: object) -> bool:
    """Start the command, kill -9 it after a random delay; True if it was killed running."""
    proc = _cli(*args)
    time.sleep(rng.uniform(0.02, span))
    killed = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return killed and proc.returncode == -signal.SIGKILL


def _vault_intact(path: Path, passphrase: str) -> int:
    with Vault.open(path, passphrase, params=FAST_KDF) as vault:
        report = check_vault(vault)
        assert report.ok, report.lines()
        return int(vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0])


LEFT: dict[str, set[str]] = {}


def _only_the_last_runs_temporaries(left: set[str]) -> None:
    """Never a partial file under a final name; and since every run first sweeps the folder
    (app/tempfiles.py), what is left is the temporaries of the last killed run only."""
    tokens = set()
    for name in left:
        match = re.fullmatch(r"\.izdeu-tmp-([0-9a-f]{16})-[a-z.-]+", name)
        assert match, name
        tokens.add(match.group(1))
    assert len(tokens) <= 1, sorted(left)


def _add_cases(path: Path, count: int) -> None:
    rng = random.Random(8)
    with Vault.open(path, PASSPHRASE, params=FAST_KDF) as vault:
        store = Store(vault, actor="field worker")
        for i in range(count):
            case = store.save(Case(case_number=f"IZ-2026-1{i:03d}", summary="Added after the full backup"))
            store.add_attachment(case.uuid, io.BytesIO(rng.randbytes(1_000_000)), "late.pdf")


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["full", "increment"])
def test_kill_9_during_backup(tmp_path: Path, laptop, kind: str) -> None:
    path, identity, key = laptop
    out = tmp_path / "stick"
    out.mkdir()
    cases, attachments = CASES, CASES
    pristine = None
    if kind == "increment":
        # A full backup on the stick, then a day's work: every run below makes the increment
        # on it, from the same copy of the vault (a completed run would move the chain on).
        with Vault.open(path, PASSPHRASE, params=FAST_KDF) as vault:
            ops.backup_vault(Store(vault), out)
        _add_cases(path, CASES)
        cases += CASES
        pristine = tmp_path / "pristine.izdeu"
        shutil.copyfile(path, pristine)
    # Most kills land inside the run (it finished first otherwise: not counted).
    span = _timed("--vault", path, "backup", "-o", out / "first.izbackup") * 0.9
    rng = random.Random(2026)
    kills = complete = 0
    for i in range(KILLS * 3):
        if pristine is not None:
            shutil.copyfile(pristine, path)
        target = out / f"b-{i}.izbackup"
        # "full": every run asks for a full backup. Chosen by itself, a run that completed (the
        # timed one, or one the kill came too late for) would make the next an increment on it.
        force = ["--full"] if kind == "full" else []
        kills += _kill_at_random(rng, span, "--vault", path, "backup", *force, "-o", target)
        assert _vault_intact(path, PASSPHRASE) == cases
        if target.exists():
            # Published only once written and verified: it must verify completely.
            report = verify_backup(target, identities=[identity], trusted_signers=[key])
            assert report.attachments == attachments
            assert report.is_increment == (kind == "increment")
            complete += 1
        if kills >= KILLS:
            break
    assert kills >= KILLS
    finals = {p.name for p in out.iterdir() if p.name.endswith(".izbackup")}
    LEFT["backup"] = {p.name for p in out.iterdir()} - finals
    print(f"backup ({kind}): {kills} kills, {complete} complete backups, left: {sorted(LEFT['backup'])}")
    _only_the_last_runs_temporaries(LEFT["backup"])


@pytest.mark.slow
def test_kill_9_during_restore(tmp_path: Path, laptop) -> None:
    path, identity, key = laptop
    stick = tmp_path / "stick"
    stick.mkdir()
    with Vault.open(path, PASSPHRASE, params=FAST_KDF) as vault:
        backup = ops.backup_vault(Store(vault), stick, recipients=[str(identity.to_public())]).path
    key_file = tmp_path / "hq.key"
    key_file.write_bytes(identity_file_text(identity))
    fingerprint = signer_fingerprint(key)
    out = tmp_path / "restored"
    out.mkdir()
    span = (
        _timed("restore", backup, "--key", key_file, "--signer", fingerprint, "--vault", out / "first.izdeu")
        * 0.9
    )
    rng = random.Random(1850)
    kills = complete = 0
    for i in range(KILLS * 3):
        target = out / f"r-{i}.izdeu"
        kills += _kill_at_random(
            rng, span, "restore", backup, "--key", key_file, "--signer", fingerprint, "--vault", target
        )
        if target.exists():
            # Given its name only when filled, checked and closed: complete, every case.
            assert _vault_intact(target, NEW) == CASES
            complete += 1
        if kills >= KILLS:
            break
    assert kills >= KILLS
    assert _vault_intact(path, PASSPHRASE) == CASES
    finals = {f"r-{i}.izdeu" for i in range(KILLS * 3)} | {"first.izdeu"}
    # The lock file beside a vault stays after it was closed (here: opened by this test).
    finals |= {f"{name}-lock" for name in finals if (out / name).exists()}
    LEFT["restore"] = {p.name for p in out.iterdir()} - finals
    print(f"restore: {kills} kills, {complete} complete vaults, left: {sorted(LEFT['restore'])}")
    _only_the_last_runs_temporaries(LEFT["restore"])
