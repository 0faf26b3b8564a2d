"""One writer per vault: an OS lock on the vault file itself, taken before the key is derived.

The lock belongs to the file (its device and inode), not to the name it was opened by, so a
hard link, a symlink, a relative path, /proc/self/fd/N or a bind mount all meet the same lock.

POSIX: ``flock()``. On Linux and the BSDs it belongs to the open file description, so it does
not interact with SQLite's own ``fcntl()`` locks on the same file, and SQLite closing its file
descriptors does not drop it. The reverse is not true: closing *any* descriptor of the file
drops every ``fcntl()`` lock this process holds on it, SQLite's included. So a second opener in
this process is refused from a table of held (device, inode) pairs before it opens anything,
and the lock's own descriptor is closed only after the vault's connection is closed.

Windows: ``msvcrt.locking`` on one byte of the page SQLite never reads or writes (the "pending
byte" page at 1 GiB, see SQLite's os.h), so the mandatory lock cannot block SQLite's I/O.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import threading
from pathlib import Path

from app.errors import NotAVaultError, NotFoundError, StorageError, VaultInUseError

__all__ = ["VaultLock", "lock_path"]

# The last byte of the 4096-byte page that starts at SQLite's PENDING_BYTE (0x40000000).
_WINDOWS_LOCK_OFFSET = 0x40000000 + 4096 - 1

_held: set[tuple[int, int]] = set()
_held_guard = threading.Lock()


def lock_path(vault: Path) -> Path:
    """The ``NAME-lock`` sidecar older versions used; kept only so it can be cleaned up."""
    return vault.with_name(vault.name + "-lock")


def _os_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        raise StorageError("vault.lockfile.cannot_lock") from exc
    return True


def _identity(st: os.stat_result) -> tuple[int, int]:
    return (st.st_dev, st.st_ino)


class VaultLock:
    """An exclusive lock on one vault file; it dies with the process (nothing stale after kill -9).

    Also holds the file open, so the salt is read through it (:meth:`read_head`) without an
    extra open and close of the file.
    """

    def __init__(self, fd: int, identity: tuple[int, int]) -> None:
        self._fd: int | None = fd
        self.identity = identity

    @classmethod
    def acquire(cls, path: Path) -> VaultLock:
        """Lock the file at ``path`` (already resolved); VaultInUseError if anyone holds it."""
        for _ in range(3):
            try:
                st = os.stat(path)
            except FileNotFoundError:
                raise NotFoundError("vault.lockfile.vault_file_path") from None
            except OSError:
                raise StorageError("vault.connect.cannot_read_vault_file") from None
            if stat.S_ISDIR(st.st_mode):
                raise NotAVaultError("vault.lockfile.path_folder_vault_file")
            if not stat.S_ISREG(st.st_mode):
                # A FIFO would block the open (holding nothing, but hanging the command) and
                # /dev/zero would be read as a salt: only a regular file can be a vault.
                raise NotAVaultError()
            before = _identity(st)
            with _held_guard:
                if before in _held:
                    raise VaultInUseError()
                fd = cls._open(path)
                lock = cls._lock_fd(fd, path)
                if lock is not None:
                    _held.add(lock.identity)
                    return lock
            # The name was moved to another file (a passphrase change finished) between the
            # stat and the lock: look again.
        raise VaultInUseError()

    @classmethod
    def adopt(cls, fd: int) -> VaultLock:
        """Lock a file this process has just created and holds open (new vault, re-keyed copy)."""
        with _held_guard:
            identity = _identity(os.fstat(fd))
            if identity in _held or not _os_lock(fd):
                raise VaultInUseError()
            _held.add(identity)
            return cls(fd, identity)

    @staticmethod
    def _open(path: Path) -> int:
        try:
            # O_NONBLOCK: if the name became a FIFO after the stat, open must not wait for a
            # writer; _lock_fd's fstat then sees it is not the file that was checked.
            return os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError:
            raise NotFoundError("vault.lockfile.vault_file_path") from None
        except IsADirectoryError:
            raise NotAVaultError("vault.lockfile.path_folder_vault_file") from None
        except OSError:
            raise StorageError("vault.connect.cannot_read_vault_file") from None

    @classmethod
    def _lock_fd(cls, fd: int, path: Path) -> VaultLock | None:
        try:
            identity = _identity(os.fstat(fd))
            if identity in _held or not _os_lock(fd):
                raise VaultInUseError()
            try:
                still = _identity(os.stat(path))
            except OSError:
                still = None
            if still != identity:
                # Locked a file that no longer has this name (it was replaced while we waited):
                # that lock guards nothing.
                os.close(fd)
                return None
            return cls(fd, identity)
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(fd)
            raise

    @property
    def held(self) -> bool:
        return self._fd is not None

    def read_head(self, size: int) -> bytes:
        """The first ``size`` bytes of the locked file."""
        if self._fd is None:
            raise VaultInUseError()
        try:
            return os.pread(self._fd, size, 0) if hasattr(os, "pread") else self._read_seek(size)
        except OSError:
            raise StorageError("vault.connect.cannot_read_vault_file") from None

    def _read_seek(self, size: int) -> bytes:
        assert self._fd is not None
        os.lseek(self._fd, 0, os.SEEK_SET)
        return os.read(self._fd, size)

    def size(self) -> int:
        if self._fd is None:
            raise VaultInUseError()
        return os.fstat(self._fd).st_size

    def fsync(self) -> None:
        if self._fd is not None and os.name == "posix":
            os.fsync(self._fd)

    def release(self) -> None:
        """Drop the lock. Call it only after this process's SQLite connection to the file is
        closed: closing the descriptor drops the process's fcntl() locks on the file."""
        with _held_guard:
            if self._fd is None:
                return
            fd, self._fd = self._fd, None
            _held.discard(self.identity)
            if sys.platform == "win32":
                import msvcrt

                # Windows frees a lock at close only "eventually"; a quick re-open must not
                # meet it.
                with contextlib.suppress(OSError):
                    os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            with contextlib.suppress(OSError):
                os.close(fd)
