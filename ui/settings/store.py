"""Every UI preference declared once with its default (KeePassXC ``configStrings``).

Stored with QSettings in an INI file in the data folder (so IZDEU_HOME isolates tests). Holds
preferences and the paths of recent vaults only: never case data, names or passphrases (the
interviewer and the organisation are kept in the vault, app/store/prefs.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from app.paths import Paths

__all__ = ["DEFAULTS", "UiSettings"]

DEFAULTS: dict[str, Any] = {
    "last_vault": "",
    "recent_vaults": [],
    "language": "en",
    "idle_lock_minutes": 5,
    "lock_warning_seconds": 30,
    "interview_extra_minutes": 15,
    "lock_on_sleep": True,
    "lock_on_screen_lock": True,
    "clipboard_clear_seconds": 30,
    "autosave_seconds": 3,
    "theme": "system",
    "text_scale": 100,
}
RECENT = 8  # vault paths offered on the unlock window


class UiSettings:
    def __init__(self, paths: Paths) -> None:
        self.file = paths.data_dir / "ui-settings.ini"
        self._qs = QSettings(str(self.file), QSettings.Format.IniFormat)

    def _get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._qs.value(key, default)
        if isinstance(default, bool):
            # An INI file gives text back: "false" would be true as a plain bool().
            return value if isinstance(value, bool) else str(value).strip().lower() in ("true", "1")
        if isinstance(default, list):
            items = value if isinstance(value, list) else [value] if value else []
            return [str(item) for item in items if str(item)]
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

    @property
    def recent_vaults(self) -> list[Path]:
        """Vaults opened before, newest first (their paths only)."""
        return [Path(text) for text in self._get("recent_vaults")][:RECENT]

    def add_recent(self, path: Path) -> None:
        paths = [path, *(p for p in self.recent_vaults if p != path)]
        self._set("recent_vaults", [str(p) for p in paths[:RECENT]])

    @property
    def lock_warning_seconds(self) -> int:
        return min(600, max(0, int(self._get("lock_warning_seconds"))))

    @lock_warning_seconds.setter
    def lock_warning_seconds(self, seconds: int) -> None:
        self._set("lock_warning_seconds", int(seconds))

    @property
    def interview_extra_minutes(self) -> int:
        """Minutes an interview in progress adds to the idle time before locking."""
        return min(240, max(0, int(self._get("interview_extra_minutes"))))

    @interview_extra_minutes.setter
    def interview_extra_minutes(self, minutes: int) -> None:
        self._set("interview_extra_minutes", int(minutes))

    @property
    def lock_on_sleep(self) -> bool:
        return bool(self._get("lock_on_sleep"))

    @lock_on_sleep.setter
    def lock_on_sleep(self, on: bool) -> None:
        self._set("lock_on_sleep", bool(on))

    @property
    def lock_on_screen_lock(self) -> bool:
        """Also the session locked or switched away from."""
        return bool(self._get("lock_on_screen_lock"))

    @lock_on_screen_lock.setter
    def lock_on_screen_lock(self, on: bool) -> None:
        self._set("lock_on_screen_lock", bool(on))

    @property
    def theme(self) -> str:
        """ "system" (follow the desktop's light or dark scheme), "light" or "dark"."""
        value = str(self._get("theme"))
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("theme", value)

    @property
    def text_scale(self) -> int:
        """The "Larger text" setting: per cent of the system's font size."""
        value = int(self._get("text_scale"))
        return value if value in (100, 115, 130) else 100

    @text_scale.setter
    def text_scale(self, percent: int) -> None:
        self._set("text_scale", int(percent))
