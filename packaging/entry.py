"""Entry point of the bundled program (PyInstaller): the desktop app, or the CLI with arguments.

``izdeu`` with no arguments opens the desktop app (app/cli.py does that when no command is
given); ``izdeu COMMAND …`` and ``izdeu --self-test`` run the command line. The same script is
built twice: ``izdeu`` with a console (the command line) and ``izdeu-gui`` without one, for the
menu entry and the Windows Start menu.

``IZDEU_STARTUP_PROBE=1`` (for measuring start-up, tests/packaging): once the event loop runs,
print the windows that are shown and quit; with ``IZDEU_STARTUP_PROBE_SHOT=FILE.png`` also save a
picture of the first one; with ``IZDEU_STARTUP_PROBE_IMPORTS=1`` also import every module of
``app`` and ``ui`` (the dialogs are loaded only when first used) and report failures.

``IZDEU_MEDIA_PROBE=1``: instead of starting, prove that the bundled QtMultimedia and its FFmpeg
backend decode the recordings' format (ui/playback_check.py) and exit; no sound card needed.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

_STARTED = time.perf_counter()


def _install_startup_probe() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    original = QApplication.exec

    def exec_and_report(*_args: object) -> int:
        app = QApplication.instance()
        assert isinstance(app, QApplication)

        def report() -> None:
            windows = [w for w in app.topLevelWidgets() if w.isVisible()]
            shown = sorted(type(w).__name__ for w in windows)
            shot = os.environ.get("IZDEU_STARTUP_PROBE_SHOT")
            if shot and windows:
                windows[0].grab().save(shot)
            print(
                f"startup-probe: {time.perf_counter() - _STARTED:.3f} s after the program "
                f"started, windows shown: {', '.join(shown) or 'none'}",
                flush=True,
            )
            if os.environ.get("IZDEU_STARTUP_PROBE_IMPORTS") == "1":
                print(f"startup-probe: {_import_everything()}", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
        return original()

    QApplication.exec = exec_and_report  # type: ignore[method-assign]


def _import_everything() -> str:
    """Import every module of app/ and ui/ that is in the bundle (dialogs load lazily)."""
    import importlib
    import pkgutil

    import app
    import ui

    names = [
        info.name
        for package in (app, ui)
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
    ]
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - reported by name
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    if failed:
        return f"imports FAILED: {'; '.join(failed)}"
    return f"imports ok: {len(names)} modules"


def run() -> int:
    multiprocessing.freeze_support()
    if os.environ.get("IZDEU_MEDIA_PROBE") == "1" and not sys.argv[1:]:
        from ui.playback_check import main as media_probe

        return media_probe()
    from app.cli import main

    if os.environ.get("IZDEU_STARTUP_PROBE") == "1" and not sys.argv[1:]:
        _install_startup_probe()
    return main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(run())
