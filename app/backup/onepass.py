"""Reading a backup in ONE pass, for a caller that writes only into something it throws away
unless the whole file verified (a restore's temporary vault).

:func:`read_backup` decrypts twice: it verifies everything, then hands out the contents. Here
the contents are handed out during the only pass, *before* they are verified: age has
authenticated each 64 KiB chunk, but the manifest, its signature and the signer come at the
end of the archive. So nothing handed out may be trusted or kept until :meth:`finish` returned
the verified report; :meth:`finish` reads whatever the caller left, checks the manifest
exactly as a verification does, and asks ``accept_signer`` about an unknown signer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyrage

from app.backup.events import PayloadEvents
from app.backup.keys import SignerKey
from app.backup.opened import Opened
from app.backup.reader import check_manifest, trusted_keys
from app.backup.reports import (
    AcceptSigner,
    CancelCheck,
    IdentityLike,
    ProgressCallback,
    VerifyReport,
)
from app.backup.walk import Ticker, Walk

__all__ = ["OnePassReader", "read_backup_once"]


class OnePassReader(PayloadEvents):
    """``records()``, then ``attachments()``, then ``finish()`` for the verified report.

    Attachment streams carry ``sha256 = None``: the caller checks the content against the
    records itself (the store does on every write), and :meth:`finish` against the manifest.
    """

    def __init__(
        self,
        opened: Opened,
        identities: list[pyrage.x25519.Identity],
        passphrase: str | None,
        trusted: frozenset[bytes],
        accept: AcceptSigner | None,
        progress: ProgressCallback | None,
        cancel: CancelCheck | None,
    ) -> None:
        super().__init__(
            opened, identities, passphrase, Walk(None, None), Ticker("reading", progress, cancel), None
        )
        self._trusted = trusted
        self._accept = accept
        self._report: VerifyReport | None = None

    def start(self) -> None:
        """Decrypt the beginning: a wrong key, or a file that is not a backup, fails here,
        before the caller has made anything."""
        self._pending = self._next()

    @property
    def header(self) -> dict[str, Any]:
        """``format.json`` as read by :meth:`start`: NOT verified until :meth:`finish`."""
        return self._walk.header

    def finish(self) -> VerifyReport:
        """Read the rest, verify the whole file and decide about its signer; the report."""
        if self._report is None:
            while self._next() is not None:
                continue
            assert self._walk.result is not None
            report, _entries = check_manifest(
                self._opened, self._walk.result, self._trusted, self._accept, self._walk.header
            )
            self._report = report
        return self._report


@contextlib.contextmanager
def read_backup_once(
    path: Path | str,
    *,
    identities: Iterable[IdentityLike] | None = None,
    passphrase: str | None = None,
    trusted_signers: Iterable[SignerKey],
    accept_signer: AcceptSigner | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> Iterator[OnePassReader]:
    """Open ``path`` for one pass (see the module's note: nothing is verified before
    ``finish()``). The key or passphrase and the start of the payload are checked first."""
    trusted = trusted_keys(trusted_signers)
    opened = Opened(Path(path))
    try:
        ids = opened.identities(identities, passphrase)
        reader = OnePassReader(opened, ids, passphrase, trusted, accept_signer, progress, cancel)
        try:
            reader.start()
            yield reader
        finally:
            reader.close()
    finally:
        opened.close()
