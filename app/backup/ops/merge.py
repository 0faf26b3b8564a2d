"""Merge a backup into an existing vault (headquarters collecting from many laptops).

The rule is docs/backup-format.md, "The merge rule". In short:

* Records are matched by UUID. A record only in the backup is added; one only here stays.
* Nothing a device never held changes what this vault holds: a record here is deleted, or
  changed by an incoming record with its UUID, only if the tombstone or the incoming record
  names the record's own ``created`` (it never changes, every holder of any version knows it,
  a stranger who only knows the UUID does not). Otherwise it is refused: counted, listed, one
  audit entry per record and device; the records of a refused case are refused with it.
* Clock skew (app/backup/ops/clock.py): an ``updated`` later than the backup was made (or than
  now here) is taken as that time; a record made later than that is refused.
* Equal fields: unchanged. Otherwise ``merge_sources`` (the version last merged from the same
  device) is the common ancestor, field by field; a field changed on both sides is a conflict,
  won by the newer ``updated`` (equal: this vault's), the losing value kept in
  ``merge_conflicts`` with a ``merge-conflict`` audit entry. No ancestor: every differing
  field is a conflict.
* Proven deletions win; records of a case deleted here get tombstones of their own.
* Attachment content already here (same SHA-256) is copied from the vault; ``sha256`` and
  ``size`` never change.
* ONE transaction after the backup was verified completely; merging the same backup again
  writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pyrage

from app.backup.errors import BackupChainError, DamagedBackupError
from app.backup.ops import settings
from app.backup.ops.clock import time_limits
from app.backup.ops.common import open_backup
from app.backup.ops.lines import (
    TYPE_AUDIT,
    TYPE_RECORD,
    TYPE_TOMBSTONE,
    BackupContentError,
    IncomingRecord,
    Tombstone,
    parse_line,
)
from app.backup.ops.lookups import Lookups, in_blocks
from app.backup.ops.summary import MAX_LISTED as _MAX_LISTED
from app.backup.ops.summary import MergeConflict, MergeSummary
from app.backup.ops.trust import Ask, SignerPolicy
from app.backup.reader import BackupReader, VerifyReport
from app.errors import NotFoundError
from app.model.records import Attachment, Record
from app.store import Store
from app.store.batch import Batch
from app.store.provenance import LostValue

__all__ = ["MergeConflict", "MergeSummary", "merge_backup"]

_CONTENT_FIELDS = ("sha256", "size")


def _data(record: Record) -> dict[str, Any]:
    return record.data_fields()


def _parent(record: Record) -> dict[str, str]:
    return {} if record.KIND == "case" else {"case_uuid": getattr(record, "case_uuid", "")}


class _Merger:
    def __init__(self, store: Store, batch: Batch, report: VerifyReport, summary: MergeSummary) -> None:
        self.store = store
        self.batch = batch
        self.report = report
        self.summary = summary
        self.signer = report.signer_fingerprint
        self.pending: dict[str, Attachment] = {}
        limits = time_limits(report.created)
        self.now, self.latest_updated = limits.now, limits.latest_updated
        self.latest_created = limits.latest_created
        self.refused_cases: set[str] = set()
        self.looked_up = Lookups(batch)

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

    def _remember(self, record: Record) -> None:
        """This version from this device becomes the common ancestor of the next merge."""
        self.batch.remember_source(self.signer, record)

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


def _merge_lines(reader: BackupReader, merger: _Merger) -> int:
    """The backup's lines into the merge; returns how many audit entries it held. An
    increment's "gone" lines and every settings line change nothing here."""
    audit_entries = 0
    for line in in_blocks(reader.records(), merger.looked_up):
        if line.get("type") == TYPE_RECORD and merger.unchanged_line(line):
            continue
        if line.get("type") == TYPE_AUDIT:
            audit_entries += 1  # the device's log stays in its backups; not merged
            continue
        kind, item = parse_line(line)
        if kind == TYPE_TOMBSTONE:
            assert isinstance(item, Tombstone)
            merger.tombstone(item)
        elif kind == TYPE_RECORD:
            assert isinstance(item, IncomingRecord)
            merger.record(item.record)
    return audit_entries


def merge_backup(
    store: Store,
    path: Path | str,
    *,
    identities: Iterable[pyrage.x25519.Identity | str] | None = None,
    passphrase: str | None = None,
    signer: str | bytes | None = None,
    trust_fingerprint: str | None = None,
    ask: Ask | None = None,
    label: str = "",
    progress: Callable[[str, int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> MergeSummary:
    """Merge the backup at ``path`` into the vault of ``store``; return what happened.

    The signer must be accepted by :class:`~app.backup.ops.trust.SignerPolicy` against this
    vault's own key and trusted devices: or be ``signer`` (``trust_fingerprint`` is its older
    name; a fingerprint or public key compared by a person), or get a yes from ``ask``. Such a
    new signer is added to the trusted devices together with the merge (not if it fails). A
    passphrase backup's signer is accepted without being remembered.
    """
    vault = store.vault
    policy = SignerPolicy(
        settings.trusted_signer_keys(vault),
        signer=signer if signer is not None else trust_fingerprint,
        ask=ask,
    )

    with open_backup(
        path, identities=identities, passphrase=passphrase, policy=policy, progress=progress, cancel=cancel
    ) as reader:
        learned = policy.learned
        report = reader.report
        summary = MergeSummary(Path(path), report.signer_fingerprint, report.created, trust=policy.verdict)
        with store.batch(keep_times=True, action="merge") as batch:
            merger = _Merger(store, batch, report, summary)
            audit_entries = 0
            try:
                audit_entries = _merge_lines(reader, merger)
                merger.attachments(reader)
            except NotFoundError:
                if not report.is_increment:
                    raise
                # Records of a case that is not here: this increment's base never was merged.
                raise BackupChainError("backup.chain.merge_base_first") from None
            if learned is not None:
                settings.trust_signer(
                    vault, learned, label or settings.first_contact_label(report), in_transaction=True
                )
                summary.signer_newly_trusted = True
                summary.writes += 1
            if summary.changed:
                batch.record_event(
                    "merge",
                    "vault",
                    detail={
                        "backup_created": report.created,
                        "signer": report.signer_fingerprint,
                        "vault_id": report.vault_id,
                        "device_audit_head": report.info.get("audit_head"),
                        "device_audit_entries": audit_entries,
                        "added": summary.added,
                        "updated": summary.updated,
                        "conflicted": summary.conflicted,
                        "deleted": summary.deleted,
                        "kept_deleted": summary.kept_deleted,
                        "kept_deleted_uuids": summary.kept_deleted_uuids[:50],
                        "deletions_refused": summary.deletions_refused,
                        "records_refused": summary.records_refused,
                        "times_clamped": summary.times_clamped,
                    },
                )
    if summary.deleted:
        vault.checkpoint()  # deleted rows must not linger in old WAL frames
    return summary
