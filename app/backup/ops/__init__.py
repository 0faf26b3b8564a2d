"""Backup operations on a vault: backup, verify, restore, merge, and the keys a vault keeps.

Built on the container in ``app.backup`` (which knows nothing about vaults). No Qt here: the
dialogs in ``ui/backup/`` and the CLI in ``app/backup/cli.py`` call these functions, on the
thread that owns the vault.
"""

from __future__ import annotations

from app.backup.ops.chainstate import (
    AUTO,
    DEFAULT_FULL_DAYS,
    DEFAULT_FULL_EVERY,
    FORCE_FULL,
    FORCE_INCREMENT,
    full_days,
    full_every,
    set_full_days,
    set_full_every,
)
from app.backup.ops.lines import BackupContentError
from app.backup.ops.merge import MergeConflict, MergeSummary, merge_backup
from app.backup.ops.restore import RestoreResult, restore_backup
from app.backup.ops.settings import (
    DEFAULT_KEEP,
    DEFAULT_REMIND_DAYS,
    TrustedSigner,
    backup_age_days,
    backup_due,
    backup_keep,
    backup_recipients,
    device_fingerprint,
    device_public_key,
    device_signing_key,
    first_contact_label,
    last_backup,
    parse_public_key,
    remind_days,
    set_backup_keep,
    set_backup_recipients,
    set_remind_days,
    trust_signer,
    trusted_signer_keys,
    trusted_signers,
    untrust_signer,
)
from app.backup.ops.snapshot import OpsProgress, VaultBackupResult, backup_vault
from app.backup.ops.trust import (
    ASKED,
    BY_PASSPHRASE,
    GIVEN,
    TRUSTED,
    Ask,
    SignerPolicy,
    device_key_file_text,
    parse_signer,
)
from app.backup.ops.verify import verify_chain, verify_file, verify_for_vault

__all__ = [
    "AUTO",
    "DEFAULT_FULL_DAYS",
    "DEFAULT_FULL_EVERY",
    "FORCE_FULL",
    "FORCE_INCREMENT",
    "full_days",
    "full_every",
    "set_full_days",
    "set_full_every",
    "verify_chain",
    "ASKED",
    "BY_PASSPHRASE",
    "GIVEN",
    "TRUSTED",
    "Ask",
    "SignerPolicy",
    "device_key_file_text",
    "first_contact_label",
    "parse_signer",
    "verify_for_vault",
    "DEFAULT_KEEP",
    "DEFAULT_REMIND_DAYS",
    "BackupContentError",
    "MergeConflict",
    "MergeSummary",
    "OpsProgress",
    "RestoreResult",
    "TrustedSigner",
    "VaultBackupResult",
    "backup_age_days",
    "backup_due",
    "backup_keep",
    "backup_recipients",
    "backup_vault",
    "device_fingerprint",
    "device_public_key",
    "device_signing_key",
    "last_backup",
    "merge_backup",
    "parse_public_key",
    "remind_days",
    "restore_backup",
    "set_backup_keep",
    "set_backup_recipients",
    "set_remind_days",
    "trust_signer",
    "trusted_signer_keys",
    "trusted_signers",
    "untrust_signer",
    "verify_file",
]
