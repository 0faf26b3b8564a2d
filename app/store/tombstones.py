"""Tombstones (deleted records' identities) and the proof a deletion carries.

A tombstone keeps the deleted record's ``created`` time: what a vault that held the record can
show, and a stranger who only knows a UUID cannot (docs/backup-format.md, "The merge rule").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.store.schema import KIND_OF_TABLE, case_column

__all__ = ["Held", "add", "deleted_at", "deleted_many", "held", "held_many", "rows"]


@dataclass(frozen=True)
class Held:
    """A live record of this vault with a given UUID: its kind, case and creation time."""

    kind: str
    case_uuid: str
    created: str


def add(
    conn: Any, uuid: str, kind: str, case_uuid: str, deleted: str, created: str, *, replace: bool = False
) -> bool:
    """Record a deletion; returns whether a row was written. An earlier one for this UUID is
    kept, unless ``replace`` (this vault deletes its own record now)."""
    cursor = conn.execute(
        f"INSERT OR {'REPLACE' if replace else 'IGNORE'} INTO tombstones(uuid, kind, case_uuid, "
        "deleted, created) VALUES (?, ?, ?, ?, ?)",
        (uuid, kind, case_uuid, deleted, created),
    )
    return bool(cursor.rowcount)


def deleted_at(conn: Any, uuid: str) -> str | None:
    row = conn.execute("SELECT deleted FROM tombstones WHERE uuid = ?", (uuid,)).fetchone()
    return row[0] if row else None


def deleted_many(conn: Any, uuids: list[str]) -> dict[str, str]:
    """The deletion time of each of ``uuids`` that has a tombstone."""
    found: dict[str, str] = {}
    for start in range(0, len(uuids), 500):
        part = uuids[start : start + 500]
        marks = ", ".join("?" * len(part))
        for uuid, deleted in conn.execute(
            f"SELECT uuid, deleted FROM tombstones WHERE uuid IN ({marks})", part
        ):
            found[uuid] = deleted
    return found


def held_many(conn: Any, uuids: list[str]) -> dict[str, Held]:
    """:func:`held` for many UUIDs at once (the ones held, by UUID)."""
    found: dict[str, Held] = {}
    for start in range(0, len(uuids), 500):
        part = uuids[start : start + 500]
        marks = ", ".join("?" * len(part))
        for table, kind in KIND_OF_TABLE.items():
            sql = f"SELECT uuid, {case_column(kind)}, created FROM {table} WHERE uuid IN ({marks})"
            for uuid, case_uuid, created in conn.execute(sql, part):
                found.setdefault(uuid, Held(kind, case_uuid, created))
    return found


def held(conn: Any, uuid: str) -> Held | None:
    """The live record with this UUID, whatever its kind (a tombstone naming the wrong kind
    must not pass for a record this vault never had)."""
    row = conn.execute(_HELD_SQL, {"uuid": uuid}).fetchone()
    return Held(*row) if row else None


# One statement for all tables: a merge asks this for every incoming record.
_HELD_SQL = (
    " UNION ALL ".join(
        f"SELECT '{kind}', {case_column(kind)}, created FROM {table} WHERE uuid = :uuid"
        for table, kind in KIND_OF_TABLE.items()
    )
    + " LIMIT 1"
)


def rows(conn: Any) -> Iterator[tuple[str, str, str, str, str]]:
    """Every tombstone as (uuid, kind, case_uuid, deleted, created), oldest deletion first."""
    yield from conn.execute(
        "SELECT uuid, kind, case_uuid, deleted, created FROM tombstones ORDER BY deleted, uuid"
    )
