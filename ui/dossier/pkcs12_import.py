"""The organisation's own PKCS#12 file (.p12/.pfx) taken in as the vault's signing identity.

Opened by the dossier window's signing row once the file is chosen: asks the file's password
in a password field and imports it on the DB thread (app/signing/kept.py ``import_identity``),
which keeps the key and certificate inside the vault, protected by the vault's passphrase, like
an identity made with "Make a signing identity". Every refusal of the core (not a PKCS#12 file
or damaged, wrong password, no private key, a key Izdeu does not sign with, a certificate
expired or not yet valid) is its one translated line under the field, and nothing is kept;
the window stays open to try another password. The password is cleared when it closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.signing import SigningIdentity, import_identity
from ui.isolate import ltr
from ui.messages import user_message
from ui.ops import DbOp
from ui.passphrase_field import FieldError, PassphraseEdit, RevealButton, passphrase_row
from ui.worker import DbSession, DbWorker

__all__ = ["Pkcs12ImportDialog"]


class Pkcs12ImportDialog(QDialog):
    """Emits ``imported(identity)`` once the file's identity is kept in the vault."""

    imported = Signal(object)

    def __init__(
        self, worker: DbWorker, path: Path, *, replaces: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pkcs12ImportDialog")
        self.setWindowTitle(self.tr("Import a PKCS#12 file"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._worker = worker
        self._path = path
        intro = QLabel(
            self.tr(
                "The organisation's key and certificate in this file will be kept inside this "
                "vault, protected by the vault's passphrase, and used to sign dossiers."
            )
        )
        intro.setWordWrap(True)
        self.file_label = QLabel(ltr(path.name))
        self.file_label.setObjectName("pkcs12File")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A Latin file name would align to its own (left) side; in a right-to-left window it
        # belongs at the start of the field, beside its label.
        start = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.file_label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | start | Qt.AlignmentFlag.AlignVCenter)
        self.password = PassphraseEdit()
        self.password.setObjectName("pkcs12Password")
        self.error = FieldError()
        self.error.setObjectName("pkcs12Error")
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(
            self.tr("The file's password:"), passphrase_row(self.password, RevealButton(self.password))
        )
        form.addRow("", self.error)
        self.replace_note = QLabel(
            self.tr(
                "It replaces the signing identity kept in this vault; dossiers signed with it stay valid."
            )
        )
        self.replace_note.setWordWrap(True)
        self.replace_note.setVisible(replaces)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("pkcs12Import")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.replace_note)
        layout.addLayout(buttons)
        self.password.returnPressed.connect(self.run_import)
        self.resize(520, 0)

    def run_import(self) -> None:
        path, password = self._path, self.password.text()
        self.error.clear_text()
        self.import_button.setEnabled(False)

        def op(session: DbSession) -> SigningIdentity:
            # An empty field: a file without a password (PKCS#12 allows it).
            return import_identity(session.store.vault, path, password or None)

        DbOp(self, op).success(self._done).failure(self._refused).run(self._worker)

    def _done(self, identity: SigningIdentity) -> None:
        self.imported.emit(identity)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.error.show_text(user_message(exc))
        self.password.selectAll()
        self.password.setFocus()

    def done(self, result: int) -> None:
        self.password.clear()
        super().done(result)
