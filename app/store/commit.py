"""One editor commit: the saves and deletions of one case in ONE transaction.

An editor's commit must not half-happen: with deletions in transactions of their own, a failed
save left removed witnesses or testimonies in the vault while the editor had forgotten them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import InvalidInputError, NotFoundError
from app.model.records import (
    Act,
    Attachment,
    Case,
    CaseLink,
    Intervention,
    Record,
    StatusChange,
    Testimony,
    Witness,
)
from app.store import tombstones as _tombstones
from app.store import writes
from app.store.listing import CaseRow
from app.store.schema import CHILD_KINDS

if TYPE_CHECKING:
    from app.store.store import Store

__all__ = ["CaseCommit", "commit_changes", "owner_of"]


@dataclass(frozen=True)
class CaseCommit:
    """What :meth:`Store.commit_changes` leaves: the case's list row and status history."""

    row: CaseRow
    status_changes: list[StatusChange]


def commit_changes(
    store: Store, case_uuid: str, saves: list[Record], deletes: list[tuple[str, str]]
) -> CaseCommit:
    """Save and delete records of one case in ONE transaction: all of it or none of it.

    An editor's commit must not half-happen: with deletions in transactions of their own, a
    failed save left removed witnesses or testimonies in the vault while the editor had
    forgotten them. Deletions keep :meth:`delete`'s guarantees (tombstone with the record's
    ``created``, secure delete) and the WAL is checkpointed once after them. A deletion of
    a record the vault does not hold (added and removed before any save) is skipped.
    Returns the case's list row and status history as they are after the commit.
    """
    for record in saves:
        owner = owner_of(record)
        if owner != case_uuid:
            raise InvalidInputError("store.commit.other_case_saved")
        record.validate(allow_future=True)  # as in save()
    if any(kind not in CHILD_KINDS for kind, _uuid in deletes):
        raise InvalidInputError("store.commit.not_a_child_kind")
    with store.vault.transaction() as conn:
        for record in saves:
            writes.save(conn, store.actor, record, False)
        for kind, uuid in deletes:
            held = _tombstones.held(conn, uuid)
            if held is None:
                continue  # never saved, or already gone: nothing to delete
            if held.kind != kind or held.case_uuid != case_uuid:
                raise InvalidInputError("store.commit.other_case_deleted")
            writes.delete(conn, store.actor, kind, uuid)
    if deletes:
        store.vault.checkpoint()  # deleted rows must not linger in old WAL frames
    rows = store.case_rows([case_uuid])
    if not rows:
        raise NotFoundError("store.store.such_case")
    return CaseCommit(rows[0], store.children_of(case_uuid, StatusChange))


def owner_of(record: Record) -> str:
    """The UUID of the case a record belongs to (a case owns itself)."""
    if isinstance(record, Case):
        return record.uuid
    if isinstance(record, (StatusChange, Act, Witness, Testimony, Intervention, Attachment, CaseLink)):
        return record.case_uuid
    raise TypeError(f"not a record kind the vault stores: {type(record).__name__}")
