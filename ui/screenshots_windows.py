"""Screenshots of every window and dialog of the window walk (ui/walk.py) in en, ru, kk and ug,
from the demo vault's fictional cases in a temporary folder:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m ui.screenshots_windows docs/screenshots

Each window is written as ``<name>-<lang>.png`` (``<name>-<lang>-<theme>.png`` for a theme
other than the default). ``--theme NAME`` applies one of THEMES before the walk; a theme is a
function of the app's controller, registered with ``add_theme``. "dark" is the app's own dark
theme, set as Settings → Theme sets it (ui/theme.py), so it stays through the walk's language
changes.
``--only NAME,NAME`` keeps the windows whose name starts with one of them; ``--langs en,ug``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from ui.controller import Controller

__all__ = ["THEMES", "add_theme", "main"]

LANGS = ("en", "ru", "kk", "ug")
Theme = Callable[["Controller"], None]


def _settings_theme(name: str) -> Theme:
    """The theme ``name`` of Settings → Theme: the controller applies it through ui/theme.py
    now and after every language change of the walk (the settings file is the temporary one)."""

    def apply(controller: Controller) -> None:
        controller.settings.theme = name
        controller.apply_settings(language_changed=False)

    return apply


THEMES: dict[str, Theme] = {"light": _settings_theme("light"), "dark": _settings_theme("dark")}


def add_theme(name: str, apply: Theme) -> None:
    """Offer ``--theme name``: ``apply`` is called with the controller before the walk."""
    THEMES[name] = apply


def _save(widget: QWidget, path: Path) -> None:
    QTest.qWait(120)
    # A palette of 256 colours: the four languages' windows stay a few MB in the repository.
    # Pillow picks the palette from the picture's own colours: Qt's conversion drew the dark
    # theme's grey buttons with a blue band and merged the list boxes into the window.
    from PIL import Image

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    rgb = Image.frombytes(
        "RGB", (image.width(), image.height()), bytes(image.constBits()), "raw", "RGB", image.bytesPerLine()
    )
    rgb.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(path, optimize=True)
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

    from app.paths import Paths
    from ui.main import build
    from ui.walk import Walk

    controller = build(app, Paths.default())
    THEMES[args.theme](controller)
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

        linking_shots(app, out, tuple(args.langs.split(",")), suffix)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
