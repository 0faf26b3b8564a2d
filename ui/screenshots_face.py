r"""Screenshots of the app's face: the main window with the demo's fictional cases and the empty
case list of a new vault, in en, ru, kk and ug (right to left), light or dark:

    xvfb-run -a -s "-screen 0 1400x900x24" \
        .venv/bin/python -m ui.screenshots --face --theme dark docs/screenshots

Called by ui/screenshots.py (``--face``); uses a temporary data folder (IZDEU_HOME).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.controller import Controller

__all__ = ["LANGS", "face_shots"]

LANGS = ("en", "ru", "kk", "ug")
_PASSPHRASE = "a fictional passphrase for screenshots"


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot step timed out")
        QTest.qWait(20)


def _grab(widget: QWidget, path: Path) -> None:
    QTest.qWait(250)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _open(controller: Controller, path: Path, passphrase: str) -> None:
    """Unlock ``path`` through the start window, as a person would."""
    window = controller.start(path)
    window.show_unlock(path)
    controller._open_requested(path, bytearray(passphrase.encode()), False)
    _wait(lambda: controller.main is not None and controller.worker.pending == 0)


def _each_language(controller: Controller, shoot: Callable[[str], None]) -> None:
    for lang in LANGS:
        if lang != controller.translations.code:
            controller.settings.language = lang
            controller.apply_settings(language_changed=True)
        main = controller.main
        assert main is not None
        main.resize(1280, 800)
        _wait(lambda: controller.worker.pending == 0)
        shoot(lang)


def face_shots(controller: Controller, out: Path, theme: str) -> None:
    """``main-{lang}-{theme}.png`` (demo cases) and ``empty-{lang}-{theme}.png`` (a new vault)."""
    from app.vault import Vault
    from ui.unlock.window import DEMO_PASSPHRASE

    controller.settings.theme = theme
    controller.apply_settings(language_changed=False)
    controller.paths.ensure()
    from ui.unlock.demo import create_demo

    create_demo(controller.paths.demo_vault, DEMO_PASSPHRASE)
    _open(controller, controller.paths.demo_vault, DEMO_PASSPHRASE)

    def main_shot(lang: str) -> None:
        main = controller.main
        assert main is not None
        model = main.case_list.model
        _wait(lambda: 0 in model.loaded_pages() and controller.worker.pending == 0)
        _grab(main, out / f"main-{lang}-{theme}.png")

    _each_language(controller, main_shot)
    controller.lock()
    _wait(lambda: controller.start_window is not None and controller.worker.pending == 0)
    start = controller.start_window
    assert start is not None
    start.resize(640, 470)
    _grab(start, out / f"locked-{controller.translations.code}-{theme}.png")

    empty = controller.paths.data_dir / "new-vault.izdeu"
    Vault.create(empty, _PASSPHRASE).close()
    _open(controller, empty, _PASSPHRASE)

    def empty_shot(lang: str) -> None:
        main = controller.main
        assert main is not None
        view = main.case_list
        _wait(lambda: view.stack.currentWidget() is view.empty)
        _grab(main, out / f"empty-{lang}-{theme}.png")

    _each_language(controller, empty_shot)
    controller.settings.language = "en"
