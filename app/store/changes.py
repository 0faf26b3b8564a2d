"""The change log incremental backups are cut from (table ``changes``, schema version 8).

Triggers on every record table (walked from :data:`app.store.schema.TABLES`, so a table added
later is covered too) and on ``tombstones`` write one row per insert, update and delete, with a
number that only grows. A backup records the newest number its snapshot holds; an increment on
it holds the records and tombstones the rows after that number name, as they are *now*.

The triggers are kept by the store rather than spelt out in the migration: the migration would
have to hand-list the kinds, and a kind added later would silently go unlogged. They are
checked on every opening of a store (``Store.ensure_change_log``: one read of
``sqlite_master``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.store import search as _search
from app.store import writes
from app.store.schema import TABLES, case_column

__all__ = [
    "TOMBSTONE",
    "ChangeSet",
    "current",
    "drop_record",
    "install_triggers",
    "since",
    "triggers_current",
]

TOMBSTONE = "tombstone"
_PREFIX = "izdeu_changes_"
_EVENTS = {"ins": ("INSERT", "NEW"), "upd": ("UPDATE", "NEW"), "del": ("DELETE", "OLD")}


def _wanted() -> dict[str, str]:
    """Trigger name → its CREATE statement, for every record table and for tombstones."""
    targets = [*((kind, table) for kind, table in TABLES.items()), (TOMBSTONE, "tombstones")]
    wanted: dict[str, str] = {}
    for kind, table in targets:
        for short, (event, row) in _EVENTS.items():
            name = f"{_PREFIX}{table}_{short}"
            wanted[name] = (
                f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN "
                f"INSERT INTO changes(kind, uuid) VALUES ('{kind}', {row}.uuid); END"
            )
    return wanted


def _have(conn: Any) -> set[str]:
    return {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", (f"{_PREFIX}%",)
        )
    }


def triggers_current(conn: Any) -> bool:
    """Whether the triggers are exactly those this table list needs."""
    return _have(conn) == set(_wanted())


def install_triggers(conn: Any) -> None:
    """Create the triggers this table list needs and drop any of an older list (inside the
    caller's transaction)."""
    wanted = _wanted()
    have = _have(conn)
    for name in sorted(have - set(wanted)):
        conn.execute(f"DROP TRIGGER {name}")
    for name in sorted(set(wanted) - have):
        conn.execute(wanted[name])


def current(conn: Any) -> int:
    """The newest change number (0 in a vault with none yet)."""
    row = conn.execute("SELECT max(seq) FROM changes").fetchone()
    return int(row[0] or 0)


@dataclass
class ChangeSet:
    """What changed after a change number: record UUIDs by kind, tombstone UUIDs."""

    records: dict[str, list[str]] = field(default_factory=dict)
    tombstones: list[str] = field(default_factory=list)


def since(conn: Any, seq: int) -> ChangeSet:
    """The records and tombstones written after change number ``seq`` (each once, in the order
    of its first change)."""
    found = ChangeSet()
    seen: set[tuple[str, str]] = set()
    cursor = conn.execute("SELECT kind, uuid FROM changes WHERE seq > ? ORDER BY seq", (seq,))
    while True:
        rows = cursor.fetchmany(1024)
        if not rows:
            return found
        for kind, uuid in rows:
            if (kind, uuid) in seen:
                continue
            seen.add((kind, uuid))
            if kind == TOMBSTONE:
                found.tombstones.append(uuid)
            elif kind in TABLES:
                found.records.setdefault(kind, []).append(uuid)


def drop_record(conn: Any, kind: str, uuid: str) -> bool:
    """Remove a record (a case with what it holds) *without* a tombstone or an audit entry:
    a chain restore applying an increment, whose own tombstones and copied audit log say
    what happened. Returns whether there was such a record."""
    table = TABLES[kind]
    row = conn.execute(f"SELECT {case_column(kind)} FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
    if row is None:
        return False
    if kind == "case":
        _search.unindex_case(conn, uuid)  # its records go with it (ON DELETE CASCADE)
    else:
        _search.unindex_record(conn, uuid)
    conn.execute(f"DELETE FROM {table} WHERE uuid = ?", (uuid,))
    if kind != "case":
        writes.refresh_case_columns(conn, kind, row[0])
    return True
