"""Backups: one age-encrypted, signed, streamed tar per backup (docs/backup-format.md).

No Qt here, and no knowledge of how the vault stores records: the vault feeds iterators of
records (JSON objects) and attachments (uuid, sha256, size, chunk iterator).
"""

from __future__ import annotations

from app.backup.errors import (
    BackupExistsError,
    BackupFolderNotWritableError,
    BackupInputError,
    BackupKeyError,
    BackupPassphraseError,
    BackupReadBackError,
    BackupReadError,
    BackupStorageError,
    BadSignatureError,
    DamagedBackupError,
    DiskFullError,
    KeyFilePassphraseError,
    NewerBackupFormatError,
    NotABackupError,
    SourceDataError,
    UntrustedSignerError,
)
from app.backup.format import FORMAT_NAME, FORMAT_VERSION
from app.backup.keys import (
    generate_org_key,
    generate_signing_key,
    keygen,
    load_org_identity,
    parse_identity,
    parse_recipient,
    public_key_bytes,
    public_key_from_bytes,
    signer_fingerprint,
    signing_key_from_bytes,
    signing_key_to_bytes,
)
from app.backup.reader import (
    MODE_PASSPHRASE,
    MODE_RECIPIENTS,
    AttachmentStream,
    BackupProgress,
    BackupReader,
    VerifyReport,
    read_backup,
    verify_backup,
)
from app.backup.rotation import list_backups, rotate_backups
from app.backup.writer import (
    BACKUP_SUFFIX,
    AttachmentSource,
    BackupResult,
    backup_file_name,
    write_backup,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "BACKUP_SUFFIX",
    "MODE_PASSPHRASE",
    "MODE_RECIPIENTS",
    # writing
    "AttachmentSource",
    "BackupProgress",
    "BackupResult",
    "backup_file_name",
    "write_backup",
    # reading
    "AttachmentStream",
    "BackupReader",
    "VerifyReport",
    "read_backup",
    "verify_backup",
    # rotation
    "list_backups",
    "rotate_backups",
    # keys
    "generate_org_key",
    "generate_signing_key",
    "keygen",
    "load_org_identity",
    "parse_identity",
    "parse_recipient",
    "public_key_bytes",
    "public_key_from_bytes",
    "signer_fingerprint",
    "signing_key_from_bytes",
    "signing_key_to_bytes",
    # errors
    "BackupExistsError",
    "BackupFolderNotWritableError",
    "BackupInputError",
    "BackupKeyError",
    "BackupPassphraseError",
    "BackupReadBackError",
    "BackupReadError",
    "BackupStorageError",
    "BadSignatureError",
    "DamagedBackupError",
    "DiskFullError",
    "KeyFilePassphraseError",
    "NewerBackupFormatError",
    "NotABackupError",
    "SourceDataError",
    "UntrustedSignerError",
]
