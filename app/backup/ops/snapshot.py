"""Back up an open vault: a consistent snapshot, streamed into one signed backup file.

Consistency: everything is read inside ONE read transaction on the vault's own connection
(``Store.snapshot``, app/store/snapshot.py: SQLite shows it the database as it was at its first
read, whatever is committed meanwhile). No copy of the vault is made: nothing but the
encrypted backup is written, and no plaintext reaches the disk.

The caller runs this on the thread that owns the vault (ui/worker.py's DB thread): the app's
other database work waits until the backup is done, which also means nobody writes through
this connection while the snapshot is open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import app
from app.backup.errors import BackupInputError
from app.backup.ops import chainstate, settings
from app.backup.ops.lines import TYPE_AUDIT, TYPE_GONE, TYPE_META, TYPE_TOMBSTONE, record_line
from app.backup.reader import MODE_PASSPHRASE, MODE_RECIPIENTS, BackupProgress, VerifyReport
from app.backup.rotation import rotate_backups
from app.backup.writer import AttachmentSource, write_backup
from app.store import Store
from app.store.changes import ChangeSet
from app.store.snapshot import Snapshot
from app.vault import erase, metakeys

__all__ = ["OpsProgress", "VaultBackupResult", "backup_vault"]

# (phase, done, total): phase is "writing", "verifying" or "reading"; done/total in bytes.
OpsProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class VaultBackupResult:
    path: Path
    report: VerifyReport
    counts: dict[str, int]
    rotated: list[Path]  # older backups removed after this one was verified


def _tombstone_line(row: tuple[str, str, str, str, str]) -> dict[str, Any]:
    uuid, kind, case_uuid, deleted, created = row
    return {
        "type": TYPE_TOMBSTONE,
        "uuid": uuid,
        "kind": kind,
        "case_uuid": case_uuid,
        "deleted": deleted,
        "created": created,
    }


def _increment_lines(
    snap: Snapshot, vault_meta: list[tuple[str, str]], changed: ChangeSet, audit_after: int
) -> Iterator[dict[str, Any]]:
    """What changed after the base, in the order of a full backup's lines: every setting, the
    new tombstones, records gone without one, the changed records as they are now, the audit
    entries after the base's."""
    for key, value in vault_meta:
        yield {"type": TYPE_META, "key": key, "value": value}
    for stone in snap.tombstones_among(changed):
        yield _tombstone_line(stone)
    for kind, uuid in snap.gone_among(changed):
        yield {"type": TYPE_GONE, "kind": kind, "uuid": uuid}
    for kind, fields, activity in snap.records_among(changed):
        yield record_line(kind, fields, activity)
    for row in snap.audit_rows(audit_after):
        yield {"type": TYPE_AUDIT, **row}


def _lines(snap: Snapshot, vault_meta: list[tuple[str, str]]) -> Iterator[dict[str, Any]]:
    for key, value in vault_meta:
        yield {"type": TYPE_META, "key": key, "value": value}
    for stone in snap.tombstones():
        yield _tombstone_line(stone)
    for kind, fields, activity in snap.records():
        yield record_line(kind, fields, activity)
    for row in snap.audit_rows():
        yield {"type": TYPE_AUDIT, **row}


def _attachments(snap: Snapshot, changed: ChangeSet | None = None) -> Iterator[AttachmentSource]:
    """One member per distinct content: attachments with equal SHA-256 are stored once (the
    others are restored from it; their records say which content they have). An increment
    holds the content of every attachment it names (``changed``), so it merges on its own."""
    contents = snap.attachment_contents() if changed is None else snap.attachment_contents_among(changed)
    for uuid, sha256, size in contents:
        yield uuid, sha256, size, snap.chunks(uuid)


