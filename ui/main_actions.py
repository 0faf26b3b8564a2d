"""The main window's actions, toolbar and menus, with their icons (ui/icons.py).

Everyday actions come first; the vault's protections sit in the Vault menu after a separator;
the destructive ones (Delete case, Erase this vault) stand apart, behind a separator at the
far end, drawn in the warning colour, and still ask before they act.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar, QToolButton, QWidget

from ui.icons import set_icon

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["build_actions", "TOOLBAR_ICONS"]

# Every action of the toolbar and the main menus, by object name, and its Lucide icon.
TOOLBAR_ICONS = {
    "newCase": "file-plus",
    "startInterview": "mic",
    "save": "save",
    "newTestimony": "message-square-plus",
    "search": "search",
    "dossier": "file-text",
    "duplicates": "users",
    "settings": "settings",
    "lock": "lock",
    "quickLock": "eye-off",
    "deleteCase": "trash-2",
    "importTable": "import",
    "exportTable": "file-output",
    "backup": "archive",
    "verifyBackup": "shield-check",
    "restoreBackup": "archive-restore",
    "mergeBackup": "git-merge",
    "mergeConflicts": "git-compare",
    "backupKeys": "key-round",
    "changePassphrase": "key",
    "headquartersRecovery": "life-buoy",
    "duressPassphrase": "shield-alert",
    "eraseVault": "flame",
}
# The menu buttons on the toolbar, by object name.
_MENU_ICONS = {"fileMenu": "sheet", "backupsMenu": "archive", "vaultMenu": "database"}
_DANGER = ("deleteCase", "eraseVault")
_STRETCH = QSizePolicy.Policy.Expanding  # the spacer between the everyday and the other actions


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcuts: list[str],
    name: str,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if shortcuts:
        action.setToolTip(f"{tip or text} ({shortcuts[0]})")
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_actions(window: MainWindow) -> QToolBar:
    """Make the window's actions (as its attributes), its menus and its toolbar. Their words
    stay in the window's translation context ("MainWindow"), spelt out for lupdate."""
    window.new_case_action = _action(
        window, QCoreApplication.translate("MainWindow", "New case"), window.new_case, ["Ctrl+N"], "newCase"
    )
    window.interview_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Start an interview"),
        lambda: window.start_interview(),
        ["Ctrl+I"],
        "startInterview",
        QCoreApplication.translate("MainWindow", "A new case, asked in the order people tell it"),
    )
    window.save_action = _action(
        window, QCoreApplication.translate("MainWindow", "Save"), window.save_current, ["Ctrl+S"], "save"
    )
    window.new_testimony_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "New testimony"),
        window.new_testimony,
        ["Ctrl+T"],
        "newTestimony",
    )
    window.search_action = _action(
        window, QCoreApplication.translate("MainWindow", "Search"), window.focus_search, ["Ctrl+F"], "search"
    )
    window.lock_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Lock"),
        window.lock_requested.emit,
        ["Ctrl+L"],
        "lock",
        QCoreApplication.translate("MainWindow", "Save, close the vault and lock"),
    )
    window.quick_lock_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Hide now"),
        window.quick_lock_requested.emit,
        ["Ctrl+Shift+L", "F12"],
        "quickLock",
        QCoreApplication.translate("MainWindow", "Hide everything at once behind a blank window"),
    )
    for action in (window.lock_action, window.quick_lock_action):
        # Also from attachment viewers and dialogs, not only this window.
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.settings_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Settings"),
        window.settings_requested.emit,
        [],
        "settings",
    )
    window.close_tab_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Close case"),
        window.close_current,
        ["Ctrl+W"],
        "closeTab",
    )
    window.delete_case_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Delete case…"),
        window.delete_current_case,
        [],
        "deleteCase",
    )
    window.erase_action = QAction(QCoreApplication.translate("MainWindow", "Erase this vault now…"), window)
    window.erase_action.setObjectName("eraseVault")
    window.erase_action.triggered.connect(window.open_erase)
    window.duress_action = QAction(QCoreApplication.translate("MainWindow", "Duress passphrase…"), window)
    window.duress_action.setObjectName("duressPassphrase")
    window.duress_action.triggered.connect(window.open_duress)
    window.recovery_action = QAction(
        QCoreApplication.translate("MainWindow", "Headquarters recovery…"), window
    )
    window.recovery_action.setObjectName("headquartersRecovery")
    window.recovery_action.triggered.connect(window.open_recovery)
    # The vault's protections after its passphrase; erasing apart, at the end.
    vault_menu = window.tools.vault_menu
    vault_menu.addSeparator()
    vault_menu.addAction(window.recovery_action)
    vault_menu.addAction(window.duress_action)
    vault_menu.addSeparator()
    vault_menu.addAction(window.erase_action)
    window.tools.backups_button.setObjectName("backupsMenu")
    window.tools.vault_button.setObjectName("vaultMenu")

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addWidget(window.tables.button)
    for action in (
        window.new_case_action,
        window.interview_action,
        window.save_action,
        window.new_testimony_action,
        window.search_action,
        window.tools.dossier_action,
        window.tools.duplicates_action,
    ):
        toolbar.addAction(action)
    toolbar.addWidget(window.tools.backups_button)
    toolbar.addWidget(window.tools.vault_button)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addAction(window.settings_action)
    toolbar.addAction(window.lock_action)
    toolbar.addAction(window.quick_lock_action)
    toolbar.addSeparator()
    toolbar.addAction(window.delete_case_action)
    window.addToolBar(toolbar)
    # Their icons say it (their tooltips give the words and the key): the toolbar then fits
    # 1280 pixels in Russian, Kazakh and Uyghur too, without hiding anything behind "»".
    for action in (
        window.save_action,
        window.new_testimony_action,
        window.search_action,
        window.settings_action,
        window.lock_action,
        window.quick_lock_action,
    ):
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        tip = action.toolTip()
        if not tip.startswith(action.text()):
            action.setToolTip(f"{action.text()} — {tip}" if tip else action.text())
    _draw_icons(window, toolbar)
    ToolbarFit(toolbar, window)
    return toolbar


