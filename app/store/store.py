"""Reading and writing the case model in an unlocked vault.

Every write runs in one transaction together with its audit entry, its search index update and
the case-list columns it affects, so a crash leaves either all of it or none of it.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app.errors import InvalidInputError, NotFoundError
from app.inputs import open_regular
from app.model.dates import PartialDate
from app.model.records import (
    Act,
    Attachment,
    Case,
    Intervention,
    Record,
    StatusChange,
    Testimony,
    Witness,
    now_iso,
    record_class,
)
from app.store import attachments as _att
from app.store import audit as _audit
from app.store import search as _search
from app.store import tombstones as _tombstones
from app.store.fold import FOLD_VERSION, fold
from app.vault.vault import Vault

__all__ = ["Store", "Batch", "CaseBundle", "CaseQuery", "CaseRow", "TABLES", "SORT_KEYS"]

TABLES: dict[str, str] = {
    "case": "cases", "status_change": "status_changes", "act": "acts", "witness": "witnesses",
    "testimony": "testimonies", "intervention": "interventions", "attachment": "attachments",
}
CHILD_KINDS = ("status_change", "act", "witness", "testimony", "intervention", "attachment")
SORT_KEYS: dict[str, str] = {
    "case_number": "case_number", "name": "sort_name", "status": "status",
    "person_status": "person_status", "disappeared": "disappeared_sort", "hometown": "hometown",
    "updated": "activity", "follow_up": "next_follow_up",
}
NAME_PREFERENCE = ("kk-Cyrl", "kk-Latn", "ru", "en", "ug-Latn", "pinyin", "ug-Arab", "zh-Hans")


@dataclass
class CaseBundle:
    """A case with all its records, as the editor, dossier and export need it."""

    case: Case
    status_changes: list[StatusChange] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)
    witnesses: list[Witness] = field(default_factory=list)
    testimonies: list[Testimony] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)

    def records(self) -> list[Record]:
        return [self.case, *self.status_changes, *self.acts, *self.witnesses,
                *self.testimonies, *self.interventions, *self.attachments]

    def witness(self, uuid: str) -> Witness | None:
        return next((w for w in self.witnesses if w.uuid == uuid), None)

    def attachment(self, uuid: str) -> Attachment | None:
        return next((a for a in self.attachments if a.uuid == uuid), None)


@dataclass(frozen=True)
class CaseQuery:
    status: str | None = None
    year: int | None = None
    hometown: str | None = None
    follow_up_due: bool = False
    sort: str = "case_number"
    descending: bool = False


@dataclass(frozen=True)
class CaseRow:
    uuid: str
    case_number: str
    names: str
    status: str
    person_status: str
    disappeared: str
    hometown: str
    updated: str
    next_follow_up: str


class Store:
    """The case store over an unlocked :class:`Vault`. Belongs to the vault's thread."""

    def __init__(self, vault: Vault, actor: str | None = None) -> None:
        self.vault = vault
        self.actor = actor or vault.meta("operator") or "local user"
        self.ensure_search_index()

    def ensure_search_index(self) -> bool:
        """Rebuild the search index if it was built with another text folding (an upgrade);
        returns whether it did. Queries are folded the current way, so an old index would
        miss matches."""
        if self.vault.meta("search_fold") == str(FOLD_VERSION):
            return False
        with self.vault.transaction() as conn:
            conn.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
            conn.execute("DELETE FROM search_docs")
            for record in self.iter_records():
                case_uuid = record.uuid if isinstance(record, Case) else record.case_uuid
                _search.index_record(conn, record, case_uuid)
            self.vault.set_meta("search_fold", str(FOLD_VERSION))
        self.vault.checkpoint()
        return True

    @property
    def conn(self) -> Any:
        return self.vault.conn

    # --- records ---------------------------------------------------------------------------

    def save(self, record: Record, *, keep_times: bool = False) -> Record:
        """Insert or update ``record`` (matched by UUID). Returns it with its stored times.

        With ``keep_times`` the record's own times are kept, even ahead of this clock: the
        caller (import, merge, restore) has checked them by its own policy.
        """
        # Times are not the caller's to check here: without keep_times this clock sets them
        # (an old record dated ahead by a wrong clock must stay editable); with it the caller
        # has bounded them by its own policy. Hostile times are refused where files come in.
        record.validate(allow_future=True)
        table = TABLES[record.KIND]
        with self.vault.transaction() as conn:
            self._save_in_txn(conn, table, record, keep_times)
        return record

    def save_many(self, records: list[Record], *, keep_times: bool = False) -> None:
        """Save records in one transaction (import); parents must come before children."""
        for record in records:
            record.validate(allow_future=True)  # as in save()
        with self.vault.transaction() as conn:
            for record in records:
                self._save_in_txn(conn, TABLES[record.KIND], record, keep_times)

    @contextlib.contextmanager
    def batch(self, *, keep_times: bool = True, action: str | None = None,
              audit: bool = True, stored: bool = False) -> Iterator[Batch]:
        """One transaction for many writes (import, restore, merge): all of it or nothing.

        ``action`` names the audit entries (e.g. "import", "merge") instead of create/update.
        ``audit=False`` writes no per-record audit entries: only for a restore, which copies the
        original audit log verbatim (app/backup/ops) and adds one entry for the restore itself.
        ``stored=True``: the records come from a vault (a restore), so an older version's text
        is accepted (Record.validate).
        """
        with self.vault.transaction() as conn:
            yield Batch(self, conn, keep_times, action, audit, stored)

    def _save_in_txn(self, conn: Any, table: str, record: Record, keep_times: bool,
                     action_name: str | None = None, audit: bool = True) -> None:
        row = conn.execute(f"SELECT created, data FROM {table} WHERE uuid = ?",
                           (record.uuid,)).fetchone()
        case_uuid = record.uuid if isinstance(record, Case) else record.case_uuid
        if not isinstance(record, Case):
            exists = conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (case_uuid,)).fetchone()
            if not exists:
                raise NotFoundError("store.store.record_case_missing")
        if conn.execute("SELECT 1 FROM tombstones WHERE uuid = ?", (record.uuid,)).fetchone():
            raise InvalidInputError("store.store.record_deleted_cannot_saved")
        if row is None and isinstance(record, Attachment):
            # A new attachment needs its bytes: add_attachment / Batch.add_attachment.
            raise InvalidInputError("store.store.attachment_added_together_file")
        data = record.data_fields()
        data_json = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if not keep_times:
            record.updated = now_iso()
            if row:
                record.created = row[0]
        if row is None:
            action, changed = "create", sorted(k for k, v in data.items() if v not in ("", [], {}))
            conn.execute(f"INSERT INTO {table}(uuid, case_uuid, created, updated, data) "
                         f"VALUES (?, ?, ?, ?, ?)" if table != "cases" else
                         "INSERT INTO cases(uuid, created, updated, data, case_number, status) "
                         "VALUES (?, ?, ?, ?, '', 'open')",
                         (record.uuid, case_uuid, record.created, record.updated, data_json)
                         if table != "cases" else
                         (record.uuid, record.created, record.updated, data_json))
        else:
            old = json.loads(row[1])
            changed = sorted(k for k in set(old) | set(data) if old.get(k) != data.get(k))
            if not changed and not keep_times:
                return
            action = "update"
            conn.execute(f"UPDATE {table} SET created = ?, updated = ?, data = ? WHERE uuid = ?",
                         (record.created, record.updated, data_json, record.uuid))
            if isinstance(record, Case) and "person" in changed and (
                    old.get("person", {}).get("current_status")
                    != data["person"]["current_status"]):
                self._record_status_change(conn, record)
        if isinstance(record, Attachment):
            conn.execute("UPDATE attachments SET sha256 = ?, size = ? WHERE uuid = ?",
                         (record.sha256, record.size, record.uuid))
        if isinstance(record, Case):
            self._update_case_columns(conn, record)
            self._touch(conn, case_uuid)
            if row is None and not keep_times:
                self._record_status_change(conn, record)
        if isinstance(record, Intervention):
            self._update_follow_up(conn, case_uuid)
        if not isinstance(record, Case):
            self._touch(conn, case_uuid)
        _search.index_record(conn, record, case_uuid)
        if audit:
            _audit.append(conn, actor=self.actor, action=action_name or action,
                          kind=record.KIND, record_uuid=record.uuid, case_uuid=case_uuid,
                          detail={"fields": changed[:50]})

    def _record_status_change(self, conn: Any, case: Case) -> None:
        today = _dt.date.today()
        change = StatusChange(case_uuid=case.uuid, current_status=case.person.current_status,
                              date=PartialDate(today.year, today.month, today.day),
                              source="recorded")
        change.validate()
        conn.execute("INSERT INTO status_changes(uuid, case_uuid, created, updated, data) "
                     "VALUES (?, ?, ?, ?, ?)",
                     (change.uuid, case.uuid, change.created, change.updated,
                      json.dumps(change.data_fields(), ensure_ascii=False, sort_keys=True)))
        _audit.append(conn, actor=self.actor, action="create", kind=change.KIND,
                      record_uuid=change.uuid, case_uuid=case.uuid,
                      detail={"fields": ["current_status"]})

    @staticmethod
    def _touch(conn: Any, case_uuid: str) -> None:
        """Move the case's "last updated" column; the case record's own time stays its own."""
        conn.execute("UPDATE cases SET activity = ? WHERE uuid = ?", (now_iso(), case_uuid))

    @staticmethod
    def _update_case_columns(conn: Any, case: Case) -> None:
        person = case.person
        names = [n.text for n in person.names if n.text.strip()]
        primary = person.primary_name(NAME_PREFERENCE)
        conn.execute(
            "UPDATE cases SET case_number = ?, sort_name = ?, all_names = ?, status = ?, "
            "person_status = ?, disappeared_sort = ?, disappeared_year = ?, "
            "disappeared_text = ?, hometown = ? WHERE uuid = ?",
            (case.case_number, fold(primary).strip(), " / ".join(names), case.status,
             person.current_status, case.disappeared_on.sort_key(), case.disappeared_on.year,
             case.disappeared_on.iso(), person.hometown.display(), case.uuid))

    @staticmethod
    def _update_follow_up(conn: Any, case_uuid: str) -> None:
        dates = []
        for (data,) in conn.execute("SELECT data FROM interventions WHERE case_uuid = ?",
                                    (case_uuid,)):
            iso = json.loads(data).get("next_follow_up", "")
            if iso:
                dates.append(iso.lstrip("~"))
        conn.execute("UPDATE cases SET next_follow_up = ? WHERE uuid = ?",
                     (min(dates) if dates else None, case_uuid))

    def get(self, kind: str, uuid: str) -> Record:
        cls = record_class(kind)
        table = TABLES[kind]
        cols = "uuid, created, updated, data" + ("" if kind == "case" else ", case_uuid")
        row = self.conn.execute(f"SELECT {cols} FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise NotFoundError("store.store.no_such_kind", kind=kind.replace('_', ' '))
        return self._from_row(cls, row)

    @staticmethod
    def _from_row(cls: type[Record], row: Any) -> Record:
        data = json.loads(row[3])
        data.update(uuid=row[0], created=row[1], updated=row[2])
        if len(row) > 4:
            data["case_uuid"] = row[4]
        return cls.from_dict(data)

    def get_case(self, uuid: str) -> Case:
        case = self.get("case", uuid)
        assert isinstance(case, Case)
        return case

    def find_case(self, ref: str) -> Case:
        """A case by UUID or by case number."""
        row = self.conn.execute("SELECT uuid FROM cases WHERE uuid = ? OR case_number = ? "
                                "ORDER BY uuid = ? DESC LIMIT 1", (ref, ref, ref)).fetchone()
        if row is None:
            raise NotFoundError("store.store.case_number_id")
        return self.get_case(row[0])

    def children(self, case_uuid: str, kind: str) -> list[Record]:
        cls = record_class(kind)
        rows = self.conn.execute(
            f"SELECT uuid, created, updated, data, case_uuid FROM {TABLES[kind]} "
            f"WHERE case_uuid = ? ORDER BY created, uuid", (case_uuid,)).fetchall()
        return [self._from_row(cls, r) for r in rows]

    def load_case(self, case_uuid: str) -> CaseBundle:
        bundle = CaseBundle(self.get_case(case_uuid))
        bundle.status_changes = self.children(case_uuid, "status_change")  # type: ignore[assignment]
        acts = self.children(case_uuid, "act")
        bundle.acts = sorted(acts, key=lambda a: (a.position, a.created))  # type: ignore[assignment,attr-defined]
        bundle.witnesses = self.children(case_uuid, "witness")  # type: ignore[assignment]
        bundle.testimonies = self.children(case_uuid, "testimony")  # type: ignore[assignment]
        bundle.interventions = self.children(case_uuid, "intervention")  # type: ignore[assignment]
        bundle.attachments = self.children(case_uuid, "attachment")  # type: ignore[assignment]
        return bundle

    def delete(self, kind: str, uuid: str) -> None:
        """Delete a record (a case with everything it holds); the space is overwritten."""
        with self.vault.transaction() as conn:
            self._delete_in_txn(conn, kind, uuid)
        # Deleted rows must not linger in old WAL frames.
        self.vault.checkpoint()

    def _delete_in_txn(self, conn: Any, kind: str, uuid: str) -> None:
        table = TABLES[kind]
        if kind == "case":
            case_uuid = uuid
            row = conn.execute("SELECT created FROM cases WHERE uuid = ?", (uuid,)).fetchone()
            if row is None:
                raise NotFoundError("store.store.such_case")
            created = row[0]
            for child_kind in CHILD_KINDS:
                for child, child_created in conn.execute(
                        f"SELECT uuid, created FROM {TABLES[child_kind]} WHERE case_uuid = ?",
                        (uuid,)).fetchall():
                    self._tombstone(conn, child, child_kind, uuid, child_created)
            _search.unindex_case(conn, uuid)
        else:
            row = conn.execute(f"SELECT case_uuid, created FROM {table} WHERE uuid = ?",
                               (uuid,)).fetchone()
            if row is None:
                raise NotFoundError("store.store.no_such_kind", kind=kind.replace('_', ' '))
            case_uuid, created = row
            _search.unindex_record(conn, uuid)
            if kind == "attachment":
                self._unlink_attachment(conn, case_uuid, uuid)
        self._tombstone(conn, uuid, kind, case_uuid, created)
        conn.execute(f"DELETE FROM {table} WHERE uuid = ?", (uuid,))
        if kind == "intervention":
            self._update_follow_up(conn, case_uuid)
        if kind != "case":
            self._touch(conn, case_uuid)
        _audit.append(conn, actor=self.actor, action="delete", kind=kind, record_uuid=uuid,
                      case_uuid=case_uuid)

    def _unlink_attachment(self, conn: Any, case_uuid: str, attachment_uuid: str) -> None:
        """Remove references to an attachment that is being deleted."""
        case = self.get_case(case_uuid)
        if case.person.photo_attachment == attachment_uuid:
            case.person.photo_attachment = ""
            self._save_in_txn(conn, "cases", case, False)
        for testimony in self.children(case_uuid, "testimony"):
            assert isinstance(testimony, Testimony)
            if attachment_uuid in testimony.attachment_uuids:
                testimony.attachment_uuids.remove(attachment_uuid)
                self._save_in_txn(conn, "testimonies", testimony, False)

    @staticmethod
    def _tombstone(conn: Any, uuid: str, kind: str, case_uuid: str, created: str) -> None:
        # The record's own `created` goes with its deletion: the proof that this vault held it,
        # without which no other vault deletes its copy (app/store/tombstones.py).
        conn.execute("INSERT OR REPLACE INTO tombstones(uuid, kind, case_uuid, deleted, created) "
                     "VALUES (?, ?, ?, ?, ?)", (uuid, kind, case_uuid, now_iso(), created))

    def reorder_acts(self, case_uuid: str, ordered_uuids: list[str]) -> None:
        acts = {a.uuid: a for a in self.children(case_uuid, "act")}
        if set(ordered_uuids) != set(acts):
            raise InvalidInputError("store.store.new_order_must_list")
        with self.vault.transaction() as conn:
            for position, uuid in enumerate(ordered_uuids):
                act = acts[uuid]
                assert isinstance(act, Act)
                if act.position != position:
                    act.position = position
                    self._save_in_txn(conn, "acts", act, False)

    def next_case_number(self, year: int | None = None) -> str:
        year = year or _dt.date.today().year
        prefix = f"IZ-{year}-"
        row = self.conn.execute(
            "SELECT case_number FROM cases WHERE case_number LIKE ? ORDER BY case_number DESC "
            "LIMIT 1", (prefix + "%",)).fetchone()
        last = 0
        if row:
            tail = row[0][len(prefix):]
            last = int(tail) if tail.isdigit() else 0
        return f"{prefix}{last + 1:04d}"

    # --- case list -------------------------------------------------------------------------

    def _where(self, query: CaseQuery) -> tuple[str, list[Any]]:
        where, args = [], []
        if query.status:
            where.append("status = ?")
            args.append(query.status)
        if query.year:
            where.append("disappeared_year = ?")
            args.append(query.year)
        if query.hometown:
            where.append("hometown LIKE ? ESCAPE '\\'")
            args.append("%" + query.hometown.replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%")
        if query.follow_up_due:
            where.append("next_follow_up IS NOT NULL AND next_follow_up <= ?")
            args.append(_dt.date.today().isoformat())
        return (" WHERE " + " AND ".join(where)) if where else "", args

    def count_cases(self, query: CaseQuery = CaseQuery()) -> int:
        where, args = self._where(query)
        return int(self.conn.execute(f"SELECT count(*) FROM cases{where}", args).fetchone()[0])

    def list_cases(self, query: CaseQuery = CaseQuery(), offset: int = 0,
                   limit: int = 100) -> list[CaseRow]:
        column = SORT_KEYS.get(query.sort)
        if column is None:
            raise InvalidInputError("store.store.cannot_sort", sort=query.sort[:40])
        direction = "DESC" if query.descending else "ASC"
        where, args = self._where(query)
        rows = self.conn.execute(
            "SELECT uuid, case_number, all_names, status, person_status, disappeared_text, "
            f"hometown, activity, next_follow_up FROM cases{where} "
            f"ORDER BY {column} {direction}, rowid {direction} LIMIT ? OFFSET ?",
            (*args, limit, offset)).fetchall()
        return [CaseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "") for r in rows]

    def case_uuids(self, query: CaseQuery = CaseQuery()) -> list[str]:
        """Every matching case's UUID in list order (cheap: one column)."""
        column = SORT_KEYS.get(query.sort)
        if column is None:
            raise InvalidInputError("store.store.cannot_sort", sort=query.sort[:40])
        direction = "DESC" if query.descending else "ASC"
        where, args = self._where(query)
        return [r[0] for r in self.conn.execute(
            f"SELECT uuid FROM cases{where} ORDER BY {column} {direction}, rowid {direction}",
            args)]

    def case_rows(self, uuids: list[str]) -> list[CaseRow]:
        """Rows for the given case UUIDs, in that order (missing ones left out)."""
        if not uuids:
            return []
        marks = ",".join("?" * len(uuids))
        rows = self.conn.execute(
            "SELECT uuid, case_number, all_names, status, person_status, disappeared_text, "
            f"hometown, activity, next_follow_up FROM cases WHERE uuid IN ({marks})",
            uuids).fetchall()
        by_uuid = {r[0]: CaseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "")
                   for r in rows}
        return [by_uuid[u] for u in uuids if u in by_uuid]

    def hometowns(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT hometown FROM cases WHERE hometown != '' ORDER BY hometown")]

    def years(self) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT disappeared_year FROM cases WHERE disappeared_year IS NOT NULL "
            "ORDER BY disappeared_year")]

    # --- search ----------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 50, status: str | None = None,
               hometown: str | None = None, year: int | None = None) -> list[_search.SearchHit]:
        return _search.search(self.conn, query, limit=limit, status=status, hometown=hometown,
                              year=year, load_text=self._field_text)

    def possible_duplicates(self, case_uuid: str, limit: int = 10) -> list[CaseRow]:
        """Other cases recorded under the same name: the same person is often reported by
        several relatives, in several spellings. For a person to check, never merged silently."""
        case = self.get_case(case_uuid)
        names = [n.text for n in case.person.names if n.text.strip()]
        return self.case_rows(_search.same_name_cases(self.conn, names, case_uuid, limit))

    def add_snippets(self, hits: list[_search.SearchHit], query: str) -> None:
        """Snippets for hits beyond the first screenful (search() makes the first 20)."""
        _search.add_snippets(hits, query, self._field_text)

    # Which record kind each search field comes from (see search.search_fields).
    _KIND_OF_FIELD = {"names": "case", "case": "case", "testimony": "testimony",
                      "translation": "testimony", "testimony-notes": "testimony", "act": "act",
                      "witness": "witness", "intervention": "intervention",
                      "attachment": "attachment"}

    def _field_text(self, record_uuid: str, field_name: str) -> str:
        kind = self._KIND_OF_FIELD.get(field_name.split(":")[0])
        if kind is None:
            return ""
        try:
            record = self.get(kind, record_uuid)
        except NotFoundError:
            return ""
        return dict(_search.search_fields(record)).get(field_name, "")

    # --- attachments -----------------------------------------------------------------------

    def add_attachment(self, case_uuid: str, source: BinaryIO, original_name: str, *,
                       media_type: str | None = None, received_at: str | None = None,
                       handed_over_by: str = "", description: str = "") -> Attachment:
        """Stream ``source`` into the vault; SHA-256 and size computed on the way in."""
        attachment = Attachment(case_uuid=case_uuid,
                                original_name=_att.clean_original_name(original_name),
                                received_at=received_at or now_iso(),
                                handed_over_by=handed_over_by, description=description)
        attachment.validate()
        with self.vault.transaction() as conn:
            if not conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (case_uuid,)).fetchone():
                raise NotFoundError("store.store.such_case")
            conn.execute("INSERT INTO attachments(uuid, case_uuid, created, updated, data, sha256,"
                         " size) VALUES (?, ?, ?, ?, '{}', '', 0)",
                         (attachment.uuid, case_uuid, attachment.created, attachment.updated))
            size, sha, head = _att.store_stream(conn, attachment.uuid, source)
            attachment.size = size
            attachment.sha256 = sha
            attachment.media_type = media_type or _att.sniff_media_type(head, original_name)
            data_json = json.dumps(attachment.data_fields(), ensure_ascii=False, sort_keys=True)
            conn.execute("UPDATE attachments SET data = ?, sha256 = ?, size = ? WHERE uuid = ?",
                         (data_json, sha, size, attachment.uuid))
            self._touch(conn, case_uuid)
            _search.index_record(conn, attachment, case_uuid)
            _audit.append(conn, actor=self.actor, action="create", kind="attachment",
                          record_uuid=attachment.uuid, case_uuid=case_uuid,
                          detail={"fields": ["file"], "sha256": sha, "size": size})
        return attachment

    def add_attachment_file(self, case_uuid: str, path: Path | str, **kwargs: Any) -> Attachment:
        path = Path(path)
        # A regular file only (never blocks on a FIFO, never reads /dev/zero for ever), its
        # size checked before the first byte is read.
        try:
            fh = open_regular(path, _att.MAX_SIZE)
        except NotFoundError:
            raise NotFoundError("commands.cannot_read_file") from None
        with fh:
            return self.add_attachment(case_uuid, fh, path.name, **kwargs)

    def attachment_chunks(self, attachment_uuid: str) -> Iterator[bytes]:
        return _att.iter_chunks(self.conn, attachment_uuid)

    def attachment_bytes(self, attachment_uuid: str, max_size: int = 64 * 1024**2) -> bytes:
        """Whole content in memory (for previews); refuses more than ``max_size``."""
        attachment = self.get("attachment", attachment_uuid)
        assert isinstance(attachment, Attachment)
        if attachment.size > max_size:
            raise InvalidInputError("store.store.file_too_large_show")
        return b"".join(self.attachment_chunks(attachment_uuid))

    def export_attachment(self, attachment_uuid: str, target: Path | str, *,
                          strip_metadata: bool = False) -> None:
        """A copy of the stored bytes, or with ``strip_metadata`` an image's cleaned copy."""
        attachment = self.get("attachment", attachment_uuid)
        assert isinstance(attachment, Attachment)
        if strip_metadata:
            _att.export_clean_to(self.conn, attachment_uuid, Path(target), attachment.sha256,
                                 attachment.size)
        else:
            _att.export_to(self.conn, attachment_uuid, Path(target), attachment.sha256)
        with self.vault.transaction() as conn:
            _audit.append(conn, actor=self.actor, action="export", kind="attachment",
                          record_uuid=attachment_uuid, case_uuid=attachment.case_uuid,
                          detail={"metadata": "removed"} if strip_metadata else None)

    # --- everything ------------------------------------------------------------------------

    def iter_records(self, case_uuids: list[str] | None = None) -> Iterator[Record]:
        """Every record, cases first then their children (so parents load before children)."""
        for kind, table in TABLES.items():
            cls = record_class(kind)
            cols = "uuid, created, updated, data" + ("" if kind == "case" else ", case_uuid")
            key = "uuid" if kind == "case" else "case_uuid"
            if case_uuids is None:
                cursor = self.conn.execute(f"SELECT {cols} FROM {table} ORDER BY created, uuid")
                rows: Any = cursor.fetchall()
            else:
                rows = []
                for uuid in case_uuids:
                    rows += self.conn.execute(
                        f"SELECT {cols} FROM {table} WHERE {key} = ? ORDER BY created, uuid",
                        (uuid,)).fetchall()
            for row in rows:
                yield self._from_row(cls, row)

    def tombstones(self) -> list[tuple[str, str, str, str]]:
        return [tuple(r) for r in self.conn.execute(  # type: ignore[misc]
            "SELECT uuid, kind, case_uuid, deleted FROM tombstones ORDER BY deleted")]

    def held(self, uuid: str) -> _tombstones.Held | None:
        """The live record with this UUID in any table (kind, case, created), or None."""
        return _tombstones.held(self.conn, uuid)

    def audit(self, case_uuid: str | None = None) -> list[_audit.AuditEntry]:
        return _audit.entries(self.conn, case_uuid)

    def record_event(self, action: str, kind: str, record_uuid: str = "", case_uuid: str = "",
                     detail: dict[str, Any] | None = None) -> None:
        """An audit entry for something that is not a record change (dossier sent, export…)."""
        with self.vault.transaction() as conn:
            _audit.append(conn, actor=self.actor, action=action, kind=kind,
                          record_uuid=record_uuid, case_uuid=case_uuid, detail=detail)


