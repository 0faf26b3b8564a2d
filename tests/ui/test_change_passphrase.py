"""Vault → Change passphrase…: old refused and new opens afterwards; a failure keeps the old one.

Also the passphrase fields every such window shares (ui/passphrase_field.py). Data is fictional.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from app.errors import IntegrityError, WrongPassphraseError
from app.model import Case
from app.store import Store
from app.vault import Vault, rekey
from tests.helpers import PASSPHRASE
from ui.passphrase_field import KeyboardHint, PassphraseEdit, RevealButton
from ui.vault.change_passphrase import ChangePassphraseDialog
from ui.worker import DbWorker

NEW = "seven fictional words make a new passphrase"


@pytest.fixture
def vault_at(tmp_path: Path) -> Path:
    path = tmp_path / "vault.izdeu"
    with Vault.create(path, PASSPHRASE) as vault:
        Store(vault).save(Case(case_number="IZ-2026-0007", summary="Fictional"))
    return path


@pytest.fixture
def worker(qtbot, vault_at: Path) -> Iterator[DbWorker]:
    db = DbWorker()
    opened: list[object] = []
    db.open_vault(vault_at, PASSPHRASE, create=False, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    yield db
    db.shutdown()


def _fill(dialog: ChangePassphraseDialog, type_text, current: str, new: str, repeat: str) -> None:
    for field, text in ((dialog.current, current), (dialog.new, new), (dialog.repeat, repeat)):
        field.clear()
        type_text(field, text)


def _closed(qtbot, worker: DbWorker) -> None:
    done: list[object] = []
    worker.close_vault(on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def test_change_passphrase_old_refused_new_opens(qtbot, worker: DbWorker, vault_at: Path, type_text) -> None:
    dialog = ChangePassphraseDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, type_text, PASSPHRASE, NEW, NEW)
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "changed" in dialog.status.text()
    # Nothing of the passphrases stays in the window.
    assert dialog.current.text() == dialog.new.text() == dialog.repeat.text() == ""
    _closed(qtbot, worker)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_at, PASSPHRASE)
    with Vault.open(vault_at, NEW) as vault:
        assert Store(vault).list_cases()[0].case_number == "IZ-2026-0007"


def test_wrong_current_passphrase_is_said_beside_its_field(
    qtbot, worker: DbWorker, vault_at: Path, type_text
) -> None:
    dialog = ChangePassphraseDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, type_text, "not the passphrase at all", NEW, NEW)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_error.isVisible(), timeout=20_000)
    assert "keyboard layout" in dialog.current_error.text()
    _closed(qtbot, worker)
    Vault.open(vault_at, PASSPHRASE).close()


def test_a_failure_leaves_the_old_passphrase_working(
    qtbot, worker: DbWorker, vault_at: Path, type_text, monkeypatch: pytest.MonkeyPatch
) -> None:
    def incomplete(_conn: object) -> None:
        raise IntegrityError("vault.rekey.copy_incomplete")

    monkeypatch.setattr(rekey, "_check_copy", incomplete)
    dialog = ChangePassphraseDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, type_text, PASSPHRASE, NEW, NEW)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "still opens" in dialog.status.text(), timeout=20_000)
    assert "incomplete" in dialog.status.text()
    assert not rekey.new_copy_path(vault_at).exists()
    # The open vault still works in this session.
    rows: list[object] = []
    from ui.ops import DbOp

    DbOp(dialog, lambda s: s.store.list_cases()).success(rows.append).run(worker)
    qtbot.waitUntil(lambda: bool(rows), timeout=10_000)
    _closed(qtbot, worker)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_at, NEW)
    Vault.open(vault_at, PASSPHRASE).close()


def test_form_errors_beside_their_fields_and_no_widening(qtbot, worker: DbWorker, type_text) -> None:
    dialog = ChangePassphraseDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    width = dialog.width()
    _fill(dialog, type_text, "", "short", "sho")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.current_error.isVisible() and dialog.new_error.isVisible()
    assert "10" in dialog.new_error.text()
    assert dialog.repeat_error.isVisible()
    # "differ" goes as soon as the two match.
    type_text(dialog.repeat, "rt")
    assert dialog.repeat_error.isHidden()
    # Typing a very long passphrase, shown, does not widen the window.
    dialog.reveal_new.setChecked(True)
    assert dialog.new.echoMode() == QLineEdit.EchoMode.Normal
    type_text(dialog.new, "x" * 300)
    QApplication.processEvents()
    assert dialog.width() == width
    dialog.reveal_new.setChecked(False)
    assert dialog.new.echoMode() == QLineEdit.EchoMode.Password


def _key(widget: PassphraseEdit, text: str, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, modifiers, text))


def test_caps_lock_and_keyboard_layout_hint(qtbot) -> None:
    edit = PassphraseEdit()
    hint = KeyboardHint(edit)
    qtbot.addWidget(edit)
    qtbot.addWidget(hint)
    assert "Caps Lock" not in hint.text()
    _key(edit, "A")  # a capital without Shift: Caps Lock is on
    assert edit.caps_lock is True and "Caps Lock is on" in hint.text()
    _key(edit, "a", shift=True)  # still on: Shift gives lower case
    assert edit.caps_lock is True
    _key(edit, "ق")  # a caseless script tells nothing
    assert edit.caps_lock is True
    _key(edit, "ж")  # Cyrillic lower case without Shift: off
    assert edit.caps_lock is False and "Caps Lock" not in hint.text()
    # The layout shown is the input method's language.
    locale = QGuiApplication.inputMethod().locale()
    if locale.language() not in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        assert hint.layout_name().lower() in hint.text().lower()


def test_start_window_passphrase_fields_show_and_hint(qtbot, controller, type_text) -> None:
    window = controller.start()
    window.show_create()
    [create_reveal] = window.create_page.findChildren(RevealButton)
    create_reveal.setChecked(True)
    assert window.create_passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert window.create_repeat.echoMode() == QLineEdit.EchoMode.Normal
    create_reveal.setChecked(False)
    type_text(window.create_passphrase, PASSPHRASE)
    type_text(window.create_repeat, "wrong")
    assert "differ" in window.repeat_error.text() and not window.repeat_error.isHidden()
    window.create_repeat.clear()
    type_text(window.create_repeat, PASSPHRASE)
    assert window.repeat_error.isHidden()
    [unlock_reveal] = window.unlock_page.findChildren(RevealButton)
    unlock_reveal.setChecked(True)
    assert window.unlock_passphrase.echoMode() == QLineEdit.EchoMode.Normal
    _key(window.unlock_passphrase, "Q")
    assert "Caps Lock is on" in window.unlock_hint.text()


def test_caps_lock_asked_of_the_system_when_a_field_gets_the_focus(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QFocusEvent

    import ui.passphrase_field as fields

    # Offscreen there is no X server to ask: the guess from typed letters is all there is.
    assert fields.system_caps_lock() is None
    edit = PassphraseEdit()
    hint = KeyboardHint(edit)
    qtbot.addWidget(edit)
    qtbot.addWidget(hint)
    monkeypatch.setattr(fields, "system_caps_lock", lambda: True)
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn))
    assert "Caps Lock is on" in hint.text()  # before the first key
    monkeypatch.setattr(fields, "system_caps_lock", lambda: False)
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn))
    assert "Caps Lock" not in hint.text()


def test_layout_asked_of_the_system_on_focus_and_keys(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QFocusEvent

    import ui.passphrase_field as fields

    assert fields.system_layout() is None  # offscreen: nothing to ask
    edit = PassphraseEdit()
    hint = KeyboardHint(edit)
    qtbot.addWidget(edit)
    qtbot.addWidget(hint)
    monkeypatch.setattr(fields, "system_layout", lambda: "Kazakh")
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn))
    assert hint.text().startswith("Keyboard: Kazakh")
    monkeypatch.setattr(fields, "system_layout", lambda: "Russian")  # Alt+Shift while typing
    _key(edit, "ж")
    assert hint.text().startswith("Keyboard: Russian")


def test_the_stronger_key_derivation_chosen_on_a_change_and_back(
    qtbot, worker: DbWorker, vault_at: Path, type_text
) -> None:
    from app.vault import kdf

    dialog = ChangePassphraseDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.strong.isEnabled, timeout=10_000)
    assert not dialog.strong.isChecked()  # as the vault is now
    dialog.strong.setChecked(True)
    _fill(dialog, type_text, PASSPHRASE, NEW, NEW)
    with qtbot.waitSignal(dialog.changed, timeout=30_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    # Recorded where an opener reads it before decrypting: the file's salt.
    assert kdf.is_strong_salt(vault_at.read_bytes()[:16])
    # A second window over the now strong vault starts checked; the current passphrase (derived
    # with the strong parameters) is accepted, and unchecking goes back to the default.
    again = ChangePassphraseDialog(worker)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.strong.isEnabled, timeout=10_000)
    assert again.strong.isChecked()
    again.strong.setChecked(False)
    _fill(again, type_text, NEW, PASSPHRASE, PASSPHRASE)
    with qtbot.waitSignal(again.changed, timeout=30_000):
        qtbot.mouseClick(again.start_button, Qt.MouseButton.LeftButton)
    _closed(qtbot, worker)
    assert not kdf.is_strong_salt(vault_at.read_bytes()[:16])
    with Vault.open(vault_at, PASSPHRASE) as vault:
        assert Store(vault).list_cases()[0].case_number == "IZ-2026-0007"
