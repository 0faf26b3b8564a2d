"""Interface languages: Izdeu's own .qm catalogues plus Qt's qtbase_*.qm, and RTL for Uyghur."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.paths import RESOURCES

__all__ = ["LANGUAGES", "RTL_LANGUAGES", "Translations", "current_language"]

LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "kk": "Қазақша",
    "ug": "ئۇيغۇرچە",
}
RTL_LANGUAGES = frozenset({"ug"})
FOLDER = RESOURCES / "translations"
# The language last applied: Qt's translators are process-wide, and so is this.
_current = "en"


def current_language() -> str:
    """The interface language now in use (a code of LANGUAGES), for labels of the core's codes."""
    return _current


def _compiled(code: str) -> Path | None:
    """The .qm for ``code``, compiled from the .ts when missing or older (e.g. a fresh checkout)."""
    ts, qm = FOLDER / f"izdeu_{code}.ts", FOLDER / f"izdeu_{code}.qm"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            from ui.i18n_build import lrelease_command

            subprocess.run(
                [*lrelease_command(), "-silent", str(ts), "-qm", str(qm)],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError, SystemExit):
            return None
    return qm if qm.exists() else None


class Translations:
    """Owns the installed translators so a language switch can replace them."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.code = "en"

    def apply(self, code: str) -> str:
        code = code if code in LANGUAGES else "en"
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        if code != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt = QTranslator(self._app)
            if qt.load(f"qtbase_{code}", qt_dir):
                self._installed.append(qt)
        # English too: Qt picks plural forms only from a catalogue, and izdeu_en holds just the
        # plurals ("%n case(s)" → "1 case", "40 cases"); every other English string is its source.
        own = QTranslator(self._app)
        qm = _compiled(code)
        if qm is not None and own.load(str(qm)):
            self._installed.append(own)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(code))
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if code in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
        )
        global _current
        self.code = _current = code
        return code
