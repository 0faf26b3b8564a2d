"""Write a backup: stream records and attachments into a tar, into age, into a temporary file.

Memory stays bounded: the tar stream is produced by a generator that ``pyrage.encrypt_io``
pulls from, records are buffered only up to one part (~4 MiB, see ``format``), attachments
pass through chunk by chunk and are hashed on the way. Plaintext never reaches the disk.

The file is written under a temporary name in the target folder, fsynced, dropped from the page
cache (so the check below reads the device, not memory: USB sticks lie about sync), verified
completely, and only then given its final name without replacing any existing file. On any
error the temporary file is removed.

Verification needs a key that can decrypt: the payload is also encrypted to a throwaway X25519
identity that lives only in memory during the call (in passphrase mode that identity *is* the
payload key, stored passphrase-encrypted in ``key.age``).
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.backup import format as fmt
from app.backup.errors import (
    BackupExistsError,
    BackupInputError,
    BackupReadBackError,
    BackupStorageError,
    SourceDataError,
    storage_error_for,
)
from app.backup.keys import (
    identity_file_text,
    parse_recipient,
    public_key_bytes,
    signer_fingerprint,
)
from app.backup.reader import (
    BackupProgress,
    CancelCheck,
    ProgressCallback,
    VerifyReport,
    _Opened,
    _verify_opened,
)
from app.backup.streams import ChunkSource
from app.backup.tarstream import END_OF_ARCHIVE, member_header, padding
from app.errors import CancelledError, IzdeuError
from app.fsutil import fsync_dir
from app.tempfiles import Temporary, is_temporary_name, sweep

__all__ = [
    "AttachmentSource",
    "BackupResult",
    "BACKUP_SUFFIX",
    "backup_file_name",
    "write_backup",
]

BACKUP_SUFFIX = ".izbackup"
_NAME_PREFIX = "izdeu-backup-"
_PROGRESS_STEP = 1024 * 1024
_SHA256_RE = re.compile(r"[0-9a-f]{64}")

AttachmentSource = tuple[str, str, int, Iterable[bytes]]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    report: VerifyReport


def backup_file_name(when: datetime, sequence: int = 1) -> str:
    """``izdeu-backup-YYYYMMDDTHHMMSSZ.izbackup`` (``-2``, ``-3``… when a name is taken)."""
    stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    suffix = "" if sequence == 1 else f"-{sequence}"
    return f"{_NAME_PREFIX}{stamp}{suffix}{BACKUP_SUFFIX}"


# --- test seams: the tests replace these to simulate a failing disk or a read-only folder ---


def _open_exclusive(folder: Path) -> Temporary:
    return Temporary.create(folder, "backup")


def _output_filter(fh: BinaryIO) -> BinaryIO:
    return fh


# --------------------------------------------------------------------------------------------


class _Output:
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
            exc = OSError(errno.EIO, "short write")
            self.error = self.error or exc
            raise exc
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


class _Payload:
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
    ) -> None:
        self.vault_id = vault_id
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
        self.bytes_done = 0
        self._next_report = 0

    def _tick(self, n: int) -> None:
        self.bytes_done += n
        if self.cancel is not None and self.cancel():
            raise CancelledError()
        if self.progress is not None and self.bytes_done >= self._next_report:
            self._next_report = self.bytes_done + _PROGRESS_STEP
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

    def manifest_bytes(self) -> bytes:
        public = public_key_bytes(self.signing_key)
        manifest = {
            "format": fmt.FORMAT_NAME,
            "format_version": fmt.FORMAT_VERSION,
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
        yield from self._small_member(fmt.FORMAT_MEMBER, fmt.format_member_bytes())
        yield from self._record_parts()
        seen: set[str] = set()
        for source in self.attachments:
            yield from self._attachment(source, seen)
        manifest = self.manifest_bytes()
        signature = self.signing_key.sign(manifest)
        for name, data in ((fmt.MANIFEST_MEMBER, manifest), (fmt.SIGNATURE_MEMBER, signature)):
            yield member_header(name, len(data), self.mtime) + data + padding(len(data))
        yield END_OF_ARCHIVE
        self._report()


# --------------------------------------------------------------------------------------------


def _check_request(
    manifest_info: dict[str, Any],
    recipients: list[str] | None,
    passphrase: str | None,
    signing_key: Ed25519PrivateKey,
) -> tuple[str, dict[str, Any], list[pyrage.x25519.Recipient]]:
    if (recipients is None) == (passphrase is None):
        raise BackupInputError("backup.writer.encrypt_backup_either_recipients")
    parsed: list[pyrage.x25519.Recipient] = []
    if recipients is not None:
        if isinstance(recipients, str) or not recipients:
            raise BackupInputError("backup.writer.give_least_one_recipient")
        texts = list(dict.fromkeys(r.strip() if isinstance(r, str) else r for r in recipients))
        parsed = [parse_recipient(r) for r in texts]
    elif not isinstance(passphrase, str) or not passphrase.strip():
        raise BackupInputError("backup.writer.backup_passphrase_must_empty")
    if not isinstance(signing_key, Ed25519PrivateKey):
        raise BackupInputError("backup.writer.signing_key_must_ed25519")
    if not isinstance(manifest_info, dict):
        raise BackupInputError("backup.writer.manifest_information_must_dictionary")
    vault_id = manifest_info.get("vault_id")
    if not isinstance(vault_id, str) or not vault_id:
        raise BackupInputError("backup.writer.manifest_information_needs_vault")
    info = {k: v for k, v in manifest_info.items() if k != "vault_id"}
    if not all(isinstance(k, str) for k in info):
        raise BackupInputError("backup.writer.manifest_information_keys_must")
    try:
        fmt.dump_json(info)
    except (TypeError, ValueError, RecursionError):
        raise BackupInputError("backup.writer.manifest_information_plain_json") from None
    return vault_id, info, parsed


def _resolve_target(target_path: Path | str) -> tuple[Path, str | None]:
    """Return ``(folder, fixed file name or None to pick a timestamped one)``."""
    target = Path(target_path)
    if target.is_dir():
        return target, None
    if target.exists() or target.is_symlink():
        raise BackupExistsError()
    if not target.parent.is_dir():
        raise BackupInputError("backup.rotation.backup_folder_does_exist")
    if is_temporary_name(target.name):
        raise BackupInputError("backup.writer.file_name_reserved_temporary")
    return target.parent, target.name


def _publish(tmp: Path, folder: Path, fixed_name: str | None, created: datetime) -> Path:
    """Give the verified file its final name, never replacing an existing file."""
    for sequence in range(1, 1000):
        final = folder / (fixed_name or backup_file_name(created, sequence))
        try:
            os.link(tmp, final)
        except FileExistsError:
            if fixed_name:
                raise BackupExistsError() from None
            continue
        except OSError:
            # No hard links here (FAT and exFAT sticks): check, then rename. The race window is
            # tiny: only another process writing the same name in the same second could hit it.
            # (On Windows rename itself refuses to replace.)
            if final.exists() or final.is_symlink():
                if fixed_name:
                    raise BackupExistsError() from None
                continue
            os.rename(tmp, final)
            fsync_dir(folder)
            return final
        os.unlink(tmp)
        fsync_dir(folder)
        return final
    raise BackupExistsError("backup.writer.too_many_backups_same")


def _drop_cache(fd: int) -> None:
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _encrypt(out: _Output, payload: _Payload, recipients: list[pyrage.x25519.Recipient]) -> None:
    source = ChunkSource(payload.chunks())
    try:
        pyrage.encrypt_io(source, out, recipients)
    except pyrage.EncryptError:
        if isinstance(source.error, OSError):
            # Raised by the caller's iterators (reading the vault), not by the backup disk.
            raise BackupStorageError("backup.writer.could_read_vault_s") from None
        if source.error is not None:
            raise source.error from None
        if out.error is not None:
            raise out.error from None
        raise BackupStorageError() from None


def write_backup(
    target_path: Path | str,
    manifest_info: dict[str, Any],
    records: Iterable[dict[str, Any]],
    attachments: Iterable[AttachmentSource],
    *,
    recipients: list[str] | None = None,
    passphrase: str | None = None,
    signing_key: Ed25519PrivateKey,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> BackupResult:
    """Write, verify and publish one backup; return its final path and verification report.

    ``target_path``: a folder (a new timestamped name is chosen) or a new file name (an existing
    file is refused). ``manifest_info`` must hold ``vault_id``; other JSON keys are kept under
    ``info`` in the manifest. ``attachments`` yields ``(uuid, sha256_hex, size, chunks)``; the
    data must match size and checksum or nothing is written. Exactly one of ``recipients``
    (``age1…`` public keys) and ``passphrase`` must be given.
    """
    vault_id, info, parsed = _check_request(manifest_info, recipients, passphrase, signing_key)
    folder, fixed_name = _resolve_target(target_path)
    created = datetime.now(UTC).replace(microsecond=0)
    mtime = int(created.timestamp())

    throwaway = pyrage.x25519.Identity.generate()
    payload_recipients = [throwaway.to_public(), *parsed]
    key_blob = b""
    if passphrase is not None:
        key_blob = pyrage.passphrase.encrypt(
            identity_file_text(throwaway, comment="Izdeu backup payload key"), passphrase
        )
    payload = _Payload(vault_id, info, created, signing_key, records, attachments, progress, cancel)
    if key_blob:
        payload.outer_key_sha256 = hashlib.sha256(key_blob).hexdigest()

    sweep(folder)  # killed backups' temporaries (gigabytes) go before a new one is written
    try:
        held = _open_exclusive(folder)
    except OSError as exc:
        raise storage_error_for(exc) from None
    tmp = held.path
    published = False
    try:
        # The temporary stays locked until it is published or deleted (app/tempfiles.py): a
        # sweep started meanwhile by another window leaves it alone.
        with os.fdopen(held.fd, "wb", closefd=False) as raw:
            out = _Output(_output_filter(raw))
            if passphrase is None:
                _encrypt(out, payload, payload_recipients)
            else:
                # Outer container: tar of key.age and payload.age. The payload's size is only
                # known afterwards, so its header is written with size 0 and patched in place.
                out.write(member_header(fmt.OUTER_KEY_MEMBER, len(key_blob), mtime))
                out.write(key_blob + padding(len(key_blob)))
                payload_header_at = out.written
                out.write(member_header(fmt.OUTER_PAYLOAD_MEMBER, 0, mtime))
                start = out.written
                _encrypt(out, payload, payload_recipients)
                payload_size = out.written - start
                out.write(padding(payload_size) + END_OF_ARCHIVE)
                out.flush()
                out.seek(payload_header_at)
                out.write(member_header(fmt.OUTER_PAYLOAD_MEMBER, payload_size, mtime))
            out.flush()
            os.fsync(raw.fileno())
            _drop_cache(raw.fileno())
        report = _verify_written(tmp, throwaway, signing_key, key_blob, progress, cancel)
        if os.name == "nt":
            held.release()  # Windows cannot rename an open file
        final = _publish(tmp, folder, fixed_name, created)
        published = True
    except IzdeuError:
        raise
    except OSError as exc:
        raise storage_error_for(exc) from None
    finally:
        if published:
            held.release()
        else:
            held.discard()
    return BackupResult(final, replace(report, path=final))


def _verify_written(
    tmp: Path,
    throwaway: pyrage.x25519.Identity,
    signing_key: Ed25519PrivateKey,
    key_blob: bytes,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> VerifyReport:
    trusted = frozenset({public_key_bytes(signing_key)})
    try:
        opened = _Opened(tmp)
    except CancelledError:
        raise
    except IzdeuError:
        raise BackupReadBackError() from None
    try:
        # key.age is not decrypted again (that costs seconds of scrypt by design); comparing
        # the bytes on disk with what pyrage produced proves it arrived intact.
        if key_blob and opened.key_blob != key_blob:
            raise BackupReadBackError()
        report, _ = _verify_opened(opened, [throwaway], None, trusted, progress, cancel)
    except CancelledError:
        raise
    except IzdeuError:
        raise BackupReadBackError() from None
    finally:
        opened.close()
    return report
