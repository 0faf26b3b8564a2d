"""Merging one record held both here and in the backup, field by field (the merge rule's
"Equal fields" and conflict part: docs/backup-format.md, "The merge rule").

``merge_sources`` (the version last merged from the same device) is the common ancestor; a field
changed on both sides is a conflict, won by the newer ``updated`` (equal: this vault's), the
losing value kept in ``merge_conflicts`` with a ``merge-conflict`` audit entry. No ancestor:
every differing field is a conflict. The rules that decide whether a record may be merged at
all are app/backup/ops/merge_records.py's.
"""

from __future__ import annotations

from typing import Any

from app.backup.ops.clock import time_limits
from app.backup.ops.lookups import Lookups
from app.backup.ops.summary import MAX_LISTED as _MAX_LISTED
from app.backup.ops.summary import MergeConflict, MergeSummary
from app.backup.reader import VerifyReport
from app.model.records import Attachment, Record
from app.store import Store
from app.store.batch import Batch
from app.store.provenance import LostValue

__all__ = ["FieldMerge"]


def _data(record: Record) -> dict[str, Any]:
    return record.data_fields()


def _parent(record: Record) -> dict[str, str]:
    return {} if record.KIND == "case" else {"case_uuid": getattr(record, "case_uuid", "")}


class FieldMerge:
    """What one merge knows (the vault's batch, the verified backup's signer and time) and
    the three-way merge of a record held on both sides."""

    def __init__(self, store: Store, batch: Batch, report: VerifyReport, summary: MergeSummary) -> None:
        self.store = store
        self.batch = batch
        self.report = report
        self.summary = summary
        self.signer = report.signer_fingerprint
        limits = time_limits(report.created)
        self.now, self.latest_updated = limits.now, limits.latest_updated
        self.latest_created = limits.latest_created
        self.looked_up = Lookups(batch)

    def _remember(self, record: Record) -> None:
        """This version from this device becomes the common ancestor of the next merge."""
        self.batch.remember_source(self.signer, record)

    def _both(self, local: Record, incoming: Record, case_uuid: str) -> None:
        if isinstance(incoming, Attachment) and isinstance(local, Attachment):
            # Content is immutable: the bytes here are what sha256/size describe.
            incoming.sha256, incoming.size = local.sha256, local.size
        mine, theirs = _data(local), _data(incoming)
        differing = sorted(k for k in set(mine) | set(theirs) if mine.get(k) != theirs.get(k))
        if not differing:
            self.summary.unchanged += 1
            return
        source = self.batch.merge_source(local.uuid)
        base: dict[str, Any] | None = None
        if source is not None and source.signer == self.signer:
            if incoming.updated <= source.updated:
                # This version, or a newer one, came from the same device before: nothing new.
                self.summary.unchanged += 1
                return
            base = source.data
        missing = object()  # a field the ancestor did not have (added by a newer Izdeu)
        take: list[str] = []  # changed on the device only
        both: list[str] = []  # changed on both sides: conflicts
        for name in differing:
            if base is None:
                both.append(name)
            elif theirs.get(name) == base.get(name, missing):
                continue  # changed here only: keep ours
            elif mine.get(name) == base.get(name, missing):
                take.append(name)
            else:
                both.append(name)
        # A time of ours ahead of this clock (merged before times were bounded) wins nothing.
        local_time = min(local.updated, self.now)
        backup_wins = incoming.updated > local_time
        if both:
            self._conflict(local, incoming, case_uuid, both, winner="backup" if backup_wins else "local")
        if backup_wins:
            take += both
        if take:
            merged = dict(mine)
            merged.update({name: theirs[name] for name in take if name in theirs})
            for name in take:
                if name not in theirs:
                    merged.pop(name, None)
            record = type(local).from_dict(
                {
                    **merged,
                    "uuid": local.uuid,
                    "created": local.created,
                    "updated": max(local_time, incoming.updated),
                    **_parent(local),
                }
            )
            self.batch.save(record)
            self.looked_up.forget(local.uuid)
            self.summary.updated += 1
            self.summary.writes += 1
        # Past the check above this version is news from this device: the next ancestor.
        self._remember(incoming)
        self.summary.writes += 1
        if not take and not both:
            self.summary.unchanged += 1

    def _conflict(
        self, local: Record, incoming: Record, case_uuid: str, differing: list[str], *, winner: str
    ) -> None:
        loser, lost_side = (incoming, "backup") if winner == "local" else (local, "local")
        won = local if winner == "local" else incoming
        lost_data = _data(loser)
        added = 0
        for name in differing:
            added += self.batch.add_conflict(
                LostValue(
                    self.now,
                    local.KIND,
                    local.uuid,
                    case_uuid,
                    name,
                    winner,
                    lost_side,
                    loser.updated,
                    won.updated,
                    lost_data.get(name),
                    self.signer,
                    self.report.created,
                )
            )
        if not added:
            return  # this very conflict was recorded by an earlier merge
        self.summary.conflicted += 1
        self.summary.writes += 1
        conflict = MergeConflict(
            local.KIND, local.uuid, case_uuid, tuple(differing), winner, local.updated, incoming.updated
        )
        if len(self.summary.conflicts) < _MAX_LISTED:
            self.summary.conflicts.append(conflict)
        # Names of fields and times only: the values are in merge_conflicts, which is deleted
        # with the record, unlike the append-only audit log.
        self.batch.record_event(
            "merge-conflict",
            local.KIND,
            local.uuid,
            case_uuid,
            detail={
                "fields": differing[:50],
                "winner": winner,
                "local_updated": local.updated,
                "backup_updated": incoming.updated,
                "signer": self.signer,
            },
        )
