"""Moves between the start window and the main window: unlock, lock, hide, quit.

Not a global: ``main()`` creates one and passes it what it needs; windows get only what they
use. Every vault operation goes through the DB worker, in order, so "save then close the vault"
is simply two queued operations.

The vault's life: an idle lock warns first (ui/lock.py, ui/lock_screens.py); "Hide now" puts a
blank window in front while the vault stays open, and locks only when the lock time passes
first; suspend and screen lock lock at once (ui/session_watch.py); after an unlock the same
cases open at the same tab and field (ui/reopen.py, in memory only). An interview in progress
calls :meth:`Controller.set_activity_hold` to lengthen the idle time; a running recording holds
the idle lock until it stops. Locking, hiding and
quitting are in ui/controller_lock.py; the theme and text size in ui/theme.py.
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
from app.store import VaultPrefs
from ui.controller_lock import LockHandling
from ui.demo_band import DemoMarker
from ui.dialogs import FileDialogs
from ui.i18n import Translations
from ui.lock import ClipboardGuard, IdleLock
from ui.messages import user_message
from ui.ops import DbOp
from ui.privacy import Privacy
from ui.reopen import OpenCases, capture, reopen
from ui.session_watch import SessionWatch
from ui.settings.flow import SettingsFlow
from ui.settings.store import UiSettings
from ui.theme import Theme
from ui.unlock.window import DEMO_PASSPHRASE, StartWindow
from ui.worker import DbSession, DbWorker

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.settings.dialog import SettingsDialog

__all__ = ["Controller"]


def _preload_windows() -> None:
    """Import the main window's modules (the start window is already on screen)."""
    import ui.main_window  # noqa: F401


