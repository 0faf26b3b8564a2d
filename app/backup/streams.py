"""Adapters between pyrage's push/pull file objects and our generators and parsers.

pyrage's ``encrypt_io`` *pulls* plaintext with ``read(n)`` and ``decrypt_io`` *pushes*
plaintext with ``write(b)``; it offers no pull-style decryptor. The tar parser wants to pull, so
decryption runs in a worker thread that hands 64 KiB pieces to the caller through a small
bounded queue: memory stays bounded whatever the backup size, and plaintext never touches the
disk.
"""

from __future__ import annotations

import collections
import contextlib
import os
import queue
import threading
from types import TracebackType
from typing import Any

import pyrage

__all__ = [
    "pread",
    "FileWindow",
    "DecryptStream",
    "DecryptFailure",
]

_QUEUE_PIECES = 8  # at most ~2 MiB of plaintext waiting between the threads
# pyrage writes plaintext in 8 KiB pieces; handing each one to the other thread costs more
# than decrypting it (measured: 24k queue hand-offs were ~2.5 s for 200 MB). The worker
# gathers pieces up to this size first.
_PIECE = 256 * 1024
_POLL = 0.1
_BLOCK = 1024 * 1024  # bytes read from the backup file per system call


_SEEK_LOCK = threading.Lock()


def pread(fd: int, n: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, n, offset)
    # Windows has no pread; the lock keeps seek+read together.
    with _SEEK_LOCK:
        os.lseek(fd, offset, os.SEEK_SET)
        return os.read(fd, n)


class FileWindow:
    """Reads a byte range of an open file with ``pread``: no shared file position, so two
    passes over one descriptor cannot interfere, and the file is never reopened by name.

    pyrage asks for 8 KiB at a time; the window reads ``_BLOCK`` bytes per system call and
    hands out slices of them (one system call per 8 KiB cost a fifth of a verification)."""

    def __init__(self, fd: int, start: int, length: int) -> None:
        self._fd = fd
        self._pos = start
        self._end = start + length
        self._buffer = memoryview(b"")
        self.error: OSError | None = None

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if not self._buffer:
            left = self._end - self._pos
            if left <= 0:
                return b""
            try:
                data = pread(self._fd, min(left, _BLOCK), self._pos)
            except OSError as exc:
                self.error = exc
                raise
            self._pos += len(data)
            self._buffer = memoryview(data)
        if n is None or n < 0:
            n = len(self._buffer)
        piece = bytes(self._buffer[:n])
        self._buffer = self._buffer[n:]
        return piece


class DecryptFailure(Exception):
    """Internal: decryption failed. ``kind`` is "keys", "damaged" or "read"."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class _Aborted(Exception):
    """The reader stopped early (an error or cancel); the decrypting thread must stop too."""


_EOF = object()


class DecryptStream:
    """Context manager: a ``read(n)`` stream of the plaintext of an age file.

    ``read`` returns exactly ``n`` bytes, fewer only at the authenticated end of the file; when
    age rejects the file (wrong key, a changed byte, truncation) ``read`` raises
    :class:`DecryptFailure` instead of reporting an end.
    """

    def __init__(self, source: FileWindow, identities: list[Any]) -> None:
        self._source = source
        self._identities = identities
        self._queue: queue.Queue[object] = queue.Queue(maxsize=_QUEUE_PIECES)
        self._abort = threading.Event()
        # Reader side: pieces not yet handed out (the first one partly), ``_have`` bytes in all.
        # A read copies its bytes once (a bytearray buffer copied them three times: append,
        # slice, and moving the rest to the front).
        self._pieces: collections.deque[memoryview] = collections.deque()
        self._have = 0
        self._pending: list[bytes] = []  # worker side: plaintext gathered for the next hand-off
        self._pending_size = 0
        self._done = False
        self._thread = threading.Thread(target=self._run, name="izdeu-backup-decrypt", daemon=True)

    # -- worker side ---------------------------------------------------------------------------
    def write(self, data: bytes) -> int:
        # bytes(): pyrage may reuse the buffer it wrote from; one copy, joined at hand-off.
        self._pending.append(bytes(data))
        self._pending_size += len(data)
        if self._pending_size >= _PIECE:
            self._hand_off()
        return len(data)

    def _hand_off(self) -> None:
        piece = b"".join(self._pending)
        self._pending.clear()
        self._pending_size = 0
        while True:
            if self._abort.is_set():
                raise _Aborted()
            try:
                self._queue.put(piece, timeout=_POLL)
                return
            except queue.Full:
                continue

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        """Nothing is buffered here: each write is handed to the reader at once."""

    def _run(self) -> None:
        outcome: object = _EOF
        try:
            # pyrage-stubs ask for BufferedIOBase; pyrage only calls read()/write() on them.
            pyrage.decrypt_io(self._source, self, self._identities)  # type: ignore[arg-type]
            if self._pending:
                self._hand_off()  # only after age authenticated the end of the file
        except _Aborted:
            return
        except pyrage.DecryptError as exc:
            # pyrage gives no error codes; this text is the one stable signal that no
            # identity matched (a damaged header can also end here: age cannot tell).
            keys = "no matching keys" in str(exc).lower()
            outcome = DecryptFailure("keys" if keys else "damaged")
        except BaseException:
            outcome = DecryptFailure("read" if self._source.error is not None else "damaged")
        while not self._abort.is_set():
            try:
                self._queue.put(outcome, timeout=_POLL)
                return
            except queue.Full:
                continue

    # -- reader side ---------------------------------------------------------------------------
    def __enter__(self) -> DecryptStream:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._abort.set()
        if self._thread.ident is None:
            return
        # Drain so a worker blocked on a full queue sees the abort promptly.
        while self._thread.is_alive():
            # Drain so the decrypting thread, blocked on a full queue, can see it must stop.
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=_POLL)
        self._thread.join()
        self._pieces.clear()
        self._have = 0

    def read(self, n: int) -> bytes:
        while self._have < n and not self._done:
            item = self._queue.get()
            if item is _EOF:
                self._done = True
            elif isinstance(item, DecryptFailure):
                self._done = True
                raise item
            elif isinstance(item, bytes) and item:
                self._pieces.append(memoryview(item))
                self._have += len(item)
        parts: list[memoryview] = []
        need = min(n, self._have)
        self._have -= need
        while need:
            first = self._pieces[0]
            if len(first) <= need:
                parts.append(self._pieces.popleft())
                need -= len(first)
            else:
                parts.append(first[:need])
                self._pieces[0] = first[need:]
                need = 0
        return b"".join(parts)
