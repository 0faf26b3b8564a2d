"""Taking a passphrase out of a QLineEdit for as short a time as possible."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

__all__ = ["password_field", "take_passphrase"]


def password_field(parent: QLineEdit | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    # No prediction, no learning of what is typed, no auto-capitalisation by input methods.
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    return field


def take_passphrase(field: QLineEdit) -> bytearray:
    """The field's text as NFC UTF-8 bytes in a wipeable bytearray; the field is cleared."""
    text = field.text()
    field.clear()
    data = bytearray(unicodedata.normalize("NFC", text).encode("utf-8"))
    del text
    return data
