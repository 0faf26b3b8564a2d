"""The controller's lock handling: lock, "Hide now", the idle warning, suspend and screen lock,
quit and dispose (ui/controller.py holds the start window, unlocking and the settings).

A mixin of :class:`ui.controller.Controller`: it uses the parts the controller builds, named
below with their types.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QApplication

from app.store import VaultPrefs
from ui.demo_band import DemoMarker
from ui.lock import ClipboardGuard, IdleLock
from ui.lock_screens import LockWarning, PrivacyScreen
from ui.ops import DbOp
from ui.privacy import Privacy
from ui.reopen import OpenCases, capture
from ui.session_watch import SLEEP, SessionWatch
from ui.settings.flow import SettingsFlow
from ui.settings.store import UiSettings
from ui.unlock.window import StartWindow
from ui.worker import DbWorker

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["LockHandling"]


class LockHandling:
    main: MainWindow | None
    start_window: StartWindow | None
    vault_path: Path | None
    vault_prefs: VaultPrefs | None
    settings: UiSettings
    settings_flow: SettingsFlow
    worker: DbWorker
    idle: IdleLock
    guard: Privacy
    clipboard: ClipboardGuard
    demo: DemoMarker
    session_watch: SessionWatch
    locked: SignalInstance
    quit_app: Callable[[], None]
    _quitting: bool
    _reopen: OpenCases | None
    _show_start: Callable[[Path | None], StartWindow]

    def lock(self) -> None:
        """Save, close every window that may show case data, close the vault."""
        self._lock()

    def quick_lock(self) -> None:
        """ "Hide now": the privacy screen (the vault stays open behind it)."""
        self.hide_now()

    def set_activity_hold(self, hold: bool) -> None:
        """While on (an interview in progress), the idle lock waits longer by the setting
        "interview_extra_minutes". For the interview mode to call when it starts and ends."""
        self.idle.set_hold(hold, self.settings.interview_extra_minutes)

    def _idle_ran_out(self) -> None:
        self._hide_warning()
        self.lock()

    def _warn(self, seconds: int) -> None:
        if self.main is not None:
            self.guard.warn(seconds, self.main)

    def _hide_warning(self) -> None:
        self.guard.hide_warning()

    @property
    def lock_warning(self) -> LockWarning | None:
        return self.guard.warning

    @property
    def privacy(self) -> PrivacyScreen | None:
        return self.guard.screen

    def _leaving(self, reason: str) -> None:
        """Suspend, screen lock or session lock (ui/session_watch.py): lock at once."""
        wanted = self.settings.lock_on_sleep if reason == SLEEP else self.settings.lock_on_screen_lock
        if wanted and self.main is not None:
            self.lock()

    def hide_now(self) -> None:
        """Every window hidden at once; the vault stays open until the lock time passes."""
        if self.main is None or self.guard.hiding:
            return
        self.idle.stop()
        self.guard.hide_all(self.idle.timeout_ms)

    def _show_again(self) -> None:
        """One click or key on the privacy screen before the lock time: the work, as it was."""
        if not self.guard.hiding or self.main is None:
            return
        self.guard.show_again()
        self.main.raise_()
        self.main.activateWindow()
        self.idle.start()

    def _lock(self) -> None:
        main = self.main
        if main is None:
            return
        hidden = self.guard.end()
        self._hide_warning()
        self.idle.stop()
        if not self._quitting and self.vault_path is not None:
            self._reopen = capture(main, self.vault_path)
        main.finish_recordings()  # queued first, as on closing a case: finished in the vault
        main.save_all()  # queued before the vault is closed
        for widget in QApplication.topLevelWidgets():
            # Attachment viewers, dialogs, message boxes: all may show case data.
            if (
                widget is not main
                and widget is not self.start_window
                and (widget.isVisible() or widget in hidden)
            ):
                widget.close()
        self.settings_flow.forget()
        main.clear_case_data()
        self.session_watch.forget_window()
        main.lock_close()
        main.deleteLater()
        self.main = None
        self.vault_prefs = None
        self.demo.uninstall()
        self.clipboard.clear_now()
        self.worker.close_vault()  # a failure to close is shown (ui/failure.py), not lost
        if not self._quitting:
            self._show_start(self.vault_path)
        self.locked.emit()

    def quit(self) -> None:
        self._quitting = True
        self._lock()
        # Quit once everything queued before (saves, closing the vault) has run.
        DbOp(None, lambda _s: None).success(lambda _r: self.quit_app()).run(self.worker)

    def dispose(self) -> None:
        """Close every window and join the DB thread (tests; the app does it on quit)."""
        # No Signal.disconnect() here: PySide6 6.12.0 drops a reference to True on each
        # successful disconnect (and on every emit(); hence the pin to 6.11.3, see
        # docs/development.md). _quitting makes the start window's "closed" harmless instead.
        self._quitting = True
        if self.main is not None:
            self._lock()
        self.idle.uninstall()
        self.session_watch.close()
        self.demo.uninstall()
        self.guard.drop_warning()
        if self.start_window is not None:
            self.start_window.close()
            self.start_window.deleteLater()
            self.start_window = None
        self.worker.shutdown()
