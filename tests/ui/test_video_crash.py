"""A video recording killed with kill -9 keeps what the vault holds, finished at the next open;
and no file outside the vault ever holds a recording's bytes (tests/qt_video_record.py records
in a child process through the app's own path)."""

from __future__ import annotations

import hashlib
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.media import recover_unfinished
from app.model import Case
from app.store import Store
from app.vault import Vault
from tests.core.test_canary import _contains, _files
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.test_video_recording import decoded

ROOT = Path(__file__).resolve().parents[2]


def _vault_with_case(path: Path, number: str) -> Case:
    with Vault.create(path, PASSPHRASE, params=FAST_KDF) as vault:
        case = Case(case_number=number)
        Store(vault).save(case)
    return case


def test_kill_9_during_a_video_recording_keeps_the_part_recorded(tmp_path: Path) -> None:
    path = tmp_path / "video.izdeu"
    case = _vault_with_case(path, "IZ-VID-9")
    with subprocess.Popen(
        [sys.executable, "-m", "tests.qt_video_record", str(path), PASSPHRASE, case.uuid],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        started = time.monotonic()
        lines = []
        # Killed once the vault holds a few pieces (about two and a half seconds of video).
        while len(lines) < 3:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("committed"):
                lines.append(line)
        recorded_for = time.monotonic() - started
        proc.send_signal(signal.SIGKILL)
        _, errors = proc.communicate()
    assert len(lines) == 3, errors[-2000:]
    assert proc.returncode == -signal.SIGKILL
    committed = int(lines[-1].split()[1])
    with Vault.open(path, PASSPHRASE, params=FAST_KDF) as vault:
        store = Store(vault)
        (open_one,) = store.unfinished_recordings()
        (recovered,) = recover_unfinished(store)
        assert store.unfinished_recordings() == []
        assert recovered.uuid == open_one.uuid and recovered.recording_state == "recovered"
        data = b"".join(store.attachment_chunks(recovered.uuid))
        assert len(data) >= committed
        assert recovered.sha256 == hashlib.sha256(data).hexdigest() and recovered.size == len(data)
        assert store.check().ok
    # What the vault kept decodes: more than a second of picture and sound, no more than was
    # recorded, and the length recovery wrote is the decoded one.
    video_s, frames, audio_s = decoded(data)
    assert 1.0 <= video_s <= recorded_for + 0.5, (video_s, recorded_for)
    assert audio_s >= 0.8
    assert frames >= 20
    assert abs(recovered.duration_ms / 1000 - video_s) <= 0.3, (recovered.duration_ms, video_s)


def test_a_video_recording_never_reaches_disk_outside_the_vault(tmp_path: Path) -> None:
    """Recorded with a unique pattern in every frame, read back and deleted: no file outside
    the vault (temp dirs, caches, Qt's and FFmpeg's) holds any of its encoded bytes."""
    started = time.time() - 1
    home, tmp, run, vault_dir = (tmp_path / n for n in ("home", "tmp", "run", "vault"))
    for d in (home, tmp, run, vault_dir):
        d.mkdir(mode=0o700)
    vault_file = vault_dir / "field.izdeu"
    case = _vault_with_case(vault_file, "IZ-VID-CANARY")
    env = {
        **os.environ,
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(run),
        "IZDEU_HOME": str(home / "izdeu"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    pattern = secrets.token_bytes(96)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.qt_video_record",
            str(vault_file),
            PASSPHRASE,
            case.uuid,
            "--seconds",
            "2.5",
            "--canary",
            pattern.hex(),
        ],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    needles = [bytes.fromhex(line) for line in result.stdout.split("\n") if len(line) == 128]
    assert len(needles) == 3
    suspects = [p for p in _files(tmp_path, started) if p != vault_file]
    suspects += [p for p in _files(Path(tempfile.gettempdir()), started) if tmp_path not in p.parents]
    assert [str(p) for p in suspects if _contains(p, needles)] == []
    assert not _contains(vault_file, needles)
    assert sorted(p.name for p in vault_dir.iterdir()) == ["field.izdeu"]
