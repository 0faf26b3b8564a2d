"""A consistent read of the whole vault (backups): everything read inside ONE transaction.

``BEGIN`` deferred: in WAL mode SQLite shows this connection the database as it was at its
first read, whatever is committed meanwhile. Only reads happen, so the end just closes it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from app.store import attachments as _att
from app.store import audit as _audit
from app.store import changes as _changes
from app.store import codec, tombstones
from app.store.schema import TABLES
from app.vault.vault import Vault

__all__ = ["Snapshot", "counts", "read_snapshot"]


def counts(conn: Any) -> dict[str, int]:
    """How many rows of each kind, tombstones and audit entries (a backup's manifest)."""
    out = {
        kind: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for kind, table in TABLES.items()
    }
    out["tombstones"] = int(conn.execute("SELECT count(*) FROM tombstones").fetchone()[0])
    out["audit"] = int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    return out


class Snapshot:
    """The reads a backup makes, all in the snapshot's transaction."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def counts(self) -> dict[str, int]:
        return counts(self._conn)

    def payload_estimate(self) -> int:
        """Bytes, for progress: attachment content (once per content), records' JSON, and a
        guess per audit entry."""
        conn = self._conn
        attachments = conn.execute(
            "SELECT coalesce(sum(size), 0) FROM (SELECT sha256, max(size) AS size "
            "FROM attachments GROUP BY sha256)"
        ).fetchone()[0]
        text = sum(
            int(conn.execute(f"SELECT coalesce(sum(length(data)), 0) FROM {t}").fetchone()[0])
            for t in TABLES.values()
        )
        entries = int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
        return int(attachments) + text + 200 * entries

    def meta(self) -> list[tuple[str, str]]:
        return [(k, v) for k, v in self._conn.execute("SELECT key, value FROM meta ORDER BY key")]

    def tombstones(self) -> Iterator[tuple[str, str, str, str, str]]:
        return tombstones.rows(self._conn)

    def records(self) -> Iterator[tuple[str, dict[str, Any], str | None]]:
        """``(kind, Record.to_dict fields, case activity)``, cases first then each child kind."""
        for kind in TABLES:
            for fields, activity in codec.rows_of(self._conn, kind):
                yield kind, fields, activity

    def audit_rows(self, after: int = 0) -> Iterator[dict[str, Any]]:
        """The audit log verbatim, from the entry after ``after`` (an increment's base's)."""
        return _audit.rows(self._conn, after)

    def audit_seq(self) -> int:
        """The newest audit entry's number."""
        return int(self._conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])

    # --- increments: what changed after a base's change number (app/store/changes.py) ----------

    def change_number(self) -> int:
        """The newest change number this snapshot holds."""
        return _changes.current(self._conn)

    def changed_since(self, seq: int) -> _changes.ChangeSet:
        return _changes.since(self._conn, seq)

    def records_among(self, changed: _changes.ChangeSet) -> Iterator[tuple[str, dict[str, Any], str | None]]:
        """:meth:`records` of the changed records that exist now, cases first."""
        for kind in TABLES:
            for fields, activity in codec.rows_among(self._conn, kind, changed.records.get(kind, [])):
                yield kind, fields, activity

    def gone_among(self, changed: _changes.ChangeSet) -> Iterator[tuple[str, str]]:
        """``(kind, uuid)`` of changed records that no longer exist and left no tombstone (a
        case let go of unused, app/store/discard.py, or an undone intake)."""
        stones = set(changed.tombstones)
        for kind in TABLES:
            uuids = changed.records.get(kind, [])
            there = {fields["uuid"] for fields, _a in codec.rows_among(self._conn, kind, uuids)}
            dead = set(tombstones.deleted_many(self._conn, uuids))
            for uuid in uuids:
                if uuid not in there and uuid not in dead and uuid not in stones:
                    yield kind, uuid

    def tombstones_among(self, changed: _changes.ChangeSet) -> Iterator[tuple[str, str, str, str, str]]:
        wanted = set(changed.tombstones)
        return (row for row in tombstones.rows(self._conn) if row[0] in wanted)

    def attachment_contents_among(self, changed: _changes.ChangeSet) -> Iterator[tuple[str, str, int]]:
        """:meth:`attachment_contents` of the changed attachments: an increment carries the
        bytes of every attachment it names, so it merges on its own."""
        return self.attachment_contents(set(changed.records.get("attachment", [])))

    def attachment_contents(self, among: set[str] | None = None) -> Iterator[tuple[str, str, int]]:
        """``(uuid, sha256, size)`` of one attachment per distinct content, oldest first
        (``among``: of these attachments only)."""
        seen: set[str] = set()
        cursor = self._conn.execute("SELECT uuid, sha256, size FROM attachments ORDER BY created, uuid")
        while True:
            batch = cursor.fetchmany(256)
            if not batch:
                return
            for uuid, sha256, size in batch:
                if among is not None and uuid not in among:
                    continue
                if sha256 not in seen:
                    seen.add(sha256)
                    yield uuid, sha256, int(size)

    def chunks(self, attachment_uuid: str) -> Iterator[bytes]:
        return _att.iter_chunks(self._conn, attachment_uuid)


@contextlib.contextmanager
def read_snapshot(vault: Vault) -> Iterator[Snapshot]:
    """One read transaction on the vault's own connection (its thread's: nobody writes
    through it meanwhile). The caller checks ``vault.in_transaction`` first."""
    conn = vault.conn
    conn.execute("BEGIN")
    try:
        yield Snapshot(conn)
    finally:
        # Only reads happened here, so COMMIT just ends the snapshot; should anything have
        # written through this connection meanwhile, it is kept rather than silently undone.
        try:
            conn.execute("COMMIT")
        except Exception:  # noqa: BLE001 - the caller's own outcome is what gets reported
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
