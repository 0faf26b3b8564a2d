"""Changing the passphrase atomically: a re-keyed copy beside the vault, renamed over it.

Not ``PRAGMA rekey``: in WAL mode SQLCipher writes the re-encrypted pages (page 1 with the new
salt among them) to the WAL, while the file's first 16 bytes, where the salt is read from,
stay old until a checkpoint. Killed in between, the new passphrase was derived with the old
salt and the old key met pages encrypted with the new one: neither opened the vault. A copy
that is complete, checked and on disk before one ``rename`` puts it in place is either the
whole old vault or the whole new one, whenever the process dies.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import IntegrityError, StorageError, VaultInUseError
from app.fsutil import fsync_dir
from app.vault.connect import key_literal
from app.vault.lockfile import VaultLock

__all__ = [
    "new_copy_path",
    "put_in_place",
    "remove_leftovers",
    "scrub_replaced",
    "swap_in",
    "write_rekeyed_copy",
]

_NEW_SUFFIX = ".passwd-new"
_SIDE_FILES = ("", "-journal", "-wal", "-shm")
_CHUNK = 1 << 20


def new_copy_path(vault: Path) -> Path:
    return vault.with_name(vault.name + _NEW_SUFFIX)


def remove_leftovers(vault: Path) -> None:
    """Remove a re-keyed copy a killed ``passwd`` left; only while holding the vault's lock
    (which a running ``passwd`` holds, so it is never one still being written)."""
    copy = new_copy_path(vault)
    for suffix in _SIDE_FILES:
        with contextlib.suppress(OSError):
            os.unlink(f"{copy}{suffix}")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _check_copy(conn: Any) -> None:
    """Every table has as many rows in the copy, and its structure is sound."""
    if conn.execute("PRAGMA rekeyed.quick_check").fetchall() != [("ok",)]:
        raise IntegrityError("vault.rekey.copy_failed_check")
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND rootpage > 0 "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for name in tables:
        table = _quoted(name)
        old, new = conn.execute(
            f"SELECT (SELECT count(*) FROM main.{table}), (SELECT count(*) FROM rekeyed.{table})"
        ).fetchone()
        if old != new:
            raise IntegrityError("vault.rekey.copy_incomplete")


def write_rekeyed_copy(conn: Any, vault: Path, key: bytearray, salt: bytes) -> VaultLock:
    """Export the whole vault into ``NAME.passwd-new`` under the new key, check it, fsync it.

    Returns the lock held on the copy: once renamed, it is the vault's lock, so no other
    process can slip in between the rename and our re-opening.
    """
    copy = new_copy_path(vault)
    remove_leftovers(vault)
    try:
        fd = os.open(copy, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        raise StorageError("vault.rekey.cannot_write_beside_vault") from exc
    try:
        lock = VaultLock.adopt(fd)
    except BaseException:
        os.close(fd)
        remove_leftovers(vault)
        raise
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(copy), key_literal(key, salt)))
        try:
            conn.execute("PRAGMA rekeyed.synchronous = FULL")
            conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
            # sqlcipher_export copies schema and rows, not the header's schema version.
            conn.execute(f"PRAGMA rekeyed.user_version = {version:d}")
            # In WAL mode already: switching after the rename would write through a rollback
            # journal beside the vault, which a kill could leave behind.
            mode = conn.execute("PRAGMA rekeyed.journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError("vault.connect.vault_storage_cannot_written")
            _check_copy(conn)
        finally:
            conn.execute("DETACH DATABASE rekeyed")
        # Detached, its WAL was folded in and deleted; a WAL would not follow the rename.
        if any(Path(f"{copy}{side}").exists() for side in ("-wal", "-journal")):
            raise StorageError("vault.rekey.copy_not_written")
        lock.fsync()
        return lock
    except BaseException:
        lock.release()
        remove_leftovers(vault)
        raise


def swap_in(vault: Path) -> int | None:
    """Rename the checked copy over the vault; the one step after which the new key counts.

    Call it with the old connection closed: its last checkpoint folded the WAL into the old
    file and SQLite deleted the WAL and -shm. Any left beside the vault would be replayed onto
    the new file; an empty WAL or a -shm carries nothing and goes.

    Returns a writable descriptor of the replaced file (for :func:`scrub_replaced`), or None.
    """
    wal, shm = Path(f"{vault}-wal"), Path(f"{vault}-shm")
    if wal.exists() and wal.stat().st_size > 0:
        raise IntegrityError("vault.rekey.journal_not_folded")
    for side in (wal, shm):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(side)
    old: int | None = None
    if os.name == "posix":  # Windows cannot rename over a file that is held open
        with contextlib.suppress(OSError):
            old = os.open(vault, os.O_RDWR)
    try:
        os.replace(new_copy_path(vault), vault)
        fsync_dir(vault.parent)
    except OSError as exc:
        if old is not None:
            os.close(old)
        raise StorageError("vault.rekey.could_put_re_keyed") from exc
    return old


def scrub_replaced(fd: int | None) -> None:
    """Overwrite the replaced file (encrypted with the old passphrase) before it is freed.

    Skipped when the file has another name left (a hard link): that name still reads it.
    Best effort: SSD wear levelling or a copy-on-write file system may keep old blocks.
    """
    if fd is None:
        return
    try:
        # An error here costs only the overwrite: the new vault is in place already.
        with contextlib.suppress(OSError):
            st = os.fstat(fd)
            if st.st_nlink == 0:
                zeros = bytes(_CHUNK)
                for offset in range(0, st.st_size, _CHUNK):
                    os.pwrite(fd, zeros[: st.st_size - offset], offset)
                os.fsync(fd)
    finally:
        os.close(fd)


def put_in_place(
    conn: Any, vault: Path, old_lock: VaultLock, new_lock: VaultLock, detach: Callable[[], None]
) -> VaultLock:
    """Close the old connection, rename the copy over the vault, scrub the old file.

    ``detach`` is called just before ``conn`` is closed (the vault drops its connection).
    Returns the lock to hold on the vault from now on. A vault still read by another
    connection is refused before anything changed (VaultInUseError), ``conn`` left open.
    """
    try:
        # Fold the WAL into the old file; closing the last connection deletes the WAL and the
        # -shm, which must not be left beside the new file.
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise VaultInUseError()
    except BaseException:
        new_lock.release()
        remove_leftovers(vault)
        raise
    detach()
    conn.close()
    if os.name != "posix":
        # Windows renames only files nobody holds open: let go of both for the rename.
        old_lock.release()
        new_lock.release()
    try:
        replaced = swap_in(vault)
    except BaseException:
        new_lock.release()
        old_lock.release()
        remove_leftovers(vault)
        raise
    scrub_replaced(replaced)
    old_lock.release()
    return new_lock if new_lock.held else VaultLock.acquire(vault)
