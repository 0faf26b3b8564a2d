"""Writing records inside the caller's transaction: the row, the columns the case list and
the record's kind derive from it, the search index, tombstones and the audit entry.

What differs between kinds is data: :data:`_DERIVED` (columns computed from the record) and
:data:`_AFTER` (the case-level columns a kind moves), not branches in :func:`save`.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable
from typing import Any

from app.errors import IntegrityError, InvalidInputError, NotFoundError
from app.model.dates import PartialDate
from app.model.records import Attachment, Case, CaseLink, Record, StatusChange, Testimony, now_iso
from app.store import attachments as _att
from app.store import audit as _audit
from app.store import codec, facts, links, tombstones
from app.store import search as _search
from app.store.fold import fold
from app.store.schema import CHILD_KINDS, TABLES

__all__ = ["NAME_PREFERENCE", "save", "delete", "add_attachment", "new_attachment", "touch", "set_activity"]

NAME_PREFERENCE = ("kk-Cyrl", "kk-Latn", "ru", "en", "ug-Latn", "pinyin", "kk-Arab", "ug-Arab", "zh-Hans")


def _case_columns(case: Any) -> dict[str, Any]:
    person = case.person
    names = [n.text for n in person.names if n.text.strip()]
    primary = person.primary_name(NAME_PREFERENCE)
    return {
        "case_number": case.case_number,
        "sort_name": fold(primary).strip(),
        "all_names": " / ".join(names),
        "status": case.status,
        "person_status": person.current_status,
        "disappeared_sort": case.disappeared_on.sort_key(),
        "disappeared_year": case.disappeared_on.year,
        "disappeared_text": case.disappeared_on.iso(),
        "hometown": person.hometown.display(),
        "duplicate_of": case.duplicate_of,
        **facts.case_facts(case),
    }


def _attachment_columns(attachment: Any) -> dict[str, Any]:
    return {"sha256": attachment.sha256, "size": attachment.size}


# Columns of a kind's table derived from the record, written with its row.
_DERIVED: dict[str, Callable[[Any], dict[str, Any]]] = {
    "case": _case_columns,
    "act": facts.act_facts,
    "intervention": facts.intervention_facts,
    "attachment": _attachment_columns,
    "link": lambda link: {"other_case": link.other_case},
}


def _derived(kind: str, record: Record) -> dict[str, Any]:
    derive = _DERIVED.get(kind)
    return derive(record) if derive else {}


def touch(conn: Any, case_uuid: str) -> None:
    """Move the case's "last updated" column; the case record's own time stays its own."""
    conn.execute("UPDATE cases SET activity = ? WHERE uuid = ?", (now_iso(), case_uuid))


def set_activity(conn: Any, activity: dict[str, str]) -> None:
    """Put back cases' "last change" columns as another vault had them (restore)."""
    conn.executemany("UPDATE cases SET activity = ? WHERE uuid = ?", [(v, k) for k, v in activity.items()])


def _update_follow_up(conn: Any, case_uuid: str) -> None:
    dates = []
    for (data,) in conn.execute("SELECT data FROM interventions WHERE case_uuid = ?", (case_uuid,)):
        iso = json.loads(data).get("next_follow_up", "")
        if iso:
            dates.append(iso.lstrip("~"))
    conn.execute(
        "UPDATE cases SET next_follow_up = ? WHERE uuid = ?", (min(dates) if dates else None, case_uuid)
    )


# Case-level columns that follow from a kind's records, redone when one changes.
def _after_intervention(conn: Any, case_uuid: str) -> None:
    _update_follow_up(conn, case_uuid)
    facts.update_wgeid(conn, case_uuid)


_AFTER: dict[str, Callable[[Any, str], None]] = {
    "act": facts.update_wgeid,
    "intervention": _after_intervention,
}


def refresh_case_columns(conn: Any, kind: str, case_uuid: str) -> None:
    """The case's columns derived from its records of ``kind`` (after one was removed)."""
    if kind in _AFTER:
        _AFTER[kind](conn, case_uuid)


def _record_status_change(conn: Any, actor: str, case: Case) -> None:
    today = _dt.date.today()
    change = StatusChange(
        case_uuid=case.uuid,
        current_status=case.person.current_status,
        date=PartialDate(today.year, today.month, today.day),
        source="recorded",
    )
    change.validate()
    conn.execute(
        "INSERT INTO status_changes(uuid, case_uuid, created, updated, data) VALUES (?, ?, ?, ?, ?)",
        (change.uuid, case.uuid, change.created, change.updated, codec.encode(change)),
    )
    _audit.append(
        conn,
        actor=actor,
        action="create",
        kind=change.KIND,
        record_uuid=change.uuid,
        case_uuid=case.uuid,
        detail={"fields": ["current_status"]},
    )


