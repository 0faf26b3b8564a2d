"""Headquarters: split the organisation key into printable shares for trustees.

Choose the key file (made by ``izdeu keygen``), type its passphrase, choose N and K; the shares
(``NAME.share-I.txt`` and a printable ``NAME.share-I.pdf`` per trustee) are written beside it,
owner-only; the sheets are in the UI language. The core is app/backup/shares.py and
app/backup/sharesheet.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.backup.keys import load_org_identity
from app.backup.shares import MAX_SHARES
from app.backup.sharesheet import write_share_set
from ui.button_box import ACCEPT, REJECT, button_box
from ui.dialogs import FileDialogs
from ui.i18n import current_language
from ui.messages import user_message
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["SharesDialog"]


class SharesDialog(QDialog):
    def __init__(self, worker: DbWorker, dialogs: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharesDialog")
        self.setWindowTitle(self.tr("Split the organisation key"))
        self._worker = worker
        self._dialogs = dialogs
        self._key: Path | None = None
        intro = QLabel(
            self.tr(
                "Give each trustee one printed share. Any K of the N shares rebuild the "
                "organisation key (izdeu recover-key); fewer reveal nothing of it. The shares are "
                "written beside the key file: print them, then delete the files."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(self.tr("No key file chosen."))
        self.key_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose the key file…"))
        self.choose_button.clicked.connect(self._choose)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("sharesPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.shares = QSpinBox()
        self.shares.setObjectName("sharesCount")
        self.shares.setRange(2, MAX_SHARES)
        self.shares.setValue(5)
        self.threshold = QSpinBox()
        self.threshold.setObjectName("sharesThreshold")
        self.threshold.setRange(2, MAX_SHARES)
        self.threshold.setValue(3)
        form = QFormLayout()
        form.addRow(self.tr("Key file passphrase:"), self.passphrase)
        form.addRow(self.tr("Shares (N):"), self.shares)
        form.addRow(self.tr("Needed to rebuild (K):"), self.threshold)
        self.state = QLabel()
        self.state.setObjectName("sharesState")
        self.state.setWordWrap(True)
        self.make_button = QPushButton(self.tr("Make the shares"))
        self.make_button.setObjectName("sharesMake")
        self.make_button.clicked.connect(self._make)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.key_label, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(button_box((self.make_button, ACCEPT), (close, REJECT)))
        self.resize(560, 320)

    def _choose(self) -> None:
        path = self._dialogs.open_file(self, self.tr("Organisation key file"))
        if path is not None:
            self._key = path
            self.key_label.setText(str(path))

    def _make(self) -> None:
        key = self._key
        if key is None:
            self.state.setText(self.tr("Choose the key file first."))
            return
        phrase, shares, threshold = self.passphrase.text(), self.shares.value(), self.threshold.value()
        # The sheets are printed in the language the person at headquarters works in.
        lang = current_language()

        def op(_session: DbSession) -> int:
            identity = load_org_identity(key, phrase)
            return len(write_share_set(identity, key, shares, threshold, lang)) // 2

        DbOp(self, op).success(self._made).failure(self._failed).run(self._worker)

    def _made(self, count: int) -> None:
        self.passphrase.clear()
        self.state.setText(self.tr("%1 shares written beside the key file.").replace("%1", str(count)))

    def _failed(self, exc: BaseException) -> None:
        self.state.setText(user_message(exc))

    def done(self, result: int) -> None:
        self.passphrase.clear()
        super().done(result)
