"""kill -9 at random moments of `izdeu merge` and `izdeu export` (CLI subprocesses).

After every kill the vault opens, checks clean (integrity, audit chain) and is either untouched
or fully merged (merge) / has or lacks the export's audit entries as one block (export); the
export's file is either absent or complete. Only final names are asserted on: the temporary
files a kill leaves behind are counted and printed (start-up cleanup is another change).
All data is fictional.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyrage
import pytest

from app.backup import ops
from app.backup.keys import identity_file_text
from app.interchange import parse_document
from app.model import Case, Name, Testimony, Witness
from app.store import Store
from app.store.integrity import check as check_vault
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
KILLS = 30
ATTEMPTS = 3 * KILLS  # a run that finishes before its kill is not counted


def _fill(store: Store, cases: int) -> None:
    rng = random.Random(7)
    for i in range(cases):
        case = Case(case_number=f"IZ-K-{i:03d}", summary="Ойдан шығарылған іс " * 40)
        case.person.names = [Name(f"Сынақ Адам {i}", "kk-Cyrl")]
        store.save(case)
        witness = Witness(case_uuid=case.uuid, name=f"Фиктивный свидетель {i}")
        store.save(witness)
        store.save(
            Testimony(case_uuid=case.uuid, witness_uuid=witness.uuid, original_text="ұзақ мәтін " * 3000)
        )
        if i % 8 == 0:
            store.add_attachment(case.uuid, io.BytesIO(rng.randbytes(1_500_000)), "scan.pdf")


def _state(path: Path) -> tuple[frozenset[str], int]:
    """(every record UUID, audit length) after checking the vault whole."""
    with Vault.open(path, PASSPHRASE) as vault:
        report = check_vault(vault)
        assert report.ok, report.lines()
        store = Store(vault)
        return frozenset(r.uuid for r in store.iter_records()), len(store.audit())


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "IZDEU_PASSPHRASE": PASSPHRASE, "IZDEU_HOME": str(home)}


# The real command line, with the cheap key derivation the test vaults were made with (the
# vault does not store its Argon2 cost; the production cost would take most of the time here).
CLI = (
    "import sys\nimport app.vault.kdf as kdf\n"
    f"kdf.DEFAULT_PARAMS = kdf.KdfParams({FAST_KDF.memory_kib}, {FAST_KDF.time_cost}, "
    f"{FAST_KDF.parallelism})\nfrom app.cli import main\nraise SystemExit(main(sys.argv[1:]))\n"
)


def _run(args: list[str], home: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", CLI, *args],
        cwd=ROOT,
        env=_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _timed(args: list[str], home: Path) -> float:
    start = time.monotonic()
    proc = _run(args, home)
    _, err = proc.communicate()
    assert proc.returncode == 0, err[-800:]
    return time.monotonic() - start


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _wait_for_writes(proc: subprocess.Popen[bytes], wal: Path, start: float) -> float:
    """Seconds until the vault's write-ahead log grows (the merge's transaction has begun)."""
    base = _size(wal)
    while proc.poll() is None and _size(wal) <= base:
        time.sleep(0.002)
    return time.monotonic() - start


def _vault_files(folder: Path, name: str) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(name)]


def _leftovers(folder: Path, finals: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in finals)


@pytest.mark.slow
def test_kill_9_during_merge(tmp_path: Path) -> None:
    home = tmp_path / "home"
    identity = pyrage.x25519.Identity.generate()
    key_file = tmp_path / "hq.key"
    key_file.write_bytes(identity_file_text(identity))
    stick = tmp_path / "stick"
    stick.mkdir()
    work, pristine = tmp_path / "hq", tmp_path / "pristine"
    work.mkdir()
    pristine.mkdir()
    hq_path = work / "hq.izdeu"
    with (
        Vault.create(tmp_path / "laptop.izdeu", PASSPHRASE) as laptop_vault,
        Vault.create(hq_path, PASSPHRASE) as hq_vault,
    ):
        laptop = Store(laptop_vault, actor="volunteer")
        _fill(laptop, 40)
        ops.set_backup_recipients(laptop_vault, [str(identity.to_public())])
        backup = ops.backup_vault(laptop, stick).path
        ops.trust_signer(hq_vault, ops.device_public_key(laptop_vault), "laptop")
        Store(hq_vault, actor="headquarters").save(Case(case_number="HQ-1"))
    for p in _vault_files(work, "hq.izdeu"):
        shutil.copy2(p, pristine / p.name)
    untouched = _state(hq_path)
    args = ["--vault", str(hq_path), "merge", str(backup), "--key", str(key_file)]
    wal = work / "hq.izdeu-wal"
    start = time.monotonic()
    proc = _run(args, home)
    writes_at = _wait_for_writes(proc, wal, start)
    _, err = proc.communicate()
    assert proc.returncode == 0, err[-800:]
    duration = time.monotonic() - start
    writing = max(duration - writes_at, 0.05)
    merged = _state(hq_path)
    assert len(merged[0]) > len(untouched[0])
    finals = {p.name for p in pristine.iterdir()}

    rng = random.Random(20261202)
    kills, outcomes, seen_leftovers = 0, {"untouched": 0, "merged": 0}, set()
    started = time.monotonic()
    for attempt in range(ATTEMPTS):
        if kills >= KILLS:
            break
        for p in work.iterdir():
            p.unlink()
        for p in pristine.iterdir():
            shutil.copy2(p, work / p.name)
        proc = _run(args, home)
        if attempt % 2:
            # Inside the merge's one transaction: once its first pages reach the log.
            _wait_for_writes(proc, wal, time.monotonic())
            time.sleep(rng.uniform(0.0, 1.0) * writing)
        else:
            # Anywhere from start-up (verifying the backup comes first) to the very end.
            time.sleep(rng.uniform(0.3, 1.0) * duration)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        if proc.returncode != -signal.SIGKILL:
            continue  # finished before the kill: not counted
        kills += 1
        seen_leftovers.update(_leftovers(work, finals))
        state = _state(hq_path)
        assert state in (untouched, merged), "a kill left a half-merged vault"
        outcomes["untouched" if state == untouched else "merged"] += 1
    print(
        f"\nmerge: {kills} kills in {time.monotonic() - started:.0f} s (one merge "
        f"{duration:.2f} s, writing from {writes_at:.2f} s): {outcomes}; other files left: "
        f"{sorted(seen_leftovers) or 'none'}"
    )
    assert kills >= KILLS


@pytest.mark.slow
def test_kill_9_during_export(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = tmp_path / "laptop.izdeu"
    with Vault.create(path, PASSPHRASE) as vault:
        _fill(Store(vault, actor="volunteer"), 40)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "cases.json"
    records, audit_before = _state(path)
    args = ["--vault", str(path), "export", "-o", str(target)]
    duration = _timed(args, home)
    complete = target.read_bytes()
    assert parse_document(complete).record_count() == len(records)
    target.unlink()
    audit_step = _state(path)[1] - audit_before  # one entry per exported case, in one block

    rng = random.Random(20261203)
    kills, outcomes = 0, {"no file": 0, "complete": 0}
    started = time.monotonic()
    audit = audit_before + audit_step
    for _ in range(ATTEMPTS):
        if kills >= KILLS:
            break
        target.unlink(missing_ok=True)
        proc = _run(args, home)
        time.sleep(rng.uniform(0.3, 1.0) * duration)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        if proc.returncode != -signal.SIGKILL:
            audit += audit_step
            continue
        kills += 1
        if target.exists():
            # Parsing validates the whole file (every record, every attachment's SHA-256).
            assert parse_document(target.read_bytes()).record_count() == len(records)
            outcomes["complete"] += 1
        else:
            outcomes["no file"] += 1
        now_records, now_audit = _state(path)
        assert now_records == records
        assert now_audit in (audit, audit + audit_step)  # the export's entries: all or none
        audit = now_audit
    temporaries = sorted(p.name for p in out_dir.iterdir() if p.name != "cases.json")
    print(
        f"\nexport: {kills} kills in {time.monotonic() - started:.0f} s (one export "
        f"{duration:.2f} s): {outcomes}; {len(temporaries)} temporary file(s) left in the "
        f"output folder: {temporaries[:3]}"
    )
    assert kills >= KILLS
