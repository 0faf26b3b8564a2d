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
* ONE transaction after the backup was verified completely (every byte's hash, the signature,
  the signer; its lines are parsed in this pass, each before it is used); merging the same
  backup again writes nothing.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyrage

from app.backup import format as fmt
from app.backup.errors import BackupChainError, DamagedBackupError
from app.backup.ops import settings
from app.backup.ops.common import open_backup
from app.backup.ops.lines import (
    TYPE_AUDIT,
    TYPE_RECORD,
    TYPE_TOMBSTONE,
    IncomingRecord,
    Tombstone,
    parse_line,
)
from app.backup.ops.lookups import in_blocks
from app.backup.ops.merge_records import RecordMerge
from app.backup.ops.summary import MergeConflict, MergeSummary
from app.backup.ops.trust import Ask, SignerPolicy
from app.backup.reader import BackupReader
from app.errors import NotFoundError
from app.store import Store

__all__ = ["MergeConflict", "MergeSummary", "merge_backup"]


# Izdeu writes every audit line starting with these bytes (format.dump_json, "type" first).
_AUDIT_START = fmt.dump_json({"type": TYPE_AUDIT})[:-1] + b","


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def _parsed(lines: Iterable[bytes], audit: list[int]) -> Iterator[tuple[bytes, dict[str, Any]]]:
    """Each line but the device's audit entries, parsed by json's C scanner only (no
    duplicate-key check yet: see _merge_lines). Audit lines are counted in ``audit[0]``, not
    parsed: the device's log stays in its backups, a merge never uses it."""
    for raw in lines:
        if raw.startswith(_AUDIT_START):
            audit[0] += 1
            continue
        try:
            line = json.loads(raw.decode("ascii"), parse_constant=_no_constant)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise DamagedBackupError() from None
        if not isinstance(line, dict):
            raise DamagedBackupError()
        yield raw, line


def _strict(raw: bytes, quick: dict[str, Any]) -> dict[str, Any] | None:
    """The line as format.load_json_object reads it, without parsing it a second time when it
    is as Izdeu writes it: a line that dumps back to exactly its bytes has no key twice."""
    with contextlib.suppress(ValueError, RecursionError):
        if fmt.dump_json(quick) == raw:
            return quick
    return fmt.load_json_object(raw)  # the strict parser: a key given twice is refused


def _merge_lines(reader: BackupReader, merger: RecordMerge) -> int:
    """The backup's lines into the merge; how many audit entries it held.

    A record line that json reads as equal to what this vault holds changes nothing and is
    only counted (most of a repeated merge; a key given twice is not looked for there, as the
    line is not used). Every other line is read as format.load_json_object reads it (a key
    given twice is damage) before it is used.
    """
    audit = [0]
    for raw, quick in in_blocks(_parsed(reader.record_lines(), audit), merger.looked_up):
        if quick.get("type") == TYPE_RECORD and merger.unchanged_line(quick):
            continue
        line = _strict(raw, quick)
        if line is None:
            raise DamagedBackupError()
        kind, item = parse_line(line)
        if kind == TYPE_TOMBSTONE:
            assert isinstance(item, Tombstone)
            merger.tombstone(item)
        elif kind == TYPE_RECORD:
            assert isinstance(item, IncomingRecord)
            merger.record(item.record)
    return audit[0]


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
        path,
        identities=identities,
        passphrase=passphrase,
        policy=policy,
        progress=progress,
        cancel=cancel,
        lines=True,
    ) as reader:
        learned = policy.learned
        report = reader.report
        summary = MergeSummary(Path(path), report.signer_fingerprint, report.created, trust=policy.verdict)
        with store.batch(keep_times=True, action="merge") as batch:
            merger = RecordMerge(store, batch, report, summary)
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
