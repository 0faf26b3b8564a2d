"""The one error hierarchy of Izdeu.

Each error carries the one-line message a user may see and the CLI exit code for it. Messages
never quote case data or raw library exception text (SQLite messages can contain row data).
"""

from __future__ import annotations

__all__ = [
    "EXIT_OK",
    "EXIT_OTHER",
    "EXIT_USAGE",
    "EXIT_AUTH",
    "EXIT_INTEGRITY",
    "EXIT_IN_USE",
    "EXIT_NOT_FOUND",
    "EXIT_INVALID",
    "EXIT_VERSION",
    "EXIT_CANCELLED",
    "IzdeuError",
    "UsageError",
    "WrongPassphraseError",
    "NotAVaultError",
    "IntegrityError",
    "VaultInUseError",
    "VaultLockedError",
    "NotFoundError",
    "InvalidInputError",
    "WeakPassphraseError",
    "NewerVersionError",
    "StorageError",
    "CancelledError",
]

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_INTEGRITY = 4
EXIT_IN_USE = 5
EXIT_NOT_FOUND = 6
EXIT_INVALID = 7
EXIT_VERSION = 8
EXIT_CANCELLED = 9


class IzdeuError(Exception):
    """Base class. ``str(err)`` is safe to show to a user and to print on stderr."""

    exit_code: int = EXIT_OTHER
    default_message: str = "the operation failed"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self)


class UsageError(IzdeuError):
    exit_code = EXIT_USAGE
    default_message = "invalid command-line usage"


class WrongPassphraseError(IzdeuError):
    exit_code = EXIT_AUTH
    default_message = "wrong passphrase, or the vault file is damaged"


class NotAVaultError(IzdeuError):
    exit_code = EXIT_AUTH
    default_message = "this file is not an Izdeu vault"


class IntegrityError(IzdeuError):
    exit_code = EXIT_INTEGRITY
    default_message = "the vault failed its integrity check; restore it from a backup"


class VaultInUseError(IzdeuError):
    exit_code = EXIT_IN_USE
    default_message = "this vault is already open in another Izdeu window or process"


class VaultLockedError(IzdeuError):
    exit_code = EXIT_OTHER
    default_message = "the vault is locked"


class NotFoundError(IzdeuError):
    exit_code = EXIT_NOT_FOUND
    default_message = "not found"


class InvalidInputError(IzdeuError):
    exit_code = EXIT_INVALID
    default_message = "invalid input"


class WeakPassphraseError(InvalidInputError):
    default_message = "the passphrase is too weak"


class NewerVersionError(IzdeuError):
    exit_code = EXIT_VERSION
    default_message = "this vault was made by a newer version of Izdeu; please update Izdeu"


class StorageError(IzdeuError):
    exit_code = EXIT_OTHER
    default_message = "could not write to the disk (is it full or read-only?)"


class CancelledError(IzdeuError):
    exit_code = EXIT_CANCELLED
    default_message = "cancelled"
