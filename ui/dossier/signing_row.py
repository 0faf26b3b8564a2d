"""The dossier window's signing row: "Sign as the organisation", the fingerprint, the certificate.

The identity is read from the vault once, on the DB thread, when the window opens; without one
the check box is disabled and "Make a signing identity" makes one in the vault, named after the
organisation of the vault's settings, and "Import a PKCS#12 file…" takes in the one the
organisation already has (ui/dossier/pkcs12_import.py; asked before replacing one). The
certificate can be saved as a PEM file for recipients, who compare its fingerprint with the one printed on
each signed dossier's cover. The key stays in this window's memory only while it is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.errors import IzdeuError
from app.fsutil import atomic_write_bytes
from app.signing import SigningIdentity, create_identity, has_identity, keep_identity, vault_identity
from ui.dossier.pkcs12_import import Pkcs12ImportDialog
from ui.messages import user_message
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["SigningRow"]


def _load(session: DbSession) -> SigningIdentity | None:
    vault = session.store.vault
    return vault_identity(vault) if has_identity(vault) else None


def _create(session: DbSession) -> SigningIdentity | None:
    """A new identity for the vault's organisation, kept in the vault; None without a name."""
    organisation = session.store.prefs().organisation
    if not organisation:
        return None
    identity = create_identity(organisation)
    keep_identity(session.store.vault, identity, how="created")
    return identity


class SigningRow(QWidget):
    """Emits ``changed`` when the check box is toggled (the preview is then out of date)."""

    changed = Signal()

    def __init__(self, worker: DbWorker, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._identity: SigningIdentity | None = None
        self.sign = QCheckBox(self.tr("Sign as the organisation"))
        self.sign.setEnabled(False)
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export certificate…"))
        self.export_button.setEnabled(False)
        self.create_button = QPushButton(self.tr("Make a signing identity"))
        self.create_button.setVisible(False)
        self.create_button.clicked.connect(self.create_identity)
        self.import_button = QPushButton(self.tr("Import a PKCS#12 file…"))
        self.import_button.setObjectName("signingImport")
        self.import_button.clicked.connect(self.import_file)
        self.import_dialog: Pkcs12ImportDialog | None = None
        self._worker = worker
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sign)
        layout.addWidget(self.fingerprint, 1)
        layout.addWidget(self.create_button)
        layout.addWidget(self.import_button)
        layout.addWidget(self.export_button)
        self.sign.toggled.connect(lambda _on: self.changed.emit())
        self.export_button.clicked.connect(self.export_certificate)
        DbOp(self, _load).success(self._loaded).failure(self._unavailable).run(worker)

    def identity(self) -> SigningIdentity | None:
        """The identity to sign with, when signing is chosen."""
        return self._identity if self.sign.isChecked() else None

    def forget(self) -> None:
        self._identity = None
        self.sign.setChecked(False)
        self.sign.setEnabled(False)

    def _loaded(self, identity: SigningIdentity | None) -> None:
        self._identity = identity
        if identity is None:
            self.fingerprint.setText(self.tr("No signing identity in this vault yet."))
            self.create_button.setVisible(True)
            return
        self.create_button.setVisible(False)
        self.sign.setEnabled(True)
        self.export_button.setEnabled(True)
        self.fingerprint.setText(
            self.tr("%1 · certificate SHA-256 %2")
            .replace("%1", f"\u2068{identity.organisation}\u2069")
            .replace("%2", f"\u2066{identity.fingerprint}\u2069")  # kept left-to-right in RTL
        )

    def create_identity(self) -> None:
        """A key pair and certificate for the organisation named in Settings, kept in the vault."""
        self.create_button.setEnabled(False)
        DbOp(self, _create).success(self._created).failure(self._unavailable).run(self._worker)

    def _created(self, identity: SigningIdentity | None) -> None:
        self.create_button.setEnabled(True)
        if identity is None:
            self.fingerprint.setText(
                self.tr("Enter the organisation's name in Settings first: the certificate carries it.")
            )
            return
        self._loaded(identity)

    def import_file(self) -> Pkcs12ImportDialog | None:
        """Choose the organisation's .p12/.pfx file, then ask its password (the import window)."""
        current = self._identity
        if current is not None and not self._dialogs.confirm(
            self,
            self.tr("Replace the signing identity?"),
            self.tr(
                "This vault already has a signing identity (%1). Import another one in its place? "
                "Dossiers signed with the old one stay valid."
            ).replace("%1", f"\u2068{current.organisation}\u2069"),
        ):
            return None
        path = self._dialogs.open_file(
            self, self.tr("The organisation's PKCS#12 file"), self.tr("PKCS#12 (*.p12 *.pfx)")
        )
        if path is None:
            return None
        dialog = Pkcs12ImportDialog(self._worker, Path(path), replaces=current is not None, parent=self)
        dialog.imported.connect(self._loaded)
        if self.import_dialog is not None:  # the one before (closed, its password cleared)
            self.import_dialog.deleteLater()
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _unavailable(self, error: BaseException) -> None:
        self.fingerprint.setText(user_message(error))

    def export_certificate(self) -> Path | None:
        identity = self._identity
        if identity is None:
            return None
        path = self._dialogs.save_file(
            self,
            self.tr("Export the signing certificate"),
            "organisation-certificate.pem",
            self.tr("PEM (*.pem)"),
        )
        if path is None:
            return None
        try:
            atomic_write_bytes(Path(path), identity.certificate_pem())
        except IzdeuError as exc:
            self.fingerprint.setText(user_message(exc))
            return None
        return Path(path)
