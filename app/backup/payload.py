"""What a backup holds, as a stream: the inner tar of records and attachments with its
manifest (``Payload``), and the counting output it is encrypted into (``Output``)."""

from __future__ import annotations

import base64
import errno
import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.backup import format as fmt
from app.backup.chain import Link
from app.backup.errors import (
    BackupInputError,
    SourceDataError,
)
from app.backup.keys import (
    public_key_bytes,
    signer_fingerprint,
)
from app.backup.reports import BackupProgress, CancelCheck, ProgressCallback
from app.backup.tarstream import END_OF_ARCHIVE, member_header, padding
from app.errors import CancelledError

PROGRESS_STEP = 1024 * 1024  # bytes between two progress reports
_SHA256_RE = re.compile(r"[0-9a-f]{64}")

AttachmentSource = tuple[str, str, int, Iterable[bytes]]


class Output:
    """Counts what is written and keeps the first OS error (pyrage would wrap it in text)."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self.written = 0
        self.error: OSError | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        try:
            n = self._fh.write(data)
        except OSError as exc:
            self.error = self.error or exc
            raise
        if n is None:
            n = len(data)
        if n != len(data):
            # A short write from a buffered file means the device refused the rest.
            short = OSError(errno.EIO, "short write")
            self.error = self.error or short
            raise short
        self.written += n
        return n

    def flush(self) -> None:
        try:
            self._fh.flush()
        except OSError as exc:
            self.error = self.error or exc
            raise

    def seek(self, offset: int) -> None:
        self._fh.seek(offset)


class Payload:
    """Generates the inner tar stream and the manifest describing it."""

    def __init__(
        self,
        vault_id: str,
        info: dict[str, Any],
        created: datetime,
        signing_key: Ed25519PrivateKey,
        records: Iterable[dict[str, Any]],
        attachments: Iterable[AttachmentSource],
        progress: ProgressCallback | None,
        cancel: CancelCheck | None,
        link: Link | None = None,
    ) -> None:
        self.vault_id = vault_id
        # Where this backup stands in its chain (format version 2; app/backup/chain.py). Read
        # at call time: a test writes a version-1 file by lowering FORMAT_VERSION.
        self.version = fmt.FORMAT_VERSION
        self.link = link if self.version >= 2 else None
        self.manifest_sha256 = ""
        self.info = info
        self.created = created
        self.mtime = int(created.timestamp())
        self.signing_key = signing_key
        self.records = records
        self.attachments = attachments
        self.progress = progress
        self.cancel = cancel
        # Passphrase mode: binds the outer key.age to the signed manifest, so a changed byte
        # there is caught even by a reader that opens the payload with its identity directly.
        self.outer_key_sha256: str | None = None
        self.members: list[dict[str, Any]] = []
        self.record_count = 0
        self.attachment_count = 0
        self.attachment_bytes = 0
        self.bytes_done = 0
        self._next_report = 0

    def _tick(self, n: int) -> None:
        self.bytes_done += n
        if self.cancel is not None and self.cancel():
            raise CancelledError()
        if self.progress is not None and self.bytes_done >= self._next_report:
            self._next_report = self.bytes_done + PROGRESS_STEP
            self._report()

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(
                BackupProgress("writing", self.bytes_done, self.record_count, self.attachment_count)
            )

    def _small_member(self, name: str, data: bytes) -> Iterator[bytes]:
        self.members.append({"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
        yield member_header(name, len(data), self.mtime) + data + padding(len(data))
        self._tick(len(data))

    def _record_parts(self) -> Iterator[bytes]:
        part: list[bytes] = []
        part_size = 0
        part_index = 1
        for record in self.records:
            if not isinstance(record, dict):
                raise BackupInputError("backup.writer.record_back_up_json")
            try:
                line = fmt.dump_json(record) + b"\n"
            except (TypeError, ValueError, RecursionError):
                raise BackupInputError("backup.writer.record_holds_value_cannot") from None
            if len(line) > fmt.MAX_RECORD_BYTES:
                raise BackupInputError("backup.writer.record_too_large_back")
            part.append(line)
            part_size += len(line)
            self.record_count += 1
            # Read at call time so tests can lower the target and get many parts.
            if part_size >= fmt.RECORD_PART_TARGET:
                yield from self._small_member(fmt.record_part_name(part_index), b"".join(part))
                part, part_size, part_index = [], 0, part_index + 1
        if part:
            yield from self._small_member(fmt.record_part_name(part_index), b"".join(part))

    def _attachment(self, source: AttachmentSource, seen: set[str]) -> Iterator[bytes]:
        try:
            attachment_uuid, sha256_hex, size, chunks = source
        except (TypeError, ValueError):
            raise BackupInputError("backup.writer.attachment_back_up_malformed") from None
        if fmt.canonical_uuid(attachment_uuid) is None:
            raise BackupInputError("backup.writer.attachment_id_lower_case")
        if attachment_uuid in seen:
            raise BackupInputError("backup.writer.same_attachment_given_twice")
        seen.add(attachment_uuid)
        if not isinstance(sha256_hex, str) or not _SHA256_RE.fullmatch(sha256_hex):
            raise BackupInputError("backup.writer.attachment_checksum_sha_256")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise BackupInputError("backup.writer.attachment_size_invalid")
        name = fmt.attachment_member_name(attachment_uuid)
        yield member_header(name, size, self.mtime)
        digest = hashlib.sha256()
        done = 0
        for chunk in chunks:
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise BackupInputError("backup.writer.attachment_data_must_bytes")
            done += len(chunk)
            if done > size:
                raise SourceDataError()
            digest.update(chunk)
            yield bytes(chunk)
            self._tick(len(chunk))
        if done != size or digest.hexdigest() != sha256_hex:
            raise SourceDataError()
        yield padding(size)
        self.members.append({"name": name, "size": size, "sha256": sha256_hex})
        self.attachment_count += 1
        self.attachment_bytes += size

    def manifest_bytes(self) -> bytes:
        public = public_key_bytes(self.signing_key)
        manifest = {
            "format": fmt.FORMAT_NAME,
            "format_version": self.version,
            **(self.link.to_json() if self.link is not None else {}),
            "vault_id": self.vault_id,
            "created": self.created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "signer": {
                "algorithm": "ed25519",
                "public_key": base64.b64encode(public).decode("ascii"),
                "fingerprint": signer_fingerprint(public),
            },
            "counts": {"records": self.record_count, "attachments": self.attachment_count},
            "members": self.members,
            "info": self.info,
        }
        if self.outer_key_sha256 is not None:
            manifest["outer_key_sha256"] = self.outer_key_sha256
        return fmt.dump_json(manifest) + b"\n"

    def chunks(self) -> Iterator[bytes]:
        link = self.link.to_json() if self.link is not None else None
        yield from self._small_member(fmt.FORMAT_MEMBER, fmt.format_member_bytes(link, self.version))
        yield from self._record_parts()
        seen: set[str] = set()
        for source in self.attachments:
            yield from self._attachment(source, seen)
        manifest = self.manifest_bytes()
        self.manifest_sha256 = hashlib.sha256(manifest).hexdigest()  # what an increment on it names
        signature = self.signing_key.sign(manifest)
        for name, data in ((fmt.MANIFEST_MEMBER, manifest), (fmt.SIGNATURE_MEMBER, signature)):
            yield member_header(name, len(data), self.mtime) + data + padding(len(data))
        yield END_OF_ARCHIVE
        self._report()
