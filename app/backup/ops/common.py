"""Opening a backup for restore or merge: verify first, decide about the signer (trust.py),
then read; or, for a restore into a temporary vault, read and verify in one pass."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyrage

from app.backup.onepass import OnePassReader, read_backup_once
from app.backup.ops.trust import SignerPolicy
from app.backup.reader import BackupProgress, BackupReader, read_backup

__all__ = ["open_backup", "open_backup_once", "progress_adapter"]

ProgressFn = Callable[[str, int, int], None]


def progress_adapter(
    path: Path | str, progress: ProgressFn | None
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
    policy: SignerPolicy,
    progress: ProgressFn | None,
    cancel: Callable[[], bool] | None,
    lines: bool = False,
) -> Iterator[BackupReader]:
    """Yield the reader once the backup is fully verified and ``policy`` accepted its signer
    (``policy.verdict`` and ``policy.learned`` say how); raise UntrustedSignerError if not.
    ``lines``: as for :func:`~app.backup.reader.read_backup`."""
    ids = list(identities) if identities is not None else None
    with read_backup(
        path,
        identities=ids,
        passphrase=passphrase,
        trusted_signers=policy.trusted,
        accept_signer=policy.accepts,
        progress=progress_adapter(path, progress),
        cancel=cancel,
        lines=lines,
    ) as reader:
        yield reader


@contextlib.contextmanager
def open_backup_once(
    path: Path | str,
    *,
    identities: Iterable[pyrage.x25519.Identity | str] | None,
    passphrase: str | None,
    policy: SignerPolicy,
    progress: ProgressFn | None,
    cancel: Callable[[], bool] | None,
) -> Iterator[OnePassReader]:
    """Yield a one-pass reader (app/backup/onepass.py): its contents are NOT verified until its
    ``finish()`` returned, which decides about the signer with ``policy``."""
    ids = list(identities) if identities is not None else None
    with read_backup_once(
        path,
        identities=ids,
        passphrase=passphrase,
        trusted_signers=policy.trusted,
        accept_signer=policy.accepts,
        progress=progress_adapter(path, progress),
        cancel=cancel,
    ) as reader:
        yield reader