def backup_vault(
    store: Store,
    target: Path | str,
    *,
    recipients: list[str] | None = None,
    passphrase: str | None = None,
    keep: int | None = None,
    choice: str = chainstate.AUTO,
    progress: OpsProgress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> VaultBackupResult:
    """Write a verified backup of the vault to ``target`` (a folder or a new file name).

    Encrypted to ``passphrase`` if given, else to ``recipients`` (``age1…``), else to the keys
    stored in the vault. Signed with the vault's device key. ``choice`` (app/backup/ops/
    chainstate.py): AUTO makes an increment on the chain this vault last wrote when the folder
    still holds it, else a full backup; FORCE_FULL, FORCE_INCREMENT. When ``target`` is a
    folder, only the newest ``keep`` backups (default: the vault's setting) are kept there,
    with whatever a kept increment builds on, once the new one has been verified. Records the
    time of the backup (for :func:`settings.backup_due`), the chain, and an audit entry.
    """
    vault = store.vault
    if passphrase is None:
        recipients = list(recipients) if recipients else settings.backup_recipients(vault)
        if not recipients:
            raise BackupInputError("backup.snapshot.key_encrypt_backup_add")
    else:
        recipients = None
    signing_key = settings.device_signing_key(vault)
    target = Path(target)
    folder_target = target.is_dir()
    keep = settings.backup_keep(vault) if keep is None else keep
    if folder_target and (not isinstance(keep, int) or keep < 1):
        raise BackupInputError("backup.snapshot.keep_least_one_backup")
    mode = MODE_PASSPHRASE if passphrase is not None else MODE_RECIPIENTS
    folder = target if folder_target else target.parent
    chain = chainstate.choose_base(vault, folder, choice=choice, mode=mode, recipients=recipients)

    if vault.in_transaction:
        raise BackupInputError("backup.snapshot.vault_busy_try_backup")
    with store.snapshot() as snap:
        # The first read fixes the snapshot; every read below sees the same state.
        counts = snap.counts()
        changes = snap.change_number()
        audit_seq = snap.audit_seq()
        meta = [(k, v) for k, v in snap.meta() if k not in metakeys.PRIVATE]
        snapshot_seq = erase.audit_seq(vault)
        info = {
            "vault_id": vault.vault_id,
            "app_version": app.__version__,
            "counts": counts,
            "audit_head": vault.meta(metakeys.AUDIT_HEAD),
            # What this backup holds of the vault's change log and audit log: an increment on
            # it holds what came after (its own "changes_after"/"audit_after" say from where).
            "changes": changes,
            "audit_seq": audit_seq,
        }
        if chain is None:
            total = snap.payload_estimate()
            lines, contents = _lines(snap, meta), _attachments(snap)
        else:
            changed = snap.changed_since(chain.changes)
            total = 0
            info.update(changes_after=chain.changes, audit_after=chain.audit_seq)
            lines = _increment_lines(snap, meta, changed, chain.audit_seq)
            contents = _attachments(snap, changed)

        def on_progress(p: BackupProgress) -> None:
            if progress is not None:
                progress(p.phase, p.bytes_done, max(total, p.bytes_done))

        result = write_backup(
            target,
            info,
            lines,
            contents,
            recipients=recipients,
            passphrase=passphrase,
            signing_key=signing_key,
            progress=on_progress,
            cancel=cancel,
            base=None if chain is None else chain.base,
        )

    with store.batch() as batch:
        settings.set_last_backup(vault, datetime.now(UTC))
        state = chainstate.remember(
            vault,
            chain,
            result.path,
            result.report,
            changes=changes,
            audit_seq=audit_seq,
            recipients=recipients,
        )
        batch.record_event(
            "backup",
            "vault",
            detail={
                "file": result.path.name,
                "mode": result.report.mode,
                "kind": "increment" if result.report.is_increment else "full",
                "signer": result.report.signer_fingerprint,
                "records": result.report.records,
                "attachments": result.report.attachments,
            },
        )
    if passphrase is None:
        # To the organisation's keys and verified by write_backup: erasing the vault now (or a
        # duress passphrase) loses nothing up to the snapshot. The backup's own audit entry,
        # written just above, changes no data.
        seen = erase.audit_seq(vault)
        vault.set_meta(metakeys.BACKUP_VERIFIED_SEQ, str(seen if seen == snapshot_seq + 1 else snapshot_seq))
    rotated = []
    if folder_target:
        protect = [f.name for f in state.files] if state is not None else []
        rotated = rotate_backups(result.path.parent, keep, protect=protect)
    return VaultBackupResult(result.path, result.report, counts, rotated)
