"""The settings dialog: interface language and minutes before the vault locks itself."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES
from ui.settings.store import UiSettings

__all__ = ["SettingsDialog"]


class SettingsDialog(QDialog):
    # The vault's own protections (ui/erase/): opened by the controller over this dialog.
    duress_requested = Signal()
    recovery_requested = Signal()

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language_changed = False
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setSuffix(self.tr(" min"))
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Lock after idle time:"), self.idle_minutes)
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
        note = QLabel(
            self.tr("Settings hold no case data: only these choices and the path of the last vault opened.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        code = self.language.currentData()
        self.language_changed = code != self._settings.language
        self._settings.language = code
        self._settings.idle_lock_minutes = self.idle_minutes.value()
        super().accept()
