"""The vault's backup keys: which organisation keys (``age1…``) backups are encrypted to, this
device's fingerprint to read out to headquarters, and the devices whose backups this vault
trusts (added on first contact in the verify, restore and merge windows; removed here).

The same settings as ``izdeu backup-keys``; a volunteer should not need a terminal for them.
Reading and checking keys is done by the core (``app.backup``) on the DB thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import ops
from app.backup.keys import parse_recipient, recipients_from
from ui.button_box import ACTION, REJECT, button_box
from ui.dialogs import FileDialogs
from ui.messages import user_message
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["BackupKeysDialog"]


class BackupKeysDialog(QDialog):
    """List, add and remove the organisation keys backups are encrypted to."""

    def __init__(self, worker: DbWorker, dialogs: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackupKeysDialog")
        self.setWindowTitle(self.tr("Backup keys"))
        self._worker = worker
        self._dialogs = dialogs
        self.keys: list[str] = []
        self.devices: list[ops.TrustedSigner] = []

        intro = QLabel(
            self.tr(
                "Backups are encrypted to these organisation keys: only their holders (for example "
                "headquarters) can open them. Add the key file (.pub) headquarters gave you, or "
                "paste its age1… key."
            )
        )
        intro.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("keys")
        self.pasted = QLineEdit()
        self.pasted.setObjectName("pasted")
        self.pasted.setPlaceholderText("age1…")
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(self.add_pasted)
        self.file_button = QPushButton(self.tr("Add from a file…"))
        self.file_button.setObjectName("addFile")
        self.file_button.clicked.connect(self.add_file)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        devices_label = QLabel(self.tr("Devices whose backups this vault trusts:"))
        self.device_list = QListWidget()
        self.device_list.setObjectName("devices")
        self.untrust_button = QPushButton(self.tr("Stop trusting"))
        self.untrust_button.setObjectName("untrust")
        self.untrust_button.clicked.connect(self.untrust_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        # Headquarters: the organisation key in several trustees' hands (ui/erase/shares.py).
        self.shares_button = QPushButton(self.tr("Split the organisation key…"))
        self.shares_button.setObjectName("splitKey")
        self.shares_button.clicked.connect(self.open_shares)

        add_row = QHBoxLayout()
        add_row.addWidget(self.pasted, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(add_row)
        layout.addLayout(buttons)
        layout.addWidget(devices_label)
        layout.addWidget(self.device_list, 1)
        layout.addWidget(self.untrust_button)
        layout.addWidget(self.status)
        layout.addWidget(self.fingerprint)
        layout.addWidget(button_box((self.shares_button, ACTION), (close, REJECT)))
        self.resize(640, 560)
        self.refresh()

    def open_shares(self) -> QDialog:
        from ui.erase.shares import SharesDialog

        dialog = SharesDialog(self._worker, self._dialogs, self)
        dialog.open()
        return dialog

    def refresh(self) -> None:
        def op(session: DbSession) -> tuple[list[str], str, list[ops.TrustedSigner]]:
            vault = session.store.vault
            return (ops.backup_recipients(vault), ops.device_fingerprint(vault), ops.trusted_signers(vault))

        DbOp(self, op).success(self._show).failure(self._failed).run(self._worker)

    def _show(self, result: tuple[list[str], str, list[ops.TrustedSigner]]) -> None:
        self.keys, fingerprint, self.devices = result
        self.list.clear()
        self.list.addItems(self.keys)
        self.device_list.clear()
        # Fingerprint first: it is what identifies the device; the label is only a note.
        self.device_list.addItems([f"{d.fingerprint}  {d.label}".strip() for d in self.devices])
        self.fingerprint.setText(
            self.tr(
                "This laptop signs its backups as %1. Read it out to headquarters so they can "
                "recognise your backups."
            ).replace("%1", fingerprint)
        )
        if not self.keys:
            self.status.setText(
                self.tr("No organisation key yet: backups can only be encrypted with a passphrase.")
            )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(user_message(exc))

    def _save(self, keys: list[str], done: str) -> None:
        def op(session: DbSession) -> list[str]:
            return ops.set_backup_recipients(session.store.vault, keys)

        def saved(_result: Any) -> None:
            self.status.setText(done)
            self.refresh()

        DbOp(self, op).success(saved).failure(self._failed).run(self._worker)

    def _add(self, source: str, *, from_file: bool) -> None:
        def op(_session: DbSession) -> list[str]:
            if from_file:
                return recipients_from(source)  # checks every key; reads at most 64 KiB
            parse_recipient(source)  # pasted text is never taken for a file name
            return [source]

        def found(new: list[str]) -> None:
            fresh = [k for k in new if k not in self.keys]
            if not fresh:
                self.status.setText(self.tr("That key is already in the list."))
                return
            self.pasted.clear()
            self._save([*self.keys, *fresh], self.tr("Key added."))

        DbOp(self, op).success(found).failure(self._failed).run(self._worker)

    def add_pasted(self) -> None:
        text = self.pasted.text().strip()
        if text:
            self._add(text, from_file=False)

    def add_file(self) -> None:
        path = self._dialogs.open_file(
            self, self.tr("Organisation key file"), self.tr("Public keys (*.pub);;All files (*)")
        )
        if path is not None:
            self._add(str(path), from_file=True)

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        key = item.text()
        if not self._dialogs.confirm(
            self,
            self.tr("Remove key"),
            self.tr("Backups made from now on will not be readable with this key. Remove it?"),
        ):
            return
        self._save([k for k in self.keys if k != key], self.tr("Key removed."))

    def untrust_selected(self) -> None:
        row = self.device_list.currentRow()
        if not 0 <= row < len(self.devices):
            return
        fingerprint = self.devices[row].fingerprint
        if not self._dialogs.confirm(
            self,
            self.tr("Stop trusting"),
            self.tr(
                "Backups signed by this device will be refused until it is trusted again. Stop trusting it?"
            ),
        ):
            return

        def op(session: DbSession) -> str:
            # A plain bool through the worker's queued signal upset PySide6's reference counts
            # (a crash at exit): hand back the fingerprint instead.
            ops.untrust_signer(session.store.vault, fingerprint)
            return fingerprint

        def done(_fingerprint: str) -> None:
            self.status.setText(self.tr("The device is no longer trusted."))
            self.refresh()

        DbOp(self, op).success(done).failure(self._failed).run(self._worker)
