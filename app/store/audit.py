"""The append-only audit log: who changed what and when, hash-chained.

Each row's hash covers the previous row's hash and the row's own fields, and the newest hash is
mirrored in ``meta``; editing, deleting or inserting a row breaks the chain, which
``Vault.check()`` reports. Details name fields, never their values, so deleting data from a case
does not leave a copy of it here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.model.records import now_iso
from app.vault import metakeys
from app.vault.vault import Vault

__all__ = [
    "AuditEntry",
    "COLUMNS",
    "append",
    "append_to",
    "changed_since",
    "EVENT_ACTIONS",
    "copy_row",
    "entries",
    "has_signer_entry",
    "rows",
    "verify_chain",
    "GENESIS",
]

GENESIS = "0" * 64
# Audit entries that record something done with the data, not a change of it.
EVENT_ACTIONS = ("backup", "dossier", "export")
# A row as stored and as a backup carries it: the hash covers exactly these values.
COLUMNS = ("seq", "at", "actor", "action", "kind", "record_uuid", "case_uuid", "detail", "prev_hash", "hash")


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    kind: str
    record_uuid: str
    case_uuid: str
    detail: dict[str, Any]
    hash: str


def _digest(
    prev: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    kind: str,
    record_uuid: str,
    case_uuid: str,
    detail: str,
) -> str:
    payload = json.dumps(
        [prev, seq, at, actor, action, kind, record_uuid, case_uuid, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    conn: Any,
    *,
    actor: str,
    action: str,
    kind: str,
    record_uuid: str = "",
    case_uuid: str = "",
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one entry; must run inside the caller's transaction."""
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at = now_iso()
    detail_text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
    digest = _digest(prev, seq, at, actor, action, kind, record_uuid, case_uuid, detail_text)
    conn.execute(
        "INSERT INTO audit(seq, at, actor, action, kind, record_uuid, case_uuid, detail, "
        "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (seq, at, actor, action, kind, record_uuid, case_uuid, detail_text, prev, digest),
    )
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (metakeys.AUDIT_HEAD, f"{seq}:{digest}"),
    )


def append_to(
    vault: Vault, *, actor: str, action: str, kind: str, detail: dict[str, Any] | None = None
) -> None:
    """:func:`append` for a caller that holds a vault (its settings), in its transaction."""
    append(vault.conn, actor=actor, action=action, kind=kind, detail=detail)


def copy_row(conn: Any, values: tuple[Any, ...]) -> None:
    """Insert a row verbatim (``COLUMNS`` order) as another vault has it (restore); the chain
    verifies as it did there. The caller sets the head (``metakeys.AUDIT_HEAD``) after."""
    conn.execute(f"INSERT INTO audit({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})", values)


def rows(conn: Any, after: int = 0) -> Iterator[dict[str, Any]]:
    """Every row verbatim (``COLUMNS`` to stored values) with ``seq`` above ``after``, oldest
    first, fetched in batches."""
    cursor = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit WHERE seq > ? ORDER BY seq", (after,))
    while True:
        batch = cursor.fetchmany(512)
        if not batch:
            return
        for row in batch:
            yield dict(zip(COLUMNS, row, strict=True))


def has_signer_entry(conn: Any, *, case_uuid: str, record_uuid: str, action: str, signer: str) -> bool:
    """Whether an entry of ``action`` about this record names ``signer`` in its detail (merges
    record some events once per record and device, not at every merge of the same backup)."""
    # append() stores the detail as sorted JSON: this is how the signer appears in it.
    signer_text = json.dumps({"signer": signer}, ensure_ascii=False)[1:-1]
    return (
        conn.execute(
            "SELECT 1 FROM audit WHERE case_uuid = ? AND record_uuid = ? AND action = ? "
            "AND instr(detail, ?) > 0 LIMIT 1",
            (case_uuid, record_uuid, action, signer_text),
        ).fetchone()
        is not None
    )


def entries(conn: Any, case_uuid: str | None = None, limit: int = 10_000) -> list[AuditEntry]:
    sql = "SELECT seq, at, actor, action, kind, record_uuid, case_uuid, detail, hash FROM audit"
    args: tuple[Any, ...] = ()
    if case_uuid is not None:
        sql += " WHERE case_uuid = ?"
        args = (case_uuid,)
    sql += " ORDER BY seq LIMIT ?"
    rows = conn.execute(sql, (*args, limit)).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8]) for r in rows]


def verify_chain(vault: Any) -> list[str]:
    """Return a list of problems (empty when the chain is intact)."""
    conn = vault.conn
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    last = (0, GENESIS)
    cursor = conn.execute(
        "SELECT seq, at, actor, action, kind, record_uuid, case_uuid, detail, prev_hash, hash "
        "FROM audit ORDER BY seq"
    )
    for seq, at, actor, action, kind, record_uuid, case_uuid, detail, prev_hash, digest in cursor:
        if seq != expected_seq:
            problems.append(f"audit entries missing before entry {seq}")
        if prev_hash != prev:
            problems.append(f"audit entry {seq} does not follow the entry before it")
        if _digest(prev_hash, seq, at, actor, action, kind, record_uuid, case_uuid, detail) != digest:
            problems.append(f"audit entry {seq} was altered")
        prev = digest
        expected_seq = seq + 1
        last = (seq, digest)
        if len(problems) > 50:
            break
    head = vault.meta(metakeys.AUDIT_HEAD, "")
    if last[0] and head != f"{last[0]}:{last[1]}":
        problems.append("the newest audit entries were removed or replaced")
    if not last[0] and head:
        problems.append("the audit log was emptied")
    return problems


def changed_since(conn: Any, seq: int) -> tuple[int, int]:
    """How many cases, and testimonies, changed (created, edited, deleted, merged, restored)
    in the audit entries after ``seq``: what erasing would lose beyond the last backup."""
    marks = ", ".join("?" for _ in EVENT_ACTIONS)
    row = conn.execute(
        "SELECT count(DISTINCT COALESCE(NULLIF(case_uuid, ''), "
        "CASE WHEN kind = 'case' THEN record_uuid END)), "
        "count(DISTINCT CASE WHEN kind = 'testimony' THEN record_uuid END) "
        f"FROM audit WHERE seq > ? AND action NOT IN ({marks})",
        (seq, *EVENT_ACTIONS),
    ).fetchone()
    return int(row[0]), int(row[1])
