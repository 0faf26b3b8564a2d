""" "Erase this vault now": two deliberate steps, and only what the backup rule allows.

Step one shows what erasing would lose: nothing, when the last verified backup to the
organisation's keys holds every change, or how many cases and testimonies changed since (the
person must then tick that they accept losing them). Step two: type the confirmation word, then
"Erase now". From the unlock window the vault is not open, so the passphrase is asked first
(the vault is opened on the DB thread only to read the rule, then again to erase it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup.ops.safety import EraseSafety, erase_safety, erase_vault
from app.store import Store
from app.vault import Vault
from ui.button_box import DESTRUCTIVE, REJECT, button_box
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["EraseDialog"]


class EraseDialog(QDialog):
    """``vault_path`` None: the vault open in ``worker`` (main window); else a locked vault."""

    erased = Signal()

    def __init__(
        self, worker: DbWorker, vault_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase this vault"))
        self._worker = worker
        self._path = vault_path
        self._safety: EraseSafety | None = None
        intro = QLabel(
            self.tr(
                "Erasing destroys the vault's key first, then overwrites and removes every file of "
                "the vault on this computer. It cannot be undone: only a backup brings the cases back."
            )
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("erasePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("The vault's passphrase"))
        self.check_button = QPushButton(self.tr("Check what would be lost"))
        self.check_button.setObjectName("eraseCheck")
        self.check_button.clicked.connect(self._check)
        self.state = QLabel()
        self.state.setObjectName("eraseState")
        self.state.setWordWrap(True)
        self.accept_loss = QCheckBox(self.tr("I accept losing these changes"))
        self.accept_loss.setObjectName("eraseAcceptLoss")
        self.accept_loss.hide()
        self.word = self.tr("ERASE")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("eraseConfirm")
        self.confirm.setPlaceholderText(self.tr("Type %1 to confirm").replace("%1", self.word))
        self.erase_button = QPushButton(self.tr("Erase now"))
        self.erase_button.setObjectName("eraseNow")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self._erase)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        for signal in (self.confirm.textChanged, self.accept_loss.toggled):
            signal.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if vault_path is not None:
            layout.addWidget(self.passphrase)
        else:
            self.passphrase.hide()
        layout.addWidget(self.check_button)
        layout.addWidget(self.state)
        layout.addWidget(self.accept_loss)
        layout.addWidget(self.confirm)
        layout.addWidget(button_box((self.erase_button, DESTRUCTIVE), (cancel, REJECT)))
        self.confirm.setEnabled(False)
        self.resize(520, 300)
        if vault_path is None:
            self._check()

    def _with_store(self, session: DbSession, phrase: str, fn: Any) -> Any:
        if self._path is None:
            return fn(session.store)
        vault = Vault.open(self._path, phrase)
        try:
            return fn(Store(vault))
        finally:
            vault.close()

    def _check(self) -> None:
        self.check_button.setEnabled(False)
        phrase = self.passphrase.text()  # read here: widgets belong to the GUI thread
        (
            DbOp(self, lambda session: self._with_store(session, phrase, erase_safety))
            .success(self._checked)
            .failure(self._check_failed)
            .run(self._worker)
        )

    def _check_failed(self, exc: BaseException) -> None:
        from ui.messages import user_message

        self.check_button.setEnabled(True)
        self.state.setText(user_message(exc))

    def _checked(self, safety: EraseSafety) -> None:
        self._safety = safety
        self.check_button.hide()
        self.passphrase.setEnabled(False)
        if safety.covered:
            self.state.setText(
                self.tr(
                    "Nothing is lost: the last verified backup to your organisation's keys holds "
                    "every change."
                )
            )
        elif safety.backed_up:
            self.state.setText(
                self.tr(
                    "%1 cases and %2 testimonies changed since the last verified backup to your "
                    "organisation's keys. They will be lost."
                )
                .replace("%1", str(safety.cases))
                .replace("%2", str(safety.testimonies))
            )
            self.accept_loss.show()
        else:
            self.state.setText(
                self.tr(
                    "This vault has no verified backup to your organisation's keys: all %1 cases "
                    "and %2 testimonies will be lost."
                )
                .replace("%1", str(safety.cases))
                .replace("%2", str(safety.testimonies))
            )
            self.accept_loss.show()
        self.confirm.setEnabled(True)
        self.confirm.setFocus()
        self._update()

    def _update(self) -> None:
        safety = self._safety
        ready = (
            safety is not None
            and self.confirm.text().strip().casefold() == self.word.casefold()
            and (safety.covered or self.accept_loss.isChecked())
        )
        self.erase_button.setEnabled(ready)

    def _erase(self) -> None:
        accept = self.accept_loss.isChecked()
        phrase = self.passphrase.text()
        self.erase_button.setEnabled(False)

        def op(session: DbSession) -> None:
            if self._path is None:
                erase_vault(session.store, accept_loss=accept)
                session.vault, session.store_ = None, None
            else:
                self._with_store(session, phrase, lambda store: erase_vault(store, accept_loss=accept))

        DbOp(self, op).success(self._done).failure(self._check_failed).run(self._worker)

    def _done(self, _result: object) -> None:
        self.passphrase.clear()
        self.erased.emit()
        self.accept()
