"""Backup dialogs: back up to a folder (progress, cancel), verify, restore, merge, and the
"last backup is N days old" reminder.

Each dialog is given what it needs (the DB worker, the file-dialog seam) and runs its operation
from ``app.backup.ops`` on the DB thread through :class:`ui.backup.task.BackupTask`. Results and
errors come back as signals; messages shown are the core's safe one-liners
(``ui.messages.user_message``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import ops
from app.backup.ops.chainread import chain_files
from ui.backup.merge import MergeDialog
from ui.backup.opening import BackupSource, OpenDialog, report_text
from ui.backup.panel import ProgressPanel, error_text
from ui.backup.reminder import BackupReminder
from ui.backup.task import BackupTask, Progress
from ui.dialogs import FileDialogs
from ui.isolate import ltr
from ui.messages import FormRefusal
from ui.ops import DbOp
from ui.passphrase_field import FieldError, PassphraseEdit, RevealButton, passphrase_row
from ui.worker import DbSession, DbWorker

__all__ = [
    "BackupDialog",
    "VerifyDialog",
    "RestoreDialog",
    "MergeDialog",
    "BackupReminder",
    "ChooseFolder",
]

ChooseFolder = Callable[[QWidget], Path | None]


def _default_choose_folder(parent: QWidget) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, parent.tr("Backup folder"))
    return Path(name) if name else None


# --- backup --------------------------------------------------------------------------------


class BackupDialog(QDialog):
    """Back up the open vault into a folder (e.g. a USB stick); keeps the newest N there.

    It offers what can work: the organisation's keys when the vault has some, otherwise a
    passphrase (the keys choice then says where to add them). A folder typed that does not
    exist yet is created after asking.
    """

    backup_done = Signal(object)  # ops.VaultBackupResult

    def __init__(
        self,
        worker: DbWorker,
        choose_folder: ChooseFolder | None = None,
        parent: QWidget | None = None,
        dialogs: FileDialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BackupDialog")
        self.setWindowTitle(self.tr("Back up the vault"))
        self._choose = choose_folder or _default_choose_folder
        self._dialogs = dialogs or FileDialogs()
        self.task = BackupTask(worker, self)
        self.folder = QLineEdit()
        self.folder.setObjectName("folder")
        self.folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.to_keys = QRadioButton(self.tr("Encrypt to the organisation's keys"))
        self.to_keys.setChecked(True)
        self.keys_note = QLabel(
            self.tr(
                "No organisation key is set yet. Ask headquarters for its key file and add it "
                "under Backups → Backup keys…; until then, use a passphrase."
            )
        )
        self.keys_note.setObjectName("keysNote")
        self.keys_note.setWordWrap(True)
        self.keys_note.hide()
        self.to_passphrase = QRadioButton(self.tr("Encrypt with a passphrase"))
        self.passphrase = PassphraseEdit()
        self.passphrase_again = PassphraseEdit()
        reveal = RevealButton(self.passphrase, self.passphrase_again)
        for field in (self.passphrase, self.passphrase_again):
            field.setEnabled(False)
            self.to_passphrase.toggled.connect(field.setEnabled)
        self.passphrase_error = FieldError()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("By itself: an increment when it can"), ops.AUTO)
        self.kind.addItem(self.tr("A full backup"), ops.FORCE_FULL)
        self.kind.addItem(self.tr("An increment (only what changed)"), ops.FORCE_INCREMENT)
        kind_note = QLabel(
            self.tr(
                "An increment holds only what changed since the last backup in this folder; it "
                "is made when the folder holds this vault's recent full backup."
            )
        )
        kind_note.setObjectName("kindNote")
        kind_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow("", kind_note)
        form.addRow(self.to_keys)
        form.addRow(self.keys_note)
        form.addRow(self.to_passphrase)
        form.addRow(self.tr("Passphrase:"), passphrase_row(self.passphrase, reveal))
        form.addRow(self.tr("Repeat it:"), self.passphrase_again)
        form.addRow("", self.passphrase_error)
        self.panel = ProgressPanel(self.task)
        form.addRow(self.tr("Progress:"), self.panel)
        self.start_button = QPushButton(self.tr("Back up"))
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.passphrase_again.textChanged.connect(lambda _t: self.passphrase_error.clear_text())
        DbOp(self, lambda session: bool(ops.backup_recipients(session.store.vault))).success(
            self._have_keys
        ).failure(lambda _exc: None).run(worker)

    def _have_keys(self, have: bool) -> None:
        """Without organisation keys only a passphrase backup can work: offer that."""
        self.to_keys.setEnabled(have)
        self.keys_note.setVisible(not have)
        if not have:
            self.to_passphrase.setChecked(True)
            self.passphrase.setFocus()

    def _browse(self) -> None:
        folder = self._choose(self)
        if folder is not None:
            self.folder.setText(str(folder))

    def _folder(self) -> Path | None:
        """The folder typed or chosen; one that does not exist is created after asking."""
        text = self.folder.text().strip()
        if not text:
            self.panel.stopped(self.tr("Choose the folder to write the backup to."))
            return None
        folder = Path(text).expanduser()
        try:
            is_dir, exists = folder.is_dir(), folder.exists()
        except (OSError, ValueError):  # a name too long, a NUL in it
            self.panel.stopped(self.tr("That folder cannot be used; choose another one."))
            return None
        if is_dir:
            return folder
        if exists:
            self.panel.stopped(self.tr("That is a file, not a folder: choose a folder."))
            return None
        question = self.tr("The folder %1 does not exist. Create it?").replace("%1", ltr(str(folder)))
        if not self._dialogs.confirm(self, self.tr("Create the folder"), question):
            self.panel.stopped(self.tr("Choose the folder to write the backup to."))
            return None
        try:
            folder.mkdir(parents=True)
        except (OSError, ValueError):  # ValueError: a NUL in the name
            self.panel.stopped(self.tr("The folder could not be created; choose another one."))
            return None
        return folder

    def start(self) -> None:
        passphrase: str | None = None
        if self.to_passphrase.isChecked():
            passphrase = self.passphrase.text()
            if not passphrase or passphrase != self.passphrase_again.text():
                self.passphrase_error.show_text(self.tr("The two passphrases differ or are empty."))
                self.panel.stopped(self.tr("The two passphrases differ or are empty."))
                return
        folder = self._folder()
        if folder is None:
            return
        choice = self.kind.currentData()

        def op(session: DbSession, progress: Progress, cancelled: Callable[[], bool]) -> Any:
            return ops.backup_vault(
                session.store,
                folder,
                passphrase=passphrase,
                choice=choice,
                progress=progress,
                cancel=cancelled,
            )

        self.start_button.setEnabled(False)
        self.panel.started()
        self.task.run(op)

    def _finished(self, result: ops.VaultBackupResult) -> None:
        self.start_button.setEnabled(True)
        self.panel.bar.setValue(1000)
        if result.report.is_increment:
            done = self.tr("Increment written and verified: %1").replace("%1", result.path.name)
        else:
            done = self.tr("Full backup written and verified: %1").replace("%1", result.path.name)
        self.panel.stopped(done)
        self.backup_done.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.panel.stopped(error_text(exc))


# --- opening a backup: verify, restore, merge ------------------------------------------------


class VerifyDialog(OpenDialog):
    """Check a backup completely against the devices this vault trusts; writes nothing."""

    several = True  # one file, or a whole chain

    def __init__(self, worker: DbWorker, dialogs: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(worker, dialogs, self.tr("Verify a backup"), self.tr("Verify"), parent)
        self.setObjectName("VerifyDialog")

    def operation(
        self, path: BackupSource, open_args: Callable[[], dict[str, Any]], signer: bytes | None
    ) -> Callable[[DbSession, Progress, Callable[[], bool]], Any]:
        def op(session: DbSession, progress: Progress, cancelled: Callable[[], bool]) -> Any:
            how = open_args()
            files = chain_files(path)

            def one(file: Path) -> Any:
                return ops.verify_for_vault(
                    session.store.vault, file, signer=signer, progress=progress, cancel=cancelled, **how
                )

            return ops.verify_chain(files, verify=one)

        return op

    def show_result(self, result: Any) -> str:
        newest = result[-1]
        if len(result) == 1:
            head = self.tr("The backup is complete and intact.")
        else:
            head = self.tr("The %n backups form one chain, complete and intact.", "", len(result))
        return "\n".join([head, report_text(newest), self.signer_text(newest)])


class RestoreDialog(OpenDialog):
    """Restore a backup into a new vault file with a new passphrase; then offer "Open it"."""

    restored = Signal(object)  # Path of the new vault
    open_requested = Signal(object)  # Path: the person wants to open the restored vault now
    several = True  # one file, a chain (full + increments, any order) or a folder

    def __init__(self, worker: DbWorker, dialogs: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(worker, dialogs, self.tr("Restore a backup"), self.tr("Restore"), parent)
        self.setObjectName("RestoreDialog")
        self._dialogs = dialogs
        self._restored_path: Path | None = None
        self.target = QLineEdit()
        self.target.setObjectName("target")
        self.target.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.new_passphrase = PassphraseEdit()
        self.new_passphrase.setObjectName("newPassphrase")
        self.new_passphrase_again = PassphraseEdit()
        self.new_passphrase_again.setObjectName("newPassphraseAgain")
        self.passphrase_error = FieldError()
        reveal = RevealButton(self.new_passphrase, self.new_passphrase_again)
        self.extra.insertRow(self.extra_row, self.tr("New vault file:"), self.target)
        self.extra.insertRow(
            self.extra_row + 1, self.tr("New vault passphrase:"), passphrase_row(self.new_passphrase, reveal)
        )
        self.extra.insertRow(self.extra_row + 2, self.tr("Repeat it:"), self.new_passphrase_again)
        self.extra.insertRow(self.extra_row + 3, "", self.passphrase_error)
        self.new_passphrase_again.textChanged.connect(lambda _t: self.passphrase_error.clear_text())
        self.open_button = QPushButton(self.tr("Open it"))
        self.open_button.setObjectName("openRestored")
        self.open_button.clicked.connect(self._open_restored)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.hide()  # after addButton, which shows it

    def operation(
        self, path: BackupSource, open_args: Callable[[], dict[str, Any]], signer: bytes | None
    ) -> Callable[[DbSession, Progress, Callable[[], bool]], Any]:
        target_text = self.target.text().strip()
        new = self.new_passphrase.text()
        if not target_text:
            raise FormRefusal(self.tr("Choose a name for the new vault."))
        if new != self.new_passphrase_again.text():
            self.passphrase_error.show_text(self.tr("The two passphrases differ."))
            raise FormRefusal(self.tr("The two passphrases differ."))
        target = Path(target_text).expanduser()
        self.open_button.hide()

        def op(session: DbSession, progress: Progress, cancelled: Callable[[], bool]) -> Any:
            # Only reads the open vault, if any (the devices it trusts); the new vault, not this
            # one, remembers the signer. On the DB thread to keep one worker.
            # From the start window no vault is open: then only a person can vouch.
            trusted = ops.trusted_signer_keys(session.vault) if session.vault else []
            return ops.restore_backup(
                path,
                target,
                new,
                trusted_signers=trusted,
                signer=signer,
                progress=progress,
                cancel=cancelled,
                **open_args(),
            )

        return op

    def show_result(self, result: Any) -> str:
        self._restored_path = Path(result.path)
        self.new_passphrase.clear()
        self.new_passphrase_again.clear()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.restored.emit(result.path)
        return "\n".join(
            [
                self.tr("Restored into %1.").replace("%1", ltr(str(result.path))),
                self.signer_text(result.report),
            ]
        )

    def _open_restored(self) -> None:
        if self._restored_path is not None:
            self.open_requested.emit(self._restored_path)
            self.accept()
