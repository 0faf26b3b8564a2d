"""Opening files a user (or a stranger) hands to Izdeu: regular files only, bounded in size.

``/dev/zero`` would be read until memory runs out, a FIFO would block ``open()`` forever (while
the vault lock is held), a directory or a terminal device is no input at all. Every
user-supplied path that Izdeu reads goes through :func:`open_regular`: it opens without
blocking, checks with ``fstat`` on the opened descriptor (so a swapped symlink cannot slip in
between a check and the open) that it is a regular file, and checks the size before anything is
read.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from app.error_catalogue import INPUT_KINDS
from app.errors import InvalidInputError, IzdeuError, NotFoundError

__all__ = ["open_regular", "read_regular", "MAX_CASE_FILE", "MAX_KEY_FILE"]

# The importer holds a case file in memory several times over (bytes, text, parsed objects):
# 1 GiB of JSON already needs several GiB of memory. docs/case-format.md says the same.
MAX_CASE_FILE = 1024**3
MAX_KEY_FILE = 64 * 1024

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def _key(what: str, name: str) -> str:
    """The message key for one kind of file (app/error_catalogue.py declares each one)."""
    return f"inputs.{INPUT_KINDS[what]}.{name}"


def _limit_text(max_bytes: int) -> str:
    for unit, size in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if max_bytes >= size and max_bytes % size == 0:
            return f"{max_bytes // size} {unit}"
    return f"{max_bytes:,} bytes"


def open_regular(path: Path | str, max_bytes: int | None, what: str = "file") -> BinaryIO:
    """Open ``path`` for reading if it is a regular file of at most ``max_bytes`` bytes.

    ``what`` names the file in messages ("case file", "key file"); the path is never quoted.
    Raises NotFoundError (missing), InvalidInputError (folder, device, FIFO, socket, too large)
    or IzdeuError (no permission, I/O error). Never blocks on a FIFO or a device.
    """
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise NotFoundError(_key(what, "missing")) from None
    except IsADirectoryError:
        raise InvalidInputError(_key(what, "folder")) from None
    except OSError:
        raise IzdeuError(_key(what, "unreadable")) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InvalidInputError(_key(what, "folder"))
        if not stat.S_ISREG(st.st_mode):
            raise InvalidInputError(_key(what, "not_regular"))
        if max_bytes is not None and st.st_size > max_bytes:
            raise InvalidInputError(_key(what, "too_large"), limit=_limit_text(max_bytes))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise


def read_regular(path: Path | str, max_bytes: int, what: str = "file") -> bytes:
    """The whole content of a regular file of at most ``max_bytes`` bytes.

    Reads at most one byte more than the limit, so a file that grows after the size check
    cannot make it read more.
    """
    with open_regular(path, max_bytes, what) as fh:
        try:
            data = fh.read(max_bytes + 1)
        except OSError:
            raise IzdeuError(_key(what, "unreadable")) from None
    if len(data) > max_bytes:
        raise InvalidInputError(_key(what, "too_large"), limit=_limit_text(max_bytes))
    return data
