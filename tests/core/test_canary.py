"""After a full workflow, a unique string from a testimony and from a photo is nowhere on disk
outside the vault file (vault folder, temp dirs, caches), also after it was deleted."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.helpers import PASSPHRASE
from tests.soundserver import SoundServer

WORKFLOW = r"""
import io, struct, sys, zlib
from pathlib import Path
from app.model import Case, Name, Testimony
from app.store import Store
from app.vault import KdfParams, Vault

vault_path, canary_text, canary_photo, export_path = sys.argv[1:5]
params = KdfParams(8192, 1, 1)

def png_with_text(text):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = zlib.compress(b"\x00\xff\x00\x00" * 1)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\x00" + text.encode()) + chunk(b"IDAT", raw)
            + chunk(b"IEND", b""))

vault = Vault.create(vault_path, sys.argv[5], params=params)
store = Store(vault)
case = Case(case_number="IZ-CANARY-1")
case.person.names = [Name("Сынақ " + canary_text, "kk-Cyrl")]
store.save(case)
testimony = Testimony(case_uuid=case.uuid, original_text="Куәгер айтты: " + canary_text * 50)
store.save(testimony)
att = store.add_attachment(case.uuid, io.BytesIO(png_with_text(canary_photo) * 100), "photo.png")
assert store.search(canary_text[:12]), "search must find the canary"
store.list_cases()
store.export_attachment(att.uuid, export_path)
store.delete("testimony", testimony.uuid)
store.delete("case", case.uuid)
vault.close()
vault = Vault.open(vault_path, sys.argv[5], params=params)
assert Store(vault).search(canary_text[:12]) == []
vault.close()
"""


def _files(root: Path, since: float) -> list[Path]:
    out = []
    for dirpath, _dirs, files in os.walk(root, onerror=lambda e: None):
        for name in files:
            path = Path(dirpath) / name
            try:
                st = path.lstat()
            except OSError:
                continue
            if (
                path.is_file()
                and not path.is_symlink()
                and st.st_mtime >= since
                and st.st_size < 64 * 1024 * 1024
            ):
                out.append(path)
    return out


def _contains(path: Path, needles: list[bytes]) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return any(n in data for n in needles)


def test_canary_never_reaches_disk_outside_the_vault(tmp_path: Path) -> None:
    started = time.time() - 1
    canary_text = "КАНАРЕЙКА" + secrets.token_hex(8)
    canary_photo = "photocanary" + secrets.token_hex(8)
    home, tmp, vault_dir, exports = (tmp_path / n for n in ("home", "tmp", "vault", "exports"))
    for d in (home, tmp, vault_dir, exports):
        d.mkdir()
    vault_file = vault_dir / "field.izdeu"
    export_file = exports / "photo.png"
    env = {
        **os.environ,
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "IZDEU_HOME": str(home / "izdeu"),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            WORKFLOW,
            str(vault_file),
            canary_text,
            canary_photo,
            str(export_file),
            PASSPHRASE,
        ],
        env=env,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-2000:]
    needles = []
    for canary in (canary_text, canary_photo):
        needles += [canary.encode("utf-8"), canary.encode("utf-16-le"), canary[9:].encode()]
    # The user's own export holds the photo, as asked; nothing else may.
    assert _contains(export_file, [canary_photo.encode()])
    suspects = [p for p in _files(tmp_path, started) if p != export_file and p != vault_file]
    suspects += [p for p in _files(Path(tempfile.gettempdir()), started) if tmp_path not in p.parents]
    leaked = [str(p) for p in suspects if _contains(p, needles)]
    assert leaked == []
    assert not _contains(vault_file, needles)  # encrypted, and the WAL was checkpointed
    assert sorted(p.name for p in vault_dir.iterdir()) == ["field.izdeu"]  # no lock file either


RECORDING_WORKFLOW = r"""
import sys
from app.media import PcmFormat, RecordingSink, attachment_stream, recover_unfinished
from app.media.tone import pattern_pcm
from app.model import Case, Testimony
from app.store import Store
from app.vault import KdfParams, Vault

vault_path, pattern_hex, passphrase = sys.argv[1:4]
params = KdfParams(8192, 1, 1)
vault = Vault.create(vault_path, passphrase, params=params)
store = Store(vault)
case = Case(case_number="IZ-CANARY-2")
store.save(case)
testimony = Testimony(case_uuid=case.uuid, original_text="(fictional)")
store.save(testimony)
pcm = pattern_pcm(bytes.fromhex(pattern_hex))
sink = RecordingSink(store, case.uuid, PcmFormat(48000, 1), device="canary input",
                     testimony_uuid=testimony.uuid)
