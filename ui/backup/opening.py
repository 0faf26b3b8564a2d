"""Opening a backup (verify, restore, merge): the file and key form, and the window that runs
the operation and asks about a device on first contact (ui/backup/trust.py)."""

from __future__ import annotations

import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import ops
from app.backup.errors import UntrustedSignerError
from app.backup.keys import AGE_MAGIC, load_org_identity, parse_identity
from app.errors import InvalidInputError
from app.inputs import MAX_KEY_FILE, open_regular
from ui.backup.panel import ProgressPanel, error_text
from ui.backup.task import BackupTask, Progress
from ui.backup.trust import TrustPrompt
from ui.dialogs import FileDialogs
from ui.fit import placeholder_width
from ui.isolate import ltr
from ui.messages import FormRefusal, user_message
from ui.passphrase_field import KeyboardHint, PassphraseEdit, passphrase_row
from ui.worker import DbSession, DbWorker

__all__ = ["BackupSource", "OpenForm", "OpenDialog", "report_text", "signer_report"]

# One backup file, or (restore, verify) the files of a chain or a folder of backups.
BackupSource = Path | list[Path]
SEPARATOR = ";"  # between the files of a chain typed or chosen in one field


def signer_report(signer_fingerprint: str, trust: str) -> Any:
    """What OpenDialog.signer_text needs, for results that are not a VerifyReport."""
    return types.SimpleNamespace(signer_fingerprint=signer_fingerprint, trust=trust)


