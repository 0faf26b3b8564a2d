"""One writer per vault FILE (defect 3): a second opener by any other name of the same file
(hard link, symlink, relative path, /proc/PID/fd/N, a symlinked folder) is refused with
"already open", in another process (CLI exit 5) and in this one, and the vault stays sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3

from app.errors import VaultInUseError
from app.model import Case, Name
from app.store import Store
from app.store.integrity import check as check_vault
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

# The real `izdeu` command line; only Argon2 is made cheap, as in every test.
CLI = r"""
import sys
from app.vault import KdfParams, kdf
kdf.DEFAULT_PARAMS = KdfParams(8192, 1, 1)
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""

# Another Izdeu process writing through one name of the vault until told to stop.
HOLDER = r"""
import sys
from app.model import Case, Name
from app.store import Store
from app.vault import KdfParams, Vault
vault = Vault.open(sys.argv[1], sys.argv[2], params=KdfParams(8192, 1, 1))
store = Store(vault)
def write(tag):
    for i in range(20):
        case = Case(case_number=f"{tag}-{i}")
        case.person.names = [Name("Тестова Сынақ " + str(i), "kk-Cyrl")]
        store.save(case)
write("A")
print("ready", flush=True)
sys.stdin.readline()
write("B")
vault.close()
print("closed", flush=True)
"""


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, IZDEU_PASSPHRASE=PASSPHRASE)
    return subprocess.run(
        [sys.executable, "-c", CLI, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )


def _save(vault: Vault, number: str) -> None:
    case = Case(case_number=number)
    case.person.names = [Name("Тестов Сынақ", "kk-Cyrl")]
    Store(vault).save(case)


@pytest.fixture
def real(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "vaults" / "field.izdeu"
    Vault.create(path, PASSPHRASE, params=FAST_KDF).close()
    yield path


def _hard_link(real: Path) -> Path:
    link = real.parent.parent / "other-name.izdeu"
    os.link(real, link)
    return link


def _symlink(real: Path) -> Path:
    link = real.parent.parent / "elsewhere" / "shortcut.izdeu"
    link.parent.mkdir()
    link.symlink_to(real)
    return link


def _relative(real: Path) -> Path:
    return Path(os.path.relpath(real, ROOT))  # the processes below run in ROOT


def _folder_symlink(real: Path) -> Path:
    folder = real.parent.parent / "mounted"
    folder.symlink_to(real.parent, target_is_directory=True)
    return folder / real.name


NAMES: dict[str, Callable[[Path], Path]] = {
    "hard link": _hard_link,
    "symlink": _symlink,
    "relative path": _relative,
    "symlinked folder": _folder_symlink,
}


@pytest.mark.parametrize("how", list(NAMES))
@pytest.mark.parametrize("holder_uses_link", [False, True], ids=["holder-real", "holder-link"])
def test_second_process_by_another_name_is_refused(real: Path, how: str, holder_uses_link: bool) -> None:
    link = NAMES[how](real)
    first, second = (link, real) if holder_uses_link else (real, link)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(first), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline() == "ready\n", holder.stderr
        result = _cli("--vault", str(second), "check")
        assert result.returncode == 5, result.stderr
        assert result.stderr.strip() == (
            "izdeu: error: this vault is already open in another Izdeu window or process"
        )
        assert result.stdout == ""
        out, err = holder.communicate("\n", timeout=60)
        assert holder.returncode == 0, err
        assert out == "closed\n"
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.communicate()
    result = _cli("--vault", str(second), "check")
    assert result.returncode == 0, result.stderr
    assert "FAILED" not in result.stdout
    with Vault.open(real, PASSPHRASE, params=FAST_KDF) as vault:
        assert len(Store(vault).list_cases()) == 40
    # Nothing beside the vault: no lock file, no WAL named after the other name.
    assert sorted(os.listdir(real.parent)) == [real.name]


def test_second_process_by_proc_fd_path_is_refused(real: Path) -> None:
    fd = os.open(real, os.O_RDONLY)  # a name of the file that is not a directory entry
    try:
        with Vault.open(real, PASSPHRASE, params=FAST_KDF):
            result = _cli("--vault", f"/proc/{os.getpid()}/fd/{fd}", "check")
            assert result.returncode == 5, result.stderr
            assert "already open" in result.stderr
    finally:
        os.close(fd)


def test_same_process_twice_by_two_names(real: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = [NAMES[how](real) for how in ("hard link", "symlink", "symlinked folder")]
    with Vault.open(real, PASSPHRASE, params=FAST_KDF) as vault:
        _save(vault, "FIRST-1")
        fd = os.open(real, os.O_RDONLY)
        monkeypatch.chdir(real.parent)
        try:
            for name in [*names, Path(real.name), Path(f"/proc/self/fd/{fd}")]:
                with pytest.raises(VaultInUseError, match="already open"):
                    Vault.open(name, PASSPHRASE, params=FAST_KDF)
                with pytest.raises(VaultInUseError):
                    Vault.open(name, "a wrong passphrase too", params=FAST_KDF)
        finally:
            os.close(fd)
        # SQLite opening and closing the same file in this process (a second connection,
        # a consistent copy) must not drop the lock: fcntl() locks would be gone now.
        other = sqlcipher3.connect(str(real))
        with pytest.raises(sqlcipher3.DatabaseError):  # it read the file (without the key)
            other.execute("SELECT count(*) FROM sqlite_master").fetchone()
        other.close()
        vault.copy_to(real.parent.parent / "copy.izdeu")
        result = _cli("--vault", str(names[0]), "check")
        assert result.returncode == 5, result.stderr
        _save(vault, "FIRST-2")
        assert check_vault(vault).ok
    for name in names:
        with Vault.open(name, PASSPHRASE, params=FAST_KDF) as again:
            assert check_vault(again).ok
            assert len(Store(again).list_cases()) == 2


def test_symlinked_vault_keeps_wal_and_shm_beside_the_real_file(real: Path) -> None:
    link = _symlink(real)
    with Vault.open(link, PASSPHRASE, params=FAST_KDF) as vault:
        assert vault.path == real
        _save(vault, "WAL-1")
        assert Path(f"{real}-wal").exists() and Path(f"{real}-shm").exists()
        assert sorted(os.listdir(link.parent)) == [link.name]
    with Vault.open(real, PASSPHRASE, params=FAST_KDF) as vault:
        assert len(Store(vault).list_cases()) == 1


def test_kill_9_leaves_no_stale_lock(real: Path) -> None:
    link = _hard_link(real)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(link), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "ready\n"
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    assert holder.returncode == -signal.SIGKILL
    # The OS lock died with the process; its committed writes are in its WAL (named after
    # the hard link, which is why the same name is used to open it again).
    with Vault.open(link, PASSPHRASE, params=FAST_KDF) as vault:
        assert check_vault(vault).ok
        assert len(Store(vault).list_cases()) == 20


def test_a_folder_and_a_missing_file_are_refused_before_locking(tmp_path: Path) -> None:
    from app.errors import NotAVaultError, NotFoundError

    with pytest.raises(NotAVaultError):
        Vault.open(tmp_path, PASSPHRASE)
    with pytest.raises(NotFoundError):
        Vault.open(tmp_path / "nothing.izdeu", PASSPHRASE)
    dangling = tmp_path / "dangling.izdeu"
    dangling.symlink_to(tmp_path / "gone.izdeu")
    with pytest.raises(NotFoundError):
        Vault.open(dangling, PASSPHRASE)
    assert not (tmp_path / "gone.izdeu").exists()


def test_killed_writer_by_a_hard_link_then_opened_by_the_first_name(real: Path) -> None:
    link = real.parent / "same-folder-link.izdeu"
    os.link(real, link)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(link), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "ready\n"
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    assert Path(f"{link}-wal").stat().st_size > 0
    # Its commits are only in the WAL named after the link; opened by the other name, they
    # are still found (and no second WAL is started that the stale one would be replayed over).
    with Vault.open(real, PASSPHRASE, params=FAST_KDF) as vault:
        assert len(Store(vault).list_cases()) == 20
        _save(vault, "AFTER-1")
    for name in (link, real):
        with Vault.open(name, PASSPHRASE, params=FAST_KDF) as vault:
            assert check_vault(vault).ok
            assert len(Store(vault).list_cases()) == 21
    assert sorted(os.listdir(real.parent)) == sorted([real.name, link.name])


def test_storage_that_cannot_lock_is_one_clear_line(real: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import fcntl

    from app.errors import StorageError

    def no_locks(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    with pytest.raises(StorageError) as info:
        Vault.open(real, PASSPHRASE, params=FAST_KDF)
    assert str(info.value) == "the vault's storage cannot lock files"
    monkeypatch.undo()
    Vault.open(real, PASSPHRASE, params=FAST_KDF).close()  # nothing was left held
