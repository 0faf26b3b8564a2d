"""UI fixtures: the whole app wired as ``main()`` does, with file dialogs answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import Paths
from app.vault import Vault
from tests.helpers import PASSPHRASE
from tests.ui.helpers import unlock
from ui.controller import Controller
from ui.dialogs import FileDialogs
from ui.main import build


def _type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def type_text():
    """Type any text (Kazakh, Uyghur, Chinese) as key events; qtbot.keyClicks is ASCII-only."""
    return _type_text


@pytest.fixture
def dialogs() -> FileDialogs:
    return FileDialogs()


@pytest.fixture
def paths(_isolated_home: Path) -> Paths:
    return Paths.default()


@pytest.fixture
def controller(qapp: QApplication, qtbot, paths: Paths, dialogs: FileDialogs) -> Iterator[Controller]:
    ctl = build(qapp, paths, dialogs)
    yield ctl
    # Before the windows go: a box over a main window is deleted with it.
    shown = _failure_boxes_shown()
    _close_failure_boxes()
    ctl.dispose()
    ctl.translations.apply("en")
    qapp.processEvents()
    assert shown == [], f"an error box was left shown: {shown}"


@pytest.fixture
def vault_file(paths: Paths) -> Path:
    """An empty vault at the default place, unlocked by PASSPHRASE."""
    paths.ensure()
    Vault.create(paths.default_vault, PASSPHRASE).close()
    return paths.default_vault


@pytest.fixture
def main(qtbot, controller: Controller, vault_file: Path, type_text) -> QWidget:
    """The main window of an empty vault, unlocked through the start window."""
    controller.settings.last_vault = vault_file
    return unlock(qtbot, controller, type_text)


@pytest.fixture
def wait_idle(qtbot, controller: Controller):
    """Wait until every queued DB operation has been delivered to the GUI."""

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: controller.worker.pending == 0, timeout=timeout)

    return wait


def _failure_boxes_shown() -> list[str]:
    return sorted(
        w.text() for w in QApplication.allWidgets() if w.objectName() == "failureBox" and w.isVisible()
    )


def _close_failure_boxes() -> None:
    for widget in QApplication.allWidgets():
        if widget.objectName() == "failureBox":
            widget.close()


@pytest.fixture(autouse=True)
def _no_unexpected_failure_box(qapp: QApplication) -> Iterator[None]:
    """An error box still shown when a test ends is an error the user would have seen and the
    test did not expect (one left over would also sit on the next test's windows)."""
    yield
    shown = _failure_boxes_shown()
    _close_failure_boxes()
    assert shown == [], f"an error box was left shown: {shown}"
