"""kill -9 in the middle of writes: no corruption, no committed record lost."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import Store
from app.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

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
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), PASSPHRASE],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                cwd=Path(__file__).resolve().parents[2])
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
    assert kills >= 50
    with Vault.open(path, PASSPHRASE, params=FAST_KDF) as vault:
        report = vault.check()
        assert report.ok, report.lines()
        store = Store(vault)
        present = {r[0] for r in vault.conn.execute("SELECT uuid FROM cases")}
        assert committed - deleted <= present
        assert not (deleted & present)
        # Every case that is there is whole: its testimony too.
        for uuid in committed - deleted:
            assert store.load_case(uuid).testimonies
    assert len(committed) >= 50
