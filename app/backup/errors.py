"""Errors of the backup layer.

Each one subclasses the matching class of :mod:`app.errors`, so callers that only know the
generic hierarchy (and its exit codes) still do the right thing. Messages are one line (declared in
app/error_catalogue.py), never quote library exception text, case data or file contents.
"""

from __future__ import annotations

import errno

from app.errors import (
    IntegrityError,
    InvalidInputError,
    NewerVersionError,
    StorageError,
    WrongPassphraseError,
)

__all__ = [
    "BackupKeyError",
    "BackupPassphraseError",
    "KeyFilePassphraseError",
    "DamagedBackupError",
    "BadSignatureError",
    "UntrustedSignerError",
    "NewerBackupFormatError",
    "NotABackupError",
    "BackupExistsError",
    "BackupInputError",
    "SourceDataError",
    "BackupStorageError",
    "BackupFolderNotWritableError",
    "DiskFullError",
    "BackupReadError",
    "BackupReadBackError",
    "BackupChainError",
    "ForgedLinkError",
    "storage_error_for",
]


class BackupKeyError(WrongPassphraseError):
    default_key = "backup.key"


class BackupPassphraseError(WrongPassphraseError):
    default_key = "backup.passphrase"


class KeyFilePassphraseError(WrongPassphraseError):
    default_key = "backup.key_file_passphrase"


class DamagedBackupError(IntegrityError):
    default_key = "backup.damaged"


class BadSignatureError(DamagedBackupError):
    default_key = "backup.bad_signature"


class UntrustedSignerError(IntegrityError):
    """The backup is intact but was signed by a device key that is not trusted here.

    Exit 4 (integrity): nothing shows who made the file, so it is treated like a file that
    does not verify. Nothing is created or changed when it is raised.
    """

    default_key = "backup.untrusted_signer"

    def __init__(self, fingerprint: str, public_key: bytes = b"", hint: str = "") -> None:
        # The fingerprint is derived from the verified public key only: safe to show, and what
        # a user needs to compare with the device. The hint names CLI options (English only:
        # the UI shows the refusal without it).
        if hint:
            super().__init__("backup.untrusted_signer_hint", fingerprint=fingerprint, hint=hint)
        else:
            super().__init__("backup.untrusted_signer_named", fingerprint=fingerprint)
        self.fingerprint = fingerprint
        # The raw key, so a caller can pin exactly this key once a person has compared the
        # fingerprint (a second attempt then trusts this key, not any key with a similar name).
        self.public_key = public_key

    def with_hint(self, hint: str) -> UntrustedSignerError:
        """The same refusal with a sentence on what to do (the CLI names its option)."""
        return UntrustedSignerError(self.fingerprint, self.public_key, hint)


class NewerBackupFormatError(NewerVersionError):
    default_key = "backup.newer_format"


class NotABackupError(InvalidInputError):
    default_key = "backup.not_a_backup"


class BackupExistsError(InvalidInputError):
    default_key = "backup.exists"


class BackupInputError(InvalidInputError):
    default_key = "backup.invalid_request"


class SourceDataError(IntegrityError):
    default_key = "backup.source_data"


class BackupStorageError(StorageError):
    default_key = "backup.storage"


class BackupFolderNotWritableError(BackupStorageError):
    default_key = "backup.folder_not_writable"


class DiskFullError(BackupStorageError):
    default_key = "backup.disk_full"


class BackupReadError(StorageError):
    default_key = "backup.read"


class BackupReadBackError(BackupStorageError):
    default_key = "backup.read_back"


class BackupChainError(InvalidInputError):
    """The files given do not form one chain (full backup + its increments): exit 7."""

    default_key = "backup.chain.invalid"


class ForgedLinkError(DamagedBackupError):
    """An increment names a base whose signed manifest is not the one given: exit 4."""

    default_key = "backup.chain.base_changed_plain"


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}


def storage_error_for(exc: BaseException) -> BackupStorageError:
    """Pick the user message for an OS error raised while writing a backup."""
    code = getattr(exc, "errno", None)
    if code in _FULL:
        return DiskFullError()
    if code in _NOT_WRITABLE:
        return BackupFolderNotWritableError()
    return BackupStorageError()
