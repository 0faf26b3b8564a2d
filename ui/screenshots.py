"""Take the documentation screenshots from a fresh demo vault of fictional cases.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m ui.screenshots docs/screenshots

``--theme dark`` draws them in the dark theme (file names end in ``-dark``); ``--face`` takes
only the main window and the empty case list in the four languages (ui/screenshots_face.py).
Uses a temporary data folder (IZDEU_HOME) so it never touches a real vault.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.fsutil import make_private_dir

if TYPE_CHECKING:
    from ui.controller import Controller

__all__ = ["main"]


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot step timed out")
        QTest.qWait(20)


def _grab(widget: QWidget, path: Path) -> None:
    QTest.qWait(150)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _life_shots(controller: Controller, out: Path, lang: str) -> None:
    """The Settings window, the lock warning over the main window, the demo band and the
    privacy screen."""
    main_window = controller.main
    assert main_window is not None
    main_window.tabs.setCurrentIndex(0)
    _grab(main_window, out / f"demo-band-{lang}.png")
    controller.open_settings()
    _wait(lambda: controller.settings_dialog is not None and controller.settings_dialog.isVisible())
    dialog = controller.settings_dialog
    assert dialog is not None
    dialog.tabs.setCurrentIndex(0)  # the language, theme and text size
    _grab(dialog, out / f"settings-general-{lang}.png")
    dialog.tabs.setCurrentIndex(2)
    _grab(dialog, out / f"settings-{lang}.png")
    dialog.tabs.setCurrentIndex(3)  # backups: reminder, keep, how often a full one
    _grab(dialog, out / f"settings-backups-{lang}.png")
    dialog.reject()
    controller.idle.set_interval_ms(60_500, warning_ms=60_000)
    controller.idle.start()
    _wait(lambda: controller.lock_warning is not None and controller.lock_warning.isVisible())
    warning = controller.lock_warning
    assert warning is not None
    QTest.qWait(300)
    picture = main_window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(
        warning.frameGeometry().topLeft() - main_window.frameGeometry().topLeft(), warning.grab()
    )
    painter.end()
    picture.save(str(out / f"lock-warning-{lang}.png"))
    print(f"wrote {out / f'lock-warning-{lang}.png'}")
    controller.idle.set_minutes(controller.settings.idle_lock_minutes)
    controller.idle.set_warning_seconds(controller.settings.lock_warning_seconds)
    controller.idle.start()
    controller.hide_now()
    screen = controller.privacy
    assert screen is not None
    screen.showNormal()
    screen.resize(900, 420)
    _grab(screen, out / f"privacy-screen-{lang}.png")
    screen.resume.emit()


def _options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default="docs/screenshots", help="where the PNGs go")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--face", action="store_true", help="only the main window and the empty state")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = _options(argv if argv is not None else sys.argv[1:])
    out = Path(options.folder).resolve()
    dark = options.theme == "dark"
    make_private_dir(out)
    home = Path(tempfile.mkdtemp(prefix="izdeu-shots-"))
    os.environ["IZDEU_HOME"] = str(home)

    from app.paths import Paths
    from ui.cases.model import UUID_ROLE
    from ui.main import build
    from ui.ops import DbOp
    from ui.worker import DbSession

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    controller = build(app, Paths.default())
    if options.face:
        from ui.screenshots_face import face_shots

        face_shots(controller, out, options.theme)
        controller.dispose()
        controller.translations.apply("en")
        return 0
    if dark:
        controller.settings.theme = "dark"
        controller.apply_settings(language_changed=False)
    suffix = "-dark" if dark else ""
    first = controller.start()
    # The demo opens without typing its passphrase; locked again, it shows the unlock window.
    first.welcome_demo.click()
    _wait(lambda: controller.main is not None and controller.worker.pending == 0)
    controller.lock()
    _wait(lambda: controller.start_window is not None and controller.worker.pending == 0)
    window = controller.start_window
    assert window is not None
    window.resize(640, 470)
    _grab(window, out / f"unlock{suffix}.png")

    window.unlock_button.click()
    _wait(lambda: controller.main is not None)
    main_window = controller.main
    assert main_window is not None
    main_window.resize(1360, 840)
    model = main_window.case_list.model
    _wait(lambda: 0 in model.loaded_pages() and controller.worker.pending == 0)
    _grab(main_window, out / f"case-list{suffix}.png")

    found: list[str] = []

    def find_uyghur(session: DbSession) -> str:
        candidates = []
        for row in session.store.list_cases(limit=200):
            case = session.store.get_case(row.uuid)
            tests = session.store.children(row.uuid, "testimony")
            if any(n.script == "ug-Arab" for n in case.person.names) and tests:
                candidates.append((not case.person.photo_attachment, row.uuid))
        if not candidates:
            return model.index(0, 0).data(UUID_ROLE)
        uuid = min(candidates)[1]
        case = session.store.get_case(uuid)
        if not case.person.photo_attachment:
            # The demo's Uyghur cases have no photo: give this one a (generated) portrait.
            import io

            from app.demo import photo_png

            photo = session.store.add_attachment(
                uuid, io.BytesIO(photo_png("QT", 7)), "photo-demo.png", description="demo"
            )
            case.person.photo_attachment = photo.uuid
            session.store.save(case)
        return uuid

    DbOp(None, find_uyghur).success(found.append).run(controller.worker)
    _wait(lambda: bool(found))
    editor = main_window.open_case(found[0])
    _wait(lambda: editor.is_loaded and controller.worker.pending == 0)
    _grab(main_window, out / f"case-editor{suffix}.png")

    editor.sections.setCurrentWidget(editor.testimonies)
    _wait(lambda: controller.worker.pending == 0)
    _grab(main_window, out / f"testimony{suffix}.png")

    main_window.tabs.setCurrentIndex(0)
    # Bound here: the lambda below would see main_window as it is rebound further down.
    case_list = main_window.case_list
    case_list.search_box.setText("Nur")
    case_list.run_search()
    _wait(lambda: controller.worker.pending == 0 and case_list.stack.currentIndex() == 1)
    _grab(main_window, out / f"search{suffix}.png")
    main_window.case_list.search_box.clear()

    _life_shots(controller, out, "en" + suffix)
    controller.settings.language = "ug"
    controller.apply_settings(language_changed=True)
    main_window = controller.main
    assert main_window is not None
    main_window.resize(1360, 840)
    editor = main_window.editors()[0]
    _wait(lambda: editor.is_loaded and controller.worker.pending == 0)
    _grab(main_window, out / f"uyghur-rtl{suffix}.png")
    _life_shots(controller, out, "ug" + suffix)
    controller.settings.language = "en"

    controller.dispose()
    controller.translations.apply("en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
