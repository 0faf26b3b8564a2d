"""Atomic, owner-only file writing (temp file in the same folder, fsync, rename, fsync folder)."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.errors import StorageError

__all__ = ["atomic_writer", "atomic_write_bytes", "atomic_write_chunks", "fsync_dir"]


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(target: Path | str) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces ``target`` atomically.

    On any error the temporary file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    folder = target.parent
    tmp = folder / f".{secrets.token_hex(8)}.izdeu-tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        raise StorageError(f"cannot write to the folder {folder}") from exc
    ok = False
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(folder)
        ok = True
    except OSError as exc:
        raise StorageError() from exc
    finally:
        if not ok:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def atomic_write_chunks(target: Path | str, chunks: Iterable[bytes]) -> None:
    with atomic_writer(target) as fh:
        for chunk in chunks:
            fh.write(chunk)


def atomic_write_bytes(target: Path | str, data: bytes) -> None:
    atomic_write_chunks(target, [data])
