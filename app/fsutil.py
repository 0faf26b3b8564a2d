"""Atomic, owner-only file writing (temp file in the same folder, fsync, rename, fsync folder).

Also the one way Izdeu creates folders: :func:`make_private_dir` (0700 whatever the umask).
The temporaries' names and locks are :mod:`app.tempfiles`'s, so a crash leaves nothing that the
next start does not find and remove.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.errors import StorageError
from app.tempfiles import Temporary, sweep

__all__ = ["atomic_writer", "atomic_write_bytes", "atomic_write_chunks", "fsync_dir", "make_private_dir"]

_SUFFIX = re.compile(r"\.[a-z0-9]{1,10}")


def make_private_dir(folder: Path | str) -> Path:
    """Create ``folder`` (and missing parents) owner-only, 0700 whatever the umask.

    Only folders made here are chmodded: an existing folder (the user's Desktop, a shared
    stick) keeps the mode its owner gave it.
    """
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=0o700)
        except FileExistsError:
            if not new.is_dir():
                raise
            continue  # made by someone else in the meantime: not ours to chmod
        os.chmod(new, 0o700)  # mkdir's mode is masked by the umask
    if not folder.is_dir():
        raise NotADirectoryError(str(folder))
    return folder


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
    suffix = target.suffix.lower()
    kind = "file" + (suffix if _SUFFIX.fullmatch(suffix) else "")
    sweep(folder)  # what a killed earlier write left here goes before anything new is written
    try:
        tmp = Temporary.create(folder, kind)
    except OSError as exc:
        raise StorageError("fsutil.cannot_write_folder", folder=str(folder)) from exc
    ok = False
    try:
        with os.fdopen(tmp.fd, "wb", closefd=False) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "nt":
            tmp.release()  # Windows cannot rename an open file
        # The lock is held through the rename: a sweep in another process never sees this
        # file unlocked under its temporary name.
        os.replace(tmp.path, target)
        fsync_dir(folder)
        ok = True
    except OSError as exc:
        raise StorageError() from exc
    finally:
        if ok:
            tmp.release()
        else:
            tmp.discard()


def atomic_write_chunks(target: Path | str, chunks: Iterable[bytes]) -> None:
    with atomic_writer(target) as fh:
        for chunk in chunks:
            fh.write(chunk)


def atomic_write_bytes(target: Path | str, data: bytes) -> None:
    atomic_write_chunks(target, [data])
