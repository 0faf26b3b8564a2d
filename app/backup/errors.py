"""Errors of the backup layer.

Each one subclasses the matching class of :mod:`app.errors`, so callers that only know the
generic hierarchy (and its exit codes) still do the right thing. Messages are one line, never
quote library exception text, case data or file contents.
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
    "storage_error_for",
]


class BackupKeyError(WrongPassphraseError):
    default_message = "none of the given keys can open this backup, or the backup is damaged"


class BackupPassphraseError(WrongPassphraseError):
    default_message = "wrong passphrase, or the backup is damaged"


class KeyFilePassphraseError(WrongPassphraseError):
    default_message = "wrong passphrase, or the key file is damaged"


class DamagedBackupError(IntegrityError):
    default_message = "the backup is damaged or incomplete; use another copy"


class BadSignatureError(DamagedBackupError):
    default_message = "the backup's signature does not match its contents; it was altered"


class UntrustedSignerError(IntegrityError):
    """The backup is intact but was signed by a device key that is not trusted here.

    Exit 4 (integrity): nothing shows who made the file, so it is treated like a file that
    does not verify. Nothing is created or changed when it is raised.
    """

    default_message = "the backup was signed by an unknown device key; nothing was changed"

    def __init__(self, fingerprint: str, public_key: bytes = b"", hint: str = "") -> None:
        # The fingerprint is derived from the verified public key only: safe to show, and what
        # a user needs to compare with the device.
        text = f"the backup was signed by an unknown device key ({fingerprint}); nothing was changed"
        super().__init__(f"{text}; {hint}" if hint else text)
        self.fingerprint = fingerprint
        # The raw key, so a caller can pin exactly this key once a person has compared the
        # fingerprint (a second attempt then trusts this key, not any key with a similar name).
        self.public_key = public_key

    def with_hint(self, hint: str) -> UntrustedSignerError:
        """The same refusal with a sentence on what to do (the CLI names its option)."""
        return UntrustedSignerError(self.fingerprint, self.public_key, hint)


class NewerBackupFormatError(NewerVersionError):
    default_message = "this backup was made by a newer version of Izdeu; please update Izdeu"


class NotABackupError(InvalidInputError):
    default_message = "this file is not an Izdeu backup"


class BackupExistsError(InvalidInputError):
    default_message = "a file with that name already exists; backups are never overwritten"


class BackupInputError(InvalidInputError):
    default_message = "invalid backup request"


class SourceDataError(IntegrityError):
    default_message = (
        "an attachment in the vault does not match its recorded size or checksum; the backup was not written"
    )


class BackupStorageError(StorageError):
    default_message = "could not write the backup; nothing was saved"


class BackupFolderNotWritableError(BackupStorageError):
    default_message = "cannot write to the backup folder (is it read-only?); nothing was saved"


class DiskFullError(BackupStorageError):
    default_message = "the disk is full; the backup was not saved"


class BackupReadError(StorageError):
    default_message = "could not read the backup file (was the disk removed?)"


class BackupReadBackError(BackupStorageError):
    default_message = "the backup did not read back correctly (the disk may be faulty); nothing was saved"


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
