"""Verify and read backups without ever writing plaintext.

Verification streams the whole payload once: age authenticates every 64 KiB chunk and the end
of the file, the strict tar reader rejects any changed container byte, every member is hashed
as it passes, records are parsed and counted, and at the end the manifest's Ed25519 signature,
member list, hashes and counts are checked. Nothing is kept but hashes and the manifest.

Reading first verifies, then decrypts a *second* time from the same open file descriptor and
hands out records and attachment streams, re-checking every member against the manifest of
the first pass (so a file swapped between passes is caught too). Callers should still import
in one transaction and roll back on any error. (A restore reads in one pass instead:
app/backup/onepass.py, on the same :class:`PayloadEvents`.)

The pieces: ``reports`` (what is reported), ``opened`` (the open file, its mode and
identities), ``walk`` (the state machine over the payload, for both passes), ``events`` (the
records and attachment streams handed out from a walk); this module checks the manifest and
offers :func:`verify_backup` and :func:`read_backup`.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyrage

from app.backup import format as fmt
from app.backup.chain import Link
from app.backup.errors import (
    BackupInputError,
    BadSignatureError,
    DamagedBackupError,
    UntrustedSignerError,
)
from app.backup.events import AttachmentStream, PayloadEvents, decrypt_error
from app.backup.keys import (
    SignerKey,
    signer_fingerprint,
    trusted_key_set,
    verify_signature,
)
from app.backup.opened import Opened
from app.backup.reports import (
    MODE_PASSPHRASE,
    MODE_RECIPIENTS,
    AcceptSigner,
    BackupProgress,
    CancelCheck,
    Entry,
    IdentityLike,
    ProgressCallback,
    SignerInfo,
    VerifyReport,
)
from app.backup.streams import DecryptFailure
from app.backup.walk import Ticker, Walk, WalkResult

__all__ = [
    "BackupProgress",
    "VerifyReport",
    "AttachmentStream",
    "BackupReader",
    "verify_backup",
    "read_backup",
    "MODE_RECIPIENTS",
    "MODE_PASSPHRASE",
    "SignerInfo",
    "AcceptSigner",
]


def _outer_key_sha256(opened: Opened) -> str | None:
    return None if opened.key_blob is None else hashlib.sha256(opened.key_blob).hexdigest()


def _link(header: dict[str, Any], manifest: dict[str, Any]) -> Link | None:
    """Version 2: the chain link the signed manifest states, which format.json (read first,
    to order a chain) must state too."""
    if header.get("format_version") == 1:
        return None
    link = Link.from_json(manifest)
    if Link.from_json(header) != link:
        raise DamagedBackupError()
    return link


def check_manifest(
    opened: Opened,
    result: WalkResult,
    trusted: frozenset[bytes],
    accept: AcceptSigner | None,
    header: dict[str, Any],
) -> tuple[VerifyReport, list[Entry]]:
    manifest = fmt.load_json_object(result.manifest)
    if manifest is None:
        raise DamagedBackupError()
    signer = manifest.get("signer")
    try:
        if not isinstance(signer, dict) or signer.get("algorithm") != "ed25519":
            raise ValueError
        public = base64.b64decode(signer["public_key"], validate=True)
        if len(public) != 32:
            raise ValueError
    except (KeyError, ValueError, TypeError):
        raise DamagedBackupError() from None
    if not verify_signature(public, result.signature, result.manifest):
        raise BadSignatureError()
    version = int(header.get("format_version", 0))  # checked by the walk
    link = _link(header, manifest)
    # The manifest is authentic from here on (if its signer is trusted); compare it to the data.
    try:
        entries = [Entry(str(m["name"]), int(m["size"]), str(m["sha256"])) for m in manifest["members"]]
        counts = manifest["counts"]
        ok = (
            manifest.get("format") == fmt.FORMAT_NAME
            and manifest.get("format_version") == version
            and entries == result.entries
            and counts.get("records") == result.records
            and counts.get("attachments") == result.attachments
            and isinstance(manifest.get("vault_id"), str)
            and isinstance(manifest.get("created"), str)
            and manifest.get("outer_key_sha256") == _outer_key_sha256(opened)
        )
        info = manifest.get("info", {})
        if not isinstance(info, dict):
            ok = False
    except (KeyError, TypeError, ValueError, AttributeError):
        raise DamagedBackupError() from None
    if not ok:
        raise DamagedBackupError()
    fingerprint = signer_fingerprint(public)
    if public not in trusted and (
        accept is None
        or not accept(SignerInfo(fingerprint, public, opened.mode, manifest["vault_id"], manifest["created"]))
    ):
        raise UntrustedSignerError(fingerprint, public)
    report = VerifyReport(
        path=opened.path,
        mode=opened.mode,
        format_version=version,
        vault_id=manifest["vault_id"],
        created=manifest["created"],
        signer_fingerprint=fingerprint,
        signer_public_key=public,
        records=result.records,
        attachments=result.attachments,
        attachment_bytes=result.attachment_bytes,
        file_size=opened.size,
        info=info,
        link=link,
        manifest_sha256=hashlib.sha256(result.manifest).hexdigest(),
    )
    return report, entries


def verify_opened(
    opened: Opened,
    identities: list[pyrage.x25519.Identity],
    passphrase: str | None,
    trusted: frozenset[bytes],
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
    accept: AcceptSigner | None = None,
    parse: bool = True,
) -> tuple[VerifyReport, WalkResult]:
    # Without ``parse`` the lines are split and counted, not parsed: for a reader whose caller
    # parses every line it uses (read_backup(lines=True)); hashes and signature are the same.
    walk = Walk(None, None, parse=parse)
    ticker = Ticker("verifying", progress, cancel)
    try:
        with opened.payload(identities) as stream:
            # Walking the whole payload checks every hash; nothing is kept or written.
            collections.deque(walk.run(stream, ticker, with_records=False), maxlen=0)
    except DecryptFailure as exc:
        raise decrypt_error(exc, opened, passphrase) from None
    assert walk.result is not None
    report, _entries = check_manifest(opened, walk.result, trusted, accept, walk.header)
    return report, walk.result


def trusted_keys(trusted_signers: Iterable[SignerKey]) -> frozenset[bytes]:
    if isinstance(trusted_signers, bytes | str):
        raise BackupInputError("backup.reader.trusted_signers_must_list")
    return trusted_key_set(trusted_signers)


def verify_backup(
    path: Path | str,
    *,
    identities: Iterable[IdentityLike] | None = None,
    passphrase: str | None = None,
    trusted_signers: Iterable[SignerKey],
    accept_signer: AcceptSigner | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> VerifyReport:
    """Check a backup completely without writing anything; raise an IzdeuError if it fails.

    ``identities``: age X25519 identities (objects or ``AGE-SECRET-KEY-1…`` text) for a backup
    made to recipients; ``passphrase`` for a passphrase backup. ``trusted_signers``: device
    public keys (Ed25519 objects or raw 32 bytes) whose signature is accepted;
    ``accept_signer`` decides about any other signer, once the backup is fully verified.
    """
    trusted = trusted_keys(trusted_signers)
    opened = Opened(Path(path))
    try:
        ids = opened.identities(identities, passphrase)
        report, _result = verify_opened(opened, ids, passphrase, trusted, progress, cancel, accept_signer)
        return report
    finally:
        opened.close()


class BackupReader(PayloadEvents):
    """What :func:`read_backup` yields: the verified report, then records, then attachments.

    Use ``records()`` first (optional), then ``attachments()``; each at most once.
    """

    def __init__(
        self,
        opened: Opened,
        identities: list[pyrage.x25519.Identity],
        passphrase: str | None,
        report: VerifyReport,
        first: WalkResult,
        progress: ProgressCallback | None,
        cancel: CancelCheck | None,
        lines: bool = False,
    ) -> None:
        walk = Walk(first.entries, first.manifest, parse=not lines)
        ticker = Ticker("reading", progress, cancel)
        super().__init__(opened, identities, passphrase, walk, ticker, first.entries)
        self.report = report


@contextlib.contextmanager
def read_backup(
    path: Path | str,
    *,
    identities: Iterable[IdentityLike] | None = None,
    passphrase: str | None = None,
    trusted_signers: Iterable[SignerKey],
    accept_signer: AcceptSigner | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    lines: bool = False,
) -> Iterator[BackupReader]:
    """Verify the backup completely, then give access to its contents (streamed, in memory).

    Nothing is yielded unless the first, complete verification passed. Attachment streams
    re-check their data against the verified manifest as they are read.

    ``lines=True``: the records come as their lines' exact bytes (``record_lines()``) and
    neither pass parses them as JSON; every byte's hash, the counts, the signature and the
    signer are checked as always (a merge parses each line it uses, inside its transaction).
    """
    trusted = trusted_keys(trusted_signers)
    opened = Opened(Path(path))
    try:
        ids = opened.identities(identities, passphrase)
        # The second pass compares the manifest byte for byte with this one, so the signer it
        # reads is the one decided about here.
        report, first = verify_opened(
            opened, ids, passphrase, trusted, progress, cancel, accept_signer, parse=not lines
        )
        reader = BackupReader(opened, ids, passphrase, report, first, progress, cancel, lines)
        try:
            yield reader
        finally:
            reader.close()
    finally:
        opened.close()
