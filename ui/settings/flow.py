"""Opening the settings window: the vault's own settings are read on the DB thread first, and
what changed in them is written back there; the machine's preferences are applied by the
controller (``applied(language_changed)``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from app.store import VaultPrefs
from ui.ops import DbOp
from ui.settings.store import UiSettings
from ui.settings.values import VaultValues, read_vault_values, write_vault_values
from ui.worker import DbSession, DbWorker

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.settings.dialog import SettingsDialog

__all__ = ["SettingsFlow"]


class SettingsFlow(QObject):
    def __init__(
        self,
        worker: DbWorker,
        settings: UiSettings,
        main: Callable[[], MainWindow | None],
        applied: Callable[[bool], None],
        saved: Callable[[VaultPrefs], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._settings = settings
        self._main = main
        self._applied = applied
        self._saved = saved
        self.dialog: SettingsDialog | None = None

    def open(self, vault_path: Path) -> None:
        main = self._main()
        if main is None:
            return
        DbOp(main, read_vault_values).success(lambda values: self._show(values, vault_path)).run(self._worker)

    def _show(self, values: VaultValues, vault_path: Path) -> None:
        main = self._main()
        if main is None:
            return
        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self._settings, values, vault_path, main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._accepted(dialog))
        dialog.rejected.connect(self.forget)
        # The vault's own protections (ui/erase/) open over the settings window.
        dialog.duress_requested.connect(lambda: main.open_duress(dialog))
        dialog.recovery_requested.connect(lambda: main.open_recovery(dialog))
        self.dialog = dialog
        dialog.open()

    def forget(self) -> None:
        """The window is gone (closed, or by a lock)."""
        self.dialog = None

    def _accepted(self, dialog: SettingsDialog) -> None:
        self.dialog = None
        new, old = dialog.vault_values(), dialog.old_vault_values
        main = self._main()
        if new != old and main is not None:

            def op(session: DbSession) -> VaultValues:
                return write_vault_values(session, new, old)

            DbOp(main, op).success(self._written).run(self._worker)
        self._applied(dialog.language_changed)

    def _written(self, values: VaultValues) -> None:
        self._saved(values.prefs)
        main = self._main()
        if main is not None:
            main.show_message(self.tr("Settings saved."))
