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
    ctl.dispose()
    ctl.translations.apply("en")
    qapp.processEvents()


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
