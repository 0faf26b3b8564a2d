"""Recordings written into the vault while they are made: the attachment row first, then each
encoded piece in its own transaction, so a crash keeps everything committed before it.

A recording in progress is an attachment whose ``recording_state`` is ``"recording"``; its
size and SHA-256 are filled in when it is finished (normally, or at the next open after a
crash: app/media/recovery.py decodes it for its real duration).
"""

from __future__ import annotations

import hashlib
from typing import Any

from app.errors import NotFoundError
from app.model.records import Attachment, Testimony, now_iso
from app.store import audit as _audit
from app.store import codec, writes
from app.store import search as _search

__all__ = [
    "RECORDING",
    "COMPLETE",
    "RECOVERED",
    "begin",
    "append_chunk",
    "finish",
    "unfinished",
    "chunk_index",
    "chunk",
    "digest_of",
]

RECORDING = "recording"
COMPLETE = "complete"
RECOVERED = "recovered"


def begin(conn: Any, actor: str, attachment: Attachment, testimony_uuid: str) -> None:
    """The recording's attachment row, linked to the testimony if the vault has it already
    (an unsaved one gets the link from the editor when it is saved)."""
    if not conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (attachment.case_uuid,)).fetchone():
        raise NotFoundError("store.store.such_case")
    attachment.validate()
    conn.execute(
        "INSERT INTO attachments(uuid, case_uuid, created, updated, data, sha256, size)"
        " VALUES (?, ?, ?, ?, ?, '', 0)",
        (
            attachment.uuid,
            attachment.case_uuid,
            attachment.created,
            attachment.updated,
            codec.encode(attachment),
        ),
    )
    writes.touch(conn, attachment.case_uuid)
    _search.index_record(conn, attachment, attachment.case_uuid)
    _audit.append(
        conn,
        actor=actor,
        action="create",
        kind="attachment",
        record_uuid=attachment.uuid,
        case_uuid=attachment.case_uuid,
        detail={"fields": ["recording"]},
    )
    testimony = codec.find(conn, "testimony", testimony_uuid) if testimony_uuid else None
    if isinstance(testimony, Testimony) and testimony.case_uuid == attachment.case_uuid:
        if attachment.uuid not in testimony.attachment_uuids:
            testimony.attachment_uuids.append(attachment.uuid)
            writes.save(conn, actor, testimony, keep_times=False)


def append_chunk(conn: Any, attachment_uuid: str, seq: int, data: bytes) -> None:
    conn.execute(
        "INSERT INTO attachment_chunks(attachment_uuid, seq, data) VALUES (?,?,?)",
        (attachment_uuid, seq, data),
    )


def chunk_index(conn: Any, attachment_uuid: str) -> list[tuple[int, int]]:
    """(seq, length) of every chunk in order: what a seekable reader needs, without the bytes."""
    rows = conn.execute(
        "SELECT seq, length(data) FROM attachment_chunks WHERE attachment_uuid = ? ORDER BY seq",
        (attachment_uuid,),
    ).fetchall()
    if (
        not rows
        and conn.execute("SELECT 1 FROM attachments WHERE uuid = ?", (attachment_uuid,)).fetchone() is None
    ):
        raise NotFoundError("store.attachments.such_attachment")
    return [(int(seq), int(length)) for seq, length in rows]


def chunk(conn: Any, attachment_uuid: str, seq: int) -> bytes:
    row = conn.execute(
        "SELECT data FROM attachment_chunks WHERE attachment_uuid = ? AND seq = ?", (attachment_uuid, seq)
    ).fetchone()
    if row is None:
        raise NotFoundError("store.attachments.such_attachment")
    return bytes(row[0])


def digest_of(conn: Any, attachment_uuid: str) -> tuple[int, str]:
    """Size and SHA-256 of what the vault holds, one chunk in memory at a time."""
    digest = hashlib.sha256()
    size = 0
    for seq, _ in chunk_index(conn, attachment_uuid):
        data = chunk(conn, attachment_uuid, seq)
        digest.update(data)
        size += len(data)
    return size, digest.hexdigest()


def finish(
    conn: Any, actor: str, attachment_uuid: str, *, duration_ms: int, state: str, size: int, sha256: str
) -> Attachment:
    """Close a recording: its length, size and fingerprint written, with its audit entry."""
    attachment = codec.load(conn, "attachment", attachment_uuid)
    assert isinstance(attachment, Attachment)
    attachment.duration_ms = max(0, duration_ms)
    attachment.recording_state = state
    attachment.size = size
    attachment.sha256 = sha256
    attachment.updated = now_iso()
    attachment.validate()
    conn.execute(
        "UPDATE attachments SET data = ?, sha256 = ?, size = ?, updated = ? WHERE uuid = ?",
        (codec.encode(attachment), sha256, size, attachment.updated, attachment_uuid),
    )
    writes.touch(conn, attachment.case_uuid)
    _audit.append(
        conn,
        actor=actor,
        action="update",
        kind="attachment",
        record_uuid=attachment_uuid,
        case_uuid=attachment.case_uuid,
        detail={"fields": ["file", "duration_ms", "recording_state"], "sha256": sha256, "size": size},
    )
    return attachment


def unfinished(conn: Any) -> list[Attachment]:
    """Recordings a crash left open (the vault is locked to one process: none is being made)."""
    rows = conn.execute(
        "SELECT uuid FROM attachments WHERE json_extract(data, '$.recording_state') = ?", (RECORDING,)
    ).fetchall()
    found = [codec.load(conn, "attachment", r[0]) for r in rows]
    return [a for a in found if isinstance(a, Attachment)]
