"""Restore a backup into a NEW vault (new passphrase), equal to the vault that was backed up.

The backup is decrypted ONCE (app/backup/onepass.py): records and attachment bytes go into a
new vault under a temporary name beside the target as they pass (it is encrypted from its
first byte: no plaintext on disk; its name and lock are app/tempfiles.py's, so a killed restore
is swept away at the next start), in ONE transaction. When the pass ends the whole file is
verified (manifest, signature, signer), and only then is the rest written, the vault checked
(audit chain, counts from the signed manifest), committed, closed and given its name. On any
error the temporary vault and its side files are deleted and nothing else is left.

The audit log is copied verbatim (same seq, times, actors, details, hashes): each entry's hash
covers exactly those fields, so the copied chain verifies as it did in the original, and
``meta.audit_head`` is set to its newest entry. Records are written without per-record audit
entries (``Store.batch(audit=False)``); one "restore" entry is appended at the end.

The restored vault gets a new device signing key (made at its first backup): the old key stays
with the old laptop. The old key is added to the trusted signers so that later merges accept
the old laptop's backups.

There is no vault yet whose trusted list could vouch for the signer: a backup encrypted to
public keys is restored only if its signer is in ``trusted_signers``, pinned with ``signer``,
or accepted by a person through ``ask`` (app/backup/ops/trust.py, asked at the end of the
pass); otherwise the temporary vault is deleted and nothing is left. A passphrase backup's
signer is accepted (the passphrase is the proof), and the result says so.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyrage

from app.backup.errors import BackupExistsError, BackupInputError, DamagedBackupError
from app.backup.onepass import OnePassReader
from app.backup.ops import settings
from app.backup.ops.chainread import Copied, chain_files, check_link, copy_lines, open_chain
from app.backup.ops.trust import TRUSTED, Ask, SignerPolicy
from app.backup.reader import VerifyReport
from app.errors import CancelledError, IzdeuError, StorageError
from app.store import Store
from app.store import audit as _audit
from app.tempfiles import Temporary, sweep
from app.vault import KdfParams, Vault, check_passphrase_strength, metakeys
from app.vault.lockfile import lock_path

__all__ = ["RestoreResult", "restore_backup"]

_SIDE_FILES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    report: VerifyReport
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def signer_was_trusted(self) -> bool:
        """False when accepted by ``signer``, by a person asked, or by the passphrase."""
        return self.report.trust == TRUSTED


def _remove_vault_files(path: Path) -> None:
    for suffix in _SIDE_FILES:
        with contextlib.suppress(OSError):
            os.unlink(str(path) + suffix)
    with contextlib.suppress(OSError):
        os.unlink(lock_path(path))


def _fill(
    vault: Vault, chain: list[tuple[Path, OnePassReader]], policy: SignerPolicy
) -> tuple[dict[str, int], VerifyReport]:
    store = Store(vault, actor="restore")
    with store.batch(keep_times=True, action="restore", audit=False, stored=True) as batch:
        copied = Copied()
        reports: list[VerifyReport] = []
        for path, reader in chain:
            try:
                copy_lines(batch, reader, copied, increment=bool(reports))
            except (StorageError, CancelledError):
                raise
            except IzdeuError:
                if not reader.failed:
                    # Content this restore could not use: if the file itself does not verify (a
                    # forged or damaged backup), that is what is reported, and nothing is kept.
                    reader.finish()
                raise
            # Nothing of this file is kept unless it verified to its end and its signer was
            # accepted; until the rename the vault is a temporary that any failure deletes.
            report = dataclasses.replace(reader.finish(), trust=policy.verdict)
            if reports:
                check_link(report, reports[-1], path.name)
            reports.append(report)
        report = reports[-1]
        for attachment in copied.pending.values():
            # Same content as an attachment stored once in the backup (see snapshot).
            source = batch.has_attachment_content(attachment.sha256)
            if source is None:
                raise DamagedBackupError("backup.merge.backup_incomplete_attachment_s")
            batch.copy_attachment_content(attachment, source)
        # Saving children moved each case's "last change" column to now; put the original back.
        batch.set_activity(copied.activity)
        for key, value in copied.meta.items():
            vault.set_meta(key, value)
        if copied.last_audit is not None:
            vault.set_meta(metakeys.AUDIT_HEAD, f"{copied.last_audit[0]}:{copied.last_audit[1]}")
        counts = batch.counts()
        expected = report.info.get("counts")
        if isinstance(expected, dict):
            # The manifest is signed: a difference means a bug, never to be papered over.
            mismatched = [k for k, v in expected.items() if k != "audit" and counts.get(k) != v]
            if mismatched or counts["audit"] != expected.get("audit"):
                raise DamagedBackupError("backup.restore.restored_vault_does_match")
        problems = _audit.verify_chain(vault)
        if problems:
            raise DamagedBackupError("backup.restore.audit_log_bad")
        # The old device's backups stay mergeable here; this vault signs with a new key.
        for public in dict.fromkeys(r.signer_public_key for r in reports):
            settings.trust_signer(
                vault, public, "the device this vault was restored from", in_transaction=True
            )
        batch.record_event(
            "restore",
            "vault",
            detail={
                "backup_created": report.created,
                "signer": report.signer_fingerprint,
                "records": sum(r.records for r in reports),
                "attachments": sum(r.attachments for r in reports),
                "files": len(reports),
            },
        )
    return counts, report


def restore_backup(
    path: Path | str | Sequence[Path | str],
    new_vault: Path | str,
    new_passphrase: str,
    *,
    identities: Iterable[pyrage.x25519.Identity | str] | None = None,
    passphrase: str | None = None,
    trusted_signers: list[bytes] | None = None,
    signer: str | bytes | None = None,
    ask: Ask | None = None,
    params: KdfParams | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> RestoreResult:
    """Restore ``path`` into a new vault file ``new_vault`` protected by ``new_passphrase``.

    ``path``: one backup, the files of a chain (a full backup and its increments, in any
    order), or a folder (its newest full backup and the increments after it;
    app/backup/ops/chainread.py). A chain restores the vault as the newest increment holds it.

    The backup's signer must be accepted by :class:`~app.backup.ops.trust.SignerPolicy`: in
    ``trusted_signers``, or ``signer`` (a fingerprint or public key a person compared), or a
    yes from ``ask(signer info)``; a passphrase backup's signer is accepted. Else
    UntrustedSignerError, and no file is created. ``result.report.trust`` says which.
    """
    files = chain_files(path)
    target = Path(new_vault)
    if any(os.path.lexists(str(target) + s) for s in _SIDE_FILES):
        raise BackupExistsError("backup.cli.file_name_already_exists")
    if not target.parent.is_dir():
        raise BackupInputError("backup.restore.no_folder")
    check_passphrase_strength(new_passphrase)  # before the long verification, not after
    policy = SignerPolicy(trusted_signers or (), signer=signer, ask=ask)

    sweep(target.parent)  # a killed restore's temporary vault goes before a new one is made
    try:
        guard = Temporary.create(target.parent, "restore")
    except OSError as exc:
        from app.backup.errors import storage_error_for

        raise storage_error_for(exc) from None
    tmp = guard.member("restore.vault")
    vault: Vault | None = None
    try:
        with open_chain(
            files,
            identities=identities,
            passphrase=passphrase,
            policy=policy,
            progress=progress,
            cancel=cancel,
        ) as chain:
            # One pass: the file is decrypted once, straight into the temporary vault, and
            # verified completely (signer included) before that vault is committed and named.
            vault = Vault.create(tmp, new_passphrase, params=params, check_strength=False)
            # The temporary vault is deleted on any failure, so its fill needs no crash-safe
            # journal on disk: without WAL every page is written once instead of twice
            # (measured: a third less time). The rollback journal stays in memory.
            vault.set_journal_mode("memory")
            counts, report = _fill(vault, chain, policy)
            if vault.set_journal_mode("wal") != "wal":
                raise StorageError("backup.restore.new_vault_storage_cannot")
        # No full vault.check() here: it would read every page back (as long again as the
        # restore) from the page cache, proving little; the audit chain and the counts from
        # the signed manifest were checked inside the transaction.
        vault.close()
        vault = None
        try:
            # A hard link never replaces an existing file (unlike rename).
            os.link(tmp, target)
            os.unlink(tmp)
        except FileExistsError:
            raise BackupExistsError("backup.cli.file_name_already_exists") from None
        except OSError:
            if os.path.lexists(target):
                raise BackupExistsError() from None
            os.rename(tmp, target)
        return RestoreResult(target, report, counts)
    except IzdeuError:
        raise
    except OSError as exc:
        from app.backup.errors import storage_error_for

        raise storage_error_for(exc) from None
    finally:
        if vault is not None:
            with contextlib.suppress(Exception):
                vault.close()
        # After a successful rename only side files (the lock file) of the temporary name
        # remain; after a failure, the whole temporary vault goes. The guard goes last.
        _remove_vault_files(tmp)
        guard.discard()
