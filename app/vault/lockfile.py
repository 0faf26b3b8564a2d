"""One writer per vault: an OS file lock on a sidecar file, taken before the key is derived."""

from __future__ import annotations

from pathlib import Path

import filelock

from app.errors import VaultInUseError

__all__ = ["VaultLock", "lock_path"]


def lock_path(vault: Path) -> Path:
    return vault.with_name(vault.name + "-lock")


class VaultLock:
    def __init__(self, vault: Path) -> None:
        self._lock = filelock.FileLock(
            str(lock_path(vault)), timeout=0, mode=0o600, thread_local=False
        )

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise VaultInUseError() from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
