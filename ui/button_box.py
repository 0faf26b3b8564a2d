"""A dialog's own buttons in a QDialogButtonBox, so they follow the platform's order (OK and
Cancel swap between Windows, macOS and GNOME/KDE) instead of being placed by hand.

The buttons keep their own words and ``clicked`` connections; the roles only tell the box
where each one goes. The box's accepted/rejected signals are left unconnected.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton

__all__ = ["ACCEPT", "ACTION", "DESTRUCTIVE", "REJECT", "button_box"]

Role = QDialogButtonBox.ButtonRole
ACCEPT, REJECT, ACTION, DESTRUCTIVE = Role.AcceptRole, Role.RejectRole, Role.ActionRole, Role.DestructiveRole


def button_box(*buttons: tuple[QPushButton, QDialogButtonBox.ButtonRole]) -> QDialogButtonBox:
    box = QDialogButtonBox()
    for button, role in buttons:
        box.addButton(button, role)
    return box
