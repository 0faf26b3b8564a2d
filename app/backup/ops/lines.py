"""The JSON lines a vault backup holds (the container's "records"), and reading them back.

One line per item, in this order (docs/backup-format.md, "Backups")::

    {"type": "meta", "key": "vault_id", "value": "…"}
    {"type": "tombstone", "uuid": "…", "kind": "testimony", "case_uuid": "…", "deleted": "…",
     "created": "…"}
    {"type": "record", "kind": "case", "record": {…}, "activity": "…"}   (cases first)
    {"type": "record", "kind": "witness", "record": {…}}
    {"type": "audit", "seq": 1, "at": "…", "actor": "…", "action": "…", "kind": "…",
     "record_uuid": "…", "case_uuid": "…", "detail": "<stored JSON text>",
     "prev_hash": "…", "hash": "…"}

``record`` is the record as the case format has it (``Record.to_dict``: its fields plus uuid,
created, updated and case_uuid); free text in a coded field (a backup made before they were
coded) is read as the vault migration reads it (app/model/coded.py). Audit entries are copied
field by field as stored, ``detail`` as its exact stored text, because the hash chain covers
those exact strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.backup.errors import BackupInputError, NewerBackupFormatError
from app.errors import InvalidInputError, IzdeuError
from app.model.coded import upgrade_plain
from app.model.records import Record, record_class
from app.store import TABLES
from app.store import audit as _audit

__all__ = [
    "TYPE_META",
    "TYPE_TOMBSTONE",
    "TYPE_RECORD",
    "TYPE_AUDIT",
    "TYPE_GONE",
    "AUDIT_COLUMNS",
    "Tombstone",
    "AuditRow",
    "IncomingRecord",
    "BackupContentError",
    "parse_line",
    "record_line",
]

TYPE_META = "meta"
TYPE_TOMBSTONE = "tombstone"
TYPE_RECORD = "record"
TYPE_AUDIT = "audit"
# Increments only: a record removed without a tombstone since the base (a case let go of before
# it held anything, app/store/discard.py). A chain restore removes it; a merge ignores it (it
# proves nothing, unlike a tombstone).
TYPE_GONE = "gone"
# A line's fields are the audit row's columns, verbatim: the hash chain covers them.
AUDIT_COLUMNS = _audit.COLUMNS


class BackupContentError(IzdeuError):
    """A signed, intact backup whose content this version cannot use (a bug or a newer app)."""

    exit_code = NewerBackupFormatError.exit_code
    default_key = "backup.lines.content"


@dataclass(frozen=True)
class Tombstone:
    uuid: str
    kind: str
    case_uuid: str
    deleted: str
    # The deleted record's own `created`: the proof that the deleting vault held it ("" from an
    # older Izdeu, or for a deletion recorded before it kept one: proves nothing).
    created: str = ""


@dataclass(frozen=True)
class AuditRow:
    values: tuple[Any, ...]  # in AUDIT_COLUMNS order


@dataclass
class IncomingRecord:
    record: Record
    activity: str | None = None  # cases only: the case list's "last change" column


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise BackupContentError()
    return value


def _check_record(record: Record, stored: bool) -> None:
    """Validate by the model. Times ahead of this clock are still real times of the device that
    made them: merge applies its own clock policy, restore keeps them. A restore (``stored``)
    also takes the text an older version allowed: a backup must always restore."""
    try:
        record.validate(allow_future=True, stored=stored)
    except InvalidInputError as exc:
        # Readable, but refused: e.g. control characters an older version let in. Not a newer
        # format, so no "please update"; the message names the field, never its value.
        raise BackupInputError("backup.lines.record_refused", detail=exc) from None


def parse_line(line: dict[str, Any], *, stored: bool = False) -> tuple[str, Any]:
    """``(type, item)``: item is ``(key, value)``, a Tombstone, an IncomingRecord or an AuditRow.

    The backup was verified (hashes, signature) before this is called, so a line that does not
    parse comes from a newer Izdeu (or a bug), not from damage.
    """
    kind = line.get("type")
    try:
        if kind == TYPE_RECORD:
            record_kind = _text(line.get("kind"))
            if record_kind not in TABLES:
                raise BackupContentError()
            raw = line.get("record")
            if not isinstance(raw, dict):
                raise BackupContentError()
            # A backup made before the coded fields holds their free text: turned into codes
            # as the vault's migration turned this vault's (coded values stay as they are).
            cls = record_class(record_kind)
            record = cls.from_dict(upgrade_plain(cls, raw))
            _check_record(record, stored)
            activity = line.get("activity")
            return TYPE_RECORD, IncomingRecord(record, _text(activity) if activity else None)
        if kind == TYPE_TOMBSTONE:
            stone = Tombstone(
                _text(line.get("uuid")),
                _text(line.get("kind")),
                _text(line.get("case_uuid")),
                _text(line.get("deleted")),
                _text(line.get("created", "")),
            )
            if stone.kind not in TABLES:
                raise BackupContentError()
            return TYPE_TOMBSTONE, stone
        if kind == TYPE_AUDIT:
            values = tuple(line.get(c) for c in AUDIT_COLUMNS)
            if (
                not isinstance(values[0], int)
                or isinstance(values[0], bool)
                or not all(isinstance(v, str) for v in values[1:])
            ):
                raise BackupContentError()
            return TYPE_AUDIT, AuditRow(values)
        if kind == TYPE_META:
            return TYPE_META, (_text(line.get("key")), _text(line.get("value")))
        if kind == TYPE_GONE:
            gone_kind = _text(line.get("kind"))
            if gone_kind not in TABLES:
                raise BackupContentError()
            return TYPE_GONE, (gone_kind, _text(line.get("uuid")))
    except BackupInputError:
        raise  # refused by _check_record, with its own message
    except InvalidInputError as exc:
        # The message names the field, never its value.
        raise BackupContentError("backup.lines.record_unreadable", detail=exc) from None
    raise BackupContentError()


def record_line(kind: str, fields: dict[str, Any], activity: str | None) -> dict[str, Any]:
    """The line of one record as the store gives it (app/store/snapshot.py)."""
    line: dict[str, Any] = {"type": TYPE_RECORD, "kind": kind, "record": fields}
    if kind == "case":
        line["activity"] = activity
    return line
