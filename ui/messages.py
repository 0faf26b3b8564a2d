"""Safe messages shown to users, translated.

Core errors carry a message key and parameters (app/errors.py); the English template of every
key is declared once in app/error_catalogue.py. The UI translates an error by its key: the key
picks the template, which is the source text of its translation in the context "Errors" of the
.ts catalogues, then the parameters are filled in (a nested error is translated the same way).
Those entries are kept by hand, not by lupdate (the templates live in the core, which has no
Qt): tests/ui/test_error_messages.py fails when a key lacks a translation in kk, ru or ug, or a
translation drops or invents a parameter.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.error_catalogue import MESSAGES
from app.errors import IzdeuError

__all__ = ["FormRefusal", "user_message", "error_text", "strength_text", "GENERIC"]

GENERIC = QT_TRANSLATE_NOOP("Errors", "Something went wrong; nothing was changed.")

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


class FormRefusal(Exception):
    """A form the user has not completed. Its text is the UI's own, already translated (a core
    error says only what its catalogue declares)."""


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def error_text(err: IzdeuError) -> str:
    """The sentence of ``err`` in the interface language (lower case, as the core writes it)."""
    template = MESSAGES[err.key]
    params = {
        name: error_text(value) if isinstance(value, IzdeuError) else value
        for name, value in err.params.items()
    }
    try:
        return QCoreApplication.translate("Errors", template).format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that garbled a placeholder: the English sentence rather than a crash
        # (the tests keep this from shipping).
        return template.format(**params)


def user_message(exc: BaseException) -> str:
    """A message safe to show: an IzdeuError's own sentence, translated, else a generic one."""
    if isinstance(exc, IzdeuError):
        return _capitalised(error_text(exc))
    if isinstance(exc, FormRefusal):
        return str(exc)
    # QT_TRANSLATE_NOOP returns the str it was given; PySide's stubs only say object.
    return QCoreApplication.translate("Errors", str(GENERIC))


def strength_text(hint: str) -> str:
    return _capitalised(QCoreApplication.translate("Strength", hint))
