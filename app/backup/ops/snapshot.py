"""Back up an open vault: a consistent snapshot, streamed into one signed backup file.

Consistency: everything is read inside ONE read transaction on the vault's own connection
(``BEGIN`` deferred; in WAL mode SQLite then shows this connection the database as it was at
its first read, whatever is committed meanwhile). No copy of the vault is made: nothing but the
encrypted backup is written, and no plaintext reaches the disk.

The caller runs this on the thread that owns the vault (ui/worker.py's DB thread): the app's
other database work waits until the backup is done, which also means nobody writes through
this connection while the snapshot is open.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import app
from app.backup.errors import BackupInputError
from app.backup.ops import settings
from app.backup.ops.lines import AUDIT_COLUMNS, TYPE_AUDIT, TYPE_META, TYPE_TOMBSTONE, record_rows
from app.backup.reader import BackupProgress, VerifyReport
from app.backup.rotation import rotate_backups
from app.backup.writer import AttachmentSource, write_backup
from app.store import TABLES, Store
from app.store import attachments as _att
from app.store import audit as _audit
from app.store import tombstones as _tombstones

__all__ = ["OpsProgress", "VaultBackupResult", "backup_vault", "snapshot_counts"]

# (phase, done, total): phase is "writing", "verifying" or "reading"; done/total in bytes.
OpsProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class VaultBackupResult:
    path: Path
    report: VerifyReport
    counts: dict[str, int]
    rotated: list[Path]  # older backups removed after this one was verified


def snapshot_counts(conn: Any) -> dict[str, int]:
    """What the snapshot holds, by kind; stored in the manifest so a restore can check it."""
    counts = {kind: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
              for kind, table in TABLES.items()}
    counts["tombstones"] = int(conn.execute("SELECT count(*) FROM tombstones").fetchone()[0])
    counts["audit"] = int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    return counts


def _total_bytes(conn: Any) -> int:
    """Estimate of the payload size, for progress: attachment bytes (once per content) plus
    the records' JSON."""
    attachments = conn.execute(
        "SELECT coalesce(sum(size), 0) FROM (SELECT sha256, max(size) AS size FROM attachments "
        "GROUP BY sha256)").fetchone()[0]
    text = sum(int(conn.execute(f"SELECT coalesce(sum(length(data)), 0) FROM {t}").fetchone()[0])
               for t in TABLES.values())
    return int(attachments) + text + 200 * int(conn.execute("SELECT count(*) FROM audit")
                                                 .fetchone()[0])


def _lines(conn: Any, vault_meta: list[tuple[str, str]]) -> Iterator[dict[str, Any]]:
    for key, value in vault_meta:
        yield {"type": TYPE_META, "key": key, "value": value}
    for uuid, kind, case_uuid, deleted, created in _tombstones.rows(conn):
        yield {"type": TYPE_TOMBSTONE, "uuid": uuid, "kind": kind, "case_uuid": case_uuid,
               "deleted": deleted, "created": created}
    yield from record_rows(conn)
    cursor = conn.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit ORDER BY seq")
    while True:
        rows = cursor.fetchmany(512)
        if not rows:
            return
        for row in rows:
            yield {"type": TYPE_AUDIT, **dict(zip(AUDIT_COLUMNS, row, strict=True))}


def _attachments(conn: Any) -> Iterator[AttachmentSource]:
    """One member per distinct content: attachments with equal SHA-256 are stored once (the
    others are restored from it; their records say which content they have)."""
    seen: set[str] = set()
    rows = conn.execute("SELECT uuid, sha256, size FROM attachments ORDER BY created, uuid")
    while True:
        batch = rows.fetchmany(256)
        if not batch:
            return
        for uuid, sha256, size in batch:
            if sha256 in seen:
                continue
            seen.add(sha256)
            yield uuid, sha256, int(size), _att.iter_chunks(conn, uuid)


def backup_vault(
    store: Store,
    target: Path | str,
    *,
    recipients: list[str] | None = None,
    passphrase: str | None = None,
    keep: int | None = None,
    progress: OpsProgress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> VaultBackupResult:
    """Write a verified backup of the whole vault to ``target`` (a folder or a new file name).

    Encrypted to ``passphrase`` if given, else to ``recipients`` (``age1…``), else to the keys
    stored in the vault. Signed with the vault's device key. When ``target`` is a folder, only
    the newest ``keep`` backups (default: the vault's setting) are kept there, once the new one
    has been verified. Records the time of the backup (for :func:`settings.backup_due`) and an
    audit entry.
    """
    vault = store.vault
    if passphrase is None:
        recipients = list(recipients) if recipients else settings.backup_recipients(vault)
        if not recipients:
            raise BackupInputError(
                "backup.snapshot.key_encrypt_backup_add")
    else:
        recipients = None
    signing_key = settings.device_signing_key(vault)
    target = Path(target)
    folder_target = target.is_dir()
    keep = settings.backup_keep(vault) if keep is None else keep
    if folder_target and (not isinstance(keep, int) or keep < 1):
        raise BackupInputError("backup.snapshot.keep_least_one_backup")

    conn = vault.conn
    if conn.in_transaction:
        raise BackupInputError("backup.snapshot.vault_busy_try_backup")
    conn.execute("BEGIN")
    try:
        # The first read fixes the snapshot; every read below sees the same state.
        counts = snapshot_counts(conn)
        total = _total_bytes(conn)
        meta = [(k, v) for k, v in conn.execute("SELECT key, value FROM meta ORDER BY key")
                if k not in settings.PRIVATE_META]
        info = {"vault_id": vault.vault_id, "app_version": app.__version__, "counts": counts,
                "audit_head": vault.meta("audit_head")}

        def on_progress(p: BackupProgress) -> None:
            if progress is not None:
                progress(p.phase, p.bytes_done, max(total, p.bytes_done))

        result = write_backup(target, info, _lines(conn, meta), _attachments(conn),
                              recipients=recipients, passphrase=passphrase,
                              signing_key=signing_key, progress=on_progress, cancel=cancel)
    finally:
        # Only reads happened here, so COMMIT just ends the snapshot; should anything have
        # written through this connection meanwhile, it is kept rather than silently undone.
        try:
            conn.execute("COMMIT")
        except Exception:  # noqa: BLE001 - the backup's own outcome is what gets reported
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")

    with vault.transaction() as wconn:
        settings.set_last_backup(vault, datetime.now(UTC))
        _audit.append(wconn, actor=store.actor, action="backup", kind="vault", detail={
            "file": result.path.name, "mode": result.report.mode,
            "signer": result.report.signer_fingerprint, "records": result.report.records,
            "attachments": result.report.attachments})
    rotated = rotate_backups(result.path.parent, keep) if folder_target else []
    return VaultBackupResult(result.path, result.report, counts, rotated)
