"""The vault's state at a glance: "Vault: NAME · unlocked" with an open lock in the main window's
status bar, "Vault: NAME · locked" with a closed one on the unlock page, and "demo" for the
practice vault.

Only the file's name is shown (never a path or case data), shortened in the middle when long.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.icons import set_icon
from ui.isolate import ltr

__all__ = ["VaultBadge", "short_name"]

_LONGEST = 28  # characters of a file name shown in full


def short_name(name: str) -> str:
    """``name`` as is, or its start and end around "…" when longer than the badge allows."""
    if len(name) <= _LONGEST:
        return name
    keep = (_LONGEST - 1) // 2
    return f"{name[:keep]}…{name[-keep:]}"


class VaultBadge(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultBadge")
        self.icon = QLabel()
        self.icon.setObjectName("vaultBadgeIcon")
        self.icon.setProperty("izdeuIconSize", 16)
        self.text = QLabel()
        self.text.setObjectName("vaultBadgeText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        self.locked = True
        self.demo = False

    def show_state(self, file_name: str, *, locked: bool, demo: bool = False) -> None:
        self.locked, self.demo = locked, demo
        name = ltr(short_name(file_name))  # a file name reads left to right in a Uyghur window
        if demo:
            words = self.tr("Demo vault: %1 · locked") if locked else self.tr("Demo vault: %1 · unlocked")
        else:
            words = self.tr("Vault: %1 · locked") if locked else self.tr("Vault: %1 · unlocked")
        self.text.setText(words.replace("%1", name))
        set_icon(self.icon, "lock" if locked else "lock-open")
        self.setToolTip(
            self.tr("The vault is locked: nothing of it can be read until the passphrase is typed.")
            if locked
            else self.tr("The vault is open on this computer. Lock it (Ctrl+L) when you step away.")
        )
