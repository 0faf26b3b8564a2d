"""Attachment bytes inside the vault, in chunks: streamed in and out with bounded memory."""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from app.errors import InvalidInputError, NotFoundError
from app.fsutil import atomic_writer
from app.model.text import replace_forbidden

__all__ = [
    "CHUNK_SIZE",
    "MAX_SIZE",
    "store_stream",
    "HashingSource",
    "iter_chunks",
    "export_to",
    "export_clean_to",
    "sniff_media_type",
    "clean_original_name",
    "safe_filename",
]

CHUNK_SIZE = 1024 * 1024
MAX_SIZE = 8 * 1024**3

_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF8", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
    (b"WEBP", 8, "image/webp"),
    (b"WAVE", 8, "audio/wav"),
    (b"OggS", 0, "audio/ogg"),
    (b"fLaC", 0, "audio/flac"),
    (b"ID3", 0, "audio/mpeg"),
    (b"ftypM4A", 4, "audio/mp4"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"PK\x03\x04", 0, "application/zip"),
)


def sniff_media_type(head: bytes, original_name: str) -> str:
    """Media type from the file's first bytes; the name's extension only as a fallback."""
    for magic, offset, media in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return media
    guessed, _ = mimetypes.guess_type("x" + Path(safe_filename(original_name)).suffix)
    return guessed or "application/octet-stream"


def clean_original_name(name: str) -> str:
    """The name as text to keep: control and bidi characters replaced, bounded length, never a
    path (the model refuses them in one-line fields)."""
    cleaned = "".join("\ufffd" if unicodedata.category(c) == "Cs" else c for c in name)
    return replace_forbidden(cleaned)[:255]


def safe_filename(name: str, fallback: str = "attachment") -> str:
    """A file name suggestion derived from an untrusted original name.

    Drops path separators, control and bidi-override characters (U+202E can disguise
    ``gpj.exe`` as ``exe.jpg``), leading dots; bounds it to 100 UTF-8 bytes, keeping the suffix.
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Zl", "Zp"))
    base = re.sub(r'[<>:"|?*]', "_", base).strip().lstrip(".").strip()
    if not base or base in {".", ".."}:
        base = fallback
    stem, dot, suffix = base.rpartition(".")
    if not dot or len(suffix.encode()) > 10:
        stem, suffix = base, ""
    budget = 100 - len(suffix.encode()) - (1 if suffix else 0)
    encoded = stem.encode("utf-8")[:budget]
    stem = encoded.decode("utf-8", errors="ignore") or fallback
    return f"{stem}.{suffix}" if suffix else stem


class ByteSource(Protocol):
    """What an attachment is copied from: an open file, a verified backup member, another
    attachment's chunks. Only ``read`` is needed, so none of them has to pretend to be a file."""

    def read(self, n: int = -1, /) -> bytes: ...


@runtime_checkable
class HashingSource(Protocol):
    """A source that already computes the SHA-256 of exactly what its ``read`` hands out (a
    backup's archive member hashes its bytes for the manifest check anyway). ``store_stream``
    then uses that digest instead of hashing every byte a second time: a restore's largest
    cost after SQLCipher's page writes was hashing each attachment twice."""

    def read(self, n: int = -1, /) -> bytes: ...

    def sha256_of_read(self) -> str:
        """Hex SHA-256 of all bytes ``read`` returned; asked only after it returned b""."""
        ...


def store_stream(
    conn: Any, attachment_uuid: str, source: ByteSource, max_size: int = MAX_SIZE
) -> tuple[int, str, bytes]:
    """Copy ``source`` into chunks; return (size, sha256 hex, first bytes). Caller's txn."""
    hashed = isinstance(source, HashingSource)
    digest = hashlib.sha256()
    size = 0
    seq = 0
    head = b""
    while True:
        chunk = source.read(CHUNK_SIZE)
        if not chunk:
            break
        if not head:
            head = chunk[:64]
        size += len(chunk)
        if size > max_size:
            raise InvalidInputError("store.attachments.file_too_large_attach")
        if not hashed:
            digest.update(chunk)
        conn.execute(
            "INSERT INTO attachment_chunks(attachment_uuid, seq, data) VALUES (?,?,?)",
            (attachment_uuid, seq, chunk),
        )
        seq += 1
    sha256 = source.sha256_of_read() if isinstance(source, HashingSource) else digest.hexdigest()
    return size, sha256, head


def iter_chunks(conn: Any, attachment_uuid: str) -> Iterator[bytes]:
    """Yield the bytes chunk by chunk (one chunk in memory at a time)."""
    seqs = [
        r[0]
        for r in conn.execute(
            "SELECT seq FROM attachment_chunks WHERE attachment_uuid = ? ORDER BY seq", (attachment_uuid,)
        )
    ]
    if (
        not seqs
        and conn.execute("SELECT 1 FROM attachments WHERE uuid = ?", (attachment_uuid,)).fetchone() is None
    ):
        raise NotFoundError("store.attachments.such_attachment")
    for seq in seqs:
        row = conn.execute(
            "SELECT data FROM attachment_chunks WHERE attachment_uuid = ? AND seq = ?", (attachment_uuid, seq)
        ).fetchone()
        yield bytes(row[0])


def export_to(conn: Any, attachment_uuid: str, target: Path, expected_sha256: str) -> None:
    """Write the attachment atomically to ``target``; verify its SHA-256 on the way."""
    digest = hashlib.sha256()
    with atomic_writer(target) as fh:
        for chunk in iter_chunks(conn, attachment_uuid):
            digest.update(chunk)
            fh.write(chunk)
        if digest.hexdigest() != expected_sha256:
            from app.errors import IntegrityError

            raise IntegrityError("store.attachments.content_mismatch")


# Cleaning decodes the whole image in memory; larger files are refused rather than risked.
MAX_CLEAN_SIZE = 64 * 1024**2


def export_clean_to(conn: Any, attachment_uuid: str, target: Path, expected_sha256: str, size: int) -> None:
    """Write an image's copy without its metadata (app/imagemeta.py) atomically to ``target``.

    The stored bytes are not changed: the original and its SHA-256 stay the evidence.
    """
    from app.errors import IntegrityError
    from app.fsutil import atomic_write_bytes
    from app.imagemeta import clean_image

    if size > MAX_CLEAN_SIZE:
        raise InvalidInputError("store.attachments.file_too_large_remove")
    data = b"".join(iter_chunks(conn, attachment_uuid))
    if hashlib.sha256(data).hexdigest() != expected_sha256:
        raise IntegrityError("store.attachments.content_mismatch")
    try:
        cleaned, _ = clean_image(data)
    except Exception:  # noqa: BLE001 - any decoding failure means "not an image we can clean"
        raise InvalidInputError("store.attachments.only_readable_image_can") from None
    atomic_write_bytes(target, cleaned)
