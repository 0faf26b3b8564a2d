"""When an editor saves by itself: a few seconds after the last edit, and at the latest five
such intervals after the first unsaved edit.

The debounce restarts on every keystroke: a volunteer typing a long testimony without pausing
would otherwise have nothing saved until they stop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

__all__ = ["Autosave"]


class Autosave(QObject):
    def __init__(self, seconds: int, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        interval = max(1, seconds) * 1000
        self._after_edit = QTimer(self)
        self._after_edit.setSingleShot(True)
        self._after_edit.setInterval(interval)
        self._after_edit.timeout.connect(save)
        self._latest = QTimer(self)
        self._latest.setSingleShot(True)
        self._latest.setInterval(5 * interval)
        self._latest.timeout.connect(save)

    def edited(self) -> None:
        self._after_edit.start()
        if not self._latest.isActive():
            self._latest.start()

    def stop(self) -> None:
        self._after_edit.stop()
        self._latest.stop()
