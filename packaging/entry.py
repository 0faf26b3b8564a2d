"""Entry point of the bundled program (PyInstaller): the desktop app, or the CLI with arguments.

``izdeu`` with no arguments opens the desktop app (app/cli.py does that when no command is
given); ``izdeu COMMAND …`` and ``izdeu --self-test`` run the command line. On Windows the same
script is built twice: ``izdeu.exe`` with a console for the command line and ``izdeu-gui.exe``
without one for the Start menu.
"""

from __future__ import annotations

import multiprocessing
import sys


def run() -> int:
    multiprocessing.freeze_support()
    import app.selftest  # noqa: F401 - registers --self-test with the CLI registry
    from app.cli import main

    return main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(run())
