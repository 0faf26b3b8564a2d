"""The start window: welcome (first run), unlock (later runs) and create-a-vault pages.

It only collects intent (which file, which passphrase, create or open) and shows state (busy,
error); the controller opens the vault on the DB worker and reports back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import FileDialogs
from ui.i18n import LANGUAGES
from ui.icons import set_icon
from ui.isolate import ltr
from ui.messages import user_message
from ui.passphrase_field import (
    KeyboardHint,
    PassphraseEdit,
    passphrase_row,
)
from ui.tones import ERROR, set_tone
from ui.unlock.create_page import CreatePage
from ui.unlock.labels import title, wrapped
from ui.unlock.passphrase import take_passphrase
from ui.vault_badge import VaultBadge

__all__ = ["StartWindow", "DEMO_PASSPHRASE"]

# The demo vault holds fictional cases only, so its passphrase is public and shown on screen.
DEMO_PASSPHRASE = "izdeu-demo-passphrase"


class StartWindow(QWidget):
    """Emits ``open_requested(path, passphrase, create)``; the passphrase is a wipeable bytearray."""

    open_requested = Signal(object, object, bool)
    demo_requested = Signal()
    restore_requested = Signal()
    erase_requested = Signal(object)  # the vault's path (ui/erase/dialog.py)
    closed = Signal()
    language_chosen = Signal(str)

    def __init__(
        self,
        dialogs: FileDialogs,
        default_vault: Path,
        demo_vault: Path,
        last_vault: Path | None,
        language: str = "en",
        parent: QWidget | None = None,
        *,
        recent: list[Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StartWindow")
        self.setWindowTitle(self.tr("Izdeu"))
        self._dialogs = dialogs
        self._default_vault = default_vault
        self._demo_vault = demo_vault
        self._target: Path | None = last_vault
        self._recent = list(recent or [])

        self.pages = QStackedWidget()
        self.welcome_page = self._build_welcome()
        self.unlock_page = self._build_unlock()
        self.create_page = self._build_create()
        for page in (self.welcome_page, self.unlock_page, self.create_page):
            self.pages.addWidget(page)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Deriving the key and opening the vault…"))
        self.busy_label.hide()
        self.error_label = wrapped()
        self.error_label.setObjectName("error")
        set_tone(self.error_label, ERROR, bold=True)
        self.error_label.hide()
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.restore_button.hide()

        # The interface language can be chosen before any vault is open (first run).
        self.language = QComboBox()
        self.language.setObjectName("startLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.activated.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        # "Vault: NAME · locked" on the unlock page (ui/vault_badge.py).
        self.badge = VaultBadge()
        self.badge.hide()
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.language)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        layout.addWidget(self.error_label)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        self.resize(620, 460)
        if last_vault is not None:
            self.show_unlock(last_vault)
        else:
            self.show_welcome()

    # --- pages -----------------------------------------------------------------------------

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(title(self.tr("Welcome to Izdeu")))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Izdeu keeps the cases of disappeared people in one encrypted file on this computer. "
                    "Nothing is sent anywhere. Without the passphrase nobody can read it — and nobody can "
                    "recover it for you, so keep the passphrase safe."
                )
            )
        )
        layout.addSpacing(12)
        self.welcome_create = QPushButton(self.tr("Create a new vault…"))
        self.welcome_create.clicked.connect(lambda: self.show_create())
        self.welcome_demo = QPushButton(self.tr("Open the demo vault (fictional cases)"))
        self.welcome_demo.clicked.connect(self.demo_requested)
        self.welcome_open = QPushButton(self.tr("Open an existing vault file…"))
        self.welcome_open.clicked.connect(self._choose_existing)
        self.welcome_restore = QPushButton(self.tr("Restore from a backup…"))
        self.welcome_restore.setObjectName("welcomeRestore")
        self.welcome_restore.clicked.connect(self.restore_requested)
        for button in (self.welcome_create, self.welcome_demo, self.welcome_open, self.welcome_restore):
            button.setMinimumHeight(36)
            layout.addWidget(button)
        demo_note = wrapped(
            self.tr("The demo vault holds invented cases for practice. Its passphrase is public: %1").replace(
                "%1", DEMO_PASSPHRASE
            )
        )
        demo_note.setObjectName("demoNote")
        layout.addWidget(demo_note)
        layout.addStretch(1)
        return page

    def _build_unlock(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(title(self.tr("Unlock the vault")))
        self.unlock_path = wrapped()
        self.unlock_path.setObjectName("vaultPath")
        layout.addWidget(self.unlock_path)
        self.unlock_demo_hint = wrapped(self.tr("The demo vault needs no passphrase: press Unlock."))
        self.unlock_demo_hint.setObjectName("demoHint")
        layout.addWidget(self.unlock_demo_hint)
        # Vaults opened before (paths only, ui/settings/store.py): the real vault is one choice
        # away after practising with the demo.
        self.recent = QComboBox()
        self.recent.setObjectName("recentVaults")
        self.recent.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recent.activated.connect(self._recent_chosen)
        self.recent_label = QLabel(self.tr("Recent vaults:"))
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.recent_label)
        recent_row.addWidget(self.recent, 1)
        layout.addLayout(recent_row)
        form = QFormLayout()
        self.unlock_passphrase = PassphraseEdit()
        self.unlock_passphrase.setObjectName("passphrase")
        self.unlock_passphrase.returnPressed.connect(self._unlock)
        form.addRow(self.tr("Passphrase:"), passphrase_row(self.unlock_passphrase))
        self.unlock_hint = KeyboardHint(self.unlock_passphrase)
        form.addRow("", self.unlock_hint)
        layout.addLayout(form)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        layout.addSpacing(16)
        other = QHBoxLayout()
        self.unlock_other = QPushButton(self.tr("Open another vault…"))
        self.unlock_other.clicked.connect(self._choose_existing)
        self.unlock_new = QPushButton(self.tr("Create a new vault…"))
        self.unlock_new.clicked.connect(lambda: self.show_create())
        self.unlock_demo = QPushButton(self.tr("Demo vault"))
        self.unlock_demo.clicked.connect(self.demo_requested)
        self.unlock_restore = QPushButton(self.tr("Restore from a backup…"))
        self.unlock_restore.setObjectName("unlockRestore")
        self.unlock_restore.clicked.connect(self.restore_requested)
        self.unlock_erase = QPushButton(self.tr("Erase this vault…"))
        self.unlock_erase.setObjectName("unlockErase")
        set_icon(self.unlock_erase, "flame", danger=True)  # in the warning colour, apart
        self.unlock_erase.clicked.connect(lambda: self.erase_requested.emit(self.target))
        for button in (self.unlock_other, self.unlock_new, self.unlock_demo):
            other.addWidget(button)
        other.addStretch(1)
        layout.addLayout(other)
        # A row of their own: four buttons in one row widen the window in Kazakh and Uyghur;
        # erasing stands apart from the everyday buttons, at the far end.
        rare = QHBoxLayout()
        rare.addWidget(self.unlock_restore)
        rare.addStretch(1)
        rare.addWidget(self.unlock_erase)
        layout.addLayout(rare)
        layout.addStretch(1)
        return page

    def _build_create(self) -> CreatePage:
        page = CreatePage(self._dialogs, self._default_vault)
        # The page's fields under the names the controller and the tests know them by.
        self.create_path, self.create_strong = page.path, page.strong
        self.create_passphrase, self.create_repeat = page.passphrase, page.repeat
        self.create_error, self.repeat_error = page.error, page.repeat_error
        self.strength_meter = page.strength_meter
        self.strength, self.strength_label = page.strength_meter.bar, page.strength_meter.label
        self.create_button, self.create_back = page.button, page.back
        self.create_repeat.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        self.create_back.clicked.connect(self._back)
        return page

    # --- navigation ------------------------------------------------------------------------

    def show_welcome(self) -> None:
        self.clear_error()
        self.badge.hide()
        self.pages.setCurrentWidget(self.welcome_page)
        self.welcome_create.setFocus()

    def show_unlock(self, path: Path) -> None:
        self.clear_error()
        self._target = path
        self.unlock_path.setText(self.tr("Vault: %1").replace("%1", ltr(str(path))))
        self.unlock_demo_hint.setVisible(self.is_demo_target)
        self.badge.show_state(path.name, locked=True, demo=self.is_demo_target)
        self.badge.show()
        self._fill_recent(path)
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_passphrase.setFocus()

    @property
    def is_demo_target(self) -> bool:
        return self._target is not None and self._target == self._demo_vault

    def _fill_recent(self, current: Path) -> None:
        others = [p for p in self._recent if p != current]
        self.recent.clear()
        self.recent.addItem(str(current), str(current))
        for path in others:
            self.recent.addItem(str(path), str(path))
        self.recent.setCurrentIndex(0)
        self.recent.setVisible(bool(others))
        self.recent_label.setVisible(bool(others))

    def _recent_chosen(self, index: int) -> None:
        text = self.recent.itemData(index)
        if text and Path(text) != self._target:
            self.show_unlock(Path(text))

    @property
    def page_name(self) -> str:
        names: dict[QWidget | None, str] = {
            self.welcome_page: "welcome",
            self.unlock_page: "unlock",
            self.create_page: "create",
        }
        return names[self.pages.currentWidget()]

    def show_create(self, path: Path | None = None) -> None:
        self.clear_error()
        self.badge.hide()
        if path is not None:
            self.create_path.setText(str(path))
        self.pages.setCurrentWidget(self.create_page)
        self.create_passphrase.setFocus()

    def _back(self) -> None:
        self.create_page.clear()
        if self._target is not None:
            self.show_unlock(self._target)
        else:
            self.show_welcome()

    @property
    def target(self) -> Path | None:
        return self._target

    # --- actions ---------------------------------------------------------------------------

    def _choose_existing(self) -> None:
        path = self._dialogs.open_file(self, self.tr("Open a vault"), self._filter())
        if path is not None:
            self.show_unlock(path)

    def _filter(self) -> str:
        return self.tr("Izdeu vault (*.izdeu);;All files (*)")

    def _unlock(self) -> None:
        if self._target is None or self.busy.isVisible():
            return
        if not self.unlock_passphrase.text():
            if self.is_demo_target:
                # Fictional cases only: its passphrase is public, so nothing is typed.
                self.clear_error()
                self.open_requested.emit(self._target, bytearray(DEMO_PASSPHRASE.encode()), False)
                return
            self.show_error(self.tr("Type the passphrase."))
            return
        self.clear_error()
        self.open_requested.emit(self._target, take_passphrase(self.unlock_passphrase), False)

    def _create(self) -> None:
        if self.busy.isVisible():
            return
        text = self.create_passphrase.text()
        if text != self.create_repeat.text():
            self.create_page.show_differ()
            return
        from app.vault import kdf

        try:
            kdf.check_passphrase_strength(text)
        except Exception as exc:  # WeakPassphraseError: safe, names no content
            self.create_error.show_text(user_message(exc))
            return
        finally:
            del text
        path_text = self.create_path.text().strip()
        if not path_text:
            self.show_error(self.tr("Choose where to store the vault."))
            return
        path = Path(path_text).expanduser()
        if path.exists():
            self.show_error(self.tr("A file with that name already exists; choose another name."))
            return
        self.create_repeat.clear()
        self.clear_error()
        self._target = path
        self.open_requested.emit(path, take_passphrase(self.create_passphrase), True)

    # --- state shown -----------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        for widget in (self.pages,):
            widget.setEnabled(not busy)

    def show_error(self, message: str, *, offer_restore: bool = False) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.restore_button.setVisible(offer_restore)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.restore_button.hide()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.unlock_passphrase.clear()
        self.create_page.clear()
        self.closed.emit()
        super().closeEvent(event)

    def focus_passphrase(self) -> None:
        if self.pages.currentWidget() is self.unlock_page:
            self.unlock_passphrase.setFocus()