class OpenForm(QWidget):
    """Backup file, and either a key file with its passphrase or the backup's passphrase."""

    def __init__(
        self,
        dialogs: FileDialogs,
        form: QFormLayout | None = None,
        parent: QWidget | None = None,
        *,
        several: bool = False,
    ) -> None:
        """Rows go into ``form`` (the window's one form, so every label lines up) or, without
        one, into this widget's own. ``several``: a chain (a full backup and its increments,
        separated by ";") or a folder may be given instead of one file."""
        super().__init__(parent)
        self._dialogs = dialogs
        self._several = several
        self.file = QLineEdit()
        self.file.setObjectName("backupFile")
        self.key_file = QLineEdit()
        self.key_file.setObjectName("keyFile")
        self.key_file.setPlaceholderText(self.tr("none: the backup has a passphrase"))
        for path_field in (self.file, self.key_file):
            path_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths read left to right
        self.key_file.setMinimumWidth(placeholder_width(self.key_file))
        self.passphrase = PassphraseEdit()
        self.passphrase.setObjectName("passphrase")
        if form is None:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
        if several:
            self.file.setPlaceholderText(self.tr("a backup; a full backup and its increments; or a folder"))
            self.file.setMinimumWidth(placeholder_width(self.file))
            folder_button = QPushButton(self.tr("Folder…"))
            folder_button.setObjectName("chooseFolder")
            folder_button.clicked.connect(self._browse_folder)
            row = self._with_browse(self.file, self._browse_file, folder_button)
            form.addRow(self.tr("Backup files or folder:"), row)
        else:
            form.addRow(self.tr("Backup file:"), self._with_browse(self.file, self._browse_file))
        form.addRow(self.tr("Key file:"), self._with_browse(self.key_file, self._browse_key))
        form.addRow(self.tr("Passphrase:"), passphrase_row(self.passphrase))
        note = QLabel(self.tr("The key file's passphrase, or the backup's own if it has one."))
        note.setObjectName("passphraseNote")
        note.setWordWrap(True)
        form.addRow("", note)
        self.hint = KeyboardHint(self.passphrase)
        form.addRow("", self.hint)

    def _with_browse(self, field: QLineEdit, slot: Callable[[], None], *more: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(slot)
        row.addWidget(field, 1)
        row.addWidget(button)
        for extra in more:
            row.addWidget(extra)
        return box

    def _browse_file(self) -> None:
        filter_ = self.tr("Izdeu backups (*.izbackup);;All files (*)")
        if self._several:
            paths = self._dialogs.open_files(self, self.tr("Backup files"), filter_)
            if paths:
                self.file.setText(f"{SEPARATOR} ".join(str(p) for p in paths))
            return
        path = self._dialogs.open_file(self, self.tr("Backup file"), filter_)
        if path is not None:
            self.file.setText(str(path))

    def _browse_folder(self) -> None:
        folder = self._dialogs.open_folder(self, self.tr("Folder of backups"))
        if folder is not None:
            self.file.setText(str(folder))

    def _browse_key(self) -> None:
        path = self._dialogs.open_file(self, self.tr("Key file"))
        if path is not None:
            self.key_file.setText(str(path))

    def request(self) -> tuple[BackupSource, Callable[[], dict[str, Any]]]:
        """The backup path (several: a list for a chain) and a function (run on the DB thread:
        scrypt takes seconds) that returns the keyword arguments to open it."""
        text = self.file.text().strip()
        if not text:
            raise FormRefusal(self.tr("Choose the backup file."))
        path: BackupSource = Path(text)
        if self._several and SEPARATOR in text:
            path = [Path(part.strip()) for part in text.split(SEPARATOR) if part.strip()]
        key_text = self.key_file.text().strip()
        passphrase = self.passphrase.text()

        def open_args() -> dict[str, Any]:
            if not key_text:
                return {"passphrase": passphrase}
            key_path = Path(key_text)
            # Regular files only, bounded: a FIFO or /dev/zero must not hang or fill memory.
            with open_regular(key_path, None, "key file") as fh:
                head = fh.read(len(AGE_MAGIC))
            if head == AGE_MAGIC:
                return {"identities": [load_org_identity(key_path, passphrase)]}
            with open_regular(key_path, None, "key file") as fh:
                return {"identities": [parse_identity(fh.read(MAX_KEY_FILE))]}

        return path, open_args


class OpenDialog(QDialog):
    """Verify, restore or merge. A backup whose signer is not trusted is refused by the core;
    the window then asks (TrustPrompt) and, on yes, runs again with exactly that key pinned,
    which the core remembers as trusted."""

    several = False  # a chain or a folder may be given (restore, verify)

    def __init__(
        self, worker: DbWorker, dialogs: FileDialogs, title: str, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.task = BackupTask(worker, self)
        # One form for the file, key and each window's own rows: the labels line up.
        self.extra = QFormLayout()
        self.form = OpenForm(dialogs, self.extra, self, several=self.several)
        self.form.hide()  # its fields live in self.extra
        self.extra_row = self.extra.rowCount()  # where a window inserts its own rows
        self.start_button = QPushButton(action)
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.panel = ProgressPanel(self.task)
        self.extra.addRow(self.tr("Progress:"), self.panel)
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_prompt: TrustPrompt | None = None
        self._offered_key: bytes | None = None  # the key shown in the open trust prompt
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.extra)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)

    def operation(
        self, path: BackupSource, open_args: Callable[[], dict[str, Any]], signer: bytes | None
    ) -> Callable[[DbSession, Progress, Callable[[], bool]], Any]:
        """The work of this window (verify, restore, merge) on the DB thread. ``signer``: the
        public key a person just agreed to trust, or None. Each window overrides it (a hook,
        not abc: Qt classes' metaclass cannot be combined with ABCMeta)."""
        raise NotImplementedError

    def start(self) -> None:
        self._run(None)

    def _run(self, signer: bytes | None) -> None:
        self.trust_prompt = None
        try:
            path, open_args = self.form.request()
            op = self.operation(path, open_args, signer)
        except (InvalidInputError, FormRefusal) as exc:
            self.panel.stopped(user_message(exc))
            return
        self.result_label.clear()
        self.start_button.setEnabled(False)
        self.panel.started()
        self.task.run(op)

    def show_result(self, result: Any) -> str:
        """What the window says when its work is done; each window overrides it."""
        raise NotImplementedError

    def _finished(self, result: Any) -> None:
        self.start_button.setEnabled(True)
        self.panel.bar.setValue(1000)
        self.panel.stopped(self.tr("Done."))
        self.result_label.setText(self.show_result(result))

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        if isinstance(exc, UntrustedSignerError) and exc.public_key:
            self._ask_trust(exc)
            return
        self.panel.stopped(error_text(exc))

    def _ask_trust(self, exc: UntrustedSignerError) -> None:
        self.panel.stopped(self.tr("The backup's device is not trusted yet; nothing was changed."))
        prompt = TrustPrompt(exc.fingerprint, self)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.trust_prompt = prompt
        self._offered_key = exc.public_key
        prompt.accepted.connect(self._trust_accepted)
        prompt.rejected.connect(self._trust_rejected)
        prompt.open()

    def _trust_accepted(self) -> None:
        key, self._offered_key = self._offered_key, None
        if key is not None:
            self._run(key)

    def _trust_rejected(self) -> None:
        self._offered_key = None
        self.panel.stopped(self.tr("Not trusted; nothing was changed."))

    def signer_text(self, report: Any) -> str:
        """How the backup's signer was accepted, for the result."""
        fingerprint = report.signer_fingerprint
        if report.trust == ops.BY_PASSPHRASE:
            return self.tr(
                "Signed by device %1, which is not trusted: accepted because the "
                "backup's passphrase opened it."
            ).replace("%1", ltr(fingerprint))
        if report.trust in (ops.GIVEN, ops.ASKED):
            return self.tr("Signed by device %1, trusted from now on.").replace("%1", ltr(fingerprint))
        return self.tr("Signed by trusted device %1.").replace("%1", ltr(fingerprint))


def report_text(report: Any) -> str:
    """What the backup holds and when it was made, in the interface language."""
    from PySide6.QtCore import QLocale

    from ui.editor.history import local_time

    locale = QLocale()
    return (
        QCoreApplication.translate("OpenDialog", "%1 records and %2 files, made %3.")
        .replace("%1", ltr(locale.toString(int(report.records))))
        .replace("%2", ltr(locale.toString(int(report.attachments))))
        .replace("%3", local_time(str(report.created)))
    )
