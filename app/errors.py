"""The one error hierarchy of Izdeu.

Each error carries the key of the one-line message a user may see (declared once in
app/error_catalogue.py), its parameters and the CLI exit code. Messages never quote case data or
raw library exception text (SQLite messages can contain row data). The UI translates by the key,
so a message a user meets is never left in English by accident.
"""

from __future__ import annotations

import string

from app.error_catalogue import MESSAGES

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
    """Base class. ``str(err)`` is safe to show to a user and to print on stderr.

    ``IzdeuError(key, **params)``: ``key`` must be declared in MESSAGES and ``params`` must fill
    its template exactly; anything else is a programming error (LookupError / TypeError), caught
    by the tests before it can reach a user. Parameters are field labels, paths, numbers or
    fingerprints, or a nested error whose own sentence is part of this one (translated with it);
    never case data.
    """

    exit_code: int = EXIT_OTHER
    default_key: str = "error.failed"

    def __init__(self, key: str | None = None, /, **params: str | int | IzdeuError) -> None:
        key = key or self.default_key
        template = MESSAGES.get(key)
        if template is None:
            raise LookupError(f"undeclared error message key {key!r}")
        wanted = placeholders(template)
        if wanted != set(params):
            raise TypeError(f"error message {key!r} takes {sorted(wanted)}, got {sorted(params)}")
        self.key = key
        # A nested error drops its traceback: its frames may hold the refused values.
        self.params: dict[str, str | int | IzdeuError] = {
            name: value.with_traceback(None)
            if isinstance(value, IzdeuError)
            else value
            if isinstance(value, int)
            else str(value)
            for name, value in params.items()
        }
        super().__init__(template.format(**self.params))

    @property
    def message(self) -> str:
        return str(self)


def placeholders(template: str) -> set[str]:
    """The parameter names a message template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class UsageError(IzdeuError):
    exit_code = EXIT_USAGE
    default_key = "error.usage"


class WrongPassphraseError(IzdeuError):
    exit_code = EXIT_AUTH
    default_key = "vault.wrong_passphrase"


class NotAVaultError(IzdeuError):
    exit_code = EXIT_AUTH
    default_key = "vault.not_a_vault"


class IntegrityError(IzdeuError):
    exit_code = EXIT_INTEGRITY
    default_key = "vault.integrity"


class VaultInUseError(IzdeuError):
    exit_code = EXIT_IN_USE
    default_key = "vault.in_use"


class VaultLockedError(IzdeuError):
    exit_code = EXIT_OTHER
    default_key = "vault.locked"


class NotFoundError(IzdeuError):
    exit_code = EXIT_NOT_FOUND
    default_key = "error.not_found"


class InvalidInputError(IzdeuError):
    exit_code = EXIT_INVALID
    default_key = "error.invalid_input"


class WeakPassphraseError(InvalidInputError):
    default_key = "vault.weak_passphrase"


class NewerVersionError(IzdeuError):
    exit_code = EXIT_VERSION
    default_key = "vault.newer_version"


class StorageError(IzdeuError):
    exit_code = EXIT_OTHER
    default_key = "error.storage"


class CancelledError(IzdeuError):
    exit_code = EXIT_CANCELLED
    default_key = "error.cancelled"
