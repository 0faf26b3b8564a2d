"""First contact with a device: "Trust this device?" before a backup it signed is used.

Shown by the verify, restore and merge windows when the core refused a backup because its
signer is not trusted (app/backup/ops/trust.py decides; this only asks). The fingerprint shown
is the one the core computed from the key that verified the signature; the person compares it
with the one the device shows in its Backup keys window. Yes pins exactly that key for a second
attempt, which then remembers it in the vault.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["TrustPrompt"]


class TrustPrompt(QDialog):
    """Trust and continue / Cancel, for one signer's fingerprint."""

    def __init__(self, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrustPrompt")
        self.setWindowTitle(self.tr("Trust this device?"))
        intro = QLabel(
            self.tr(
                "This backup was signed by a device this vault does not trust yet. Anyone with "
                "the organisation's public key can make a backup, so use it only if the "
                "fingerprint below is the one shown on that device (in its Backup keys window)."
            )
        )
        intro.setWordWrap(True)
        self.fingerprint = QLabel(fingerprint)
        self.fingerprint.setObjectName("fingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.fingerprint.setFont(font)
        # Hex digits read left to right in every language, also in the Uyghur window.
        self.fingerprint.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(self.tr("The vault will remember this device and accept its backups from now on."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.trust_button = QPushButton(self.tr("Trust and continue"))
        self.trust_button.setObjectName("trust")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelTrust")
        self.cancel_button.setDefault(True)  # Enter must not trust a stranger
        buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint)
        layout.addWidget(note)
        layout.addWidget(buttons)
        # A width for the word-wrapped text: without one a longer translation gets the height
        # of a narrower layout and is cut off at the top and bottom.
        for label in (intro, note):
            label.setMinimumWidth(500)
