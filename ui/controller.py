"""Moves between the start window and the main window: unlock, lock, quick-lock, quit.

Not a global: ``main()`` creates one and passes it what it needs; windows get only what they
use. Every vault operation goes through the DB worker, in order, so "save then close the vault"
is simply two queued operations.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.errors import (
    IntegrityError,
    NewerVersionError,
    NotAVaultError,
    VaultInUseError,
    WrongPassphraseError,
)
from app.paths import Paths
from ui.dialogs import FileDialogs
from ui.i18n import Translations
from ui.lock import ClipboardGuard, IdleLock
from ui.messages import user_message
from ui.ops import DbOp
from ui.settings.store import UiSettings
from ui.unlock.window import DEMO_PASSPHRASE, StartWindow
from ui.worker import DbSession, DbWorker

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["Controller"]


def _preload_windows() -> None:
    """Import the main window's modules (the start window is already on screen)."""
    import ui.main_window  # noqa: F401


class Controller(QObject):
    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        app: QApplication,
        paths: Paths,
        settings: UiSettings,
        worker: DbWorker,
        dialogs: FileDialogs,
        translations: Translations,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.paths = paths
        self.settings = settings
        self.worker = worker
        self.dialogs = dialogs
        self.translations = translations
        self.main: MainWindow | None = None
        self.vault_path: Path | None = None
        self.start_window: StartWindow | None = None
        self.idle = IdleLock(app, settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.clipboard = ClipboardGuard(settings.clipboard_clear_seconds, self)
        self._quitting = False
        self._wrong_tries = 0
        self.quit_app = app.quit  # replaced in tests

    # --- start window ----------------------------------------------------------------------

    def start(self) -> StartWindow:
        last = self.settings.last_vault
        if last is not None and not last.exists():
            last = None
        if last is not None:
            from app.tempfiles import sweep

            # Not only at unlock: a killed export's plaintext must not wait for the passphrase.
            sweep(last.parent)
        return self._show_start(last)

    def _show_start(self, target: Path | None, minimized: bool = False) -> StartWindow:
        if self.start_window is not None:
            self.start_window.deleteLater()
        window = StartWindow(
            self.dialogs, self.paths.default_vault, self.paths.demo_vault, target, self.translations.code
        )
        window.open_requested.connect(self._open_requested)
        window.demo_requested.connect(self._demo_requested)
        window.restore_requested.connect(self._restore_requested)
        window.erase_requested.connect(self._erase_requested)
        window.closed.connect(self._start_closed)
        window.language_chosen.connect(self._start_language)
        self.start_window = window
        if self.main is None and self.vault_path is None:
            # First start: load what unlocking needs while the user types the passphrase.
            self.worker.preload()
            QTimer.singleShot(200, _preload_windows)
        if minimized:
            window.showMinimized()
        else:
            window.show()
            window.raise_()
            window.activateWindow()
        return window

    def _start_language(self, code: str) -> None:
        """Language picked on the start window: apply it and rebuild the window."""
        old = self.start_window
        if old is None or code == self.translations.code:
            return
        self.settings.language = code
        self.translations.apply(code)
        page, target = old.page_name, old.target
        old.hide()
        window = self._show_start(target)
        if page == "create":
            window.show_create()
        elif page == "welcome":
            window.show_welcome()

    def _start_closed(self) -> None:
        if not self._quitting and self.main is None:
            self.quit()

    def _open_requested(self, path: Path, passphrase: bytearray, create: bool) -> None:
        window = self.start_window
        assert window is not None
        window.set_busy(True)
        if create:
            self.paths.ensure()
        self.worker.open_vault(
            path,
            passphrase,
            create=create,
            strong=create and window.create_strong.isChecked(),
            on_done=self._opened,
            on_error=self._open_failed,
            context=window,
        )

    def _demo_requested(self) -> None:
        window = self.start_window
        assert window is not None
        path = self.paths.demo_vault
        if path.exists():
            window.show_unlock(path)
            return
        window.set_busy(True)
        self.paths.ensure()

        def op(_session: DbSession) -> Path:
            from ui.unlock.demo import create_demo

            create_demo(path, DEMO_PASSPHRASE)
            return path

        def done(created: Path) -> None:
            window.set_busy(False)
            window.show_unlock(created)

        DbOp(window, op).success(done).failure(self._open_failed).run(self.worker)

    def _open_failed(self, exc: BaseException) -> None:
        window = self.start_window
        if window is None:
            return
        window.set_busy(False)
        if isinstance(exc, WrongPassphraseError):
            # The two cannot be told apart; after a few tries, offer the way out.
            self._wrong_tries += 1
            window.show_error(
                self.tr(
                    "Wrong passphrase — or the file is damaged. Check the "
                    "keyboard layout (Kazakh/Russian/English) and try again."
                ),
                offer_restore=self._wrong_tries >= 3,
            )
        elif isinstance(exc, VaultInUseError):
            window.show_error(
                self.tr(
                    "This vault is already open in another Izdeu window. "
                    "Switch to that window, or close it first."
                )
            )
        elif isinstance(exc, IntegrityError | NotAVaultError):
            window.show_error(
                user_message(exc)
                + "\n"
                + self.tr("If this is your vault file, it may be damaged: restore it from a backup."),
                offer_restore=True,
            )
        elif isinstance(exc, NewerVersionError):
            window.show_error(user_message(exc))
        else:
            window.show_error(user_message(exc))
        window.focus_passphrase()

    def _restore_requested(self) -> Any:
        """Restore a backup into a new vault file (ui/backup); then offer to unlock it."""
        window = self.start_window
        if window is None:
            return None
        from ui.backup.dialogs import RestoreDialog

        dialog = RestoreDialog(self.worker, self.dialogs, parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._show_restored)
        dialog.show()
        return dialog

    # --- unlocked --------------------------------------------------------------------------

    def _opened(self, path: Path) -> None:
        self._wrong_tries = 0
        self.vault_path = path
        self.settings.last_vault = path
        self._build_main()
        if self.start_window is not None:
            self.start_window.hide()
            self.start_window.deleteLater()
            self.start_window = None
        self.idle.start()
        self.unlocked.emit()

    def _show_restored(self, path: Path | str) -> None:
        if self.start_window is not None:
            self.start_window.show_unlock(Path(path))

    def _build_main(self) -> MainWindow:
        assert self.vault_path is not None
        from ui.main_window import MainWindow

        main = MainWindow(
            self.worker, self.dialogs, self.vault_path.name, autosave_seconds=self.settings.autosave_seconds
        )
        main.lock_requested.connect(self.lock)
        main.quick_lock_requested.connect(self.quick_lock)
        main.settings_requested.connect(self.open_settings)
        main.quit_requested.connect(self.quit)
        self.main = main
        main.show()
        main.start()
        return main

    # --- locking ---------------------------------------------------------------------------

    def lock(self) -> None:
        self._lock(quick=False)

    def quick_lock(self) -> None:
        self._lock(quick=True)

    def _erase_requested(self, path: Path | None) -> None:
        from ui.erase.dialog import EraseDialog

        window = self.start_window
        if path is None or window is None:
            return
        dialog = EraseDialog(self.worker, path, window)
        dialog.erased.connect(window.show_welcome)
        dialog.open()

    def _lock(self, quick: bool) -> None:
        main = self.main
        if main is None:
            return
        if quick:
            # Hide every window at once, before anything else happens.
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible():
                    widget.hide()
        self.idle.stop()
        main.save_all()  # queued first: runs before the vault is closed
        for widget in QApplication.topLevelWidgets():
            # Attachment viewers, dialogs, message boxes: all may show case data.
            if widget is not main and widget is not self.start_window and widget.isVisible():
                widget.close()
        main.clear_case_data()
        main.lock_close()
        main.deleteLater()
        self.main = None
        self.clipboard.clear_now()
        self.worker.close_vault()  # a failure to close is shown (ui/failure.py), not lost
        if not self._quitting:
            self._show_start(self.vault_path, minimized=quick)
        self.locked.emit()

    def quit(self) -> None:
        self._quitting = True
        self._lock(quick=False)
        # Quit once everything queued before (saves, closing the vault) has run.
        DbOp(None, lambda _s: None).success(lambda _r: self.quit_app()).run(self.worker)

    def dispose(self) -> None:
        """Close every window and join the DB thread (tests; the app does it on quit)."""
        # No Signal.disconnect() here: PySide6 6.12.0 drops a reference to True on each
        # successful disconnect (and on every emit(); hence the pin to 6.11.3, see
        # docs/development.md). _quitting makes the start window's "closed" harmless instead.
        self._quitting = True
        if self.main is not None:
            self._lock(quick=False)
        self.idle.uninstall()
        if self.start_window is not None:
            self.start_window.close()
            self.start_window.deleteLater()
            self.start_window = None
        self.worker.shutdown()

    # --- settings --------------------------------------------------------------------------

    def open_settings(self) -> None:
        if self.main is None:
            return
        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.main)
        main = self.main
        dialog.duress_requested.connect(lambda: main.open_duress(dialog))
        dialog.recovery_requested.connect(lambda: main.open_recovery(dialog))
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.apply_settings(language_changed=dialog.language_changed)

    def apply_settings(self, language_changed: bool) -> None:
        self.idle.set_minutes(self.settings.idle_lock_minutes)
        self.idle.start()
        if language_changed:
            self.translations.apply(self.settings.language)
            if self.main is not None:
                # Rebuild the windows in the new language; editors save first (queued).
                open_cases = [e.case_uuid for e in self.main.editors()]
                old = self.main
                old.save_all()
                old.clear_case_data()
                old.lock_close()
                old.deleteLater()
                self.main = None
                main = self._build_main()
                for uuid in open_cases:
                    main.open_case(uuid)
