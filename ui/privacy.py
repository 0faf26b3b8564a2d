"""What stands between the work and someone looking: the countdown before an idle lock, and the
privacy screen of "Hide now" with the windows it hides (the controller decides when to lock)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ui.lock_screens import LockWarning, PrivacyScreen

__all__ = ["Privacy"]


class Privacy(QObject):
    """``keep_working``: the warning's button; ``resume``: a key or click on the privacy screen;
    ``lock_now``: the lock time passed behind the screen, Ctrl+L on it, or it was closed."""

    keep_working = Signal()
    resume = Signal()
    lock_now = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.warning: LockWarning | None = None
        self.screen: PrivacyScreen | None = None
        self._hidden: list[QWidget] = []
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self.lock_now)

    # --- the countdown -------------------------------------------------------------------------

    def warn(self, seconds: int, over: QWidget) -> None:
        if self.warning is None:
            self.warning = LockWarning()
            self.warning.keep_working.connect(self.keep_working)
        self.warning.show_left(seconds, over)

    def hide_warning(self) -> None:
        if self.warning is not None:
            self.warning.hide()

    def drop_warning(self) -> None:
        """Made again next time (a new interface language)."""
        if self.warning is not None:
            self.warning.close()
            self.warning.deleteLater()
            self.warning = None

    # --- the privacy screen --------------------------------------------------------------------

    @property
    def hiding(self) -> bool:
        return self.screen is not None

    def hide_all(self, timeout_ms: int) -> None:
        """Hide every window at once behind the blank screen; ``lock_now`` after ``timeout_ms``
        (0: never by itself)."""
        self.hide_warning()
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        screen = PrivacyScreen()
        screen.resume.connect(self.resume)
        screen.closed_by_user.connect(self.lock_now)
        screen.lock_requested.connect(self.lock_now)
        self.screen = screen
        screen.showMaximized()
        screen.raise_()
        screen.activateWindow()
        if timeout_ms:
            self._timeout.start(timeout_ms)

    def end(self) -> list[QWidget]:
        """Take the screen away; returns the windows it hid (still hidden)."""
        self._timeout.stop()
        screen, self.screen = self.screen, None
        if screen is not None:
            screen.dismiss()
            screen.deleteLater()
        hidden, self._hidden = self._hidden, []
        return hidden

    def show_again(self) -> None:
        for widget in self.end():
            widget.show()
