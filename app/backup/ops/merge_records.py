"""Which records and deletions of a backup a merge takes (docs/backup-format.md, "The merge
rule"): matched by UUID, proof of holding (a record's own ``created``) for every change or
deletion of a record here, refusals recorded, the clock bounds of app/backup/ops/clock.py,
proven deletions winning, attachment content copied from the vault when it is already here.
A record held on both sides is merged field by field by app/backup/ops/merge_fields.py.
"""

from __future__ import annotations

from typing import Any

from app.backup.errors import DamagedBackupError
from app.backup.ops.lines import BackupContentError, Tombstone
from app.backup.ops.merge_fields import FieldMerge
from app.backup.ops.summary import MAX_LISTED as _MAX_LISTED
from app.backup.ops.summary import MergeSummary
from app.backup.reader import BackupReader, VerifyReport
from app.model.records import Attachment, Record
from app.store import Store
from app.store.batch import Batch

__all__ = ["RecordMerge"]


class RecordMerge(FieldMerge):
    def __init__(self, store: Store, batch: Batch, report: VerifyReport, summary: MergeSummary) -> None:
        super().__init__(store, batch, report, summary)
        self.pending: dict[str, Attachment] = {}
        self.refused_cases: set[str] = set()

    def unchanged_line(self, line: dict[str, Any]) -> bool:
        """A record line equal to what this vault holds: nothing to do, nothing to check (this
        vault's record was checked when it was written). Most of a repeated merge."""
        raw, kind = line.get("record"), line.get("kind")
        if not isinstance(raw, dict) or not isinstance(kind, str):
            return False
        stored = self.looked_up.stored(kind, str(raw.get("uuid")))
        if stored is None or stored != raw:
            return False
        case_uuid = stored["uuid"] if kind == "case" else stored.get("case_uuid", "")
        if case_uuid in self.refused_cases:
            return False
        self.summary.unchanged += 1
        return True

    # --- refusals ------------------------------------------------------------------------

    def _refuse(self, action: str, kind: str, uuid: str, case_uuid: str, reason: str) -> None:
        """Leave this vault's record as it is; say so once per record and device."""
        if action == "merge-refused-deletion":
            self.summary.deletions_refused += 1
        else:
            self.summary.records_refused += 1
        if len(self.summary.refused_uuids) < _MAX_LISTED:
            self.summary.refused_uuids.append(uuid)
        if not self.batch.has_signer_entry(
            case_uuid=case_uuid, record_uuid=uuid, action=action, signer=self.signer
        ):
            self.batch.record_event(
                action,
                kind,
                uuid,
                case_uuid,
                detail={"signer": self.signer, "reason": reason, "backup_created": self.report.created},
            )
            self.summary.writes += 1

    # --- tombstones ----------------------------------------------------------------------

    def tombstone(self, stone: Tombstone) -> None:
        self.looked_up.forget()  # a deletion may take a case's records with it
        if self.looked_up.deleted_at(stone.uuid) is not None:
            return
        held = self.batch.held(stone.uuid)
        if held is None:
            # Never here: remembered so no later merge brings it in, and passed on with the
            # deleting vault's proof (it deletes nothing elsewhere without it).
            self.batch.add_tombstone(
                stone.uuid,
                stone.kind,
                stone.case_uuid,
                min(stone.deleted, self.latest_updated),
                stone.created,
            )
            self.summary.tombstones_added += 1
            self.summary.writes += 1
        elif held.kind == stone.kind and stone.created and stone.created == held.created:
            self.batch.delete(stone.kind, stone.uuid)
            self.summary.deleted += 1
            self.summary.writes += 1
        else:
            self._refuse("merge-refused-deletion", held.kind, stone.uuid, held.case_uuid, "not-held")

    # --- records -------------------------------------------------------------------------

    def _keep_deleted(self, record: Record, case_uuid: str, deleted: str) -> None:
        """Not brought back. A version changed on the device after the deletion here is
        recorded in the audit log (once per record and device): work that someone did without
        knowing of the deletion is not dropped silently. Older versions are what the deletion
        meant to remove."""
        self.summary.kept_deleted += 1
        if len(self.summary.kept_deleted_uuids) < _MAX_LISTED:
            self.summary.kept_deleted_uuids.append(record.uuid)
        if record.updated <= deleted:
            return
        if not self.batch.has_signer_entry(
            case_uuid=case_uuid, record_uuid=record.uuid, action="merge-kept-deleted", signer=self.signer
        ):
            self.batch.record_event(
                "merge-kept-deleted",
                record.KIND,
                record.uuid,
                case_uuid,
                detail={"backup_updated": record.updated, "signer": self.signer},
            )
            self.summary.writes += 1

    def _admissible(self, incoming: Record, case_uuid: str) -> bool:
        """Whether the device may change what this vault holds with ``incoming``; clamps an
        ``updated`` later than the backup. A refusal is recorded."""
        kind = incoming.KIND
        if kind != "case" and case_uuid in self.refused_cases:
            self._refuse("merge-refused-record", kind, incoming.uuid, case_uuid, "case-refused")
            return False
        if incoming.created > self.latest_created:
            # No honest clock makes a record after the backup that holds it.
            self._refuse("merge-refused-record", kind, incoming.uuid, case_uuid, "future")
            if kind == "case":
                self.refused_cases.add(incoming.uuid)
            return False
        held = self.looked_up.held(incoming.uuid)
        if held is not None and (held.kind != kind or held.created != incoming.created):
            # The same UUID with another history: a forged collision, never an edit of ours.
            self._refuse("merge-refused-record", held.kind, incoming.uuid, held.case_uuid, "not-held")
            if kind == "case":
                self.refused_cases.add(incoming.uuid)
            return False
        if incoming.updated > self.latest_updated:
            incoming.updated = max(self.latest_updated, incoming.created)
            self.summary.times_clamped += 1
        return True

    def record(self, incoming: Record) -> None:
        kind = incoming.KIND
        case_uuid = incoming.uuid if kind == "case" else getattr(incoming, "case_uuid", "")
        if not self._admissible(incoming, case_uuid):
            return
        deleted = self.looked_up.deleted_at(incoming.uuid)
        if deleted is not None:
            self._keep_deleted(incoming, case_uuid, deleted)
            return
        case_deleted = self.looked_up.deleted_at(case_uuid) if kind != "case" else None
        if case_deleted is not None:
            # Added on the device after its case was deleted here: it goes with its case.
            self.batch.add_tombstone(incoming.uuid, kind, case_uuid, self.now, incoming.created)
            self.looked_up.forget(incoming.uuid)
            self.summary.writes += 1
            self._keep_deleted(incoming, case_uuid, case_deleted)
            return
        local = self.looked_up.local(kind, incoming.uuid)
        if local is None:
            if isinstance(incoming, Attachment):
                self.pending[incoming.uuid] = incoming
            else:
                self.batch.save(incoming, validated=True)  # validated as it was read
                self.looked_up.forget(incoming.uuid)
                self._remember(incoming)
                self.summary.added += 1
                self.summary.writes += 1
            return
        self._both(local, incoming, case_uuid)

    # --- attachments ---------------------------------------------------------------------

    def attachments(self, reader: BackupReader) -> None:
        for stream in reader.attachments():
            meta = self.pending.get(stream.uuid)
            if meta is None:
                continue  # already here (its record was merged above); the stream is skipped
            if meta.sha256 != stream.sha256:
                raise BackupContentError()
            del self.pending[stream.uuid]
            source = self.batch.has_attachment_content(meta.sha256)
            if source is not None:
                self.batch.copy_attachment_content(meta, source)
                self.summary.attachments_deduplicated += 1
            else:
                self.batch.add_attachment(meta, stream)
            self._remember(meta)
            self.summary.added += 1
            self.summary.attachments_added += 1
            self.summary.writes += 1
        for meta in self.pending.values():
            source = self.batch.has_attachment_content(meta.sha256)
            if source is None:
                raise DamagedBackupError("backup.merge.backup_incomplete_attachment_s")
            self.batch.copy_attachment_content(meta, source)
            self._remember(meta)
            self.summary.added += 1
            self.summary.attachments_added += 1
            self.summary.writes += 1
            self.summary.attachments_deduplicated += 1
