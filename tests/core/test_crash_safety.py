"""kill -9 in the middle of writes: no corruption, no committed record lost."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import Store
from app.store.integrity import check as check_vault
from app.vault import Vault
from tests.core.passwd_checks import try_open
from tests.helpers import FAST_KDF, PASSPHRASE

WRITER = r"""
import io, os, sys
from app.model import Case, Name, Testimony
from app.store import Store
from app.vault import KdfParams, Vault
params = KdfParams(8192, 1, 1)
vault = Vault.open(sys.argv[1], sys.argv[2], params=params)
store = Store(vault)
i = 0
while True:
    i += 1
    case = Case(case_number=f"K-{os.getpid()}-{i}")
    case.person.names = [Name("Сынақ Адам " + str(i), "kk-Cyrl")]
    store.save(case)
    store.save(Testimony(case_uuid=case.uuid, original_text="ұзақ мәтін " * 2000))
    if i % 3 == 0:
        store.add_attachment(case.uuid, io.BytesIO(os.urandom(3 * 1024 * 1024)), "big.bin")
    if i % 4 == 0:
        store.delete("case", case.uuid)
        print("deleted", case.uuid, flush=True)
    else:
        print("committed", case.uuid, flush=True)
"""


@pytest.mark.slow
def test_kill_9_loop(tmp_path: Path) -> None:
    path = tmp_path / "crash.izdeu"
    Vault.create(path, PASSPHRASE, params=FAST_KDF).close()
    rng = random.Random(1234)
    committed: set[str] = set()
    deleted: set[str] = set()
    kills = 0
    for _ in range(55):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), PASSPHRASE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert proc.stdout is not None
        # Let it commit a few records, then kill it at a random moment mid-write.
        for _ in range(rng.randint(1, 4)):
            line = proc.stdout.readline()
            if not line:
                break
            state, uuid = line.split()
            (committed if state == "committed" else deleted).add(uuid)
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate()
        for line in out.splitlines():
            state, uuid = line.split()
            (committed if state == "committed" else deleted).add(uuid)
        assert proc.returncode == -signal.SIGKILL, err[-500:]
        kills += 1
        if kills % 10 == 0:
            # Whatever state the kill left the WAL and -shm in, a wrong passphrase changes
            # no byte of them (try_open hashes the folder around the try).
            assert try_open(path, "not the passphrase at all") is None
    assert kills >= 50
    with Vault.open(path, PASSPHRASE, params=FAST_KDF) as vault:
        report = check_vault(vault)
        assert report.ok, report.lines()
        store = Store(vault)
        present = {r[0] for r in vault.conn.execute("SELECT uuid FROM cases")}
        assert committed - deleted <= present
        assert not (deleted & present)
        # Every case that is there is whole: its testimony too.
        for uuid in committed - deleted:
            assert store.load_case(uuid).testimonies
    assert len(committed) >= 50


# `izdeu passwd` itself, passphrases from the environment as docs/cli.md says; only Argon2 is
# made cheap, as in every test. "ready" marks the end of the imports, so the kills land in the
# command's own work rather than in Python's start-up.
PASSWD = r"""
import sys
import app.cli, app.commands, app.store, app.vault
from app.vault import KdfParams, kdf
kdf.DEFAULT_PARAMS = KdfParams(8192, 1, 1)
print("ready", flush=True)
sys.exit(app.cli.main(["--vault", sys.argv[1], "passwd"]))
"""


def _passwd(path: Path, current: str, new: str) -> subprocess.Popen[str]:
    import os

    env = dict(os.environ, IZDEU_PASSPHRASE=current, IZDEU_NEW_PASSPHRASE=new)
    proc = subprocess.Popen(
        [sys.executable, "-c", PASSWD, str(path)],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == "ready\n"
    return proc


@pytest.mark.slow
def test_kill_9_loop_during_passwd(tmp_path: Path) -> None:
    import time

    from tests.core.passwd_checks import NEW, OLD, assert_exactly_one_opens, make_vault

    path = tmp_path / "vault" / "passwd.izdeu"
    made = make_vault(path, cases=15, attachment_kib=4096)
    # One whole run first: it tells how long the command's work takes, to kill within it.
    started = time.monotonic()
    proc = _passwd(path, OLD, NEW)
    out, err = proc.communicate()
    work = time.monotonic() - started
    assert proc.returncode == 0, err
    assert "the passphrase was changed" in out
    current, other = NEW, OLD
    assert assert_exactly_one_opens(path, made, other, current) == current
    rng = random.Random(4321)
    kills = 0
    outcomes = {"killed, old opens": 0, "killed, new opens": 0, "finished first": 0}
    for _ in range(80):
        proc = _passwd(path, current, other)
        time.sleep(rng.uniform(0, work * 1.2))
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate()
        opened = assert_exactly_one_opens(path, made, other, current)
        if proc.returncode == -signal.SIGKILL:
            kills += 1
            outcomes["killed, new opens" if opened == other else "killed, old opens"] += 1
        else:
            assert proc.returncode == 0, err
            assert opened == other
            outcomes["finished first"] += 1
        if opened == other:
            current, other = other, current
        if kills >= 30:
            break
    print(f"passwd kill -9 loop: {kills} kills, outcomes {outcomes}")
    assert kills >= 30
