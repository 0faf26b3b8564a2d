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

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import ops
from app.backup.keys import AGE_MAGIC, load_org_identity, parse_identity
from app.errors import CancelledError, InvalidInputError
from app.inputs import MAX_KEY_FILE, open_regular
from ui.backup.task import BackupTask, Progress
from ui.dialogs import FileDialogs
from ui.messages import user_message
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
_BACKUP_FILTER = "Izdeu backups (*.izbackup);;All files (*)"


def _default_choose_folder(parent: QWidget) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, parent.tr("Backup folder"))
    return Path(name) if name else None


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _ProgressPanel(QWidget):
    """Progress bar, status line and a cancel button for one running task."""

    def __init__(self, task: BackupTask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(task.cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        task.progress.connect(self._progress)
        self._phases = {"writing": self.tr("Writing"), "verifying": self.tr("Verifying"),
                        "reading": self.tr("Reading")}

    def started(self) -> None:
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Working…"))

    def stopped(self, text: str) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(text)

    def _progress(self, phase: str, done: int, total: int) -> None:
        self.bar.setValue(int(1000 * done / total) if total else 0)
        mib = done / (1024 * 1024)
        self.status.setText(f"{self._phases.get(phase, phase)}… {mib:,.0f} MiB")


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, CancelledError):
        return QCoreApplication.translate("BackupDialogs", "Cancelled; nothing was saved.")
    return user_message(exc)


# --- backup --------------------------------------------------------------------------------


class BackupDialog(QDialog):
    """Back up the open vault into a folder (e.g. a USB stick); keeps the newest N there."""

    backup_done = Signal(object)  # ops.VaultBackupResult

    def __init__(self, worker: DbWorker, choose_folder: ChooseFolder | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackupDialog")
        self.setWindowTitle(self.tr("Back up the vault"))
        self._choose = choose_folder or _default_choose_folder
        self.task = BackupTask(worker, self)
        self.folder = QLineEdit()
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.to_keys = QRadioButton(self.tr("Encrypt to the organisation's keys"))
        self.to_keys.setChecked(True)
        self.to_passphrase = QRadioButton(self.tr("Encrypt with a passphrase"))
        self.passphrase = _password_field()
        self.passphrase_again = _password_field()
        for field in (self.passphrase, self.passphrase_again):
            field.setEnabled(False)
            self.to_passphrase.toggled.connect(field.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.to_keys)
        form.addRow(self.to_passphrase)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat"), self.passphrase_again)
        self.start_button = QPushButton(self.tr("Back up"))
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self.start)
        self.panel = _ProgressPanel(self.task)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addWidget(self.start_button)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)

    def _browse(self) -> None:
        folder = self._choose(self)
        if folder is not None:
            self.folder.setText(str(folder))

    def start(self) -> None:
        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
        if folder is None or not folder.is_dir():
            self.panel.stopped(self.tr("Choose the folder to write the backup to."))
            return
        passphrase: str | None = None
        if self.to_passphrase.isChecked():
            passphrase = self.passphrase.text()
            if not passphrase or passphrase != self.passphrase_again.text():
                self.panel.stopped(self.tr("The two passphrases differ or are empty."))
                return

        def op(session: DbSession, progress: Progress, cancelled: Callable[[], bool]) -> Any:
            return ops.backup_vault(session.store, folder, passphrase=passphrase,
                                    progress=progress, cancel=cancelled)

        self.start_button.setEnabled(False)
        self.panel.started()
        self.task.run(op)

    def _finished(self, result: ops.VaultBackupResult) -> None:
        self.start_button.setEnabled(True)
        self.panel.bar.setValue(1000)
        self.panel.stopped(self.tr("Backup written and verified: %1").replace(
            "%1", result.path.name))
        self.backup_done.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.panel.stopped(_error_text(exc))


# --- opening a backup: verify, restore, merge ------------------------------------------------


