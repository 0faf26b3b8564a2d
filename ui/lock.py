"""Protection: auto-lock after idle time and clearing copied case text from the clipboard."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

__all__ = ["IdleLock", "ClipboardGuard"]

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    """Emits ``idle`` once after ``minutes`` without keyboard/mouse input anywhere in the app."""

    idle = Signal()

    def __init__(self, app: QObject, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._active = False
        self.set_minutes(minutes)
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 turns auto-lock off."""
        self._minutes = max(0, int(minutes))
        self._timer.setInterval(max(1, self._minutes) * 60_000)
        if self._active:
            self.start()

    def set_interval_ms(self, ms: int) -> None:
        """For tests: a short interval."""
        self._minutes = 1
        self._timer.setInterval(ms)

    def start(self) -> None:
        self._active = True
        if self._minutes:
            self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._active and self._minutes and event.type() in _ACTIVITY:
            self._timer.start()
        return False

    def uninstall(self) -> None:
        self.stop()
        self._app.removeEventFilter(self)


class ClipboardGuard(QObject):
    """Clears text this app put on the clipboard after ``seconds``, if it is still there.

    Only a hash of the copied text is kept, never the text.
    """

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._digest: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        self.set_seconds(seconds)
        self._clipboard.dataChanged.connect(self._changed)

    def set_seconds(self, seconds: int) -> None:
        self._timer.setInterval(max(1, int(seconds)) * 1000)

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)

    @staticmethod
    def _hash(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()

    def _changed(self) -> None:
        ours = (
            self._clipboard.ownsClipboard()
            or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        if not ours:
            # Another program copied something: not ours to clear.
            self._digest = None
            self._timer.stop()
            return
        text = self._clipboard.text()
        if text:
            self._digest = self._hash(text)
            self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what we copied."""
        self._timer.stop()
        if self._digest is not None and self._hash(self._clipboard.text()) == self._digest:
            self._clipboard.clear()
        self._digest = None