class Controller(QObject, LockHandling):
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
        self.idle = IdleLock(app, settings.idle_lock_minutes, self, settings.lock_warning_seconds)
        self.idle.set_hold(False, settings.interview_extra_minutes)
        # A long silent recording gets no input: it must not be cut by the idle lock.
        self.idle.set_busy(lambda: self.main is not None and self.main.recording)
        self.idle.idle.connect(self._idle_ran_out)
        self.idle.warning.connect(self._warn)
        self.idle.cancelled.connect(self._hide_warning)
        self.clipboard = ClipboardGuard(settings.clipboard_clear_seconds, self)
        self.guard = Privacy(self)  # the lock warning and the privacy screen
        self.guard.keep_working.connect(self.idle.start)
        self.guard.resume.connect(self._show_again)
        self.guard.lock_now.connect(self.lock)
        self._reopen: OpenCases | None = None  # in memory only (ui/reopen.py)
        self.demo = DemoMarker(app, self)
        self.is_demo = False
        self.vault_prefs: VaultPrefs | None = None  # the open vault's defaults
        self.settings_flow = SettingsFlow(
            worker, settings, lambda: self.main, self.apply_settings, self._prefs_saved, self
        )
        self.session_watch = SessionWatch(self)
        self.session_watch.leaving.connect(self._leaving)
        self._quitting = False
        self._wrong_tries = 0
        self.quit_app = app.quit  # replaced in tests
        self.theme = Theme(app, self)
        self.theme.apply(settings.theme, settings.text_scale)

    # --- start window ----------------------------------------------------------------------

    def start(self, vault: Path | None = None) -> StartWindow:
        """The start window: for ``vault`` (``izdeu --vault FILE``; its create page when there
        is no such file yet), else for the last vault opened."""
        if vault is not None:
            vault = vault.expanduser().absolute()
            if not vault.exists():
                window = self._show_start(None)
                window.show_create(vault)
                return window
        last = vault or self.settings.last_vault
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
        recent = [p for p in self.settings.recent_vaults if p.exists()]
        window = StartWindow(
            self.dialogs,
            self.paths.default_vault,
            self.paths.demo_vault,
            target,
            self.translations.code,
            recent=recent,
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
        window.show_unlock(path)
        if path.exists():
            # Its passphrase is public: nothing to type.
            self._open_requested(path, bytearray(DEMO_PASSPHRASE.encode()), False)
            return
        window.set_busy(True)
        self.paths.ensure()

        def op(_session: DbSession) -> Path:
            from ui.unlock.demo import create_demo

            create_demo(path, DEMO_PASSPHRASE)
            return path

        def done(created: Path) -> None:
            self._open_requested(created, bytearray(DEMO_PASSPHRASE.encode()), False)

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
        dialog.open_requested.connect(self._show_restored)
        dialog.show()
        return dialog

    # --- unlocked --------------------------------------------------------------------------

    def _opened(self, path: Path) -> None:
        self._wrong_tries = 0
        self.vault_path = path

        def op(session: DbSession) -> tuple[bool, VaultPrefs]:
            return session.store.is_demo, session.store.prefs()

        (
            DbOp(self.start_window, op)
            .success(lambda info: self._show_unlocked(path, *info))
            .failure(lambda _exc: self._show_unlocked(path, False, VaultPrefs()))
            .run(self.worker)
        )

    def _show_unlocked(self, path: Path, is_demo: bool, prefs: VaultPrefs) -> None:
        self.is_demo = is_demo
        self.vault_prefs = prefs
        if is_demo:
            # The start window keeps offering the real vault, not the practice one.
            self.demo.install()
        else:
            self.demo.uninstall()
            self.settings.last_vault = path
            self.settings.add_recent(path)
        main = self._build_main()
        state, self._reopen = self._reopen, None
        if state is not None and state.vault == path:
            reopen(main, state)
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
        main.activity_hold.connect(self.set_activity_hold)
        self.set_activity_hold(False)  # a new window: no interview holds the lock back yet
        main.open_vault_requested.connect(self.open_other)
        self.main = main
        main.set_demo(self.is_demo)
        main.show()
        self.session_watch.watch_window(main)  # Windows' session notifications need its HWND
        main.start()
        return main

    def open_other(self, path: Path | str) -> None:
        """Lock this vault (saving first) and offer to unlock ``path`` (a restored vault)."""
        if self.main is None:
            return
        self.vault_path = Path(path)
        self._lock()

    def _erase_requested(self, path: Path | None) -> None:
        from ui.erase.dialog import EraseDialog

        window = self.start_window
        if path is None or window is None:
            return
        dialog = EraseDialog(self.worker, path, window)
        dialog.erased.connect(window.show_welcome)
        dialog.open()

    # --- settings --------------------------------------------------------------------------

    def watch_session(
        self, session_address: str | None, system_address: str | None, session_id: str = ""
    ) -> None:
        """Watch other buses than the usual ones (tests run their own)."""
        self.session_watch.close()
        self.session_watch = SessionWatch(
            self, session_address=session_address, system_address=system_address, session_id=session_id
        )
        self.session_watch.leaving.connect(self._leaving)
        if self.main is not None:
            self.session_watch.watch_window(self.main)

    def open_settings(self) -> None:
        """The settings window, with the vault's own settings read first (ui/settings/flow.py)."""
        if self.main is not None and self.vault_path is not None:
            self.settings_flow.open(self.vault_path)

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        return self.settings_flow.dialog

    def _prefs_saved(self, prefs: VaultPrefs) -> None:
        self.vault_prefs = prefs

    def apply_settings(self, language_changed: bool) -> None:
        self.theme.apply(self.settings.theme, self.settings.text_scale)
        self.idle.set_minutes(self.settings.idle_lock_minutes)
        self.idle.set_warning_seconds(self.settings.lock_warning_seconds)
        self.idle.set_hold(self.idle.hold, self.settings.interview_extra_minutes)
        if self.main is not None:
            self.idle.start()
        if language_changed:
            self.translations.apply(self.settings.language)
            if self.main is not None and self.vault_path is not None:
                # Rebuild the windows in the new language; editors save first (queued), and
                # the cases open again where they were.
                old = self.main
                state = capture(old, self.vault_path)
                old.save_all()
                old.clear_case_data(keep_new=True)
                old.lock_close()
                old.deleteLater()
                self.main = None
                self.guard.drop_warning()
                reopen(self._build_main(), state)
