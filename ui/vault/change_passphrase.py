"""Vault → Change passphrase…: the current passphrase, a new one by the new-vault rules, progress.

The work is ``Vault.change_passphrase`` (app/vault/rekey.py), the same crash-safe path as
``izdeu passwd``: a re-keyed copy beside the vault, checked, then renamed over it, so whenever
the computer stops exactly one of the two passphrases opens the whole vault. The current
passphrase is asked first: an unlocked laptop left alone must not let anyone lock its owner out.
The stronger key derivation (256 MiB, as a new vault can have) is chosen here too; the box
starts as the vault is now, and the choice is marked in the new salt (docs/vault-format.md).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import WeakPassphraseError, WrongPassphraseError
from ui.messages import user_message
from ui.ops import DbOp, OpProgress
from ui.passphrase_field import (
    FieldError,
    KeyboardHint,
    PassphraseEdit,
    RevealButton,
    StrengthMeter,
    passphrase_row,
)
from ui.unlock.passphrase import take_passphrase
from ui.worker import DbSession, DbWorker

__all__ = ["ChangePassphraseDialog"]

_STEPS = ("checking", "deriving", "copying", "replacing")


class ChangePassphraseDialog(QDialog):
    changed = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangePassphraseDialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self._worker = worker
        self._progress = OpProgress(self)
        self._progress.changed.connect(self._step)
        intro = QLabel(
            self.tr(
                "The vault is encrypted again under the new passphrase. Until that is finished "
                "the current passphrase stays valid: if the computer stops midway, the current "
                "one still opens the vault."
            )
        )
        intro.setWordWrap(True)
        self.current = PassphraseEdit()
        self.current.setObjectName("currentPassphrase")
        self.new = PassphraseEdit()
        self.new.setObjectName("newPassphrase")
        self.repeat = PassphraseEdit()
        self.repeat.setObjectName("repeatPassphrase")
        self.current_error, self.new_error, self.repeat_error = FieldError(), FieldError(), FieldError()
        self.strength = StrengthMeter()
        self.hint = KeyboardHint(self.current, self.new, self.repeat)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), passphrase_row(self.current))
        form.addRow("", self.current_error)
        self.reveal_new = RevealButton(self.new, self.repeat)
        form.addRow(self.tr("New passphrase:"), passphrase_row(self.new, self.reveal_new))
        form.addRow("", self.new_error)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow("", self.repeat_error)
        form.addRow(self.tr("Strength:"), self.strength)
        form.addRow("", self.hint)
        self.strong = QCheckBox(self.tr("Stronger key derivation (256 MiB; unlocking takes 1–2 seconds)"))
        self.strong.setObjectName("strongKdf")
        self.strong.setEnabled(False)  # until the vault has said which it uses now
        self.bar = QProgressBar()
        self.bar.setRange(0, len(_STEPS))
        self.bar.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = QPushButton(self.tr("Change the passphrase"))
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        # Under the form, across the window: beside the labels it was cut in Russian.
        layout.addWidget(self.strong)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self._typed)
        self.repeat.textChanged.connect(self._typed)
        self.current.textChanged.connect(lambda _t: self.current_error.clear_text())
        self.setMinimumWidth(560)
        self._phases = {
            "checking": self.tr("Checking the current passphrase…"),
            "deriving": self.tr("Deriving the new key…"),
            "copying": self.tr("Encrypting a copy of the vault under the new key…"),
            "replacing": self.tr("Putting the re-encrypted vault in place…"),
        }
        DbOp(self, lambda session: session.store.vault.strong_kdf).success(self._strength_known).run(worker)

    def _strength_known(self, strong: object) -> None:
        self.strong.setChecked(bool(strong))
        self.strong.setEnabled(True)

    def _typed(self) -> None:
        text, again = self.new.text(), self.repeat.text()
        self.strength.show_for(text)
        self.new_error.clear_text()
        # Said while they differ, gone as soon as they match.
        if again and text != again and not text.startswith(again):
            self.repeat_error.show_text(self.tr("The two passphrases differ."))
        else:
            self.repeat_error.clear_text()
        del text, again

    def _refused(self) -> bool:
        """Show what is wrong beside the field it concerns; True when something is."""
        from app.vault import kdf

        refused = False
        if not self.current.text():
            self.current_error.show_text(self.tr("Type the current passphrase."))
            refused = True
        text = self.new.text()
        try:
            kdf.check_passphrase_strength(text)
        except WeakPassphraseError as exc:
            self.new_error.show_text(user_message(exc))
            refused = True
        if text != self.repeat.text():
            self.repeat_error.show_text(self.tr("The two passphrases differ."))
            refused = True
        del text
        return refused

    def start(self) -> None:
        if self._progress.running or self._refused():
            return
        current, new = take_passphrase(self.current), take_passphrase(self.new)
        self.repeat.clear()
        strong = self.strong.isChecked()
        report = self._progress.report

        def op(session: DbSession) -> None:
            from app.vault import kdf

            vault = session.store.vault
            try:
                report("checking", 0, len(_STEPS))
                vault.verify_passphrase(current)
                vault.change_passphrase(
                    new,
                    params=kdf.STRONG_PARAMS if strong else kdf.DEFAULT_PARAMS,
                    check_strength=False,
                    progress=lambda name: report(name, _STEPS.index(name), len(_STEPS)),
                )
            finally:
                kdf.wipe(current)
                kdf.wipe(new)

        self.start_button.setEnabled(False)
        self.strong.setEnabled(False)
        self.bar.setValue(0)
        self.bar.show()
        self.status.setText(self._phases["checking"])
        DbOp(self, op).with_progress(self._progress).success(self._done).failure(self._failed).run(
            self._worker
        )

    def _step(self, phase: str, done: int, total: int) -> None:
        self.bar.setValue(done)
        self.status.setText(self._phases.get(phase, ""))

    def _done(self, _result: object) -> None:
        self.start_button.setEnabled(True)
        self.strong.setEnabled(True)
        self.bar.setValue(len(_STEPS))
        self.status.setText(self.tr("The passphrase was changed. Use the new one from now on."))
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.strong.setEnabled(True)
        self.bar.hide()
        if isinstance(exc, WrongPassphraseError):
            self.current_error.show_text(
                self.tr("That is not the current passphrase. Check the keyboard layout and Caps Lock.")
            )
            self.status.setText(self.tr("Nothing was changed."))
            return
        self.status.setText(
            user_message(exc) + " " + self.tr("The current passphrase still opens the vault.")
        )