class _OpenForm(QWidget):
    """Backup file, and either a key file with its passphrase or the backup's passphrase."""

    def __init__(self, dialogs: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self.file = QLineEdit()
        self.file.setObjectName("backupFile")
        self.key_file = QLineEdit()
        self.key_file.setObjectName("keyFile")
        self.key_file.setPlaceholderText(self.tr("none: the backup has a passphrase"))
        self.passphrase = _password_field()
        self.passphrase.setObjectName("passphrase")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Backup file"), self._with_browse(self.file, self._browse_file))
        form.addRow(self.tr("Key file"), self._with_browse(self.key_file, self._browse_key))
        form.addRow(self.tr("Passphrase (of the key file, or of the backup)"), self.passphrase)

    def _with_browse(self, field: QLineEdit, slot: Callable[[], None]) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(slot)
        row.addWidget(field, 1)
        row.addWidget(button)
        return box

    def _browse_file(self) -> None:
        path = self._dialogs.open_file(self, self.tr("Backup file"), _BACKUP_FILTER)
        if path is not None:
            self.file.setText(str(path))

    def _browse_key(self) -> None:
        path = self._dialogs.open_file(self, self.tr("Key file"))
        if path is not None:
            self.key_file.setText(str(path))

    def request(self) -> tuple[Path, Callable[[], dict[str, Any]]]:
        """The backup path and a function (run on the DB thread: scrypt takes seconds) that
        returns the keyword arguments to open it."""
        text = self.file.text().strip()
        if not text:
            raise InvalidInputError(self.tr("Choose the backup file."))
        path = Path(text)
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


class _OpenDialog(QDialog):
    def __init__(self, worker: DbWorker, dialogs: FileDialogs, title: str, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.task = BackupTask(worker, self)
        self.form = _OpenForm(dialogs)
        self.extra = QFormLayout()
        self.start_button = QPushButton(action)
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self.start)
        self.panel = _ProgressPanel(self.task)
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(self.extra)
        layout.addWidget(self.panel)
        layout.addWidget(self.result_label)
        layout.addWidget(self.start_button)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)

    def operation(self, path: Path, open_args: Callable[[], dict[str, Any]]
                  ) -> Callable[[DbSession, Progress, Callable[[], bool]], Any]:
        raise NotImplementedError

    def start(self) -> None:
        try:
            path, open_args = self.form.request()
            op = self.operation(path, open_args)
        except InvalidInputError as exc:
            self.panel.stopped(user_message(exc))
            return
        self.result_label.clear()
        self.start_button.setEnabled(False)
        self.panel.started()
        self.task.run(op)

    def show_result(self, result: Any) -> str:
        raise NotImplementedError

    def _finished(self, result: Any) -> None:
        self.start_button.setEnabled(True)
        self.panel.bar.setValue(1000)
        self.panel.stopped(self.tr("Done."))
        self.result_label.setText(self.show_result(result))

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.panel.stopped(_error_text(exc))


def _report_text(report: Any) -> str:
    return (f"{report.records:,} / {report.attachments:,} — {report.created}\n"
            f"{report.signer_fingerprint}")


class VerifyDialog(_OpenDialog):
    """Check a backup completely against the devices this vault trusts; writes nothing."""

    def __init__(self, worker: DbWorker, dialogs: FileDialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, dialogs, self.tr("Verify a backup"), self.tr("Verify"), parent)
        self.setObjectName("VerifyDialog")

    def operation(self, path: Path, open_args: Callable[[], dict[str, Any]]
                  ) -> Callable[[DbSession, Progress, Callable[[], bool]], Any]:
        def op(session: DbSession, progress: Progress, cancelled: Callable[[], bool]) -> Any:
            trusted = ops.trusted_signer_keys(session.store.vault)
            return ops.verify_file(path, trusted_signers=trusted, progress=progress,
                                   cancel=cancelled, **open_args())
        return op

    def show_result(self, result: Any) -> str:
        return self.tr("The backup is complete and intact.") + "\n" + _report_text(result)


