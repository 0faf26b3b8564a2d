"""Reading and writing the case model in an unlocked vault: the facade over the store's modules.

Every write runs in one transaction together with its audit entry, its search index update and
the case-list columns it affects, so a crash leaves either all of it or none of it
(app/store/writes.py). Only app/store knows tables and columns (app/store/schema.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from app.errors import InvalidInputError, NotFoundError
from app.model.records import (
    Act,
    Attachment,
    Case,
    CaseLink,
    Intervention,
    Person,
    R,
    Record,
    StatusChange,
    Testimony,
    Witness,
)
from app.names import THRESHOLD, PersonMatch
from app.store import audit as _audit
from app.store import changes as _changes
from app.store import codec, integrity, listing, writes
from app.store import commit as _commit
from app.store import conflicts as _conflicts
from app.store import discard as _discard
from app.store import duplicates as _duplicates
from app.store import facts as _facts
from app.store import namekeys as _namekeys
from app.store import prefs as _prefs
from app.store import search as _search
from app.store import stats as _stats
from app.store import tombstones as _tombstones
from app.store.attachment_methods import AttachmentMethods
from app.store.batch import Batch
from app.store.bundle import CaseBundle
from app.store.commit import CaseCommit, owner_of
from app.store.fold import FOLD_VERSION
from app.store.link_methods import LinkMethods, RelatedCase
from app.store.listing import SORT_KEYS, CaseQuery, CaseRow
from app.store.prefs import VaultPrefs
from app.store.schema import TABLES
from app.store.search_methods import SearchMethods
from app.store.snapshot import Snapshot, read_snapshot
from app.vault import erase as _erase
from app.vault import metakeys
from app.vault.vault import CheckReport, Vault

__all__ = [
    "Store",
    "Batch",
    "CaseBundle",
    "CaseCommit",
    "CaseQuery",
    "CaseRow",
    "RelatedCase",
    "TABLES",
    "SORT_KEYS",
    "VaultPrefs",
]


class Store(AttachmentMethods, LinkMethods, SearchMethods):
    """The case store over an unlocked :class:`Vault`. Belongs to the vault's thread."""

    def __init__(self, vault: Vault, actor: str | None = None) -> None:
        self.vault = vault
        self.actor = actor or vault.meta(metakeys.OPERATOR) or "local user"
        self.ensure_search_index()
        self.ensure_facts()
        self.ensure_change_log()

    def ensure_search_index(self) -> bool:
        """Rebuild the search index if it was built with another text folding or name-key
        version (an upgrade, or a vault made before name keys); returns whether it did.
        Queries are folded the current way, so an old index would miss matches."""
        if self.vault.meta(metakeys.SEARCH_FOLD) == str(FOLD_VERSION) and self.vault.meta(
            metakeys.NAME_KEYS
        ) == str(_namekeys.KEY_VERSION):
            return False
        with self.vault.transaction() as conn:
            _search.clear(conn)
            for record in self.iter_records():
                case_uuid = owner_of(record)
                _search.index_record(conn, record, case_uuid)
            self.vault.set_meta(metakeys.SEARCH_FOLD, str(FOLD_VERSION))
            self.vault.set_meta(metakeys.NAME_KEYS, str(_namekeys.KEY_VERSION))
        self.vault.checkpoint()
        return True

    def ensure_facts(self) -> bool:
        """Derive the statistics columns if this vault's were derived another way, or never
        (a vault migrated from before they existed); returns whether it did."""
        if self.vault.meta(metakeys.FACTS) == str(_facts.FACTS_VERSION):
            return False
        with self.vault.transaction() as conn:
            _facts.rebuild(conn)
            self.vault.set_meta(metakeys.FACTS, str(_facts.FACTS_VERSION))
        return True

    def ensure_change_log(self) -> bool:
        """Keep a trigger writing the change log on every record table and on tombstones
        (app/store/changes.py); returns whether any was made or dropped."""
        if _changes.triggers_current(self.vault.conn):
            return False
        with self.vault.transaction() as conn:
            _changes.install_triggers(conn)
        # A schema change, once per vault: into the file now, not at some later checkpoint.
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
        with self.vault.transaction() as conn:
            writes.save(conn, self.actor, record, keep_times)
        return record

    def save_many(self, records: list[Record], *, keep_times: bool = False) -> None:
        """Save records in one transaction (import); parents must come before children."""
        for record in records:
            record.validate(allow_future=True)  # as in save()
        with self.vault.transaction() as conn:
            for record in records:
                writes.save(conn, self.actor, record, keep_times)

    @contextlib.contextmanager
    def batch(
        self, *, keep_times: bool = True, action: str | None = None, audit: bool = True, stored: bool = False
    ) -> Iterator[Batch]:
        """One transaction for many writes (import, restore, merge): all of it or nothing.

        ``action`` names the audit entries (e.g. "import", "merge") instead of create/update.
        ``audit=False`` writes no per-record audit entries: only for a restore, which copies the
        original audit log verbatim (app/backup/ops) and adds one entry for the restore itself.
        ``stored=True``: the records come from a vault (a restore), so an older version's text
        is accepted (Record.validate).
        """
        with self.vault.transaction() as conn:
            yield Batch(self, conn, keep_times, action, audit, stored)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Snapshot]:
        """Everything a backup reads, in one read transaction (app/store/snapshot.py)."""
        with read_snapshot(self.vault) as snap:
            yield snap

    def get(self, kind: str, uuid: str) -> Record:
        return codec.load(self.conn, kind, uuid)

    def exists(self, kind: str, uuid: str) -> bool:
        """Whether this vault holds a record of ``kind`` with this UUID."""
        return codec.exists(self.conn, kind, uuid)

    def get_case(self, uuid: str) -> Case:
        case = self.get("case", uuid)
        assert isinstance(case, Case)
        return case

    def find_case(self, ref: str) -> Case:
        """A case by UUID or by case number."""
        row = self.conn.execute(
            "SELECT uuid FROM cases WHERE uuid = ? OR case_number = ? ORDER BY uuid = ? DESC LIMIT 1",
            (ref, ref, ref),
        ).fetchone()
        if row is None:
            raise NotFoundError("store.store.case_number_id")
        return self.get_case(row[0])

    def children(self, case_uuid: str, kind: str) -> list[Record]:
        return codec.children(self.conn, case_uuid, kind)

    def children_of(self, case_uuid: str, cls: type[R]) -> list[R]:
        """:meth:`children` of one record class, typed as that class."""
        records = self.children(case_uuid, cls.KIND)
        # The codec decodes each kind to its own class, so this keeps every record.
        return [r for r in records if isinstance(r, cls)]

    def load_case(self, case_uuid: str) -> CaseBundle:
        bundle = CaseBundle(self.get_case(case_uuid))
        bundle.status_changes = self.children_of(case_uuid, StatusChange)
        acts = self.children_of(case_uuid, Act)
        bundle.acts = sorted(acts, key=lambda a: (a.position, a.created))
        bundle.witnesses = self.children_of(case_uuid, Witness)
        bundle.testimonies = self.children_of(case_uuid, Testimony)
        bundle.interventions = self.children_of(case_uuid, Intervention)
        bundle.attachments = self.children_of(case_uuid, Attachment)
        bundle.links = self.children_of(case_uuid, CaseLink)
        return bundle

    def delete(self, kind: str, uuid: str) -> None:
        """Delete a record (a case with everything it holds); the space is overwritten."""
        with self.vault.transaction() as conn:
            writes.delete(conn, self.actor, kind, uuid)
        # Deleted rows must not linger in old WAL frames.
        self.vault.checkpoint()

    def discard_if_empty(self, case_uuid: str) -> bool:
        """Remove a case that never received any data, without tombstones (app/store/discard.py);
        returns whether it was removed."""
        with self.vault.transaction() as conn:
            removed = _discard.discard_if_empty(conn, self.actor, case_uuid)
        if removed:
            self.vault.checkpoint()
        return removed

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
                    writes.save(conn, self.actor, act, False)

    def next_case_number(self, year: int | None = None) -> str:
        return listing.next_case_number(self.conn, year)

    def case_number_taken(self, case_number: str) -> bool:
        return listing.number_taken(self.conn, case_number)

    # --- case list -------------------------------------------------------------------------

    def count_cases(self, query: CaseQuery = CaseQuery()) -> int:
        return listing.count(self.conn, query)

    def list_cases(self, query: CaseQuery = CaseQuery(), offset: int = 0, limit: int = 100) -> list[CaseRow]:
        return listing.page(self.conn, query, offset, limit)

    def case_uuids(self, query: CaseQuery = CaseQuery()) -> list[str]:
        """Every matching case's UUID in list order (cheap: one column)."""
        return listing.uuids(self.conn, query)

    def case_rows(self, uuids: list[str]) -> list[CaseRow]:
        """Rows for the given case UUIDs, in that order (missing ones left out)."""
        return listing.rows(self.conn, uuids)

    def same_person_cases(self, case_uuid: str) -> list[str]:
        """Case numbers recorded as the same person: the case this one duplicates, and the
        cases marked as duplicates of it (``Case.duplicate_of``, set by a person)."""
        case = self.get_case(case_uuid)
        numbers = listing.marked_same_person(self.conn, case_uuid)
        if case.duplicate_of:
            with contextlib.suppress(NotFoundError):
                numbers.insert(0, self.get_case(case.duplicate_of).case_number)
        return numbers

    def hometowns(self) -> list[str]:
        return listing.hometowns(self.conn)

    def years(self) -> list[int]:
        return listing.years(self.conn)

    # --- statistics (app/store/stats.py) ---------------------------------------------------

    def count_by(self, figure: str, query: CaseQuery = CaseQuery()) -> _stats.Counts:
        return _stats.count_figure(self.conn, figure, query)

    def intervention_counts(self, query: CaseQuery = CaseQuery()) -> dict[str, int]:
        return _stats.interventions(self.conn, query)

    def wgeid_gaps(self, query: CaseQuery, elements: tuple[str, ...]) -> dict[str, int]:
        return _stats.wgeid(self.conn, query, elements)

    # --- duplicates (app/store/duplicates.py) ------------------------------------------------

    def possible_duplicates(self, case_uuid: str, limit: int = 10) -> list[CaseRow]:
        """Other cases that may record the same person (:meth:`duplicate_matches`): the same
        person is often reported by several relatives, in several spellings and scripts. For a
        person to check, never merged silently."""
        return [
            row for row, _match in self.duplicate_matches(self.get_case(case_uuid).person, case_uuid, limit)
        ]

    def duplicate_matches(
        self, person: Person, exclude: str = "", limit: int = 10, threshold: float = THRESHOLD
    ) -> list[tuple[CaseRow, PersonMatch]]:
        """Cases that may record ``person``, best first, with the reasons (duplicates.py)."""
        return _duplicates.matches(self, person, exclude, limit, threshold)

    def all_duplicates(
        self,
        threshold: float = THRESHOLD,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[tuple[str, str, PersonMatch]]:
        """Every pair of cases that may be one person, each pair once (duplicates.py)."""
        return _duplicates.all_pairs(self, threshold, progress, cancelled)

    # --- everything ------------------------------------------------------------------------

    def iter_records(self, case_uuids: list[str] | None = None) -> Iterator[Record]:
        """Every record, cases first then their children (so parents load before children)."""
        return codec.records(self.conn, case_uuids)

    def tombstones(self) -> list[tuple[str, str, str, str]]:
        return [
            (uuid, kind, case_uuid, deleted)
            for uuid, kind, case_uuid, deleted, _created in _tombstones.rows(self.conn)
        ]

    def held(self, uuid: str) -> _tombstones.Held | None:
        """The live record with this UUID in any table (kind, case, created), or None."""
        return _tombstones.held(self.conn, uuid)

    def audit(self, case_uuid: str | None = None) -> list[_audit.AuditEntry]:
        return _audit.entries(self.conn, case_uuid)

    def changed_since(self, seq: int) -> tuple[int, int]:
        """Cases and testimonies changed in the audit entries after ``seq`` (audit.py)."""
        return _audit.changed_since(self.conn, seq)

    def record_event(
        self,
        action: str,
        kind: str,
        record_uuid: str = "",
        case_uuid: str = "",
        detail: dict[str, Any] | None = None,
    ) -> None:
        """An audit entry for something that is not a record change (dossier sent, export…)."""
        with self.vault.transaction() as conn:
            covered = _erase.covered_by_backup(self.vault)
            _audit.append(
                conn,
                actor=self.actor,
                action=action,
                kind=kind,
                record_uuid=record_uuid,
                case_uuid=case_uuid,
                detail=detail,
            )
            if covered and action in _audit.EVENT_ACTIONS:
                # Nothing of the data changed: the last verified backup still holds all of it.
                _erase.mark_backed_up(self.vault)

    # --- merge conflicts -------------------------------------------------------------------

    def conflicts(self, case_uuid: str | None = None) -> list[_conflicts.OpenConflict]:
        """Values a merge kept aside, with what the record holds now (app/store/conflicts.py)."""
        return _conflicts.open_conflicts(self.conn, case_uuid)

    def resolve_conflict(self, conflict_id: int, choice: str) -> None:
        """Keep the current value (``"current"``) or take the kept one (``"kept"``)."""
        with self.vault.transaction() as conn:
            _conflicts.resolve(conn, self.actor, conflict_id, choice)

    def check(self) -> CheckReport:
        """The whole check: pages, structure, audit chain (app/store/integrity.py)."""
        return integrity.check(self.vault)

    # --- what the vault remembers for its users ---------------------------------------------

    @property
    def is_demo(self) -> bool:
        """A vault of fictional demo cases (app/demo): every window says so."""
        return self.vault.meta(metakeys.DEMO) == "1"

    def prefs(self) -> VaultPrefs:
        """The interviewer, organisation and usual interview language (app/store/prefs.py)."""
        return _prefs.read_prefs(self.vault)

    def set_prefs(self, prefs: VaultPrefs) -> VaultPrefs:
        """Store them (cleaned; what changed is audited, not the values); returns what is kept."""
        return _prefs.write_prefs(self.vault, prefs, self.actor)

    def audio_input(self) -> str:
        """The id of the microphone last recorded with ("" = the default one)."""
        return _prefs.read_audio_input(self.vault)

    def set_audio_input(self, device_id: str) -> None:
        _prefs.write_audio_input(self.vault, device_id)

    # --- one editor commit -----------------------------------------------------------------

    def commit_changes(
        self, case_uuid: str, saves: list[Record], deletes: list[tuple[str, str]]
    ) -> CaseCommit:
        """Save and delete records of one case in ONE transaction (app/store/commit.py)."""
        return _commit.commit_changes(self, case_uuid, saves, deletes)
