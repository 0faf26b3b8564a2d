"""Verify and read backups without ever writing plaintext.

Verification streams the whole payload once: age authenticates every 64 KiB chunk and the end
of the file, the strict tar reader rejects any changed container byte, every member is hashed
as it passes, records are parsed and counted, and at the end the manifest's Ed25519 signature,
member list, hashes and counts are checked. Nothing is kept but hashes and the manifest.

Reading first verifies, then decrypts a *second* time from the same open file descriptor and
hands out records and attachment streams, re-checking every member against the manifest of
the first pass (so a file swapped between passes is caught too). Callers should still import
in one transaction and roll back on any error.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage

from app.backup import format as fmt
from app.backup.errors import (
    BackupInputError,
    BackupKeyError,
    BackupPassphraseError,
    BackupReadError,
    BadSignatureError,
    DamagedBackupError,
    NewerBackupFormatError,
    NotABackupError,
    UntrustedSignerError,
)
from app.backup.keys import (
    AGE_MAGIC,
    SignerKey,
    parse_identity,
    signer_fingerprint,
    trusted_key_set,
    verify_signature,
)
from app.backup.streams import DecryptFailure, DecryptStream, FileWindow, pread
from app.backup.tarstream import (
    BLOCK,
    END_OF_ARCHIVE,
    TarFormatError,
    TarMember,
    iter_members,
    padded_size,
    parse_header,
)
from app.errors import CancelledError, IzdeuError

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

MODE_RECIPIENTS = "recipients"
MODE_PASSPHRASE = "passphrase"
_PROGRESS_STEP = 1024 * 1024

IdentityLike = pyrage.x25519.Identity | str


@dataclass(frozen=True)
class BackupProgress:
    """Reported while writing or verifying. Totals are the caller's to know (it has the vault)."""

    phase: str  # "writing", "verifying" or "reading"
    bytes_done: int
    records: int
    attachments: int


