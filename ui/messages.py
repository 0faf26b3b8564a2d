"""Safe messages shown to users, translated.

Core errors carry English one-line messages that never quote case data (app/errors.py). The ones
a user commonly meets are listed here so they can be translated; anything else is shown as the
core wrote it if it is an IzdeuError, and as a generic sentence otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import IzdeuError

__all__ = ["user_message", "strength_text", "GENERIC"]

GENERIC = QT_TRANSLATE_NOOP("Errors", "Something went wrong; nothing was changed.")

_KNOWN = (
    QT_TRANSLATE_NOOP("Errors", "wrong passphrase, or the vault file is damaged"),
    QT_TRANSLATE_NOOP("Errors", "this file is not an Izdeu vault"),
    QT_TRANSLATE_NOOP("Errors", "the vault failed its integrity check; restore it from a backup"),
    QT_TRANSLATE_NOOP("Errors", "this vault is already open in another Izdeu window or process"),
    QT_TRANSLATE_NOOP("Errors", "the vault is locked"),
    QT_TRANSLATE_NOOP("Errors", "not found"),
    QT_TRANSLATE_NOOP("Errors", "invalid input"),
    QT_TRANSLATE_NOOP("Errors", "this vault was made by a newer version of Izdeu; please update Izdeu"),
    QT_TRANSLATE_NOOP("Errors", "could not write to the disk (is it full or read-only?)"),
    QT_TRANSLATE_NOOP("Errors", "the disk is full; nothing was saved"),
    QT_TRANSLATE_NOOP("Errors", "the vault is on read-only storage"),
    QT_TRANSLATE_NOOP("Errors", "the vault file is damaged; restore it from a backup"),
    QT_TRANSLATE_NOOP("Errors", "a database operation failed"),
    QT_TRANSLATE_NOOP("Errors", "no vault file at that path"),
    QT_TRANSLATE_NOOP("Errors", "that path is a folder, not a vault file"),
    QT_TRANSLATE_NOOP("Errors", "cannot read the vault file"),
    QT_TRANSLATE_NOOP("Errors", "the vault's storage cannot lock files"),
    QT_TRANSLATE_NOOP("Errors", "this is an unencrypted SQLite file, not an Izdeu vault"),
    QT_TRANSLATE_NOOP("Errors", "this encrypted database is not an Izdeu vault"),
    QT_TRANSLATE_NOOP("Errors", "a file with that name already exists; choose another name"),
    QT_TRANSLATE_NOOP("Errors", "cannot create the vault file there"),
    QT_TRANSLATE_NOOP("Errors", "cannot read that file"),
    QT_TRANSLATE_NOOP("Errors", "the file is too large to show here; export a copy instead"),
    QT_TRANSLATE_NOOP("Errors", "the file is too large to attach"),
    QT_TRANSLATE_NOOP("Errors", "the attachment's content does not match its SHA-256"),
    QT_TRANSLATE_NOOP("Errors", "only a readable image can be exported without its metadata"),
    QT_TRANSLATE_NOOP("Errors", "the file is too large to remove its metadata; export it as it is"),
    QT_TRANSLATE_NOOP("Errors", "date: use YYYY, YYYY-MM or YYYY-MM-DD (~ in front if approximate)"),
    QT_TRANSLATE_NOOP("Errors", "date: no such day"),
    QT_TRANSLATE_NOOP("Errors", "date: year out of range"),
    QT_TRANSLATE_NOOP("Errors", "date: month out of range"),
    QT_TRANSLATE_NOOP("Errors", "date: a month or day needs a year"),
    QT_TRANSLATE_NOOP("Errors", "date: a day needs a month"),
    # Files handed to Izdeu (app/inputs.py): attachments, key files, case files.
    QT_TRANSLATE_NOOP("Errors", "that path is a folder, not a file"),
    QT_TRANSLATE_NOOP("Errors", "the file is not a regular file (a device, pipe or socket cannot be read)"),
    QT_TRANSLATE_NOOP("Errors", "the file is too large (limit 8 GiB)"),
    QT_TRANSLATE_NOOP("Errors", "cannot read the file"),
    QT_TRANSLATE_NOOP("Errors", "the key file does not exist"),
    QT_TRANSLATE_NOOP("Errors", "that path is a folder, not a key file"),
    QT_TRANSLATE_NOOP("Errors", "the key file is not a regular file (a device, pipe or socket cannot be read)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "cannot read the key file"),
    QT_TRANSLATE_NOOP("Errors", "the case file does not exist"),
    QT_TRANSLATE_NOOP("Errors", "that path is a folder, not a case file"),
    QT_TRANSLATE_NOOP("Errors", "the case file is not a regular file (a device, pipe or socket cannot be read)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "the case file is too large (limit 1 GiB)"),
    QT_TRANSLATE_NOOP("Errors", "cannot read the case file"),
    QT_TRANSLATE_NOOP("Errors", "the file has a number that is too large"),
)

_STRENGTH = (
    QT_TRANSLATE_NOOP("Strength", "the passphrase must have at least 10 characters"),
    QT_TRANSLATE_NOOP("Strength", "the passphrase repeats too few different characters"),
    QT_TRANSLATE_NOOP("Strength", "the passphrase must not start or end with a space"),
    QT_TRANSLATE_NOOP("Strength", "this passphrase is too common"),
    QT_TRANSLATE_NOOP("Strength", "weak: make it longer"),
    QT_TRANSLATE_NOOP("Strength", "fair: a few more words help"),
    QT_TRANSLATE_NOOP("Strength", "good"),
    QT_TRANSLATE_NOOP("Strength", "strong"),
)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def user_message(exc: BaseException) -> str:
    """A message safe to show: an IzdeuError's own text (translated when known), else generic."""
    if isinstance(exc, IzdeuError):
        return _capitalised(QCoreApplication.translate("Errors", str(exc)))
    return QCoreApplication.translate("Errors", GENERIC)


def strength_text(hint: str) -> str:
    return _capitalised(QCoreApplication.translate("Strength", hint))