def _status_changed(old: dict[str, Any] | None, data: dict[str, Any]) -> bool:
    if old is None:
        return True
    return old.get("person", {}).get("current_status") != data["person"]["current_status"]


def save(
    conn: Any,
    actor: str,
    record: Record,
    keep_times: bool,
    action_name: str | None = None,
    audit: bool = True,
    status_log: bool = True,
) -> None:
    """Insert or update ``record`` (matched by UUID); see Store.save for ``keep_times``.

    ``status_log=False``: a changed person status adds no status change record (a restore:
    the backed-up vault's own status changes are among the records it copies)."""
    kind = record.KIND
    table = TABLES[kind]
    row = conn.execute(f"SELECT created, data FROM {table} WHERE uuid = ?", (record.uuid,)).fetchone()
    case_uuid = record.uuid if kind == "case" else getattr(record, "case_uuid", "")
    if kind != "case" and not conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (case_uuid,)).fetchone():
        raise NotFoundError("store.store.record_case_missing")
    if tombstones.deleted_at(conn, record.uuid) is not None:
        raise InvalidInputError("store.store.record_deleted_cannot_saved")
    if isinstance(record, CaseLink):
        links.check(conn, record, keep_times)
    if row is None and kind == "attachment":
        # A new attachment needs its bytes: add_attachment / Batch.add_attachment.
        raise InvalidInputError("store.store.attachment_added_together_file")
    data = record.data_fields()
    if not keep_times:
        record.updated = now_iso()
        if row:
            record.created = row[0]
    old = None if row is None else json.loads(row[1])
    if old is None:
        action, changed = "create", sorted(k for k, v in data.items() if v not in ("", [], {}))
    else:
        changed = sorted(k for k in set(old) | set(data) if old.get(k) != data.get(k))
        if not changed and not keep_times:
            return
        action = "update"
    columns = {
        "created": record.created,
        "updated": record.updated,
        "data": codec.encode_value(data),
        **_derived(kind, record),
    }
    if old is None:
        columns = {"uuid": record.uuid, **columns}
        if kind != "case":
            columns["case_uuid"] = case_uuid
        conn.execute(
            f"INSERT INTO {table}({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            tuple(columns.values()),
        )
    else:
        conn.execute(
            f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE uuid = ?",
            (*columns.values(), record.uuid),
        )
    if (
        status_log
        and isinstance(record, Case)
        and (old is not None and "person" in changed or old is None and not keep_times)
        and _status_changed(old, data)
    ):
        _record_status_change(conn, actor, record)
    if kind in _AFTER:
        _AFTER[kind](conn, case_uuid)
    if isinstance(record, Case):
        facts.update_wgeid(conn, case_uuid, record)
    touch(conn, case_uuid)
    _search.index_record(conn, record, case_uuid)
    if audit:
        _audit.append(
            conn,
            actor=actor,
            action=action_name or action,
            kind=kind,
            record_uuid=record.uuid,
            case_uuid=case_uuid,
            detail={"fields": changed[:50]},
        )


def _tombstone(conn: Any, uuid: str, kind: str, case_uuid: str, created: str) -> None:
    # The record's own `created` goes with its deletion: the proof that this vault held it,
    # without which no other vault deletes its copy (app/store/tombstones.py).
    tombstones.add(conn, uuid, kind, case_uuid, now_iso(), created, replace=True)


def _unlink_attachment(conn: Any, actor: str, case_uuid: str, attachment_uuid: str) -> None:
    """Remove references to an attachment that is being deleted."""
    case = codec.load(conn, "case", case_uuid)
    assert isinstance(case, Case)
    if case.person.photo_attachment == attachment_uuid:
        case.person.photo_attachment = ""
        save(conn, actor, case, False)
    for testimony in codec.children(conn, case_uuid, "testimony"):
        assert isinstance(testimony, Testimony)
        if attachment_uuid in testimony.attachment_uuids:
            testimony.attachment_uuids.remove(attachment_uuid)
            save(conn, actor, testimony, False)


