"""Rows ↔ records: the one encoding of a record's fields as stored, and its decoding.

A record's ``data`` column is its ``data_fields()`` as canonical JSON (sorted keys, UTF-8 kept);
its identity and times are columns of their own. Merges compare and remember these same texts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from app.errors import NotFoundError
from app.model.records import Record, record_class
from app.store.schema import TABLES, case_column

__all__ = [
    "encode",
    "encode_value",
    "decode_fields",
    "exists",
    "fields_many",
    "load",
    "find",
    "rows_of",
    "children",
    "records",
]


def encode_value(value: Any) -> str:
    """Canonical JSON of one value (a record's data, a field's value)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def encode(record: Record) -> str:
    """The text of a record's ``data`` column."""
    return encode_value(record.data_fields())


def _columns(kind: str) -> str:
    return "uuid, created, updated, data" + ("" if kind == "case" else ", case_uuid")


def decode_fields(kind: str, row: Any) -> dict[str, Any]:
    """A record as ``Record.to_dict`` has it, from a row of :func:`_columns`."""
    data = json.loads(row[3])
    data.update(uuid=row[0], created=row[1], updated=row[2])
    if kind != "case":
        data["case_uuid"] = row[4]
    return data


def _decode(kind: str, row: Any) -> Record:
    return record_class(kind).from_dict(decode_fields(kind, row))


def find(conn: Any, kind: str, uuid: str) -> Record | None:
    row = conn.execute(f"SELECT {_columns(kind)} FROM {TABLES[kind]} WHERE uuid = ?", (uuid,)).fetchone()
    return None if row is None else _decode(kind, row)


def fields_many(conn: Any, kind: str, uuids: list[str]) -> dict[str, dict[str, Any]]:
    """The records of ``kind`` among ``uuids`` as ``Record.to_dict`` has them (decoded JSON
    only, no model conversion), by UUID: a merge compares these with a backup's lines."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(uuids), 500):  # SQLite's default limit on bound parameters is 999
        part = uuids[start : start + 500]
        marks = ", ".join("?" * len(part))
        sql = f"SELECT {_columns(kind)} FROM {TABLES[kind]} WHERE uuid IN ({marks})"
        for row in conn.execute(sql, part):
            found[row[0]] = decode_fields(kind, row)
    return found


def exists(conn: Any, kind: str, uuid: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {TABLES[kind]} WHERE uuid = ?", (uuid,)).fetchone() is not None


def load(conn: Any, kind: str, uuid: str) -> Record:
    record = find(conn, kind, uuid)
    if record is None:
        raise NotFoundError("store.store.no_such_kind", kind=kind.replace("_", " "))
    return record


def children(conn: Any, case_uuid: str, kind: str) -> list[Record]:
    rows = conn.execute(
        f"SELECT {_columns(kind)} FROM {TABLES[kind]} WHERE case_uuid = ? ORDER BY created, uuid",
        (case_uuid,),
    ).fetchall()
    return [_decode(kind, r) for r in rows]


def rows_of(
    conn: Any, kind: str, case_uuids: list[str] | None = None
) -> Iterator[tuple[dict[str, Any], str | None]]:
    """Every record of ``kind`` as ``(to_dict fields, case activity or None)``, oldest first.

    Fetched in batches: memory stays bounded whatever the size of the vault.
    """
    cols = _columns(kind) + (", activity" if kind == "case" else "")
    sql = f"SELECT {cols} FROM {TABLES[kind]}"

    def cursors() -> Iterator[Any]:
        # One statement at a time: a long list of cases must not hold a cursor per case.
        if case_uuids is None:
            yield conn.execute(sql + " ORDER BY created, uuid")
        else:
            for uuid in case_uuids:
                yield conn.execute(f"{sql} WHERE {case_column(kind)} = ? ORDER BY created, uuid", (uuid,))

    for cursor in cursors():
        while True:
            rows = cursor.fetchmany(256)
            if not rows:
                break
            for row in rows:
                yield decode_fields(kind, row), (row[4] if kind == "case" else None)


def rows_among(conn: Any, kind: str, uuids: list[str]) -> Iterator[tuple[dict[str, Any], str | None]]:
    """:func:`rows_of` for the records of ``kind`` among ``uuids`` (those that exist), oldest
    first within each block of 500."""
    cols = _columns(kind) + (", activity" if kind == "case" else "")
    for start in range(0, len(uuids), 500):  # SQLite's default limit on bound parameters is 999
        part = uuids[start : start + 500]
        marks = ", ".join("?" * len(part))
        sql = f"SELECT {cols} FROM {TABLES[kind]} WHERE uuid IN ({marks}) ORDER BY created, uuid"
        for row in conn.execute(sql, part).fetchall():
            yield decode_fields(kind, row), (row[4] if kind == "case" else None)


def records(conn: Any, case_uuids: list[str] | None = None) -> Iterator[Record]:
    """Every record, cases first then their children (so parents load before children)."""
    for kind in TABLES:
        cls = record_class(kind)
        for fields, _activity in list(rows_of(conn, kind, case_uuids)):
            yield cls.from_dict(fields)
