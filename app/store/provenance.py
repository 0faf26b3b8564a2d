"""What merges remember: the version last merged from each device (``merge_sources``, the
common ancestor of the next merge) and the losing values of conflicts (``merge_conflicts``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.store import codec

__all__ = ["Source", "LostValue", "source", "remember", "add_conflict"]


@dataclass(frozen=True)
class Source:
    signer: str
    updated: str
    data: dict[str, Any]


@dataclass(frozen=True)
class LostValue:
    """One field's losing value in a merge conflict, and what it lost to."""

    at: str
    kind: str
    record_uuid: str
    case_uuid: str
    field: str
    winner: str
    lost_side: str
    lost_updated: str
    won_updated: str
    lost_value: Any
    backup_signer: str
    backup_created: str


def source(conn: Any, record_uuid: str) -> Source | None:
    row = conn.execute(
        "SELECT signer, updated, data FROM merge_sources WHERE record_uuid = ?", (record_uuid,)
    ).fetchone()
    return Source(row[0], row[1], json.loads(row[2])) if row else None


def remember(conn: Any, signer: str, record: Any) -> None:
    """This version from this device becomes the common ancestor of the next merge."""
    conn.execute(
        "INSERT INTO merge_sources(record_uuid, signer, updated, data) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(record_uuid) DO UPDATE SET signer = excluded.signer, "
        "updated = excluded.updated, data = excluded.data",
        (record.uuid, signer, record.updated, codec.encode(record)),
    )


def add_conflict(conn: Any, lost: LostValue) -> bool:
    """Keep a losing value; False when this very conflict was recorded before."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO merge_conflicts(at, kind, record_uuid, case_uuid, field, "
        "winner, lost_side, lost_updated, won_updated, lost_value, backup_signer, "
        "backup_created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            lost.at,
            lost.kind,
            lost.record_uuid,
            lost.case_uuid,
            lost.field,
            lost.winner,
            lost.lost_side,
            lost.lost_updated,
            lost.won_updated,
            codec.encode_value(lost.lost_value),
            lost.backup_signer,
            lost.backup_created,
        ),
    )
    return bool(cursor.rowcount)
