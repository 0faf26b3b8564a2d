"""Izdeu's temporary files: one naming scheme, an OS lock while written, a sweep at start.

Every temporary Izdeu writes beside its final file is named ``.izdeu-tmp-<16 hex>-<kind>``:
the kind says what it is (``file.json``, ``backup``, ``restore.vault-wal``…) and never holds
case data or a user's file name. A writer creates it with ``O_EXCL`` and holds an exclusive
``flock`` on it until the file has its final name or is deleted. A crash (kill -9, power cut)
drops the lock with the process, so :func:`sweep` — run by every command and window before it
touches a folder — can tell a leftover from a file another Izdeu process is writing right now:
it removes only temporaries whose lock it can take.

Several files can share one random token (a restored vault and its SQLite side files); the
first one created, the *guard*, is held for the whole operation and removed last, so while it
is held no member of its group is touched.

Plaintext leftovers (exports, dossiers) are overwritten with zeros and fsynced before they are
unlinked. On SSDs and copy-on-write file systems (btrfs, APFS, ZFS) the old blocks may survive
that overwrite: it is best effort there, and full-disk encryption is what really protects them.
Encrypted leftovers (backups, restored or copied vaults) are only unlinked; they can be huge.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from pathlib import Path

__all__ = ["PREFIX", "Temporary", "is_temporary_name", "sweep", "temporary_name"]

PREFIX = ".izdeu-tmp-"
_KIND = re.compile(r"[a-z0-9][a-z0-9._-]{0,39}")
_CURRENT = re.compile(r"\.izdeu-tmp-([0-9a-f]{16})-([a-z0-9][a-z0-9._-]{0,39})")
# Names written by earlier versions, before they were locked: still removed at start.
_LEGACY_PLAIN = re.compile(r"\.[0-9a-f]{16}\.izdeu-tmp")
_LEGACY_ENCRYPTED = (
    re.compile(r"\.izdeu-backup-[0-9a-f]{16}\.tmp"),
    re.compile(r"\..+\.restoring-[0-9a-f]{12}(-wal|-shm|-journal|-lock)?"),
)
# Kinds whose bytes are ciphertext from the first byte (age, SQLCipher): no overwrite needed.
_ENCRYPTED_KINDS = ("backup", "restore", "copy")
_WIPE_CHUNK = 1024 * 1024
# Tokens of this process's own live temporaries. flock already keeps a sweep off them, but on
# NFS flock is emulated with per-process POSIX locks (and Windows has no flock): this set keeps
# a sweep in the same process from taking its own writer's file for a leftover there.
_LIVE: set[str] = set()

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be renamed there, which is the lock
    fcntl = None  # type: ignore[assignment]


def temporary_name(kind: str, token: str | None = None) -> str:
    if not _KIND.fullmatch(kind):
        raise ValueError("a temporary's kind is a short lower-case ASCII word")
    return f"{PREFIX}{token or secrets.token_hex(8)}-{kind}"


def is_temporary_name(name: str) -> bool:
    return _classify(name) is not None


def _classify(name: str) -> tuple[str, bool] | None:
    """``(group token, holds plaintext)`` for a name Izdeu gives temporaries, else ``None``."""
    match = _CURRENT.fullmatch(name)
    if match:
        return match.group(1), not match.group(2).startswith(_ENCRYPTED_KINDS)
    if _LEGACY_PLAIN.fullmatch(name):
        return name, True
    if any(p.fullmatch(name) for p in _LEGACY_ENCRYPTED):
        return name, False
    return None


def _lock(fd: int, *, wait: bool) -> bool:
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            return False
        raise
    return True


def _same_file(path: Path, fd: int) -> bool:
    try:
        here, held = os.lstat(path), os.fstat(fd)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (held.st_dev, held.st_ino)


class Temporary:
    """A new temporary file, created owner-only and locked until :meth:`release`."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd

    def member(self, kind: str) -> Path:
        """The name of another file of this group (removed with it by a sweep, never before)."""
        return self.path.with_name(temporary_name(kind, self.path.name[len(PREFIX) :][:16]))

    @classmethod
    def create(cls, folder: Path, kind: str, token: str | None = None) -> Temporary:
        """Create ``folder/.izdeu-tmp-<token>-<kind>`` (``OSError`` when the folder refuses)."""
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        flags |= getattr(os, "O_NOFOLLOW", 0)
        for _ in range(20):
            path = folder / temporary_name(kind, token)
            fd = os.open(path, flags, 0o600)
            _lock(fd, wait=True)
            # A sweep may have taken the lock in the instant between open and lock, and
            # removed the (empty) file: then the name is gone and a fresh one is made.
            if os.fstat(fd).st_nlink > 0 and _same_file(path, fd):
                _LIVE.add(path.name[len(PREFIX) :][:16])
                return cls(path, fd)
            os.close(fd)
            if token is not None:
                raise FileExistsError(errno.EEXIST, "the temporary was removed")
        raise FileExistsError(errno.EEXIST, "no temporary file could be made")

    def release(self) -> None:
        """Drop the lock (after the file got its final name or was deleted)."""
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1
        _LIVE.discard(self.path.name[len(PREFIX) :][:16])

    def discard(self) -> None:
        """Delete the temporary (if it still has its name) and drop the lock."""
        if self.fd < 0 or _same_file(self.path, self.fd):
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        self.release()


