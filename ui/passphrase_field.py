"""Pieces every passphrase window shares (unlock, new vault, change passphrase, backups).

The user guide names a wrong keyboard layout (Kazakh, Russian, English) and Caps Lock as the
most common reasons a right passphrase is refused, so each passphrase form shows both beside
the fields, can show what was typed, and says what is wrong beside the field it concerns.

Qt does not report the Caps Lock state. On X11 :func:`system_caps_lock` asks the X server
(XkbGetIndicatorState) when a field gets the focus, so the warning is there before the first
key; everywhere, :class:`PassphraseEdit` also infers it from what a key types: a letter whose
case is the opposite of what Shift asks for. The layout is, on X11,
the name of the XKB group in use (:func:`system_layout`, asked on focus and on each key, so a
switch with Alt+Shift shows at once), elsewhere the input method's locale
(``QInputMethod.locale``); where neither can tell, the hint says nothing about it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import strength_text
from ui.tones import ERROR, set_tone
from ui.x11_keyboard import system_caps_lock, system_layout

__all__ = [
    "PassphraseEdit",
    "RevealButton",
    "KeyboardHint",
    "FieldError",
    "StrengthMeter",
    "passphrase_row",
]


class PassphraseEdit(QLineEdit):
    """A hidden-text field that guesses Caps Lock from the letters it is given."""

    caps_lock_changed = Signal(bool)
    keyboard_used = Signal()  # focus or a key: the layout may have changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        # No prediction, no learning of what is typed, no auto-capitalisation by input methods.
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.caps_lock: bool | None = None  # None: not known yet

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        state = system_caps_lock()
        if state is not None:
            self._set_caps(state)
        self.keyboard_used.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self._guess_caps_lock(event)
        super().keyPressEvent(event)
        if event.text():
            self.keyboard_used.emit()

    def _guess_caps_lock(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_CapsLock:
            self._set_caps(None if self.caps_lock is None else not self.caps_lock)
            return
        text = event.text()
        if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
            return  # digits, symbols and caseless scripts (Uyghur, Chinese) tell nothing
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._set_caps(text.isupper() != shift)

    def _set_caps(self, state: bool | None) -> None:
        if state != self.caps_lock:
            self.caps_lock = state
            self.caps_lock_changed.emit(bool(state))

    def set_revealed(self, revealed: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password)


class RevealButton(QToolButton):
    """Show / Hide what was typed in one or more passphrase fields."""

    def __init__(self, *edits: PassphraseEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reveal")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._edits = edits
        self.toggled.connect(self._toggled)
        self._toggled(False)

    def _toggled(self, revealed: bool) -> None:
        self.setText(self.tr("Hide") if revealed else self.tr("Show"))
        self.setToolTip(self.tr("Hide the passphrase") if revealed else self.tr("Show the passphrase"))
        for edit in self._edits:
            edit.set_revealed(revealed)


class KeyboardHint(QLabel):
    """ "Keyboard: Русский · Caps Lock is on", for the fields it watches."""

    def __init__(self, *edits: PassphraseEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboardHint")
        self.setWordWrap(True)
        # A long layout name must wrap, not widen the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._edits = edits
        for edit in edits:
            edit.caps_lock_changed.connect(lambda _on: self.refresh())
            edit.keyboard_used.connect(self.refresh)
        method = QGuiApplication.inputMethod()
        method.localeChanged.connect(self.refresh)
        self.refresh()

    @property
    def caps_lock(self) -> bool:
        return any(edit.caps_lock for edit in self._edits)

    def layout_name(self) -> str:
        name = system_layout()
        if name:
            return name
        locale = QGuiApplication.inputMethod().locale()
        if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
            return ""
        name = locale.nativeLanguageName() or QLocale.languageToString(locale.language())
        return name[:1].upper() + name[1:]

    def refresh(self) -> None:
        parts = []
        name = self.layout_name()
        if name:
            parts.append(self.tr("Keyboard: %1").replace("%1", name))
        if self.caps_lock:
            parts.append(self.tr("Caps Lock is on"))
        self.setText(" · ".join(parts))
        if not parts:
            self.hide()  # no empty row in the form
        elif self.parentWidget() is not None:  # shown without a parent it would be a window
            self.show()
        self.setStyleSheet("font-weight: bold;" if self.caps_lock else "")


class FieldError(QLabel):
    """What is wrong with the field above it; hidden while nothing is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        set_tone(self, ERROR)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_text(self) -> None:
        self.show_text("")


class StrengthMeter(QWidget):
    """How strong a new passphrase is, by the rules a new vault has (app/vault/kdf.py)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.label = QLabel()
        self.label.setObjectName("strength")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.show_for("")

    def show_for(self, text: str) -> None:
        if text:
            from app.vault import kdf

            score, hint = kdf.strength_hint(text)
            self.label.setText(strength_text(hint))
        else:
            score = 0
            self.label.setText(self.tr("Type a passphrase."))
        self.bar.setValue(score)


def passphrase_row(edit: PassphraseEdit, reveal: RevealButton | None = None) -> QWidget:
    """The field with its Show button beside it, for one row of a QFormLayout."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(reveal or RevealButton(edit))
    return box
