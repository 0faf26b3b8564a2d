"""A child process for tests/ui/test_kill.py: the real app with one case being typed into.

    python tests/ui/editor_child.py HOME AUTOSAVE_SECONDS (typed|saved)

Unlocks a new vault in HOME, creates a case, types a name and an intervention as key events,
then prints "TYPED <case uuid>" at once ("typed") or after the autosave has written it
("saved"), and runs the event loop until it is told to quit or is killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

PASSPHRASE = "izdeu kill-test passphrase (fictional)"
NAME = "Әсел Нұрланқызы"
ACTOR = "Ата-анасы · 家属 · ئاتا-ئانىسى"


def keys(widget, text):
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def wait(app, until, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise SystemExit("child: timed out")
        app.processEvents()
        time.sleep(0.005)


def main() -> int:
    home, autosave, when = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.environ["IZDEU_HOME"] = str(home)
    from app.vault import Vault
    from ui.main import build, quit_on_signals

    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    controller = build(app)
    quit_on_signals(app, controller)
    paths = controller.paths
    paths.ensure()
    Vault.create(paths.default_vault, PASSPHRASE).close()
    controller.settings.last_vault = paths.default_vault
    controller.settings._set("autosave_seconds", autosave)
    window = controller.start()
    keys(window.unlock_passphrase, PASSPHRASE)
    QTest.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    wait(app, lambda: controller.main is not None)
    main = controller.main
    main.new_case_action.trigger()
    wait(app, lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    editor = main.current_editor()
    keys(editor.person.names.rows()[0][0], NAME)
    editor.sections.setCurrentWidget(editor.interventions)
    QTest.mouseClick(editor.interventions.add_button, Qt.MouseButton.LeftButton)
    actor = editor.interventions.form.findChildren(QLineEdit)[0]
    keys(actor, ACTOR)
    if when == "saved":
        wait(app, lambda: not editor.dirty and not editor.saving and controller.worker.pending == 0)
    print("TYPED", editor.case_uuid, flush=True)
    code = app.exec()
    print("QUIT", flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
