"""Reading a just-written backup back from the device: age decrypts the whole file.

The payload is encrypted (also) to a throwaway identity that exists only in memory while the
backup is written, so the file key is known to nobody else. age authenticates the header and
every 64 KiB chunk under that key, and the end of the file: a decryption that reaches the
authenticated end, giving back exactly as many bytes as were encrypted, proves that the device
returns the very bytes pyrage wrote. The archive inside (its layout, hashes, manifest and
signature) is the writer's own work, built from what it streamed (``Payload``), so it is not
parsed again here; that made the read-back as fast as pyrage decrypts instead of half as fast
(docs/performance.md). Whoever opens the backup later verifies all of it.
"""

from __future__ import annotations

import pyrage

from app.backup.errors import BackupReadBackError
from app.backup.opened import Opened
from app.backup.reports import BackupProgress, CancelCheck, ProgressCallback
from app.backup.streams import FileWindow
from app.errors import CancelledError

__all__ = ["read_back"]

_STEP = 1024 * 1024  # bytes between two progress reports and cancel checks


class _Sink:
    """Counts the plaintext (it goes nowhere), reports progress and notices a cancel."""

    def __init__(
        self, progress: ProgressCallback | None, cancel: CancelCheck | None, counts: tuple[int, int]
    ) -> None:
        self.done = 0
        self.cancelled = False
        self._next = 0
        self._progress = progress
        self._cancel = cancel
        self._counts = counts

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        self.done += len(data)
        if self.done >= self._next:
            self._next = self.done + _STEP
            if self._cancel is not None and self._cancel():
                self.cancelled = True
                raise CancelledError()
            self.report()
        return len(data)

    def flush(self) -> None:
        """Nothing is kept, so nothing is flushed."""

    def report(self) -> None:
        if self._progress is not None:
            self._progress(BackupProgress("verifying", self.done, *self._counts))


def read_back(
    opened: Opened,
    identity: pyrage.x25519.Identity,
    plaintext_size: int,
    counts: tuple[int, int],
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> None:
    """Decrypt the payload of ``opened`` with ``identity`` to nowhere; raise
    BackupReadBackError unless it authenticates to its end with ``plaintext_size`` bytes.
    ``counts`` (records, attachments) are only shown with the progress."""
    sink = _Sink(progress, cancel, counts)
    source = FileWindow(opened.fd, opened.payload_start, opened.payload_size)
    try:
        # pyrage-stubs ask for BufferedIOBase; pyrage only calls read()/write() on them.
        pyrage.decrypt_io(source, sink, [identity])  # type: ignore[arg-type]
    except pyrage.DecryptError:
        if sink.cancelled:
            raise CancelledError() from None
        raise BackupReadBackError() from None
    except OSError:
        raise BackupReadBackError() from None
    if sink.done != plaintext_size:
        raise BackupReadBackError()
    sink.report()
