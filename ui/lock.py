"""Protection: auto-lock after idle time (with a warning first) and clearing copied case text
from the clipboard."""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable

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
    """After ``minutes`` without keyboard/mouse input anywhere in the app: first ``warning``
    (the seconds left, again each second) for ``warning_seconds``, then ``idle`` once.

    Any input during the countdown cancels it (``cancelled``) and the wait starts again. While
    an activity hold is on (an interview in progress), the wait is longer by the hold's minutes.
    When the wait ends while ``busy`` answers true (a recording runs: a silent testimony has no
    input), there is no warning: it is asked each second, and the whole wait starts again once it
    answers false (the recording stopped). Suspend, screen lock and "Hide now" do not ask it.
    """

    idle = Signal()
    warning = Signal(int)
    cancelled = Signal()

    def __init__(
        self, app: QObject, minutes: int, parent: QObject | None = None, warning_seconds: int = 30
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._quiet)
        self._final = QTimer(self)
        self._final.setSingleShot(True)
        self._final.timeout.connect(self._run_out)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._count)
        self._active = False
        self._hold = False
        self._hold_minutes = 0
        self._base_ms = 0
        self._warning_ms = max(0, int(warning_seconds)) * 1000
        self._warned_left = -1
        self._deadline = 0.0
        self._busy: Callable[[], bool] = lambda: False
        self._held = QTimer(self)
        self._held.setInterval(1000)
        self._held.timeout.connect(self._still_busy)
        self.set_minutes(minutes)
        app.installEventFilter(self)

    # --- configuration -----------------------------------------------------------------------

    def set_minutes(self, minutes: int) -> None:
        """0 turns auto-lock off."""
        self._base_ms = max(0, int(minutes)) * 60_000
        self._reschedule()

    def set_warning_seconds(self, seconds: int) -> None:
        """0: no warning, the vault locks when the time is up."""
        self._warning_ms = max(0, int(seconds)) * 1000
        self._reschedule()

    def set_interval_ms(self, ms: int, warning_ms: int = 0) -> None:
        """For tests: a short whole wait, ``warning_ms`` of it the countdown."""
        self._base_ms = max(1, ms)
        self._warning_ms = max(0, warning_ms)
        self._reschedule()

    def set_hold(self, hold: bool, minutes: int | None = None) -> None:
        """An activity hold (an interview in progress) adds ``minutes`` to the wait."""
        self._hold = bool(hold)
        if minutes is not None:
            self._hold_minutes = max(0, int(minutes))
        self._reschedule()

    def set_busy(self, busy: Callable[[], bool]) -> None:
        """What holds the lock back entirely while it answers true (a recording running)."""
        self._busy = busy

    @property
    def hold(self) -> bool:
        return self._hold

    @property
    def timeout_ms(self) -> int:
        """The whole wait before locking, the countdown included; 0 when auto-lock is off."""
        if not self._base_ms:
            return 0
        return self._base_ms + (self._hold_minutes * 60_000 if self._hold else 0)

    # --- running -----------------------------------------------------------------------------

    def _reschedule(self) -> None:
        if self._active:
            self.start()

    def start(self) -> None:
        self._active = True
        self._held.stop()
        self._stop_countdown()
        total = self.timeout_ms
        if total:
            warning = min(self._warning_ms, total)
            self._timer.setInterval(total - warning)
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._active = False
        self._held.stop()
        self._timer.stop()
        self._stop_countdown()

    def _stop_countdown(self) -> None:
        was = self._final.isActive()
        self._final.stop()
        self._tick.stop()
        self._warned_left = -1
        if was:
            self.cancelled.emit()

    @property
    def running(self) -> bool:
        return self._timer.isActive() or self._final.isActive() or self._held.isActive()

    @property
    def warning_shown(self) -> bool:
        return self._final.isActive()

    def _quiet(self) -> None:
        if self._busy():
            self._held.start()
            return
        warning = min(self._warning_ms, self.timeout_ms)
        if not warning:
            self._run_out()
            return
        self._final.setInterval(warning)
        self._final.start()
        self._deadline = time.monotonic() + warning / 1000
        self._tick.start()
        self._count()

    def _still_busy(self) -> None:
        if not self._busy():
            self.start()  # the whole wait, from the end of the recording

    @property
    def held(self) -> bool:
        """Waiting for ``busy`` to answer false."""
        return self._held.isActive()

    def _count(self) -> None:
        # Whole seconds left, rounded up (a display, not a timer: the lock is _final's).
        left = max(1, math.ceil(self._deadline - time.monotonic() - 0.001))
        if left != self._warned_left:
            self._warned_left = left
            self.warning.emit(left)

    def _run_out(self) -> None:
        self._tick.stop()
        self._final.stop()
        self._warned_left = -1
        self._active = False
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._active and self.timeout_ms and event.type() in _ACTIVITY:
            self.start()  # also cancels a countdown
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