def _wipe(fd: int, size: int) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    zeros = bytes(_WIPE_CHUNK)
    left = size
    while left > 0:
        left -= os.write(fd, zeros[: min(left, _WIPE_CHUNK)])
    os.fsync(fd)


def _remove(path: Path, plaintext: bool) -> bool:
    """Remove one leftover unless a live writer holds it; ``True`` when it is gone."""
    flags = (os.O_RDWR if plaintext else os.O_RDONLY) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode):
            return False  # a symlink or a device under our name is not ours: never follow it
        if fcntl is None:
            # Windows refuses to rename a file someone has open: a rename proves it is stale.
            claimed = path.with_name(path.name + ".sweep")
            os.rename(path, claimed)
            path = claimed
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        if not _lock(fd, wait=False) or not _same_file(path, fd):
            return False
        held = os.fstat(fd)
        # A second name means the data is also a real file (a backup crashed between linking
        # its final name and unlinking this one): drop the name, never the bytes.
        if plaintext and held.st_nlink == 1:
            # A failed overwrite (I/O error) must not keep the plaintext's name alive too.
            with contextlib.suppress(OSError):
                _wipe(fd, held.st_size)
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def sweep(folder: Path | str) -> int:
    """Remove Izdeu's stale temporaries in ``folder``; return how many went. Never raises."""
    folder = Path(folder)
    try:
        names = [e.name for e in os.scandir(folder)]
    except OSError:
        return 0
    groups: dict[str, list[tuple[str, bool]]] = {}
    for name in names:
        found = _classify(name)
        if found is not None:
            groups.setdefault(found[0], []).append((name, found[1]))
    removed = 0
    for token, members in groups.items():
        if token in _LIVE:
            continue
        # The guard is the shortest name of a group (``…-restore`` before ``…-restore.vault``):
        # it is locked first and removed last, so a held guard protects the whole group.
        members.sort(key=lambda m: (len(m[0]), m[0]))
        guard, rest = members[0], members[1:]
        fd = _hold(folder / guard[0]) if rest else None
        if rest and fd is None:
            continue
        try:
            for name, plaintext in rest:
                removed += _remove(folder / name, plaintext)
        finally:
            if fd is not None:
                os.close(fd)  # a lock of our own would stop the guard's removal below
        removed += _remove(folder / guard[0], guard[1])
    return removed


def _hold(path: Path) -> int | None:
    """Lock a group's guard for the time its members are removed (``None``: it is live)."""
    if fcntl is None:
        return os.open(os.devnull, os.O_RDONLY)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return os.open(os.devnull, os.O_RDONLY)  # members without a guard: an old crash
    except OSError:
        return None
    if _lock(fd, wait=False):
        return fd
    os.close(fd)
    return None
