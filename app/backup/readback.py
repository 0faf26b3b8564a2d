"""Reading a just-written backup back from the device: the whole file is decrypted.

The payload is encrypted (also) to a throwaway identity that exists only in memory while the
backup is written, so the file key is known to nobody else. age authenticates the header and
every 64 KiB chunk under that key, and the end of the file: a decryption that reaches the
authenticated end, giving back exactly as many bytes as were encrypted, proves that the device
returns the very bytes pyrage wrote. The archive inside (its layout, hashes, manifest and
signature) is the writer's own work, built from what it streamed (``Payload``), so it is not
parsed again here; that made the read-back as fast as pyrage decrypts instead of half as fast
(docs/performance.md); the decryption itself is app/backup/agecheck.py's, which runs several
times faster than pyrage's. Whoever opens the backup later verifies all of it.
"""

from __future__ import annotations

import pyrage

from app.backup.agecheck import AgeCheckError, decrypt_to_nowhere, x25519_secret
from app.backup.errors import BackupReadBackError
from app.backup.opened import Opened
from app.backup.reports import BackupProgress, CancelCheck, ProgressCallback
from app.errors import CancelledError

__all__ = ["read_back"]

_STEP = 1024 * 1024  # bytes between two progress reports and cancel checks


class _Sink:
    """Counts the plaintext (it goes nowhere), reports progress and notices a cancel."""

    def __init__(
        self, progress: ProgressCallback | None, cancel: CancelCheck | None, counts: tuple[int, int]
    ) -> None:
        self.done = 0
        self._next = 0
        self._progress = progress
        self._cancel = cancel
        self._counts = counts

    def count(self, n: int) -> None:
        self.done += n
        if self.done >= self._next:
            self._next = self.done + _STEP
            if self._cancel is not None and self._cancel():
                raise CancelledError()
            self.report()

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
    try:
        secret = x25519_secret(str(identity))
        done = decrypt_to_nowhere(opened.fd, opened.payload_start, opened.payload_size, secret, sink.count)
    except (AgeCheckError, OSError):
        raise BackupReadBackError() from None
    if done != plaintext_size:
        raise BackupReadBackError()
    sink.report()
