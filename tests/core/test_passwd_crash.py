"""kill -9 at every step of a passphrase change (defect 4): exactly one passphrase opens the
vault on its first try, with all of its data, and no failed try changes a byte."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from app.errors import VaultLockedError
from app.store.integrity import check as check_vault
from app.vault import Vault
from tests.core.passwd_checks import NEW, OLD, assert_exactly_one_opens, make_vault
from tests.helpers import FAST_KDF

_VAULT_CODE = f"{os.sep}app{os.sep}vault{os.sep}"


def _change_killed_at(path: Path, old: str, new: str, stop: int) -> int:
    """In a forked child: change the passphrase, SIGKILL it when it first reaches its
    ``stop``-th distinct line of app/vault (0: never). Returns how many distinct lines it met."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        try:
            os.close(read)
            vault = Vault.open(path, old, params=FAST_KDF)
            seen: set[tuple[str, int]] = set()

            def tracer(frame, event, arg):  # type: ignore[no-untyped-def]
                code = frame.f_code.co_filename
                if (
                    event == "line"
                    and _VAULT_CODE in code
                    and not code.endswith("kdf.py")
                    and (code, frame.f_lineno) not in seen
                ):
                    seen.add((code, frame.f_lineno))
                    if len(seen) == stop:
                        os.kill(os.getpid(), signal.SIGKILL)
                return tracer

            sys.settrace(tracer)
            vault.change_passphrase(new, params=FAST_KDF, check_strength=False)
            vault.close()
            sys.settrace(None)
            os.write(write, str(len(seen)).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as fh:
        reached = fh.read()
    _, status = os.waitpid(pid, 0)
    if stop:
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        return stop
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    return int(reached)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked child")
def test_passwd_killed_at_every_line(tmp_path: Path) -> None:
    path = tmp_path / "vault" / "rekey.izdeu"
    made = make_vault(path, cases=4, attachment_kib=256)
    current, other = OLD, NEW
    lines = _change_killed_at(path, current, other, 0)
    current, other = other, current
    assert lines > 20
    assert assert_exactly_one_opens(path, made, other, current) == current
    took: list[bool] = []  # per stop: did the new passphrase take?
    for stop in range(1, lines + 1):
        _change_killed_at(path, current, other, stop)
        # Try the new one first: a failed try must not make the second one work.
        opened = assert_exactly_one_opens(path, made, other, current)
        took.append(opened == other)
        if opened == other:
            current, other = other, current
    print(
        f"passwd killed at each of {lines} distinct lines: the old passphrase opened "
        f"{took.count(False)} times, the new one {took.count(True)} times"
    )
    # One step switches from old to new (the rename): killed before it, always the old one;
    # after it, always the new one.
    assert any(took) and not all(took)
    assert took == sorted(took)


_CRASHED_WRITER = r"""
import os, signal, sys
from app.model import Case, Name
from app.store import Store
from app.vault import KdfParams, Vault
vault = Vault.open(sys.argv[1], sys.argv[2], params=KdfParams(8192, 1, 1))
for i in range(int(sys.argv[3])):
    case = Case(case_number=f"WAL-{i}")
    case.person.names = [Name("Тестов Сынақ", "kk-Cyrl")]
    Store(vault).save(case)
os.kill(os.getpid(), signal.SIGKILL)  # committed, in the WAL, never checkpointed
"""


def _leave_a_wal(path: Path, cases: int) -> None:
    import subprocess

    result = subprocess.run(
        [sys.executable, "-c", _CRASHED_WRITER, str(path), OLD, str(cases)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == -signal.SIGKILL, result.stderr[-500:]
    assert Path(f"{path}-wal").stat().st_size > 0


@pytest.mark.parametrize("shm", ["with -shm", "WAL without its -shm"])
def test_failed_open_leaves_vault_wal_and_shm_byte_for_byte(tmp_path: Path, shm: str) -> None:
    from app.errors import WrongPassphraseError
    from app.store import Store
    from tests.core.passwd_checks import hashes

    path = tmp_path / "vault" / "wal.izdeu"
    Vault.create(path, OLD, params=FAST_KDF).close()
    _leave_a_wal(path, 7)
    if shm != "with -shm":
        os.unlink(f"{path}-shm")
    before = hashes(path.parent)
    assert {f"{path.name}-wal"} <= set(before)
    for wrong in ("not the passphrase", NEW, OLD.upper(), ""):
        with pytest.raises(WrongPassphraseError):
            Vault.open(path, wrong, params=FAST_KDF)
        assert hashes(path.parent) == before
    # Through another name it is the same file: still nothing changes.
    link = tmp_path / "link.izdeu"
    link.symlink_to(path)
    with pytest.raises(WrongPassphraseError):
        Vault.open(link, "not the passphrase", params=FAST_KDF)
    assert hashes(path.parent) == before
    with Vault.open(path, OLD, params=FAST_KDF) as vault:
        assert check_vault(vault).ok
        assert len(Store(vault).list_cases()) == 7


# What Izdeu 0.1.0's `passwd` did (PRAGMA rekey in WAL mode), killed right after the commit.
_OLD_REKEY_KILLED = r"""
import os, secrets, signal, sys
from app.vault import KdfParams, Vault, kdf
params = KdfParams(8192, 1, 1)
vault = Vault.open(sys.argv[1], sys.argv[2], params=params)
salt = secrets.token_bytes(16)
key = kdf.derive_key(kdf.passphrase_bytes(sys.argv[3]), salt, params)
vault.conn.execute(f"PRAGMA rekey = \"x'{key.hex()}{salt.hex()}'\"")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_vault_left_by_the_old_in_place_rekey_opens_with_the_new_passphrase(tmp_path: Path) -> None:
    import subprocess

    from tests.core.passwd_checks import hashes

    path = tmp_path / "vault" / "legacy.izdeu"
    made = make_vault(path, cases=4, attachment_kib=64)
    result = subprocess.run(
        [sys.executable, "-c", _OLD_REKEY_KILLED, str(path), OLD, NEW],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == -signal.SIGKILL, result.stderr[-500:]
    assert Path(f"{path}-wal").stat().st_size > 0
    before = hashes(path.parent)
    # The file's first 16 bytes are still the old salt; the new one is only in the WAL.
    assert assert_exactly_one_opens(path, made, OLD, NEW) == NEW
    assert before != hashes(path.parent)  # the successful open folded the WAL in
    assert assert_exactly_one_opens(path, made, OLD, NEW) == NEW


@pytest.mark.parametrize("failing", ["check of the copy", "rename"])
def test_a_failed_passwd_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    from app.errors import IntegrityError, IzdeuError, StorageError
    from app.vault import rekey

    path = tmp_path / "vault" / "fail.izdeu"
    made = make_vault(path, cases=3, attachment_kib=64)
    vault = Vault.open(path, OLD, params=FAST_KDF)
    salt = path.read_bytes()[:16]
    if failing == "rename":

        def no_rename(src: object, dst: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(rekey.os, "replace", no_rename)
        expected: type[IzdeuError] = StorageError
    else:

        def bad_copy(conn: object) -> None:
            raise IntegrityError("vault.rekey.copy_incomplete")

        monkeypatch.setattr(rekey, "_check_copy", bad_copy)
        expected = IntegrityError
    with pytest.raises(expected, match="nothing changed"):
        vault.change_passphrase(NEW, params=FAST_KDF)
    monkeypatch.undo()
    if failing == "rename":  # closed for the swap, the vault stays locked (and unchanged)
        with pytest.raises(VaultLockedError):
            vault.conn  # noqa: B018
    else:  # the copy failed its check: the vault stays open and usable
        assert check_vault(vault).ok
    vault.close()
    assert sorted(os.listdir(path.parent)) == [path.name]
    assert path.read_bytes()[:16] == salt  # the same file, under the old key
    assert assert_exactly_one_opens(path, made, NEW, OLD) == OLD


_NEWER_KILLED = r"""
import os, signal, sys
from app.vault import KdfParams, Vault
vault = Vault.open(sys.argv[1], sys.argv[2], params=KdfParams(8192, 1, 1))
vault.conn.execute("PRAGMA user_version = 999")  # as a newer Izdeu would leave it
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_newer_vault_with_a_wal_is_refused_without_a_change(tmp_path: Path) -> None:
    import subprocess

    from app.errors import NewerVersionError
    from tests.core.passwd_checks import hashes

    path = tmp_path / "vault" / "newer.izdeu"
    Vault.create(path, OLD, params=FAST_KDF).close()
    result = subprocess.run(
        [sys.executable, "-c", _NEWER_KILLED, str(path), OLD],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == -signal.SIGKILL, result.stderr[-500:]
    before = hashes(path.parent)
    assert f"{path.name}-wal" in before
    with pytest.raises(NewerVersionError):
        Vault.open(path, OLD, params=FAST_KDF)
    assert hashes(path.parent) == before