for start in range(0, len(pcm), 9600):
    sink.write(pcm[start:start + 9600])
attachment = sink.stop()
encoded = attachment_stream(store, attachment.uuid).read()
# What the parent looks for: slices of the encoded stream (its Ogg serial number makes them
# unique to this recording) and of the PCM, told on stdout only.
print(encoded[len(encoded) // 2 : len(encoded) // 2 + 48].hex())
print(encoded[:58].hex())
print(pcm[96000:96064].hex())
recover_unfinished(store)
store.delete("attachment", attachment.uuid)
store.delete("case", case.uuid)
vault.close()
"""


def test_a_recording_never_reaches_disk_outside_the_vault(tmp_path: Path) -> None:
    """Recorded, played back through the reader and deleted: neither its audio nor its encoded
    bytes are in any file outside the vault (temp dirs, caches, the runtime dir PulseAudio uses)."""
    started = time.time() - 1
    home, tmp, run, vault_dir = (tmp_path / n for n in ("home", "tmp", "run", "vault"))
    for d in (home, tmp, run, vault_dir):
        d.mkdir(mode=0o700)
    vault_file = vault_dir / "field.izdeu"
    env = {
        **os.environ,
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(run),
        "PULSE_RUNTIME_PATH": str(run / "pulse"),
        "IZDEU_HOME": str(home / "izdeu"),
    }
    pattern = secrets.token_bytes(40)
    result = subprocess.run(
        [sys.executable, "-c", RECORDING_WORKFLOW, str(vault_file), pattern.hex(), PASSPHRASE],
        env=env,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-2000:]
    needles = [bytes.fromhex(line) for line in result.stdout.split()]
    assert len(needles) == 3 and all(len(n) >= 48 for n in needles)
    suspects = [p for p in _files(tmp_path, started) if p != vault_file]
    suspects += [p for p in _files(Path(tempfile.gettempdir()), started) if tmp_path not in p.parents]
    leaked = [str(p) for p in suspects if _contains(p, needles)]
    assert leaked == []
    assert not _contains(vault_file, needles)
    assert sorted(p.name for p in vault_dir.iterdir()) == ["field.izdeu"]


def test_a_recording_through_pulseaudio_never_reaches_disk_outside_the_vault(
    sound_server: SoundServer, tmp_path: Path
) -> None:
    """The same through the real audio path: a unique pattern played into the private
    PulseAudio server's virtual microphone, recorded by QAudioSource, played back and deleted.
    Neither what the input delivered nor the encoded bytes are in any file outside the vault —
    temp dirs, caches, the server's runtime, state and home dirs, shared memory."""
    from app.media.tone import pattern_pcm
    from app.model import Case
    from app.store import Store
    from app.vault import Vault
    from tests.helpers import FAST_KDF

    started = time.time() - 1
    home, tmp, run, vault_dir = (tmp_path / n for n in ("home", "tmp", "run", "vault"))
    for d in (home, tmp, run, vault_dir):
        d.mkdir(mode=0o700)
    vault_file = vault_dir / "field.izdeu"
    with Vault.create(vault_file, PASSPHRASE, params=FAST_KDF) as vault:
        case = Case(case_number="IZ-CANARY-3")
        Store(vault).save(case)
    env = {
        **os.environ,
        **sound_server.env,
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(run),
        "IZDEU_HOME": str(home / "izdeu"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    sound_server.play(pattern_pcm(secrets.token_bytes(40)))
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tests.qt_record", str(vault_file), case.uuid, "--canary"]
            + ["--source", sound_server.source, "--plan", "record:4"],
            env=env,
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
            timeout=120,
        )
    finally:
        sound_server.play(sound_server.default_audio)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["error"] == "" and report["fed_seconds"] >= 4.0
    needles = [bytes.fromhex(h) for h in [report["pcm_probe"], *report["encoded_probes"]]]
    assert len(needles) == 3 and all(len(n) >= 48 for n in needles)
    assert len(set(needles[0])) > 8  # real audio from the input, not silence
    suspects = [p for p in _files(tmp_path, started) if p != vault_file]
    suspects += [p for p in _files(Path(tempfile.gettempdir()), started) if tmp_path not in p.parents]
    suspects += _files(sound_server.root, 0)  # the server's own folders, whatever their age
    suspects += _files(Path("/dev/shm"), started)
    leaked = [str(p) for p in suspects if _contains(p, needles)]
    assert leaked == []
    assert not _contains(vault_file, needles)
    with Vault.open(vault_file, PASSPHRASE, params=FAST_KDF) as vault:
        assert Store(vault).list_cases() == []
