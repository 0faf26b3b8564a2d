"""Headquarters recovery of a forgotten passphrase: turned on or off here (app/vault/recovery.py).

Off by default. Turning it on asks for the vault's passphrase again: the key is derived anew to
be encrypted to the organisation's backup keys, never kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.backup import ops
from app.vault import recovery
from ui.button_box import ACCEPT, ACTION, REJECT, button_box
from ui.messages import user_message
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["RecoveryDialog"]


class RecoveryDialog(QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Headquarters recovery"))
        self._worker = worker
        text = QLabel(
            self.tr(
                "If you forget the passphrase, headquarters can let you set a new one. When this is "
                "on, a small file beside the vault holds the vault's key, encrypted to your "
                "organisation's backup keys: only headquarters, with its private key, can open it. "
                "Someone who takes only this laptop gains nothing from it. But whoever holds both "
                "the laptop and headquarters' key can open the vault without you."
            )
        )
        text.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("recoveryPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("The vault's passphrase"))
        self.state = QLabel()
        self.state.setObjectName("recoveryState")
        self.state.setWordWrap(True)
        self.on_button = QPushButton(self.tr("Turn on"))
        self.on_button.setObjectName("recoveryOn")
        self.on_button.clicked.connect(self._turn_on)
        self.off_button = QPushButton(self.tr("Turn off"))
        self.off_button.setObjectName("recoveryOff")
        self.off_button.clicked.connect(self._turn_off)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.state)
        layout.addWidget(button_box((self.off_button, ACTION), (self.on_button, ACCEPT), (close, REJECT)))
        self.resize(520, 280)
        DbOp(self, lambda s: recovery.enabled(s.store.vault)).success(self._show).run(worker)

    def _show(self, on: bool) -> None:
        self.passphrase.clear()
        on_text, off_text = self.tr("Headquarters recovery is on."), self.tr("Headquarters recovery is off.")
        self.state.setText(on_text if on else off_text)
        self.on_button.setEnabled(not on)
        self.off_button.setEnabled(on)

    def _failed(self, exc: BaseException) -> None:
        self.passphrase.clear()
        self.state.setText(user_message(exc))

    def _turn_on(self) -> None:
        phrase = self.passphrase.text()

        def op(session: DbSession) -> bool:
            vault = session.store.vault
            recovery.enable(vault, phrase, ops.backup_recipients(vault))
            return recovery.enabled(vault)

        DbOp(self, op).success(self._show).failure(self._failed).run(self._worker)

    def _turn_off(self) -> None:
        def op(session: DbSession) -> bool:
            recovery.disable(session.store.vault)
            return recovery.enabled(session.store.vault)

        DbOp(self, op).success(self._show).failure(self._failed).run(self._worker)

    def done(self, result: int) -> None:
        self.passphrase.clear()
        super().done(result)
