"""Letting go of a case that never received any data (a stray "New case").

Such a case holds its number, its intake date and its first status, all made by the program:
nothing a person said or typed. It is removed without tombstones, which exist to carry a
deletion of data to other vaults; there is no data to carry. Its creation stays in the audit
chain (entries are never removed), followed by a "discard" entry saying where it went.
"""

from __future__ import annotations

from typing import Any

from app.store import audit as _audit
from app.store import search as _search
from app.store.schema import CHILD_KINDS, TABLES

__all__ = ["discard_if_empty"]


def _untouched(conn: Any, case_uuid: str) -> bool:
    """Only the program's own creation entries, and no record beside the first status."""
    actions = {
        (kind, action)
        for (kind, action) in conn.execute(
            "SELECT kind, action FROM audit WHERE case_uuid = ?", (case_uuid,)
        ).fetchall()
    }
    if not actions <= {("case", "create"), ("status_change", "create")}:
        return False
    for kind in CHILD_KINDS:
        if kind == "status_change":
            continue
        if conn.execute(f"SELECT 1 FROM {TABLES[kind]} WHERE case_uuid = ? LIMIT 1", (case_uuid,)).fetchone():
            return False
    count = conn.execute(
        f"SELECT COUNT(*) FROM {TABLES['status_change']} WHERE case_uuid = ?", (case_uuid,)
    ).fetchone()[0]
    return bool(count <= 1)


def discard_if_empty(conn: Any, actor: str, case_uuid: str) -> bool:
    """Remove the case if it never received data (inside the caller's transaction); returns
    whether it did. A case that was changed in any way is kept, whatever it holds now."""
    if conn.execute(f"SELECT 1 FROM {TABLES['case']} WHERE uuid = ?", (case_uuid,)).fetchone() is None:
        return False
    if not _untouched(conn, case_uuid):
        return False
    _search.unindex_case(conn, case_uuid)
    conn.execute(f"DELETE FROM {TABLES['status_change']} WHERE case_uuid = ?", (case_uuid,))
    conn.execute(f"DELETE FROM {TABLES['case']} WHERE uuid = ?", (case_uuid,))
    _audit.append(
        conn, actor=actor, action="discard", kind="case", record_uuid=case_uuid, case_uuid=case_uuid
    )
    return True
