"""The duress passphrase: set it, say what follows the erase, see whether it is armed.

The core is app/vault/duress.py; this dialog only gathers the choices and shows the state. The
passphrase fields are cleared when the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.vault import Vault, duress
from ui.button_box import ACCEPT, ACTION, REJECT, button_box
from ui.dialogs import FileDialogs
from ui.messages import user_message
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["DuressDialog"]


class DuressDialog(QDialog):
    def __init__(self, worker: DbWorker, dialogs: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duressDialog")
        self.setWindowTitle(self.tr("Duress passphrase"))
        self._worker = worker
        self._dialogs = dialogs
        self._decoy: Path | None = None
        intro = QLabel(
            self.tr(
                "Typed at the unlock window instead of the real passphrase, the duress passphrase "
                'erases this vault without a sign, then answers "wrong passphrase" or opens a decoy '
                "vault you prepared with harmless cases. It is armed only while the last verified "
                "backup to your organisation's keys holds every change."
            )
        )
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("duressFirst")
        self.second = QLineEdit()
        self.second.setObjectName("duressSecond")
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.wrong = QRadioButton(self.tr('Then answer "wrong passphrase"'))
        self.wrong.setObjectName("duressWrong")
        self.wrong.setChecked(True)
        self.decoy = QRadioButton(
            self.tr("Then open a decoy vault (it must open with the duress passphrase)")
        )
        self.decoy.setObjectName("duressDecoy")
        self.decoy_label = QLabel()
        self.decoy_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose the decoy vault…"))
        choose.clicked.connect(self._choose)
        form = QFormLayout()
        form.addRow(self.tr("Duress passphrase:"), self.first)
        form.addRow(self.tr("Repeat it:"), self.second)
        self.state = QLabel()
        self.state.setObjectName("duressState")
        self.state.setWordWrap(True)
        self.set_button = QPushButton(self.tr("Set"))
        self.set_button.setObjectName("duressSet")
        self.set_button.clicked.connect(self._set)
        self.clear_button = QPushButton(self.tr("Remove the duress passphrase"))
        self.clear_button.setObjectName("duressClear")
        self.clear_button.clicked.connect(self._clear)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.wrong)
        layout.addWidget(self.decoy)
        decoy_row = QHBoxLayout()
        decoy_row.addWidget(choose)
        decoy_row.addWidget(self.decoy_label, 1)
        layout.addLayout(decoy_row)
        layout.addWidget(self.state)
        layout.addWidget(button_box((self.clear_button, ACTION), (self.set_button, ACCEPT), (close, REJECT)))
        self.resize(560, 360)
        self._run(duress.state)

    def _choose(self) -> None:
        path = self._dialogs.open_file(
            self, self.tr("Choose the decoy vault"), self.tr("Izdeu vaults (*.izdeu)")
        )
        if path is not None:
            self._decoy = path
            self.decoy_label.setText(str(path))
            self.decoy.setChecked(True)

    def _run(self, fn: Callable[[Vault], duress.DuressState]) -> None:
        def op(session: DbSession) -> duress.DuressState:
            return fn(session.store.vault)

        DbOp(self, op).success(self._show).failure(self._failed).run(self._worker)

    def _failed(self, exc: BaseException) -> None:
        self.state.setText(user_message(exc))

    def _show(self, state: duress.DuressState) -> None:
        self.first.clear()
        self.second.clear()
        self.clear_button.setEnabled(state.configured)
        if not state.configured:
            self.state.setText(self.tr("No duress passphrase is set."))
        elif state.armed:
            self.state.setText(self.tr("A duress passphrase is set and armed."))
        else:
            self.state.setText(
                self.tr(
                    "A duress passphrase is set, but not armed: changes are newer than the last "
                    "verified backup. It arms itself after the next one."
                )
            )

    def _set(self) -> None:
        if self.first.text() != self.second.text():
            self.state.setText(self.tr("The two passphrases differ."))
            return
        phrase = self.first.text()
        mode = duress.DECOY if self.decoy.isChecked() else duress.WRONG
        decoy = self._decoy if mode == duress.DECOY else None
        self._run(lambda vault: duress.set_duress(vault, phrase, mode, decoy))

    def _clear(self) -> None:
        def clear(vault: Vault) -> duress.DuressState:
            duress.clear(vault)
            return duress.state(vault)

        self._run(clear)

    def done(self, result: int) -> None:
        self.first.clear()
        self.second.clear()
        super().done(result)
