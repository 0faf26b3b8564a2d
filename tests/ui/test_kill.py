"""What typing survives when the app is stopped from outside (logout, shutdown, kill, crash)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store import Store
from app.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("editor_child.py")
NAME = "Әсел Нұрланқызы"
ACTOR = "Ата-анасы · 家属 · ئاتا-ئانىسى"
PASSPHRASE = "izdeu kill-test passphrase (fictional)"

# The child derives keys at the production cost, so the reader here must too.
pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"), pytest.mark.real_kdf]


def _start(home: Path, autosave: int, when: str) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-X", "faulthandler", str(CHILD), str(home), str(autosave), when],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline and proc.poll() is None:
        ready, _, _ = select.select([proc.stdout], [], [], 1.0)
        if ready:
            line = proc.stdout.readline()
            if line.startswith("TYPED "):
                return proc, line.split()[1]
    proc.kill()
    _out, err = proc.communicate()
    raise AssertionError(f"the child never got to typing: {line!r} {err[-2000:]}")


def _stored(home: Path, uuid: str) -> tuple[list[str], list[str]]:
    vault = Vault.open(home / "vault.izdeu", PASSPHRASE)
    try:
        bundle = Store(vault).load_case(uuid)
    finally:
        vault.close()
    return [n.text for n in bundle.case.person.names], [i.actor for i in bundle.interventions]


def test_sigterm_saves_what_was_typed_before_the_autosave(tmp_path):
    """Logout and shutdown send SIGTERM: the app saves (autosave 60 s away) and exits 0."""
    home = tmp_path / "home"
    proc, uuid = _start(home, autosave=60, when="typed")
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-2000:]
    assert "QUIT" in out
    assert _stored(home, uuid) == ([NAME], [ACTOR])


def test_sigkill_after_the_autosave_loses_nothing(tmp_path):
    """A crash or kill -9 cannot be caught: what the autosave wrote is on disk, committed."""
    home = tmp_path / "home"
    proc, uuid = _start(home, autosave=1, when="saved")
    proc.kill()
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert _stored(home, uuid) == ([NAME], [ACTOR])
