"""Screenshots of every window and dialog of the window walk (ui/walk.py) in en, ru, kk and ug,
from the demo vault's fictional cases in a temporary folder:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m ui.screenshots_windows docs/screenshots

Each window is written as ``<name>-<lang>.png`` (``<name>-<lang>-<theme>.png`` for a theme
other than the default). ``--theme NAME`` applies one of THEMES to the application before the
walk; a theme is a function of the QApplication, registered with ``add_theme``.
``--only NAME,NAME`` keeps the windows whose name starts with one of them; ``--langs en,ug``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["THEMES", "add_theme", "main"]

LANGS = ("en", "ru", "kk", "ug")
Theme = Callable[[QApplication], None]


def _light(_app: QApplication) -> None:
    """The platform's own look (the default)."""


THEMES: dict[str, Theme] = {"light": _light}


def add_theme(name: str, apply: Theme) -> None:
    """Offer ``--theme name``: ``apply`` is called with the application before the walk."""
    THEMES[name] = apply


def _save(widget: QWidget, path: Path) -> None:
    QTest.qWait(120)
    # A palette of 256 colours: the four languages' windows stay a few MB in the repository.
    image = widget.grab().toImage()
    image.convertToFormat(
        QImage.Format.Format_Indexed8,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
    ).save(str(path))
    print(f"wrote {path}")


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots_windows", description=__doc__)
    parser.add_argument("out", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument("--theme", default="light", choices=sorted(THEMES))
    parser.add_argument("--only", default="", help="comma-separated window name prefixes")
    parser.add_argument("--langs", default=",".join(LANGS))
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv if argv is not None else sys.argv[1:])
    from app.fsutil import make_private_dir

    out = args.out.resolve()
    make_private_dir(out)
    home = Path(tempfile.mkdtemp(prefix="izdeu-shots-"))
    os.environ["IZDEU_HOME"] = str(home)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    THEMES[args.theme](app)

    from app.paths import Paths
    from ui.main import build
    from ui.walk import Walk

    controller = build(app, Paths.default())
    walk = Walk(controller, home / "walk")
    (home / "walk").mkdir()
    walk.open()
    only = tuple(p for p in args.only.split(",") if p)
    suffix = "" if args.theme == "light" else f"-{args.theme}"
    for lang in args.langs.split(","):
        for name, widget in walk.windows(lang):
            if not only or name.startswith(only):
                _save(widget.window(), out / f"{name}-{lang}{suffix}.png")
    walk.close()
    controller.settings.language = "en"
    controller.dispose()
    controller.translations.apply("en")
    if not only:
        # The duplicate panel while a name is typed, the Related tab and the case merge window
        # with their own fictional cases (ui/names/screenshots.py).
        from ui.names.screenshots import linking_shots

        linking_shots(app, out, tuple(args.langs.split(",")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
