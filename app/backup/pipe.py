"""Encrypting on a second thread while the caller reads the vault.

A backup reads SQLCipher (C code that lets go of the GIL while it decrypts pages) and hashes
attachments (hashlib lets go too, for large buffers) on the caller's thread, which must be the
thread that owns the vault's connection. pyrage's ``encrypt_io`` keeps the GIL while it
encrypts, so on one thread the three took turns. Here ``encrypt_io`` runs on a worker thread
that pulls the plaintext from a small bounded queue: reading the vault and encrypting and
writing the file overlap on two cores, and memory stays bounded (at most ``_QUEUE_PIECES``
pieces of about 1 MiB wait between the threads).
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Iterable
from typing import Any

import pyrage

__all__ = ["EncryptPipe", "PipeBroken"]

_QUEUE_PIECES = 8
_POLL = 0.1
_EOF = object()


class PipeBroken(Exception):
    """The encrypting thread stopped (its ``error`` says why); the caller stops producing."""


class _Aborted(Exception):
    """The producer gave up (an error or cancel); the encrypting thread must stop too."""


class EncryptPipe:
    """``feed(pieces)`` encrypts ``pieces`` into ``out`` with ``encrypt_io`` on a worker thread.

    Errors raised by the iterator of pieces reach the caller unchanged (the worker is stopped
    first); a failure of the worker (the output refused a write, pyrage failed) is raised as
    :class:`PipeBroken`, its cause in ``self.error``.
    """

    def __init__(self, out: Any, recipients: list[pyrage.x25519.Recipient]) -> None:
        self._out = out
        self._recipients = recipients
        self._queue: queue.Queue[object] = queue.Queue(maxsize=_QUEUE_PIECES)
        self._abort = threading.Event()
        self._current = memoryview(b"")
        self._eof = False
        self.error: BaseException | None = None
        self.fed = 0  # plaintext bytes handed to the encrypting thread
        self._thread = threading.Thread(target=self._run, name="izdeu-backup-encrypt", daemon=True)

    # -- worker side ---------------------------------------------------------------------------
    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        while not self._current:
            if self._eof:
                return b""
            item = self._take()
            if item is _EOF:
                self._eof = True
                return b""
            assert isinstance(item, bytes | bytearray | memoryview)
            self._current = memoryview(item)
        if n is None or n < 0:
            n = len(self._current)
        piece = bytes(self._current[:n])
        self._current = self._current[n:]
        return piece

    def _take(self) -> object:
        while True:
            if self._abort.is_set():
                raise _Aborted()
            try:
                return self._queue.get(timeout=_POLL)
            except queue.Empty:
                continue

    def _run(self) -> None:
        try:
            # pyrage-stubs ask for BufferedIOBase; pyrage only calls read()/write() on them.
            pyrage.encrypt_io(self, self._out, self._recipients)  # type: ignore[arg-type]
        except BaseException as exc:  # noqa: BLE001 - handed to the producer, which raises
            self.error = exc

    # -- producer side -------------------------------------------------------------------------
    def _put(self, item: object) -> None:
        while True:
            if not self._thread.is_alive():
                raise PipeBroken()
            try:
                self._queue.put(item, timeout=_POLL)
                return
            except queue.Full:
                continue

    def feed(self, pieces: Iterable[bytes]) -> None:
        """Encrypt every piece, then the end of the file; return once all is written."""
        self._thread.start()
        try:
            for piece in pieces:
                if piece:
                    self._put(piece)
                    self.fed += len(piece)
            self._put(_EOF)
        except BaseException:
            self._stop()
            raise
        self._thread.join()
        if self.error is not None:
            raise PipeBroken()

    def _stop(self) -> None:
        self._abort.set()
        # Drain so a worker blocked on a full queue sees the abort promptly (it polls anyway).
        while self._thread.is_alive():
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=_POLL)
        self._thread.join()
