"""Erasing a vault: crypto-erase first, then every file of it overwritten and removed.

Stage one overwrites, with random bytes, the first megabyte of the vault file (its salt, page 1
and the pages after it) and the same of every copy that shares its key (the migration copies
``NAME.before-vN`` and a killed ``passwd``'s ``NAME.passwd-new``), and the whole WAL (whose
copies of page 1 carry the salt too), then fsyncs them. From then on the key cannot be derived
from the passphrase, even from a copy of the rest of the file: the Argon2id input is gone. It
costs the same for a 2 GB vault as for a small one (bench/erase_bench.py).

Stage two overwrites every byte of each of those files with zeros, fsyncs and removes them, with
the ``-shm``, the rollback journal, the old ``-lock`` file, the headquarters recovery file and the
vault's guard (app/vault/guard.py). What it cannot reach is written in docs/security.md, "Erasing
a vault": blocks an SSD or a copy-on-write file system kept elsewhere, and any copy taken before.

Whether erasing may lose data is decided before (:func:`covered_by_backup`): only when the last
backup to the organisation's keys, verified when written, was made after the last change.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.fsutil import fsync_dir
from app.vault import guard, metakeys
from app.vault.lockfile import lock_path

__all__ = [
    "EraseTimes",
    "audit_seq",
    "covered_by_backup",
    "erase_files",
    "key_sharing_files",
    "mark_backed_up",
    "vault_files",
]

_HEAD = 1 << 20  # stage one: the salt, page 1 and the first pages after it
_CHUNK = 1 << 20


class _MetaReader(Protocol):
    def meta(self, key: str, default: str = "") -> str: ...


class _MetaWriter(_MetaReader, Protocol):
    def set_meta(self, key: str, value: str) -> None: ...


@dataclass(frozen=True)
class EraseTimes:
    crypto_seconds: float  # stage one: the key can no longer be derived
    total_seconds: float
    files: int  # how many files were overwritten and removed


def recovery_path(vault: Path) -> Path:
    return vault.with_name(vault.name + ".recovery")


def key_sharing_files(vault: Path) -> list[Path]:
    """The vault and the files encrypted with its key (or the key of a pending passphrase)."""
    folder = vault.parent
    names = [vault, Path(f"{vault}-wal")]
    with contextlib.suppress(OSError):
        names += sorted(p for p in folder.iterdir() if p.name.startswith(f"{vault.name}.before-v"))
    copy = vault.with_name(vault.name + ".passwd-new")
    names += [copy, Path(f"{copy}-wal"), Path(f"{copy}-journal")]
    return [p for p in names if os.path.lexists(p)]


def vault_files(vault: Path) -> list[Path]:
    """Every file that belongs to the vault at ``vault`` (resolved path): what erase removes."""
    extra = [
        Path(f"{vault}-shm"),
        Path(f"{vault}-journal"),
        lock_path(vault),
        recovery_path(vault),
        guard.guard_path(vault),
    ]
    return key_sharing_files(vault) + [p for p in extra if os.path.lexists(p)]


def _overwrite(path: Path, *, limit: int | None, random: bool) -> None:
    """Overwrite the first ``limit`` bytes (all when None) in place, then fsync."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return  # a symlink or a file that went meanwhile: removed below all the same
    try:
        size = os.fstat(fd).st_size
        end = size if limit is None else min(size, limit)
        zeros = bytes(_CHUNK)
        for offset in range(0, end, _CHUNK):
            n = min(_CHUNK, end - offset)
            os.pwrite(fd, os.urandom(n) if random else zeros[:n], offset)
        os.fsync(fd)
    finally:
        os.close(fd)


def crypto_erase(vault: Path) -> None:
    """Stage one only: after it, no passphrase opens the vault or any copy sharing its key."""
    for path in key_sharing_files(vault):
        whole = path.name.endswith("-wal")
        _overwrite(path, limit=None if whole else _HEAD, random=True)
    fsync_dir(vault.parent)


def erase_files(vault: Path, *, keep_vault_file: bool = False) -> EraseTimes:
    """Erase the vault at ``vault`` (a resolved path, its lock held by the caller).

    ``keep_vault_file`` (the duress passphrase's "wrong passphrase" mode) stops after stage one
    for the vault file itself: it stays, the same size, and no passphrase opens it any more.
    """
    start = time.perf_counter()
    crypto_erase(vault)
    crypto = time.perf_counter() - start
    removed = 0
    for path in vault_files(vault):
        if keep_vault_file and path == vault:
            continue
        if path != guard.guard_path(vault):
            _overwrite(path, limit=None, random=False)
        with contextlib.suppress(OSError):
            os.unlink(path)
            removed += 1
    with contextlib.suppress(OSError):
        fsync_dir(vault.parent)
    return EraseTimes(crypto, time.perf_counter() - start, removed)


# --- whether erasing can lose data -----------------------------------------------------------


def audit_seq(vault: _MetaReader) -> int:
    """The number of the newest audit entry: every change to the vault writes one."""
    head = vault.meta(metakeys.AUDIT_HEAD)
    try:
        return int(head.split(":", 1)[0]) if head else 0
    except ValueError:
        return 0


def mark_backed_up(vault: _MetaWriter) -> None:
    """Record that a backup to the organisation's keys, verified when written, holds
    everything up to the newest audit entry."""
    vault.set_meta(metakeys.BACKUP_VERIFIED_SEQ, str(audit_seq(vault)))


def covered_by_backup(vault: _MetaReader) -> bool:
    """True when nothing changed since the last verified backup to the organisation's keys."""
    raw = vault.meta(metakeys.BACKUP_VERIFIED_SEQ)
    try:
        verified = int(raw)
    except ValueError:
        return False
    return verified >= audit_seq(vault)