class Batch:
    """Writes inside one :meth:`Store.batch` transaction."""

    def __init__(self, store: Store, conn: Any, keep_times: bool, action: str | None,
                 audit: bool = True, stored: bool = False) -> None:
        self._store = store
        self._stored = stored
        self._conn = conn
        self._keep_times = keep_times
        self._action = action
        self._audit = audit

    def save(self, record: Record) -> None:
        record.validate(allow_future=self._keep_times, stored=self._stored)
        self._store._save_in_txn(self._conn, TABLES[record.KIND], record, self._keep_times,
                                 self._action, self._audit)

    def delete(self, kind: str, uuid: str) -> None:
        """Delete a record as :meth:`Store.delete` does, inside this batch's transaction.

        The caller should ``vault.checkpoint()`` after the batch (deleted rows, old WAL frames).
        """
        self._store._delete_in_txn(self._conn, kind, uuid)

    def add_tombstone(self, uuid: str, kind: str, case_uuid: str, deleted: str,
                      created: str = "") -> bool:
        """Record that a record was deleted elsewhere (restore, merge), so it is not revived;
        ``created`` is the deleted record's, as the deleting vault gave it. Returns whether
        the deletion was new here."""
        return _tombstones.add(self._conn, uuid, kind, case_uuid, deleted, created)

    def held(self, uuid: str) -> _tombstones.Held | None:
        """The live record with this UUID in any table (kind, case, created), or None."""
        return _tombstones.held(self._conn, uuid)

    def deleted_at(self, uuid: str) -> str | None:
        return _tombstones.deleted_at(self._conn, uuid)

    def has_attachment_content(self, sha256: str) -> str | None:
        """UUID of an attachment already holding these bytes, if any (for deduplication)."""
        row = self._conn.execute("SELECT uuid FROM attachments WHERE sha256 = ? AND size >= 0 "
                                 "LIMIT 1", (sha256,)).fetchone()
        return row[0] if row else None

    def add_attachment(self, meta: Attachment, source: BinaryIO) -> None:
        """Store an attachment with its recorded metadata (UUID, times, name, SHA-256).

        The bytes must match ``meta.sha256`` and ``meta.size``; otherwise the whole batch fails.
        """
        meta.validate(allow_future=self._keep_times, stored=self._stored)
        conn = self._conn
        if not conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (meta.case_uuid,)).fetchone():
            raise NotFoundError("store.store.attachment_case_missing")
        if conn.execute("SELECT 1 FROM attachments WHERE uuid = ?", (meta.uuid,)).fetchone():
            raise InvalidInputError("store.store.attachment_id_already_vault")
        if conn.execute("SELECT 1 FROM tombstones WHERE uuid = ?", (meta.uuid,)).fetchone():
            raise InvalidInputError("store.store.attachment_deleted_cannot_added")
        data_json = json.dumps(meta.data_fields(), ensure_ascii=False, sort_keys=True)
        conn.execute("INSERT INTO attachments(uuid, case_uuid, created, updated, data, sha256, size)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (meta.uuid, meta.case_uuid, meta.created, meta.updated, data_json,
                      meta.sha256, meta.size))
        size, sha, _ = _att.store_stream(conn, meta.uuid, source)
        if size != meta.size or sha != meta.sha256:
            from app.errors import IntegrityError

            raise IntegrityError("store.store.attachment_mismatch")
        Store._touch(conn, meta.case_uuid)
        _search.index_record(conn, meta, meta.case_uuid)
        if self._audit:
            _audit.append(conn, actor=self._store.actor, action=self._action or "create",
                          kind="attachment", record_uuid=meta.uuid, case_uuid=meta.case_uuid,
                          detail={"fields": ["file"], "sha256": sha, "size": size})

    def copy_attachment_content(self, meta: Attachment, from_uuid: str) -> None:
        """Add ``meta`` whose bytes equal those of attachment ``from_uuid`` already stored."""
        # Materialise the chunk sequence numbers first: the copy inserts into the same table.
        self.add_attachment(meta, _ChunkReader(_att.iter_chunks(self._conn, from_uuid)))

    @property
    def conn(self) -> Any:
        return self._conn


class _ChunkReader:
    """A read()-able view of a chunk iterator (one chunk in memory at a time)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def read(self, n: int = -1) -> bytes:
        return next(self._chunks, b"")
