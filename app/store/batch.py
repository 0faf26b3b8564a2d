"""Writes inside one :meth:`Store.batch` transaction (import, restore, merge): all or nothing.

Everything a backup, restore, merge or import does to the vault goes through these methods,
so no caller needs the connection or a table name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from app.model.records import Attachment, Record
from app.store import attachments as _att
from app.store import audit as _audit
from app.store import changes, codec, provenance, tombstones, writes
from app.store.snapshot import counts

if TYPE_CHECKING:
    from app.store.store import Store

__all__ = ["Batch"]


class Batch:
    """Writes inside one :meth:`Store.batch` transaction."""

    def __init__(
        self,
        store: Store,
        conn: Any,
        keep_times: bool,
        action: str | None,
        audit: bool = True,
        stored: bool = False,
    ) -> None:
        self._store = store
        self._stored = stored
        self._conn = conn
        self._keep_times = keep_times
        self._action = action
        self._audit = audit

    # --- records ---------------------------------------------------------------------------

    def save(self, record: Record, *, validated: bool = False) -> None:
        """``validated``: the caller has just validated ``record`` with this batch's rules
        (a merge's records are, as they are read); not validated twice."""
        if not validated:
            record.validate(allow_future=self._keep_times, stored=self._stored)
        writes.save(
            self._conn,
            self._store.actor,
            record,
            self._keep_times,
            self._action,
            self._audit,
            status_log=not self._stored,
        )

    def get(self, kind: str, uuid: str) -> Record | None:
        """This vault's record of ``kind`` with this UUID, or None."""
        return codec.find(self._conn, kind, uuid)

    def fields_many(self, kind: str, uuids: list[str]) -> dict[str, dict[str, Any]]:
        """This vault's records of ``kind`` among ``uuids``, as ``Record.to_dict`` has them."""
        return codec.fields_many(self._conn, kind, uuids)

    def delete(self, kind: str, uuid: str) -> None:
        """Delete a record as :meth:`Store.delete` does, inside this batch's transaction.

        The caller should ``vault.checkpoint()`` after the batch (deleted rows, old WAL frames).
        """
        writes.delete(self._conn, self._store.actor, kind, uuid)

    def drop(self, kind: str, uuid: str) -> bool:
        """Remove a record (a case with what it holds) without a tombstone or an audit entry:
        a chain restore applying an increment (app/store/changes.py)."""
        return changes.drop_record(self._conn, kind, uuid)

    def set_activity(self, activity: dict[str, str]) -> None:
        """Cases' "last change" columns (case UUID → time) as the backed-up vault had them:
        saving their records moved them to now."""
        writes.set_activity(self._conn, activity)

    def counts(self) -> dict[str, int]:
        """Rows of each kind, tombstones and audit entries, as written so far."""
        return counts(self._conn)

    # --- deletions -------------------------------------------------------------------------

    def add_tombstone(self, uuid: str, kind: str, case_uuid: str, deleted: str, created: str = "") -> bool:
        """Record that a record was deleted elsewhere (restore, merge), so it is not revived;
        ``created`` is the deleted record's, as the deleting vault gave it. Returns whether
        the deletion was new here."""
        return tombstones.add(self._conn, uuid, kind, case_uuid, deleted, created)

    def held(self, uuid: str) -> tombstones.Held | None:
        """The live record with this UUID in any table (kind, case, created), or None."""
        return tombstones.held(self._conn, uuid)

    def held_many(self, uuids: list[str]) -> dict[str, tombstones.Held]:
        return tombstones.held_many(self._conn, uuids)

    def deleted_many(self, uuids: list[str]) -> dict[str, str]:
        return tombstones.deleted_many(self._conn, uuids)

    def deleted_at(self, uuid: str) -> str | None:
        return tombstones.deleted_at(self._conn, uuid)

    # --- audit log -------------------------------------------------------------------------

    def record_event(
        self,
        action: str,
        kind: str,
        record_uuid: str = "",
        case_uuid: str = "",
        detail: dict[str, Any] | None = None,
    ) -> None:
        """An audit entry by this store's actor, in this transaction."""
        _audit.append(
            self._conn,
            actor=self._store.actor,
            action=action,
            kind=kind,
            record_uuid=record_uuid,
            case_uuid=case_uuid,
            detail=detail,
        )

    def has_signer_entry(self, *, case_uuid: str, record_uuid: str, action: str, signer: str) -> bool:
        return _audit.has_signer_entry(
            self._conn, case_uuid=case_uuid, record_uuid=record_uuid, action=action, signer=signer
        )

    def copy_audit_row(self, values: tuple[Any, ...]) -> None:
        """An audit row verbatim (restore; ``audit.COLUMNS`` order)."""
        _audit.copy_row(self._conn, values)

    # --- merges ----------------------------------------------------------------------------

    def merge_source(self, record_uuid: str) -> provenance.Source | None:
        return provenance.source(self._conn, record_uuid)

    def remember_source(self, signer: str, record: Record) -> None:
        provenance.remember(self._conn, signer, record)

    def add_conflict(self, lost: provenance.LostValue) -> bool:
        return provenance.add_conflict(self._conn, lost)

    # --- attachments -----------------------------------------------------------------------

    def has_attachment_content(self, sha256: str) -> str | None:
        """UUID of an attachment already holding these bytes, if any (for deduplication)."""
        row = self._conn.execute(
            "SELECT uuid FROM attachments WHERE sha256 = ? AND size >= 0 LIMIT 1", (sha256,)
        ).fetchone()
        return row[0] if row else None

    def add_attachment(self, meta: Attachment, source: _att.ByteSource) -> None:
        """Store an attachment with its recorded metadata (UUID, times, name, SHA-256).

        The bytes must match ``meta.sha256`` and ``meta.size``; otherwise the whole batch fails.
        """
        meta.validate(allow_future=self._keep_times, stored=self._stored)
        writes.add_attachment(self._conn, self._store.actor, meta, source, self._action, self._audit)

    def copy_attachment_content(self, meta: Attachment, from_uuid: str) -> None:
        """Add ``meta`` whose bytes equal those of attachment ``from_uuid`` already stored."""
        self.add_attachment(meta, _ChunkReader(_att.iter_chunks(self._conn, from_uuid)))


class _ChunkReader:
    """A read()-able view of a chunk iterator (about one chunk in memory at a time).

    ``read(n)`` returns at most ``n`` bytes, as the :class:`~app.store.attachments.ByteSource`
    contract says, whatever size the stored chunks have."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = bytearray()

    def read(self, n: int = -1, /) -> bytes:
        if n < 0:
            self._pending.extend(b"".join(self._chunks))
            n = len(self._pending)
        while len(self._pending) < n:
            chunk = next(self._chunks, b"")
            if not chunk:
                break
            self._pending.extend(chunk)
        data = bytes(self._pending[:n])
        del self._pending[:n]
        return data
