"""Reviewing merge conflicts: both values of a field side by side, and a person's choice.

A merge keeps the losing value of a field changed on both sides (``merge_conflicts``, see
app/store/provenance.py); the record holds the winner. Resolving a conflict either keeps what
the record holds or puts the kept value back into it (an ordinary update of the record, with
its own audit entry); either way a ``merge-conflict-resolved`` entry records which side was
chosen, and every kept value of that field of that record goes (the person decided the field).
The audit entry names the field, the side and the versions' times, never a value: the audit log
is append-only and must not keep case data a later deletion removes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.errors import NotFoundError
from app.store import audit, codec, writes
from app.store.schema import TABLES

__all__ = ["OpenConflict", "KEEP_CURRENT", "TAKE_KEPT", "open_conflicts", "resolve"]

KEEP_CURRENT = "current"  # the value the record holds now stays
TAKE_KEPT = "kept"  # the value the merge kept aside goes back into the record

_COLUMNS = (
    "id, at, kind, record_uuid, case_uuid, field, winner, lost_side, lost_updated, won_updated, "
    "lost_value, backup_signer, backup_created"
)


@dataclass(frozen=True)
class OpenConflict:
    """One kept value and what the record holds now for the same field."""

    id: int
    at: str  # when the merge ran
    kind: str
    record_uuid: str
    case_uuid: str
    case_number: str
    field: str
    winner: str  # "local" or "backup": whose value the record holds
    lost_side: str
    lost_updated: str
    won_updated: str
    current_value: Any
    kept_value: Any
    backup_signer: str
    backup_created: str


def _case_numbers(conn: Any) -> dict[str, str]:
    return dict(conn.execute(f"SELECT uuid, case_number FROM {TABLES['case']}").fetchall())


def open_conflicts(conn: Any, case_uuid: str | None = None) -> list[OpenConflict]:
    """Every kept value (of one case, or all), oldest merge first."""
    where, params = ("WHERE case_uuid = ?", (case_uuid,)) if case_uuid else ("", ())
    rows = conn.execute(f"SELECT {_COLUMNS} FROM merge_conflicts {where} ORDER BY id", params).fetchall()
    numbers = _case_numbers(conn) if rows else {}
    found: list[OpenConflict] = []
    for row in rows:
        record = codec.find(conn, row[2], row[3])
        if record is None:
            continue  # its record went (the trigger removes such rows; older vaults may not)
        current = record.data_fields().get(row[5])
        found.append(
            OpenConflict(
                id=row[0],
                at=row[1],
                kind=row[2],
                record_uuid=row[3],
                case_uuid=row[4],
                case_number=numbers.get(row[4], ""),
                field=row[5],
                winner=row[6],
                lost_side=row[7],
                lost_updated=row[8],
                won_updated=row[9],
                current_value=current,
                kept_value=json.loads(row[10]),
                backup_signer=row[11],
                backup_created=row[12],
            )
        )
    return found


def resolve(conn: Any, actor: str, conflict_id: int, choice: str) -> None:
    """Settle one conflict in the caller's transaction: ``choice`` is KEEP_CURRENT or TAKE_KEPT."""
    if choice not in (KEEP_CURRENT, TAKE_KEPT):
        raise ValueError(choice)
    row = conn.execute(
        "SELECT kind, record_uuid, case_uuid, field, winner, lost_side, lost_updated, won_updated, "
        "lost_value, backup_signer FROM merge_conflicts WHERE id = ?",
        (conflict_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError("store.conflicts.conflict_not_found")
    kind, record_uuid, case_uuid, field, winner, lost_side, lost_updated, won_updated, lost_json, signer = row
    record = codec.find(conn, kind, record_uuid)
    if record is None:
        raise NotFoundError("store.conflicts.conflict_not_found")
    if choice == TAKE_KEPT:
        data = record.data_fields()
        data[field] = json.loads(lost_json)
        updated = type(record).from_dict(
            {
                **data,
                "uuid": record.uuid,
                "created": record.created,
                **({} if kind == "case" else {"case_uuid": case_uuid}),
            }
        )
        updated.validate(allow_future=True, stored=True)
        writes.save(conn, actor, updated, keep_times=False)
    audit.append(
        conn,
        actor=actor,
        action="merge-conflict-resolved",
        kind=kind,
        record_uuid=record_uuid,
        case_uuid=case_uuid,
        detail={
            "field": field,
            "chosen": lost_side if choice == TAKE_KEPT else winner,
            "local_updated": won_updated if winner == "local" else lost_updated,
            "backup_updated": won_updated if winner == "backup" else lost_updated,
            "signer": signer,
        },
    )
    conn.execute("DELETE FROM merge_conflicts WHERE record_uuid = ? AND field = ?", (record_uuid, field))