class RestoreDialog(_OpenDialog):
    """Restore a backup into a new vault file with a new passphrase."""

    restored = Signal(object)  # Path of the new vault

    def __init__(self, worker: DbWorker, dialogs: FileDialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, dialogs, self.tr("Restore a backup"), self.tr("Restore"),
                         parent)
        self.setObjectName("RestoreDialog")
        self._dialogs = dialogs
        self.target = QLineEdit()
        self.target.setObjectName("target")
        self.new_passphrase = _password_field()
        self.new_passphrase.setObjectName("newPassphrase")
        self.new_passphrase_again = _password_field()
        self.new_passphrase_again.setObjectName("newPassphraseAgain")
        self.extra.addRow(self.tr("New vault file"), self.target)
        self.extra.addRow(self.tr("New vault passphrase"), self.new_passphrase)
        self.extra.addRow(self.tr("Repeat"), self.new_passphrase_again)

    def operation(self, path: Path, open_args: Callable[[], dict[str, Any]]
                  ) -> Callable[[DbSession, Progress, Callable[[], bool]], Any]:
        target_text = self.target.text().strip()
        new = self.new_passphrase.text()
        if not target_text:
            raise InvalidInputError(self.tr("Choose a name for the new vault."))
        if new != self.new_passphrase_again.text():
            raise InvalidInputError(self.tr("The two passphrases differ."))
        target = Path(target_text)

        def op(_session: DbSession, progress: Progress, cancelled: Callable[[], bool]) -> Any:
            # Does not touch the open vault; it runs on the DB thread to keep one worker.
            return ops.restore_backup(path, target, new, progress=progress, cancel=cancelled,
                                      **open_args())
        return op

    def show_result(self, result: Any) -> str:
        self.restored.emit(result.path)
        text = self.tr("Restored into %1.").replace("%1", str(result.path))
        if not result.signer_was_trusted:
            text += "\n" + self.tr("Signed by device %1: compare it with the device.").replace(
                "%1", result.report.signer_fingerprint)
        return text


class MergeDialog(_OpenDialog):
    """Merge a backup into the open vault and show what changed."""

    merged = Signal(object)  # ops.MergeSummary: refresh views if summary.changed

    def __init__(self, worker: DbWorker, dialogs: FileDialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, dialogs, self.tr("Merge a backup"), self.tr("Merge"), parent)
        self.setObjectName("MergeDialog")
        self.trust = QLineEdit()
        self.trust.setObjectName("trustFingerprint")
        self.trust.setPlaceholderText(self.tr("only for a device not trusted yet"))
        self.extra.addRow(self.tr("Trust device fingerprint"), self.trust)

    def operation(self, path: Path, open_args: Callable[[], dict[str, Any]]
                  ) -> Callable[[DbSession, Progress, Callable[[], bool]], Any]:
        trust = self.trust.text().strip() or None

        def op(session: DbSession, progress: Progress, cancelled: Callable[[], bool]) -> Any:
            return ops.merge_backup(session.store, path, trust_fingerprint=trust,
                                    progress=progress, cancel=cancelled, **open_args())
        return op

    def show_result(self, result: Any) -> str:
        self.merged.emit(result)
        lines = [
            self.tr("Added: %1").replace("%1", str(result.added)),
            self.tr("Updated: %1").replace("%1", str(result.updated)),
            self.tr("Conflicts (losing values kept): %1").replace("%1", str(result.conflicted)),
            self.tr("Unchanged: %1").replace("%1", str(result.unchanged)),
            self.tr("Deleted: %1").replace("%1", str(result.deleted)),
            self.tr("Kept deleted: %1").replace("%1", str(result.kept_deleted)),
        ]
        # Refusals protect this vault from what the device never held: always worth a look.
        if result.deletions_refused:
            lines.append(self.tr("Deletions refused (that device never held those records): %1")
                         .replace("%1", str(result.deletions_refused)))
        if result.records_refused:
            lines.append(self.tr("Records refused (that device never held the records here, or "
                                 "they are dated after the backup): %1")
                         .replace("%1", str(result.records_refused)))
        if result.times_clamped:
            lines.append(self.tr("Times after the backup was made, taken as its time: %1")
                         .replace("%1", str(result.times_clamped)))
        if not result.changed:
            lines.append(self.tr("Nothing to change: everything in the backup is already here."))
        return "\n".join(lines)


# --- reminder --------------------------------------------------------------------------------


class BackupReminder(QWidget):
    """A banner shown while a backup is due: "The last backup is N days old"."""

    backup_requested = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackupReminder")
        self._worker = worker
        self.label = QLabel()
        self.label.setObjectName("reminderText")
        button = QPushButton(self.tr("Back up now"))
        button.clicked.connect(self.backup_requested)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(button)
        self.hide()

    def refresh(self) -> None:
        """Ask the vault (on the DB thread); call after unlocking and after each backup."""
        def op(session: DbSession) -> tuple[bool, float | None]:
            vault = session.store.vault
            return ops.backup_due(vault), ops.backup_age_days(vault)

        self._worker.submit(op, self._show, lambda _exc: self.hide(), self)

    def _show(self, state: tuple[bool, float | None]) -> None:
        due, age = state
        if not due:
            self.hide()
            return
        if age is None:
            self.label.setText(self.tr("This vault has never been backed up."))
        else:
            self.label.setText(self.tr("The last backup is %n day(s) old.", "", int(age)))
        self.show()
