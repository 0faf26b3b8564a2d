"""Verify a backup against the signers a vault trusts (nothing is written anywhere)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pyrage

from app.backup.errors import UntrustedSignerError
from app.backup.ops.common import progress_adapter, same_fingerprint
from app.backup.reader import VerifyReport, verify_backup

__all__ = ["verify_file"]


def verify_file(
    path: Path | str,
    *,
    identities: Iterable[pyrage.x25519.Identity | str] | None = None,
    passphrase: str | None = None,
    trusted_signers: Iterable[bytes] = (),
    signer: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> VerifyReport:
    """Check decryption, layout, every member's hash, counts and the signature.

    The signer must be one of ``trusted_signers`` or have the fingerprint ``signer`` (compared
    by a person; it costs a second verification pass).
    """
    ids = list(identities) if identities is not None else None
    trusted = list(trusted_signers)
    adapter = progress_adapter(path, progress)
    try:
        return verify_backup(path, identities=ids, passphrase=passphrase,
                             trusted_signers=trusted, progress=adapter, cancel=cancel)
    except UntrustedSignerError as exc:
        if signer is None or not exc.public_key or not same_fingerprint(signer, exc.fingerprint):
            raise
        return verify_backup(path, identities=ids, passphrase=passphrase,
                             trusted_signers=[*trusted, exc.public_key], progress=adapter,
                             cancel=cancel)
