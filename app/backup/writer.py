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

import contextlib
import hashlib
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.backup import format as fmt
from app.backup.chain import FULL, Base, Link
from app.backup.errors import (
    BackupExistsError,
    BackupInputError,
    BackupReadBackError,
    BackupStorageError,
    storage_error_for,
)
from app.backup.keys import (
    identity_file_text,
    parse_recipient,
    public_key_bytes,
    signer_fingerprint,
)
from app.backup.opened import Opened
from app.backup.payload import AttachmentSource, Output, Payload
from app.backup.pipe import EncryptPipe, PipeBroken
from app.backup.readback import read_back
from app.backup.reports import MODE_PASSPHRASE, MODE_RECIPIENTS, CancelCheck, ProgressCallback, VerifyReport
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
INCREMENT_TAG = "-incr"  # in the name of an increment, before the suffix
_NAME_PREFIX = "izdeu-backup-"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    report: VerifyReport


def backup_file_name(when: datetime, sequence: int = 1, *, increment: bool = False) -> str:
    """``izdeu-backup-YYYYMMDDTHHMMSSZ.izbackup`` (``-2``, ``-3``… when a name is taken;
    ``…Z-incr.izbackup`` for an increment)."""
    stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    suffix = "" if sequence == 1 else f"-{sequence}"
    kind = INCREMENT_TAG if increment else ""
    return f"{_NAME_PREFIX}{stamp}{suffix}{kind}{BACKUP_SUFFIX}"


# --- test seams: the tests replace these to simulate a failing disk or a read-only folder ---


def _open_exclusive(folder: Path) -> Temporary:
    return Temporary.create(folder, "backup")


def _output_filter(fh: BinaryIO) -> BinaryIO:
    return fh


# --------------------------------------------------------------------------------------------


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


def _link_on(base: Base | None) -> Link:
    backup_id = str(uuid.uuid4())
    return Link(FULL, backup_id) if base is None else base.next_link(backup_id)


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


def _publish(tmp: Path, folder: Path, fixed_name: str | None, created: datetime, increment: bool) -> Path:
    """Give the verified file its final name, never replacing an existing file."""
    for sequence in range(1, 1000):
        final = folder / (fixed_name or backup_file_name(created, sequence, increment=increment))
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


def _encrypt(out: Output, payload: Payload, recipients: list[pyrage.x25519.Recipient]) -> int:
    """Encrypt the payload into ``out``; return the number of plaintext bytes."""
    pipe = EncryptPipe(out, recipients)
    try:
        # The payload is produced here (reading the vault, on the thread that owns it) while
        # the pipe's thread encrypts and writes (app/backup/pipe.py).
        pipe.feed(payload.chunks())
    except PipeBroken:
        if out.error is not None:
            raise out.error from None
        raise BackupStorageError() from None
    except OSError:
        # Raised by the caller's iterators (reading the vault), not by the backup disk.
        raise BackupStorageError("backup.writer.could_read_vault_s") from None
    return pipe.fed


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
    base: Base | None = None,
) -> BackupResult:
    """Write, verify and publish one backup; return its final path and verification report.

    ``base``: the backup this one is an increment on (app/backup/chain.py); the caller gives
    only what changed since then. Without it, a full
    backup. Either way the backup gets a new ``backup_id`` (docs/backup-format.md, version 2).

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
    payload = Payload(
        vault_id, info, created, signing_key, records, attachments, progress, cancel, _link_on(base)
    )
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
            out = Output(_output_filter(raw))
            if passphrase is None:
                plaintext_size = _encrypt(out, payload, payload_recipients)
            else:
                # Outer container: tar of key.age and payload.age. The payload's size is only
                # known afterwards, so its header is written with size 0 and patched in place.
                out.write(member_header(fmt.OUTER_KEY_MEMBER, len(key_blob), mtime))
                out.write(key_blob + padding(len(key_blob)))
                payload_header_at = out.written
                out.write(member_header(fmt.OUTER_PAYLOAD_MEMBER, 0, mtime))
                start = out.written
                plaintext_size = _encrypt(out, payload, payload_recipients)
                payload_size = out.written - start
                out.write(padding(payload_size) + END_OF_ARCHIVE)
                out.flush()
                out.seek(payload_header_at)
                out.write(member_header(fmt.OUTER_PAYLOAD_MEMBER, payload_size, mtime))
            out.flush()
            os.fsync(raw.fileno())
            _drop_cache(raw.fileno())
        report = _verify_written(tmp, throwaway, payload, plaintext_size, key_blob, progress, cancel)
        if os.name == "nt":
            held.release()  # Windows cannot rename an open file
        final = _publish(
            tmp, folder, fixed_name, created, payload.link is not None and payload.link.is_increment
        )
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
    payload: Payload,
    plaintext_size: int,
    key_blob: bytes,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> VerifyReport:
    try:
        opened = Opened(tmp)
    except CancelledError:
        raise
    except IzdeuError:
        raise BackupReadBackError() from None
    try:
        # key.age is not decrypted again (that costs seconds of scrypt by design); comparing
        # the bytes on disk with what pyrage produced proves it arrived intact.
        if key_blob and opened.key_blob != key_blob:
            raise BackupReadBackError()
        counts = (payload.record_count, payload.attachment_count)
        read_back(opened, throwaway, plaintext_size, counts, progress, cancel)
        size = opened.size
    finally:
        opened.close()
    public = public_key_bytes(payload.signing_key)
    return VerifyReport(
        path=tmp,
        mode=MODE_PASSPHRASE if key_blob else MODE_RECIPIENTS,
        format_version=payload.version,
        vault_id=payload.vault_id,
        created=payload.created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        signer_fingerprint=signer_fingerprint(public),
        signer_public_key=public,
        records=payload.record_count,
        attachments=payload.attachment_count,
        attachment_bytes=payload.attachment_bytes,
        file_size=size,
        info=payload.info,
        link=payload.link,
        manifest_sha256=payload.manifest_sha256,
    )