# The buttons that give up their words, in this order, when the toolbar would not fit
# otherwise (larger text, a narrow screen): the least used first. Their words stay in the
# tooltip and the menus.
_SHED = (
    "duplicates",
    "dossier",
    "vaultMenu",
    "backupsMenu",
    "fileMenu",
    "newCase",
    "startInterview",
    "deleteCase",
)


class ToolbarFit(QObject):
    """Keeps every toolbar button on screen instead of behind the "»" extension: when the
    words do not fit, the buttons of ``_SHED`` show their icon only, one after another."""

    def __init__(self, toolbar: QToolBar, window: MainWindow) -> None:
        super().__init__(toolbar)
        self._toolbar = toolbar
        by_name = {w.objectName(): w for w in toolbar.findChildren(QToolButton) if w.objectName()}
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton) and action.objectName():
                by_name.setdefault(action.objectName(), button)
        self.buttons = [by_name[name] for name in _SHED if name in by_name]
        self._pending = False
        toolbar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange) and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)
        return False

    def needed_width(self) -> int:
        toolbar = self._toolbar
        layout = toolbar.layout()
        spacing = layout.spacing() if layout is not None else 0
        margins = toolbar.contentsMargins()
        width = margins.left() + margins.right() + 24  # the handle and the frame
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if action.isSeparator():
                width += 8 + spacing
            elif (
                widget is not None and widget.sizePolicy().horizontalPolicy() != QSizePolicy.Policy.Expanding
            ):
                width += widget.sizeHint().width() + spacing
        return width

    def fit(self) -> None:
        self._pending = False
        for button in self.buttons:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for button in self.buttons:
            if self.needed_width() <= self._toolbar.width():
                break
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)


def _draw_icons(window: MainWindow, toolbar: QToolBar) -> None:
    for action in window.findChildren(QAction):
        name = TOOLBAR_ICONS.get(action.objectName())
        if name:
            set_icon(action, name, danger=action.objectName() in _DANGER)
    delete_button = toolbar.widgetForAction(window.delete_case_action)
    if isinstance(delete_button, QToolButton):
        set_icon(delete_button, TOOLBAR_ICONS["deleteCase"], danger=True)
    for button in (window.tables.button, window.tools.backups_button, window.tools.vault_button):
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        set_icon(button, _MENU_ICONS[button.objectName()])
