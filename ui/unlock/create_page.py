"""The start window's "Create a vault" page: where, the passphrase twice, its strength, the
stronger key derivation. It shows what is wrong beside the fields; the start window decides
(ui/unlock/window.py) and asks the controller to create the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import FileDialogs
from ui.passphrase_field import (
    FieldError,
    KeyboardHint,
    PassphraseEdit,
    RevealButton,
    StrengthMeter,
    passphrase_row,
)
from ui.unlock.labels import title, wrapped

__all__ = ["CreatePage"]


class CreatePage(QWidget):
    def __init__(self, dialogs: FileDialogs, default_vault: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("Create a vault")))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Choose a long passphrase — several words are easier to remember than symbols. "
                    "If it is lost, the cases cannot be recovered."
                )
            )
        )
        form = QFormLayout()
        where = QHBoxLayout()
        self.path = QLineEdit(str(default_vault))
        self.path.setObjectName("createPath")
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._choose_new_path)
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Stored in:"), where)
        self.passphrase = PassphraseEdit()
        self.passphrase.setObjectName("newPassphrase")
        self.repeat = PassphraseEdit()
        self.repeat.setObjectName("repeatPassphrase")
        reveal = RevealButton(self.passphrase, self.repeat)
        self.error = FieldError()
        self.repeat_error = FieldError()
        form.addRow(self.tr("Passphrase:"), passphrase_row(self.passphrase, reveal))
        form.addRow("", self.error)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow("", self.repeat_error)
        self.strength_meter = StrengthMeter()
        form.addRow(self.tr("Strength:"), self.strength_meter)
        form.addRow("", KeyboardHint(self.passphrase, self.repeat))
        # Argon2id with 256 MiB instead of 64 (docs/vault-format.md); unlocking takes 1-2 s.
        self.strong = QCheckBox(self.tr("Stronger key derivation (256 MiB; unlocking takes 1–2 seconds)"))
        self.strong.setObjectName("strongKdf")
        form.addRow("", self.strong)
        layout.addLayout(form)
        self.passphrase.textChanged.connect(self.update_strength)
        self.repeat.textChanged.connect(self.update_strength)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.button = QPushButton(self.tr("Create the vault"))
        self.back = QPushButton(self.tr("Back"))
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.update_strength()

    def _choose_new_path(self) -> None:
        path = self._dialogs.save_file(self, self.tr("Create a vault"), self.path.text(), self._filter())
        if path is not None:
            self.path.setText(str(path))

    def _filter(self) -> str:
        return self.tr("Izdeu vault (*.izdeu);;All files (*)")

    def update_strength(self) -> None:
        text, again = self.passphrase.text(), self.repeat.text()
        self.strength_meter.show_for(text)
        self.error.clear_text()
        # Beside the repeat field while they differ; gone as soon as they match.
        if again and text != again and not text.startswith(again):
            self.show_differ()
        else:
            self.repeat_error.clear_text()
        del text, again

    def show_differ(self) -> None:
        self.repeat_error.show_text(self.tr("The two passphrases differ."))

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
