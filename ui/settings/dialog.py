"""The settings window: locking, interviews and dossiers, backups, the interface language and
where the vault is.

Machine preferences (language, lock times, which events lock) go to Qt settings
(ui/settings/store.py); what names people (the interviewer, the organisation) and the backup
settings are kept in the vault (ui/settings/values.py). One page per subject, so a feature can
add its own with :meth:`SettingsDialog.add_page`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import IzdeuError
from app.model.text import NAME
from app.store import INTERVIEW_LANGUAGES, VaultPrefs
from ui.i18n import LANGUAGES
from ui.messages import user_message
from ui.settings.store import UiSettings
from ui.settings.values import VaultValues
from ui.theme import SCALES
from ui.tones import ERROR, set_tone

__all__ = ["SettingsDialog", "INTERVIEW_LANGUAGE_NAMES"]

# Each language in its own name, as on the language menus.
INTERVIEW_LANGUAGE_NAMES = {**LANGUAGES, "zh": "中文"}


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("note")
    return label


def _spin(name: str, low: int, high: int, value: int, suffix: str, special: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    if special:
        spin.setSpecialValueText(special)
    return spin


class SettingsDialog(QDialog):
    # The vault's own protections (ui/erase/): opened over this dialog (ui/settings/flow.py).
    duress_requested = Signal()
    recovery_requested = Signal()

    def __init__(
        self, settings: UiSettings, values: VaultValues, vault_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.old_vault_values = values
        self.language_changed = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsPages")
        self.add_page(self.tr("General"), self._general(settings, vault_path))
        self.add_page(self.tr("Locking"), self._locking(settings))
        self.add_page(self.tr("Interviews and dossiers"), self._interviews(settings, values.prefs))
        self.add_page(self.tr("Backups"), self._backups(values))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        set_tone(self.error, ERROR, bold=True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def add_page(self, title: str, page: QWidget) -> None:
        self.tabs.addTab(page, title)

    # --- pages ---------------------------------------------------------------------------------

    def _general(self, settings: UiSettings, vault_path: Path) -> QWidget:
        page = QWidget()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        # A path reads left to right in every language: an LTR island in a Uyghur window.
        self.vault_path = QLineEdit(str(vault_path))
        self.vault_path.setObjectName("vaultPath")
        self.vault_path.setReadOnly(True)
        self.vault_path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.vault_path.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.vault_path.setCursorPosition(0)
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for code, name in (
            ("system", self.tr("As the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.text_scale = QComboBox()
        self.text_scale.setObjectName("textScale")
        for percent in SCALES:
            self.text_scale.addItem(f"{percent} %", percent)  # the same in the four languages
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(settings.text_scale)))
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Larger text:"), self.text_scale)
        form.addRow(self.tr("This vault is stored in:"), self.vault_path)
        protection = QHBoxLayout()
        self.duress_button = QPushButton(self.tr("Duress passphrase…"))
        self.duress_button.setObjectName("settingsDuress")
        self.duress_button.clicked.connect(self.duress_requested)
        self.recovery_button = QPushButton(self.tr("Headquarters recovery…"))
        self.recovery_button.setObjectName("settingsRecovery")
        self.recovery_button.clicked.connect(self.recovery_requested)
        protection.addWidget(self.duress_button)
        protection.addWidget(self.recovery_button)
        protection.addStretch(1)
        form.addRow(self.tr("This vault:"), protection)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                self.tr(
                    "This computer's settings file holds only the interface language, theme and text "
                    "size, the lock settings and the paths of recent vaults. Names are kept inside "
                    "the vault."
                )
            )
        )
        layout.addStretch(1)
        return page

    def _locking(self, settings: UiSettings) -> QWidget:
        page = QWidget()
        self.idle_minutes = _spin(
            "idleMinutes", 0, 240, settings.idle_lock_minutes, self.tr(" min"), self.tr("never")
        )
        self.warning_seconds = _spin(
            "warningSeconds", 0, 300, settings.lock_warning_seconds, self.tr(" s"), self.tr("no warning")
        )
        self.lock_on_sleep = QCheckBox(self.tr("Lock when the computer sleeps or the lid is closed"))
        self.lock_on_sleep.setObjectName("lockOnSleep")
        self.lock_on_sleep.setChecked(settings.lock_on_sleep)
        self.lock_on_screen = QCheckBox(self.tr("Lock when the screen locks or the user is switched"))
        self.lock_on_screen.setObjectName("lockOnScreenLock")
        self.lock_on_screen.setChecked(settings.lock_on_screen_lock)
        form = QFormLayout()
        form.addRow(self.tr("Lock after idle time:"), self.idle_minutes)
        form.addRow(self.tr("Warn before locking:"), self.warning_seconds)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.lock_on_sleep)
        layout.addWidget(self.lock_on_screen)
        layout.addWidget(
            _note(
                self.tr(
                    "Hide now (F12) covers the work at once and keeps the vault open: one key "
                    "shows it again, until the lock time has passed."
                )
            )
        )
        layout.addStretch(1)
        return page

    def _interviews(self, settings: UiSettings, prefs: VaultPrefs) -> QWidget:
        page = QWidget()
        self.interviewer = QLineEdit(prefs.interviewer)
        self.interviewer.setObjectName("interviewer")
        self.interviewer.setMaxLength(NAME)
        self.interview_language = QComboBox()
        self.interview_language.setObjectName("interviewLanguage")
        self.interview_language.addItem(self.tr("not set"), "")
        for code in INTERVIEW_LANGUAGES:
            self.interview_language.addItem(INTERVIEW_LANGUAGE_NAMES[code], code)
        self.interview_language.setCurrentIndex(
            max(0, self.interview_language.findData(prefs.interview_language))
        )
        self.interview_extra = _spin(
            "interviewExtraMinutes",
            0,
            240,
            settings.interview_extra_minutes,
            self.tr(" min"),
            self.tr("none"),
        )
        self.organisation = QLineEdit(prefs.organisation)
        self.organisation.setObjectName("organisation")
        self.organisation.setMaxLength(NAME)
        form = QFormLayout()
        form.addRow(self.tr("Interviewer:"), self.interviewer)
        form.addRow(self.tr("Usual interview language:"), self.interview_language)
        form.addRow(self.tr("An interview adds to the idle time:"), self.interview_extra)
        form.addRow(self.tr("Organisation:"), self.organisation)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                self.tr(
                    "The organisation is named in every dossier as the one submitting the case "
                    "(element f of the UN Working Group). These are kept inside the vault."
                )
            )
        )
        layout.addStretch(1)
        return page

    def _backups(self, values: VaultValues) -> QWidget:
        page = QWidget()
        self.remind_days = _spin("remindDays", 1, 365, values.remind_days, self.tr(" days"))
        self.backup_keep = _spin("backupKeep", 1, 100, values.backup_keep, "")
        form = QFormLayout()
        form.addRow(self.tr("Remind me when the last backup is older than:"), self.remind_days)
        form.addRow(self.tr("Backups kept in the folder:"), self.backup_keep)
        self.full_every = _spin("fullEvery", 1, 365, values.full_every, "")
        self.full_days = _spin("fullDays", 1, 365, values.full_days, self.tr(" days"))
        form.addRow(self.tr("A full backup after this many increments:"), self.full_every)
        form.addRow(self.tr("… or when the last full backup is older than:"), self.full_days)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                self.tr(
                    "A backup to a folder that holds this vault's recent full backup is an "
                    "increment: only what changed since the last backup there. Restoring needs "
                    "the full backup and all its increments; the oldest backups are removed "
                    "only when no kept increment needs them."
                )
            )
        )
        layout.addStretch(1)
        return page

    # --- result --------------------------------------------------------------------------------

    def vault_values(self) -> VaultValues:
        prefs = VaultPrefs(
            interviewer=self.interviewer.text(),
            organisation=self.organisation.text(),
            interview_language=self.interview_language.currentData(),
        )
        return VaultValues(
            prefs,
            self.backup_keep.value(),
            self.remind_days.value(),
            self.full_every.value(),
            self.full_days.value(),
        )

    def accept(self) -> None:
        try:
            cleaned = self.vault_values().prefs.cleaned()
        except IzdeuError as exc:
            # One line beside the buttons; nothing is kept until it is fixed.
            self.error.setText(user_message(exc))
            self.error.show()
            return
        self.interviewer.setText(cleaned.interviewer)
        self.organisation.setText(cleaned.organisation)
        code = self.language.currentData()
        self.language_changed = code != self._settings.language
        self._settings.language = code
        self._settings.theme = self.theme.currentData()
        self._settings.text_scale = self.text_scale.currentData()
        self._settings.idle_lock_minutes = self.idle_minutes.value()
        self._settings.lock_warning_seconds = self.warning_seconds.value()
        self._settings.lock_on_sleep = self.lock_on_sleep.isChecked()
        self._settings.lock_on_screen_lock = self.lock_on_screen.isChecked()
        self._settings.interview_extra_minutes = self.interview_extra.value()
        super().accept()