def delete(conn: Any, actor: str, kind: str, uuid: str) -> None:
    """Delete a record (a case with everything it holds), leaving tombstones."""
    table = TABLES[kind]
    if kind == "case":
        case_uuid = uuid
        row = conn.execute("SELECT created FROM cases WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise NotFoundError("store.store.such_case")
        created = row[0]
        for child_kind in CHILD_KINDS:
            for child, child_created in conn.execute(
                f"SELECT uuid, created FROM {TABLES[child_kind]} WHERE case_uuid = ?", (uuid,)
            ).fetchall():
                _tombstone(conn, child, child_kind, uuid, child_created)
        # Another case's link to this one says nothing once it is gone.
        for link_uuid, owner, link_created in links.pointing_at(conn, uuid):
            _tombstone(conn, link_uuid, "link", owner, link_created)
            conn.execute(f"DELETE FROM {TABLES['link']} WHERE uuid = ?", (link_uuid,))
            touch(conn, owner)
            _audit.append(
                conn, actor=actor, action="delete", kind="link", record_uuid=link_uuid, case_uuid=owner
            )
        _search.unindex_case(conn, uuid)
    else:
        row = conn.execute(f"SELECT case_uuid, created FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise NotFoundError("store.store.no_such_kind", kind=kind.replace("_", " "))
        case_uuid, created = row
        _search.unindex_record(conn, uuid)
        if kind == "attachment":
            _unlink_attachment(conn, actor, case_uuid, uuid)
    _tombstone(conn, uuid, kind, case_uuid, created)
    conn.execute(f"DELETE FROM {table} WHERE uuid = ?", (uuid,))
    if kind in _AFTER:
        _AFTER[kind](conn, case_uuid)
    if kind != "case":
        touch(conn, case_uuid)
    _audit.append(conn, actor=actor, action="delete", kind=kind, record_uuid=uuid, case_uuid=case_uuid)


def new_attachment(
    conn: Any,
    actor: str,
    attachment: Attachment,
    source: _att.ByteSource,
    media_type: str | None,
    original_name: str,
) -> None:
    """Stream ``source`` in as a new attachment; SHA-256, size and type computed on the way."""
    if not conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (attachment.case_uuid,)).fetchone():
        raise NotFoundError("store.store.such_case")
    conn.execute(
        "INSERT INTO attachments(uuid, case_uuid, created, updated, data, sha256,"
        " size) VALUES (?, ?, ?, ?, '{}', '', 0)",
        (attachment.uuid, attachment.case_uuid, attachment.created, attachment.updated),
    )
    size, sha, head = _att.store_stream(conn, attachment.uuid, source)
    attachment.size = size
    attachment.sha256 = sha
    attachment.media_type = media_type or _att.sniff_media_type(head, original_name)
    conn.execute(
        "UPDATE attachments SET data = ?, sha256 = ?, size = ? WHERE uuid = ?",
        (codec.encode(attachment), sha, size, attachment.uuid),
    )
    touch(conn, attachment.case_uuid)
    _search.index_record(conn, attachment, attachment.case_uuid)
    _audit.append(
        conn,
        actor=actor,
        action="create",
        kind="attachment",
        record_uuid=attachment.uuid,
        case_uuid=attachment.case_uuid,
        detail={"fields": ["file"], "sha256": sha, "size": size},
    )


def add_attachment(
    conn: Any, actor: str, meta: Attachment, source: _att.ByteSource, action: str | None, audit: bool
) -> None:
    """Store an attachment with its recorded metadata; the bytes must match it."""
    if not conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (meta.case_uuid,)).fetchone():
        raise NotFoundError("store.store.attachment_case_missing")
    if conn.execute("SELECT 1 FROM attachments WHERE uuid = ?", (meta.uuid,)).fetchone():
        raise InvalidInputError("store.store.attachment_id_already_vault")
    if tombstones.deleted_at(conn, meta.uuid) is not None:
        raise InvalidInputError("store.store.attachment_deleted_cannot_added")
    conn.execute(
        "INSERT INTO attachments(uuid, case_uuid, created, updated, data, sha256, size)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (meta.uuid, meta.case_uuid, meta.created, meta.updated, codec.encode(meta), meta.sha256, meta.size),
    )
    size, sha, _ = _att.store_stream(conn, meta.uuid, source)
    if size != meta.size or sha != meta.sha256:
        raise IntegrityError("store.store.attachment_mismatch")
    touch(conn, meta.case_uuid)
    _search.index_record(conn, meta, meta.case_uuid)
    if audit:
        _audit.append(
            conn,
            actor=actor,
            action=action or "create",
            kind="attachment",
            record_uuid=meta.uuid,
            case_uuid=meta.case_uuid,
            detail={"fields": ["file"], "sha256": sha, "size": size},
        )
