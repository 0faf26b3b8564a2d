"""Helpers shared by the UI tests (fixtures are in conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.helpers import PASSPHRASE
from ui.controller import Controller


def unlock(qtbot, controller: Controller, type_text) -> QWidget:
    """Type PASSPHRASE on the start window's unlock page and return the main window."""
    window = controller.start_window or controller.start()
    assert window.pages.currentWidget() is window.unlock_page
    type_text(window.unlock_passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    return controller.main
