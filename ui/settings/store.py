"""Every UI preference declared once with its default (KeePassXC ``configStrings``).

Stored with QSettings in an INI file in the data folder (so IZDEU_HOME isolates tests). Holds
preferences and the last vault's path only: never case data, names or passphrases.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from app.paths import Paths

__all__ = ["DEFAULTS", "UiSettings"]

DEFAULTS: dict[str, Any] = {
    "last_vault": "",
    "language": "en",
    "idle_lock_minutes": 5,
    "clipboard_clear_seconds": 30,
    "autosave_seconds": 3,
}


class UiSettings:
    def __init__(self, paths: Paths) -> None:
        self.file = paths.data_dir / "ui-settings.ini"
        self._qs = QSettings(str(self.file), QSettings.Format.IniFormat)

    def _get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._qs.value(key, default)
        try:
            return type(default)(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def last_vault(self) -> Path | None:
        text = self._get("last_vault")
        return Path(text) if text else None

    @last_vault.setter
    def last_vault(self, path: Path | None) -> None:
        self._set("last_vault", str(path) if path else "")

    @property
    def language(self) -> str:
        return str(self._get("language"))

    @language.setter
    def language(self, code: str) -> None:
        self._set("language", code)

    @property
    def idle_lock_minutes(self) -> int:
        return max(0, int(self._get("idle_lock_minutes")))

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self._set("idle_lock_minutes", int(minutes))

    @property
    def clipboard_clear_seconds(self) -> int:
        return max(1, int(self._get("clipboard_clear_seconds")))

    @property
    def autosave_seconds(self) -> int:
        return max(1, int(self._get("autosave_seconds")))