ProgressCallback = Callable[[BackupProgress], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    mode: str  # MODE_RECIPIENTS or MODE_PASSPHRASE
    format_version: int
    vault_id: str
    created: str
    signer_fingerprint: str
    signer_public_key: bytes
    records: int
    attachments: int
    attachment_bytes: int
    file_size: int
    info: dict[str, Any] = field(default_factory=dict)
    # How the signer was accepted (app/backup/ops/trust.py): "trusted" when it is in the list.
    trust: str = "trusted"


@dataclass(frozen=True)
class SignerInfo:
    """A verified backup's signer that is not in the trusted list, for the trust decision.

    Everything here comes from a manifest whose signature was checked against ``public_key``:
    the fingerprint is computed from that key, never read from the file.
    """

    fingerprint: str
    public_key: bytes
    mode: str
    vault_id: str
    created: str


# Called once per read, after the complete verification, only for a signer outside the
# trusted list: True accepts it (see app/backup/ops/trust.py, the one place that decides).
AcceptSigner = Callable[[SignerInfo], bool]


@dataclass(frozen=True)
class _Entry:
    name: str
    size: int
    sha256: str


# --------------------------------------------------------------------------------------------
# Opening: sniff the mode, check the outer container, find the identities.
# --------------------------------------------------------------------------------------------


class _Opened:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            # O_NONBLOCK: opening a FIFO must not hang; fstat below refuses anything that is
            # not a regular file (app/inputs.py does the same for every other input).
            self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                              | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            raise BackupInputError("inputs.backup_file.missing") from None
        except IsADirectoryError:
            raise NotABackupError() from None
        except OSError:
            raise BackupReadError() from None
        try:
            st = os.fstat(self.fd)
            if not stat.S_ISREG(st.st_mode):
                raise NotABackupError()
            self.size = st.st_size
            self.mode = MODE_RECIPIENTS
            self.payload_start = 0
            self.payload_size = self.size
            self.key_blob: bytes | None = None
            self._sniff()
        except BaseException:
            os.close(self.fd)
            raise

    def _pread(self, n: int, offset: int) -> bytes:
        try:
            return pread(self.fd, n, offset)
        except OSError:
            raise BackupReadError() from None

    def _sniff(self) -> None:
        head = self._pread(BLOCK, 0)
        if head.startswith(AGE_MAGIC):
            return
        try:
            name, key_size, mtime = parse_header(head) if len(head) == BLOCK else ("", 0, 0)
        except TarFormatError:
            name = ""
        if name != fmt.OUTER_KEY_MEMBER or not 0 < key_size <= fmt.MAX_OUTER_KEY:
            raise NotABackupError()
        # From here on it is recognisably ours: any inconsistency means damage.
        self.mode = MODE_PASSPHRASE
        key_area = self._pread(padded_size(key_size), BLOCK)
        second_at = BLOCK + padded_size(key_size)
        try:
            name2, payload_size, mtime2 = parse_header(self._pread(BLOCK, second_at))
        except TarFormatError:
            raise DamagedBackupError() from None
        self.payload_start = second_at + BLOCK
        self.payload_size = payload_size
        tail_at = self.payload_start + payload_size
        tail = self._pread(padded_size(payload_size) - payload_size + len(END_OF_ARCHIVE), tail_at)
        expected_total = self.payload_start + padded_size(payload_size) + len(END_OF_ARCHIVE)
        if (
            name2 != fmt.OUTER_PAYLOAD_MEMBER
            or mtime2 != mtime
            or len(key_area) != padded_size(key_size)
            or any(key_area[key_size:])
            or self.size != expected_total
            or any(tail)
        ):
            raise DamagedBackupError()
        self.key_blob = key_area[:key_size]
        if not self.key_blob.startswith(AGE_MAGIC):
            raise DamagedBackupError()

    def identities(
        self, identities: Iterable[IdentityLike] | None, passphrase: str | None
    ) -> list[pyrage.x25519.Identity]:
        result = [parse_identity(i) if isinstance(i, str) else i for i in identities or ()]
        if passphrase is not None and self.key_blob is not None:
            try:
                plain = pyrage.passphrase.decrypt(self.key_blob, passphrase)
            except pyrage.DecryptError:
                raise BackupPassphraseError() from None
            try:
                result.append(parse_identity(plain))
            except IzdeuError:
                raise DamagedBackupError() from None
        elif passphrase is not None and not result:
            raise BackupKeyError("backup.reader.backup_encrypted_keys_passphrase")
        if not result:
            if self.mode == MODE_PASSPHRASE:
                raise BackupPassphraseError("backup.reader.backup_needs_passphrase")
            raise BackupInputError("backup.reader.give_key_file_passphrase")
        return result

    def payload(self, identities: list[pyrage.x25519.Identity]) -> DecryptStream:
        return DecryptStream(FileWindow(self.fd, self.payload_start, self.payload_size), identities)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


# --------------------------------------------------------------------------------------------
# Walking the payload: one state machine for both passes.
# --------------------------------------------------------------------------------------------


class _Ticker:
    def __init__(self, phase: str, progress: ProgressCallback | None, cancel: CancelCheck | None) -> None:
        self.phase = phase
        self.progress = progress
        self.cancel = cancel
        self.bytes_done = 0
        self.records = 0
        self.attachments = 0
        self._next_report = 0

    def data(self, n: int) -> None:
        self.bytes_done += n
        if self.cancel is not None and self.cancel():
            raise CancelledError()
        if self.progress is not None and self.bytes_done >= self._next_report:
            self._next_report = self.bytes_done + _PROGRESS_STEP
            self.report()

    def report(self) -> None:
        if self.progress is not None:
            self.progress(BackupProgress(self.phase, self.bytes_done, self.records, self.attachments))


def _parse_records(data: bytes) -> list[dict[str, Any]]:
    if not data.endswith(b"\n"):
        raise DamagedBackupError()
    records = []
    for line in data[:-1].split(b"\n"):
        if not line or len(line) > fmt.MAX_RECORD_BYTES:
            raise DamagedBackupError()
        record = fmt.load_json_object(line)
        if record is None:
            raise DamagedBackupError()
        records.append(record)
    return records


@dataclass
class _WalkResult:
    entries: list[_Entry]
    manifest: bytes
    signature: bytes
    records: int
    attachments: int
    attachment_bytes: int


class _Walk:
    """Walks the inner archive in order, checking structure and (second pass) hashes.

    Yields ``("record", dict)`` (only if ``with_records``) and ``("attachment", TarMember)``;
    the result is in ``self.result`` once the generator is exhausted.
    """

    def __init__(self, expected: list[_Entry] | None, expected_manifest: bytes | None) -> None:
        self.expected = expected
        self.expected_manifest = expected_manifest
        self.entries: list[_Entry] = []
        self.result: _WalkResult | None = None

    def _done(self, member: TarMember) -> None:
        entry = _Entry(member.name, member.size, member.sha256_hex())
        if self.expected is not None:
            index = len(self.entries)
            if index >= len(self.expected) or self.expected[index] != entry:
                raise DamagedBackupError("backup.reader.backup_changed_while_being")
        self.entries.append(entry)

    def check_attachment(self, member: TarMember) -> None:
        """Called by an attachment stream the moment its last byte has been read."""
        if self.expected is None:
            return
        index = len(self.entries)
        if index >= len(self.expected) or self.expected[index] != _Entry(
            member.name, member.size, member.sha256_hex()
        ):
            raise DamagedBackupError("backup.reader.backup_changed_while_being")

    def run(self, stream: DecryptStream, ticker: _Ticker, with_records: bool) -> Iterator[tuple[str, Any]]:
        members = iter_members(stream, ticker.data)
        try:
            first = next(members, None)
        except TarFormatError:
            raise NotABackupError() from None
        if first is None or first.name != fmt.FORMAT_MEMBER or first.size > fmt.MAX_FORMAT_MEMBER:
            raise NotABackupError()
        header = fmt.load_json_object(first.read_all())
        if header is None or header.get("format") != fmt.FORMAT_NAME:
            raise NotABackupError()
        version = header.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise NotABackupError()
        if version > fmt.FORMAT_VERSION:
            raise NewerBackupFormatError()
        self._done(first)

        next_part = 1
        phase = "records"
        seen_uuids: set[str] = set()
        manifest = signature = b""
        attachment_bytes = 0
        try:
            for member in members:
                part = fmt.record_part_index(member.name)
                attachment_uuid = fmt.attachment_uuid_from_name(member.name)
                if part is not None:
                    if phase != "records" or part != next_part or member.size > fmt.MAX_RECORD_PART:
                        raise DamagedBackupError()
                    next_part += 1
                    records = _parse_records(member.read_all())
                    self._done(member)
                    ticker.records += len(records)
                    if with_records:
                        for record in records:
                            yield ("record", record)
                elif attachment_uuid is not None:
                    if phase not in ("records", "attachments") or attachment_uuid in seen_uuids:
                        raise DamagedBackupError()
                    phase = "attachments"
                    seen_uuids.add(attachment_uuid)
                    yield ("attachment", member)
                    # Whatever the caller did not read is still read, so its hash is checked.
                    collections.deque(member.chunks(), maxlen=0)
                    self._done(member)
                    ticker.attachments += 1
                    attachment_bytes += member.size
                elif member.name == fmt.MANIFEST_MEMBER:
                    if phase not in ("records", "attachments") or member.size > fmt.MAX_MANIFEST:
                        raise DamagedBackupError()
                    phase = "manifest"
                    manifest = member.read_all()
                    if self.expected_manifest is not None and manifest != self.expected_manifest:
                        raise DamagedBackupError("backup.reader.backup_changed_while_being")
                elif member.name == fmt.SIGNATURE_MEMBER:
                    if phase != "manifest" or member.size != fmt.SIGNATURE_SIZE:
                        raise DamagedBackupError()
                    phase = "signed"
                    signature = member.read_all()
                else:
                    raise DamagedBackupError()
        except TarFormatError:
            raise DamagedBackupError() from None
        if phase != "signed":
            raise DamagedBackupError()
        ticker.report()
        self.result = _WalkResult(
            self.entries, manifest, signature, ticker.records, ticker.attachments, attachment_bytes
        )


def _decrypt_error(exc: DecryptFailure, opened: _Opened, passphrase: str | None) -> IzdeuError:
    if exc.kind == "read":
        return BackupReadError()
    if exc.kind == "keys":
        if opened.mode == MODE_PASSPHRASE and passphrase is not None:
            # The passphrase opened key.age, so a key mismatch means the file was tampered with.
            return DamagedBackupError()
        return BackupKeyError()
    return DamagedBackupError()


def _outer_key_sha256(opened: _Opened) -> str | None:
    return None if opened.key_blob is None else hashlib.sha256(opened.key_blob).hexdigest()


def _check_manifest(
    opened: _Opened, result: _WalkResult, trusted: frozenset[bytes], accept: AcceptSigner | None
) -> tuple[VerifyReport, list[_Entry]]:
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
    # The manifest is authentic from here on (if its signer is trusted); compare it to the data.
    try:
        entries = [_Entry(str(m["name"]), int(m["size"]), str(m["sha256"])) for m in manifest["members"]]
        counts = manifest["counts"]
        ok = (
            manifest.get("format") == fmt.FORMAT_NAME
            and manifest.get("format_version") == fmt.FORMAT_VERSION
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
    if public not in trusted and (accept is None or not accept(SignerInfo(
            fingerprint, public, opened.mode, manifest["vault_id"], manifest["created"]))):
        raise UntrustedSignerError(fingerprint, public)
    report = VerifyReport(
        path=opened.path,
        mode=opened.mode,
        format_version=fmt.FORMAT_VERSION,
        vault_id=manifest["vault_id"],
        created=manifest["created"],
        signer_fingerprint=fingerprint,
        signer_public_key=public,
        records=result.records,
        attachments=result.attachments,
        attachment_bytes=result.attachment_bytes,
        file_size=opened.size,
        info=info,
    )
    return report, entries


def _verify_opened(
    opened: _Opened,
    identities: list[pyrage.x25519.Identity],
    passphrase: str | None,
    trusted: frozenset[bytes],
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
    accept: AcceptSigner | None = None,
) -> tuple[VerifyReport, _WalkResult]:
    walk = _Walk(None, None)
    ticker = _Ticker("verifying", progress, cancel)
    try:
        with opened.payload(identities) as stream:
            # Walking the whole payload checks every hash; nothing is kept or written.
            collections.deque(walk.run(stream, ticker, with_records=False), maxlen=0)
    except DecryptFailure as exc:
        raise _decrypt_error(exc, opened, passphrase) from None
    assert walk.result is not None
    report, _entries = _check_manifest(opened, walk.result, trusted, accept)
    return report, walk.result


def _trusted(trusted_signers: Iterable[SignerKey]) -> frozenset[bytes]:
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
    trusted = _trusted(trusted_signers)
    opened = _Opened(Path(path))
    try:
        ids = opened.identities(identities, passphrase)
        report, _result = _verify_opened(opened, ids, passphrase, trusted, progress, cancel,
                                         accept_signer)
        return report
    finally:
        opened.close()


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


class AttachmentStream:
    """One attachment's data, read once, in order. ``read`` raises if it does not match the
    verified manifest, before handing out the last piece."""

    def __init__(self, uuid: str, sha256: str, member: TarMember, walk: _Walk) -> None:
        self.uuid = uuid
        self.sha256 = sha256
        self.size = member.size
        self._member = member
        self._walk = walk

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        data = self._member.read(n)
        if data and self._member._remaining == 0:
            self._walk.check_attachment(self._member)
        return data

    def chunks(self, size: int = 64 * 1024) -> Iterator[bytes]:
        while True:
            data = self.read(size)
            if not data:
                return
            yield data


class BackupReader:
    """What :func:`read_backup` yields: the verified report, then records, then attachments.

    Use ``records()`` first (optional), then ``attachments()``; each at most once.
    """

    def __init__(
        self,
        opened: _Opened,
        identities: list[pyrage.x25519.Identity],
        passphrase: str | None,
        report: VerifyReport,
        first: _WalkResult,
        progress: ProgressCallback | None,
        cancel: CancelCheck | None,
    ) -> None:
        self.report = report
        self._opened = opened
        self._passphrase = passphrase
        self._expected = {e.name: e for e in first.entries}
        self._walk = _Walk(first.entries, first.manifest)
        self._stream = opened.payload(identities)
        self._ticker = _Ticker("reading", progress, cancel)
        self._events: Iterator[tuple[str, Any]] | None = None
        self._pending: tuple[str, Any] | None = None
        self._records_used = self._attachments_used = False

    def _next(self) -> tuple[str, Any] | None:
        if self._events is None:
            self._stream.__enter__()
            self._events = self._walk.run(self._stream, self._ticker, with_records=True)
        try:
            return next(self._events)
        except StopIteration:
            return None
        except DecryptFailure as exc:
            raise _decrypt_error(exc, self._opened, self._passphrase) from None

    def records(self) -> Iterator[dict[str, Any]]:
        if self._records_used or self._attachments_used:
            raise BackupInputError("backup.reader.records_must_read_once")
        self._records_used = True
        while True:
            event = self._next()
            if event is None:
                return
            if event[0] != "record":
                self._pending = event
                return
            yield event[1]

    def attachments(self) -> Iterator[AttachmentStream]:
        if self._attachments_used:
            raise BackupInputError("backup.reader.attachments_can_read_only")
        self._attachments_used = True
        while True:
            if self._pending is not None:
                event, self._pending = self._pending, None
            else:
                event = self._next()
            if event is None:
                return
            if event[0] != "attachment":
                continue  # records nobody asked for
            member: TarMember = event[1]
            uuid = member.name[len(fmt.ATTACHMENTS_PREFIX) :]
            yield AttachmentStream(uuid, self._expected[member.name].sha256, member, self._walk)

    def close(self) -> None:
        if self._events is not None:
            self._stream.close()


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
) -> Iterator[BackupReader]:
    """Verify the backup completely, then give access to its contents (streamed, in memory).

    Nothing is yielded unless the first, complete verification passed. Attachment streams
    re-check their data against the verified manifest as they are read.
    """
    trusted = _trusted(trusted_signers)
    opened = _Opened(Path(path))
    try:
        ids = opened.identities(identities, passphrase)
        # The second pass compares the manifest byte for byte with this one, so the signer it
        # reads is the one decided about here.
        report, first = _verify_opened(opened, ids, passphrase, trusted, progress, cancel,
                                       accept_signer)
        reader = BackupReader(opened, ids, passphrase, report, first, progress, cancel)
        try:
            yield reader
        finally:
            reader.close()
    finally:
        opened.close()
