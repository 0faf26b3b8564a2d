"""What an editor's next save must send: the records changed since the vault was last sent them,
and the removals since (one Store.commit_changes).

Records are compared by their canonical stored data, not by object identity, so an edit undone
by hand sends nothing. What a queued save sends counts as held at once (a record removed while
its first save is still queued is then deleted, not forgotten); a failed save gives everything
back, so editor and vault stay consistent.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass

from app.model import Record
from app.store import CaseBundle

__all__ = ["ChangeTracker", "Commit", "editable_records"]

# A record the vault may hold with content the editor does not know (a save of it failed): it
# is sent again by the next save, and a removal of it is not skipped.
_UNKNOWN = ""


def editable_records(bundle: CaseBundle) -> list[Record]:
    """The records an editor writes (status changes are written by the store itself)."""
    return [
        bundle.case,
        *bundle.acts,
        *bundle.witnesses,
        *bundle.testimonies,
        *bundle.interventions,
        *bundle.attachments,
    ]


def _canonical(record: Record) -> str:
    """The record's content as the store writes it."""
    return json.dumps(record.data_fields(), ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Commit:
    """One save: copies of the changed records (the DB thread gets its own objects) and the
    (kind, uuid) removals."""

    saves: list[Record]
    deletes: list[tuple[str, str]]

    def __bool__(self) -> bool:
        return bool(self.saves or self.deletes)


class ChangeTracker:
    def __init__(self) -> None:
        # uuid -> canonical data as the vault holds it once every queued save has gone through.
        self._sent: dict[str, str] = {}
        # Removals not yet committed (a failed save gives its own back).
        self._pending: list[tuple[str, str]] = []

    def loaded(self, records: list[Record]) -> None:
        self._sent = {r.uuid: _canonical(r) for r in records}
        self._pending = []

    def stored(self, record: Record) -> None:
        """A record the store wrote by itself (an attachment added with its file)."""
        self._sent[record.uuid] = _canonical(record)

    def removed(self, deletes: list[tuple[str, str]]) -> None:
        self._pending += deletes

    @property
    def pending_deletes(self) -> list[tuple[str, str]]:
        return list(self._pending)

    def take(self, records: list[Record]) -> Commit:
        """The next save's content, counted as sent from now on."""
        changed = [r for r in records if self._sent.get(r.uuid) != _canonical(r)]
        # Only a record the vault may hold is deleted: one added and removed in between saves
        # was never written.
        deletes = [d for d in self._pending if d[1] in self._sent]
        self._pending = []
        for record in changed:
            self._sent[record.uuid] = _canonical(record)
        for _kind, uuid in deletes:
            del self._sent[uuid]
        return Commit(copy.deepcopy(changed), deletes)

    def failed(self, commit: Commit) -> None:
        """Nothing of ``commit`` is in the vault (or it is not known to be): send it again."""
        # Resending is always safe (the store skips an update that changes nothing), even if a
        # later queued save has sent the record since.
        for uuid in (*(r.uuid for r in commit.saves), *(d[1] for d in commit.deletes)):
            self._sent[uuid] = _UNKNOWN
        self._pending[:0] = commit.deletes
