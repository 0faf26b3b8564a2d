"""Nothing readable left behind by a crash (app/tempfiles.py) and owner-only folders (0700)."""

from __future__ import annotations

import json
import os
import re
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app import cli
from app.fsutil import atomic_write_bytes, make_private_dir
from app.tempfiles import Temporary, sweep, temporary_name
from tests.helpers import FAST_KDF, PASSPHRASE

SECRET = "Fictional Testperson Aigerimova"
_TEMP = re.compile(r"\.izdeu-tmp-[0-9a-f]{16}-[a-z0-9._-]+")


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def demo(tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "field" / "demo.izdeu"
    assert cli.main(["--vault", str(path), "demo", "--cases", "3"]) == 0
    capsys.readouterr()
    return path


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def _stale(folder: Path) -> dict[str, bytes]:
    """One leftover of every kind Izdeu has ever written, as a killed process leaves them."""
    tok = "0123456789abcdef"
    files = {
        temporary_name("file.json", tok): json.dumps({"names": SECRET}).encode(),
        temporary_name("file.pdf", "1111111111111111"): b"%PDF-1.4 " + SECRET.encode(),
        temporary_name("backup", "2222222222222222"): os.urandom(4096),
        temporary_name("restore", "3333333333333333"): b"",
        temporary_name("restore.vault", "3333333333333333"): os.urandom(4096),
        temporary_name("restore.vault-wal", "3333333333333333"): os.urandom(512),
        temporary_name("restore.vault-lock", "3333333333333333"): b"",
        temporary_name("copy", "4444444444444444"): b"",
        temporary_name("copy.vault", "4444444444444444"): os.urandom(4096),
        # names of earlier versions
        ".0123456789abcdef.izdeu-tmp": SECRET.encode(),
        ".izdeu-backup-0123456789abcdef.tmp": os.urandom(1024),
        ".demo.izdeu.restoring-0123456789ab": os.urandom(1024),
        ".demo.izdeu.restoring-0123456789ab-wal": os.urandom(1024),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def test_the_next_command_removes_every_kind_of_leftover(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = demo.parent
    victim = tmp_path / "victim.txt"
    victim.write_text("not Izdeu's")
    keep = {"notes.txt": b"keep me", ".izdeu-tmp-nothex-file.json": b"not our pattern"}
    for name, data in keep.items():
        (folder / name).write_bytes(data)
    # A hostile link under a temporary's name: never followed, never wiped through.
    (folder / temporary_name("file.json", "5555555555555555")).symlink_to(victim)
    before = _names(folder)
    stale = _stale(folder)
    assert cli.main(["--vault", str(demo), "list"]) == 0
    capsys.readouterr()
    assert _names(folder) == before  # every leftover gone, everything else still there
    assert not set(stale) & _names(folder)
    for name, data in keep.items():
        assert (folder / name).read_bytes() == data
    assert victim.read_text() == "not Izdeu's"
    for path in folder.iterdir():
        if path.is_file() and not path.is_symlink():
            assert SECRET.encode() not in path.read_bytes()


def test_an_output_folder_is_swept_by_the_command_that_writes_there(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    stale = _stale(out)
    assert cli.main(["--vault", str(demo), "export", "-o", str(out / "cases.json")]) == 0
    capsys.readouterr()
    assert _names(out) == {"cases.json"}
    assert not set(stale) & _names(out)


def test_plaintext_is_overwritten_before_it_is_unlinked(tmp_path: Path) -> None:
    name = temporary_name("file.json", "6666666666666666")
    (tmp_path / name).write_bytes(SECRET.encode() * 100)
    # An open descriptor keeps the unlinked inode readable: what is in it after the sweep?
    fd = os.open(tmp_path / name, os.O_RDONLY)
    try:
        assert sweep(tmp_path) == 1
        assert not (tmp_path / name).exists()
        left = os.pread(fd, 10_000, 0)
    finally:
        os.close(fd)
    assert left == bytes(len(SECRET) * 100)


def test_a_hard_linked_leftover_loses_only_its_temporary_name(tmp_path: Path) -> None:
    # A backup killed between linking its final name and unlinking the temporary one.
    final = tmp_path / "izdeu-backup-20260101T000000Z.izbackup"
    final.write_bytes(b"a finished backup")
    os.link(final, tmp_path / temporary_name("backup", "7777777777777777"))
    plain = tmp_path / temporary_name("file.json", "8888888888888888")
    os.link(final, plain)
    assert sweep(tmp_path) == 2
    assert _names(tmp_path) == {final.name}
    assert final.read_bytes() == b"a finished backup"


def test_a_held_temporary_and_its_group_are_left_alone(tmp_path: Path) -> None:
    guard = Temporary.create(tmp_path, "restore")
    member = guard.member("restore.vault")
    member.write_bytes(b"being restored")
    single = Temporary.create(tmp_path, "file.json")
    os.write(single.fd, SECRET.encode())
    try:
        assert sweep(tmp_path) == 0
        assert _names(tmp_path) == {guard.path.name, member.name, single.path.name}
        assert os.pread(single.fd, 100, 0) == SECRET.encode()
    finally:
        single.release()
    assert sweep(tmp_path) == 1  # the writer is gone: its file goes, the held group stays
    assert _names(tmp_path) == {guard.path.name, member.name}
    guard.release()
    assert sweep(tmp_path) == 2
    assert _names(tmp_path) == set()


def test_a_backup_is_written_under_a_locked_temporary_name(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.backup import writer

    out = tmp_path / "backups"
    out.mkdir()
    seen: list[set[str]] = []

    def spy(fh):  # runs while the temporary is open: a sweep now must not touch it
        assert sweep(out) == 0
        seen.append(_names(out))
        return fh

    import pyrage

    monkeypatch.setattr(writer, "_output_filter", spy)
    key = str(pyrage.x25519.Identity.generate().to_public())
    code = cli.main(["--vault", str(demo), "backup", "-o", str(out), "--to", key])
    err = capsys.readouterr().err
    assert code == 0, err
    assert len(seen) == 1 and len(seen[0]) == 1
    (name,) = seen[0]
    assert re.fullmatch(r"\.izdeu-tmp-[0-9a-f]{16}-backup", name)
    assert [p.suffix for p in out.iterdir()] == [".izbackup"]


def test_atomic_write_names_its_temporary_without_the_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import fsutil

    seen: list[str] = []
    real = os.replace

    def spy(src: object, dst: object) -> None:
        seen.append(Path(str(src)).name)
        real(src, dst)

    monkeypatch.setattr(fsutil.os, "replace", spy)
    atomic_write_bytes(tmp_path / f"{SECRET}.json", b"{}")
    assert len(seen) == 1 and _TEMP.fullmatch(seen[0]) and seen[0].endswith("-file.json")
    assert "Testperson" not in seen[0]


_CHILD = textwrap.dedent("""
    import importlib, sys, time
    from app import cli
    from app.vault import kdf
    kdf.DEFAULT_PARAMS = kdf.KdfParams(memory_kib={m}, time_cost={t}, parallelism={p})
    marker, module, name, *argv = sys.argv[1:]
    def stop(*_args, **_kwargs):  # the temporary is written: wait here to be killed
        open(marker, "w").close()
        time.sleep(600)
    setattr(importlib.import_module(module), name, stop)
    sys.exit(cli.main(argv))
""").format(m=FAST_KDF.memory_kib, t=FAST_KDF.time_cost, p=FAST_KDF.parallelism)


def _paused_child(tmp_path: Path, module: str, name: str, *argv: str) -> subprocess.Popen:
    """An izdeu process stopped half-way through writing (it holds its temporaries' locks)."""
    marker = tmp_path / "paused"
    marker.unlink(missing_ok=True)
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(marker), module, name, *argv],
        cwd=Path(__file__).parents[2],
        env={**os.environ, "IZDEU_PASSPHRASE": PASSPHRASE, "IZDEU_NEW_PASSPHRASE": PASSPHRASE},
    )
    for _ in range(600):
        if marker.exists() or child.poll() is not None:
            break
        time.sleep(0.1)
    if not marker.exists():
        child.kill()
        pytest.fail("the child never reached the point where it pauses")
    return child


def _kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if _TEMP.fullmatch(p.name)]


def test_kill_9_during_export_leaves_nothing_readable(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = demo.parent
    child = _paused_child(
        tmp_path, "os", "fsync", "--vault", str(demo), "export", "-o", str(folder / "cases.json")
    )
    try:
        (temp,) = _temporaries(folder)
        assert b'"cases"' in temp.read_bytes()  # plaintext case JSON, in a live process
        # Another command meanwhile (it sweeps, then finds the vault in use): the live
        # export's temporary is not touched.
        assert cli.main(["--vault", str(demo), "list"]) == 5
        assert sweep(folder) == 0
        assert temp.exists() and b'"cases"' in temp.read_bytes()
    finally:
        _kill(child)
    assert temp.exists()  # what kill -9 leaves
    assert cli.main(["--vault", str(demo), "list"]) == 0
    capsys.readouterr()
    assert not temp.exists() and not (folder / "cases.json").exists()
    assert not _temporaries(folder)


def test_kill_9_during_backup_and_restore_leaves_nothing(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyrage

    monkeypatch.setenv("IZDEU_NEW_PASSPHRASE", PASSPHRASE)
    identity = pyrage.x25519.Identity.generate()
    key = tmp_path / "hq.key"
    key.write_text(f"{identity}\n")
    stick = tmp_path / "stick"
    stick.mkdir()
    to = str(identity.to_public())
    child = _paused_child(
        tmp_path,
        "app.backup.writer",
        "_verify_written",
        "--vault",
        str(demo),
        "backup",
        "-o",
        str(stick),
        "--to",
        to,
    )
    _kill(child)
    (left,) = _temporaries(stick)
    assert left.name.endswith("-backup") and left.stat().st_size > 1000
    assert cli.main(["--vault", str(demo), "backup", "-o", str(stick), "--to", to]) == 0
    (backup,) = stick.glob("*.izbackup")
    assert _names(stick) == {backup.name}  # the killed one's gigabytes are gone

    signer = tmp_path / "laptop.pub"  # restore takes a backup only from a device named to it
    assert cli.main(["--vault", str(demo), "devices", "--export", str(signer)]) == 0
    new = tmp_path / "restored" / "new.izdeu"
    new.parent.mkdir()
    child = _paused_child(
        tmp_path,
        "app.backup.ops.restore",
        "_fill",
        "restore",
        str(backup),
        "--vault",
        str(new),
        "--key",
        str(key),
        "--signer",
        str(signer),
    )
    try:
        names = {p.name for p in _temporaries(new.parent)}
        assert any(n.endswith("-restore") for n in names)
        assert any(n.endswith("-restore.vault") for n in names)
        assert sweep(new.parent) == 0  # a live restore's vault is not touched
    finally:
        _kill(child)
    capsys.readouterr()
    assert (
        cli.main(["restore", str(backup), "--vault", str(new), "--key", str(key), "--signer", str(signer)])
        == 0
    )
    capsys.readouterr()
    # The killed restore's vault, side files and guard are gone; the new vault is whole.
    assert _names(new.parent) - {"new.izdeu-lock"} == {"new.izdeu"}


# --- defect 11: every folder Izdeu creates is 0700 --------------------------------------------


@pytest.fixture
def umask_022() -> object:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_dossier_all_creates_an_owner_only_folder(
    demo: Path, tmp_path: Path, umask_022: object, capsys: pytest.CaptureFixture[str]
) -> None:
    parent = tmp_path / "shared"
    parent.mkdir(mode=0o755)
    out = parent / "dossiers" / "march"
    code = cli.main(["--vault", str(demo), "dossier", "--all", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert _mode(out) == 0o700 and _mode(out.parent) == 0o700
    assert _mode(parent) == 0o755  # it existed: not ours to change
    # Three dossiers and the batch's covering list.
    assert len(list(out.glob("*.pdf"))) == 3 + 1 and (out / "covering-list-wgeid-en.pdf").exists()
    assert all(_mode(p) == 0o600 for p in out.iterdir())


def test_every_folder_helper_ignores_the_umask(
    tmp_path: Path, umask_022: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.paths import Paths
    from app.vault import Vault

    home = tmp_path / "home" / "izdeu"
    monkeypatch.setenv("IZDEU_HOME", str(home))
    Paths.default().ensure()
    assert _mode(home) == 0o700 and _mode(home.parent) == 0o700
    vault = Vault.create(tmp_path / "new" / "deep" / "v.izdeu", PASSPHRASE)
    vault.close()
    assert _mode(tmp_path / "new") == 0o700 and _mode(tmp_path / "new" / "deep") == 0o700
    existing = tmp_path / "existing"
    existing.mkdir(mode=0o755)
    make_private_dir(existing)
    assert _mode(existing) == 0o755
    (tmp_path / "a-file").write_bytes(b"")
    with pytest.raises(OSError):
        make_private_dir(tmp_path / "a-file")
