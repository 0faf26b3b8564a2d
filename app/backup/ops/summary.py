"""What a merge did (app/backup/ops/merge.py), for the CLI, the merge window and the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["MAX_LISTED", "MergeConflict", "MergeSummary"]

MAX_LISTED = 200  # uuids named in the summary and the audit entry


@dataclass(frozen=True)
class MergeConflict:
    kind: str
    record_uuid: str
    case_uuid: str
    fields: tuple[str, ...]
    winner: str  # "local" or "backup"
    local_updated: str
    backup_updated: str


@dataclass
class MergeSummary:
    backup: Path
    signer: str
    backup_created: str
    added: int = 0
    updated: int = 0
    conflicted: int = 0
    unchanged: int = 0
    deleted: int = 0  # records here deleted because the backup deleted them
    kept_deleted: int = 0  # records in the backup not brought back (deleted here)
    tombstones_added: int = 0  # deletions learnt for records this vault never had
    attachments_added: int = 0
    attachments_deduplicated: int = 0  # content taken from this vault, not the backup
    # Deletions of records here that the device cannot show it ever held: the records stay.
    deletions_refused: int = 0
    # Records the device cannot show it held whose UUID is here (or belonging to such a case),
    # or made later than the backup itself: left out, this vault's records stay as they are.
    records_refused: int = 0
    times_clamped: int = 0  # `updated` later than the backup was made: taken as its time
    signer_newly_trusted: bool = False
    trust: str = "trusted"  # how the signer was accepted (app/backup/ops/trust.py)
    conflicts: list[MergeConflict] = field(default_factory=list)
    kept_deleted_uuids: list[str] = field(default_factory=list)
    refused_uuids: list[str] = field(default_factory=list)  # deletions and records refused
    writes: int = 0  # rows written by the merge; 0 when merging the same backup again

    @property
    def changed(self) -> bool:
        return self.writes > 0

    def lines(self) -> list[str]:
        return [
            f"added: {self.added} (attachments {self.attachments_added}, "
            f"{self.attachments_deduplicated} already here)",
            f"updated: {self.updated}",
            f"conflicted: {self.conflicted} (the losing values are kept)",
            f"unchanged: {self.unchanged}",
            f"deleted: {self.deleted}",
            f"kept deleted: {self.kept_deleted}",
            f"deletions refused: {self.deletions_refused} (the device never held those records)",
            f"records refused: {self.records_refused} (the device never held the records here "
            "with those ids, or they are dated after the backup)",
            f"times clamped: {self.times_clamped} (dated after the backup was made)",
        ]
