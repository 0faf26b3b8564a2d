"""The small, strict subset of tar that backups use, written and read as streams.

Writing: every member gets one canonical 512-byte GNU header (mode 0600, owner 0, no names,
one fixed mtime), its data, zero padding; the archive ends with two zero blocks. GNU format so
a member above 8 GiB still fits the one header (base-256 size), which keeps headers fixed-size.

Reading: every header must be byte-for-byte the canonical header for its name and size, padding
and end blocks must be zeros, and nothing may follow. So any changed byte of the container is
rejected, even in fields no reader would otherwise look at.
"""

from __future__ import annotations

import collections
import hashlib
import tarfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "BLOCK",
    "END_OF_ARCHIVE",
    "TarFormatError",
    "ExactReader",
    "member_header",
    "padding",
    "padded_size",
    "TarMember",
    "iter_members",
]

BLOCK = 512
END_OF_ARCHIVE = b"\0" * (2 * BLOCK)
_READ = 64 * 1024


class TarFormatError(Exception):
    """Internal: the stream is not a canonical archive. Callers map it to a user error."""


class ExactReader(Protocol):
    def read(self, n: int) -> bytes:
        """Return exactly ``n`` bytes, fewer only at end of stream."""
        ...


def member_header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o600
    info.type = tarfile.REGTYPE
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    header = info.tobuf(format=tarfile.GNU_FORMAT, encoding="ascii", errors="strict")
    if len(header) != BLOCK:
        # Long names would add extra header blocks; all our names are short by construction.
        raise ValueError("member name too long")
    return header


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


def padded_size(size: int) -> int:
    return size + (-size % BLOCK)


def parse_header(block: bytes) -> tuple[str, int, int]:
    """Return ``(name, size, mtime)`` of a header block, or raise :class:`TarFormatError`."""
    try:
        info = tarfile.TarInfo.frombuf(block, "ascii", "strict")
    except (tarfile.HeaderError, UnicodeDecodeError, ValueError):
        raise TarFormatError("bad header") from None
    try:
        canonical = member_header(info.name, info.size, int(info.mtime))
    except (ValueError, UnicodeEncodeError):
        raise TarFormatError("bad header") from None
    if canonical != block or info.size < 0:
        raise TarFormatError("non-canonical header")
    return info.name, info.size, int(info.mtime)


@dataclass
class TarMember:
    """One member being read. Its data must be consumed (or skipped) before the next."""

    name: str
    size: int
    mtime: int
    _reader: ExactReader
    _remaining: int
    _hash: hashlib._Hash
    _on_data: Callable[[int], None] | None = None

    def read(self, n: int = -1) -> bytes:
        if n < 0 or n > self._remaining:
            n = self._remaining
        if n == 0:
            return b""
        data = self._reader.read(n)
        if len(data) != n:
            raise TarFormatError("truncated member")
        self._remaining -= n
        self._hash.update(data)
        if self._on_data is not None:
            self._on_data(n)
        return data

    def chunks(self, size: int = _READ) -> Iterator[bytes]:
        while self._remaining:
            yield self.read(size)

    def read_all(self) -> bytes:
        return b"".join(self.chunks())

    def sha256_hex(self) -> str:
        if self._remaining:
            raise RuntimeError("member not fully read")
        return self._hash.hexdigest()

    def _finish(self) -> None:
        collections.deque(self.chunks(), maxlen=0)  # read (and hash) whatever is left
        pad = -self.size % BLOCK
        if pad and self._reader.read(pad) != b"\0" * pad:
            raise TarFormatError("bad padding")


def iter_members(reader: ExactReader, on_data: Callable[[int], None] | None = None) -> Iterator[TarMember]:
    """Yield the members of a canonical archive, then check its end and that nothing follows.

    All members share the mtime of the first one. Unread member data is skipped (and hashed)
    when the caller asks for the next member.
    """
    mtime: int | None = None
    while True:
        block = reader.read(BLOCK)
        if len(block) != BLOCK:
            raise TarFormatError("truncated header")
        if block == b"\0" * BLOCK:
            if reader.read(BLOCK) != b"\0" * BLOCK or reader.read(1) != b"":
                raise TarFormatError("bad end of archive")
            return
        name, size, member_mtime = parse_header(block)
        if mtime is None:
            mtime = member_mtime
        elif member_mtime != mtime:
            raise TarFormatError("inconsistent mtime")
        member = TarMember(name, size, member_mtime, reader, size, hashlib.sha256(), on_data)
        yield member
        member._finish()
