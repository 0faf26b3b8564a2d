"""Opening a backup for restore or merge: verify first, decide about the signer, then read."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyrage

from app.backup.errors import UntrustedSignerError
from app.backup.reader import BackupProgress, BackupReader, read_backup

__all__ = ["same_fingerprint", "open_backup", "progress_adapter"]

ProgressFn = Callable[[str, int, int], None]


def same_fingerprint(a: str, b: str) -> bool:
    """Fingerprints compare without spaces and case (people type them in groups)."""
    return a.replace(" ", "").lower() == b.replace(" ", "").lower()


def progress_adapter(path: Path | str, progress: ProgressFn | None
                     ) -> Callable[[BackupProgress], None] | None:
    if progress is None:
        return None
    try:
        total = os.stat(path).st_size
    except OSError:
        total = 0

    def report(p: BackupProgress) -> None:
        progress(p.phase, p.bytes_done, max(total, p.bytes_done))

    return report


@contextlib.contextmanager
def open_backup(
    path: Path | str,
    *,
    identities: Iterable[pyrage.x25519.Identity | str] | None,
    passphrase: str | None,
    trusted: list[bytes],
    accept_signer: Callable[[str], bool],
    progress: ProgressFn | None,
    cancel: Callable[[], bool] | None,
) -> Iterator[tuple[BackupReader, bytes | None]]:
    """Yield ``(reader, newly accepted signer key or None)`` once the backup is fully verified.

    A backup signed by a key outside ``trusted`` is accepted only if ``accept_signer(its
    fingerprint)`` says so (a fingerprint a person compared, or "any" for restoring one's own
    backup); that costs one more verification pass, which is only paid in that case.
    """
    ids = list(identities) if identities is not None else None
    adapter = progress_adapter(path, progress)
    with contextlib.ExitStack() as stack:
        learned: bytes | None = None
        try:
            reader = stack.enter_context(read_backup(
                path, identities=ids, passphrase=passphrase, trusted_signers=trusted,
                progress=adapter, cancel=cancel))
        except UntrustedSignerError as exc:
            if not exc.public_key or not accept_signer(exc.fingerprint):
                raise
            learned = exc.public_key
            reader = stack.enter_context(read_backup(
                path, identities=ids, passphrase=passphrase,
                trusted_signers=[*trusted, learned], progress=adapter, cancel=cancel))
        yield reader, learned
