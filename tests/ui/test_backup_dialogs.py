"""Backup dialogs on a real DB worker: backup with progress, cancel, verify, restore, merge with
summary, and the reminder. All data is fictional."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.backup import ops
from app.backup.keys import identity_file_text
from app.errors import CancelledError
from app.model import Case
from app.store import Store
from app.vault import Vault
from ui.backup.dialogs import BackupDialog, BackupReminder, MergeDialog, RestoreDialog, VerifyDialog
from ui.backup.keys import BackupKeysDialog
from ui.backup.task import BackupTask
from ui.dialogs import FileDialogs
from ui.worker import DbWorker

PASSPHRASE = "correct horse battery staple"
NEW = "a new long passphrase 77"


def _keep_bools_alive() -> None:
    """PySide6 6.12 on CPython 3.11 drops one reference to True at every Signal.emit() made
    from Python (reported to the lead: the app has the same problem). These tests emit enough
    to bring it to zero and abort the interpreter at exit ("bool_dealloc"). References that
    are never given back keep the tests about the dialogs; they cost nothing."""
    for value in (True, False):
        for _ in range(100_000):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


_keep_bools_alive()


@pytest.fixture
def hq(tmp_path: Path) -> tuple[pyrage.x25519.Identity, Path]:
    identity = pyrage.x25519.Identity.generate()
    key_file = tmp_path / "hq.key"
    key_file.write_bytes(identity_file_text(identity))  # plain: no scrypt in UI tests
    return identity, key_file


@pytest.fixture
def worker(qtbot, tmp_path: Path, hq) -> Iterator[DbWorker]:
    path = tmp_path / "vault.izdeu"
    with Vault.create(path, PASSPHRASE) as vault:
        Store(vault).save(Case(case_number="IZ-2026-0001", summary="Fictional"))
        ops.set_backup_recipients(vault, [str(hq[0].to_public())])
    db = DbWorker()
    opened: list[object] = []
    db.open_vault(path, PASSPHRASE, create=False, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    yield db
    db.shutdown()


def _click(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)


def test_backup_dialog_reminder_verify_and_merge(qtbot, worker: DbWorker, tmp_path: Path, hq) -> None:
    reminder = BackupReminder(worker)
    qtbot.addWidget(reminder)
    reminder.refresh()
    qtbot.waitUntil(
        lambda: reminder.isVisibleTo(reminder.parentWidget() or reminder) or not reminder.isHidden(),
        timeout=5_000,
    )
    assert "never been backed up" in reminder.label.text()

    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = BackupDialog(worker, choose_folder=lambda _parent: stick)
    qtbot.addWidget(dialog)
    dialog._browse()
    assert dialog.folder.text() == str(stick)
    with qtbot.waitSignal(dialog.backup_done, timeout=20_000) as done:
        _click(qtbot, dialog)
    path = done.args[0].path
    assert path.exists() and path.name in dialog.panel.status.text()
    assert dialog.panel.bar.value() == 1000

    reminder.refresh()
    qtbot.waitUntil(lambda: reminder.isHidden(), timeout=5_000)

    verify = VerifyDialog(worker, FileDialogs())
    qtbot.addWidget(verify)
    verify.form.file.setText(str(path))
    verify.form.key_file.setText(str(hq[1]))
    with qtbot.waitSignal(verify.task.finished, timeout=20_000):
        _click(qtbot, verify)
    assert "intact" in verify.result_label.text()

    # Merge the backup back into its own vault: nothing to change.
    merge = MergeDialog(worker, FileDialogs())
    qtbot.addWidget(merge)
    merge.form.file.setText(str(path))
    merge.form.key_file.setText(str(hq[1]))
    with qtbot.waitSignal(merge.merged, timeout=20_000) as merged:
        _click(qtbot, merge)
    assert not merged.args[0].changed and "Nothing to change" in merge.result_label.text()

    # Restore into a new vault.
    restore = RestoreDialog(worker, FileDialogs())
    qtbot.addWidget(restore)
    restore.form.file.setText(str(path))
    restore.form.key_file.setText(str(hq[1]))
    restore.target.setText(str(tmp_path / "restored.izdeu"))
    restore.new_passphrase.setText(NEW)
    restore.new_passphrase_again.setText("typo")
    _click(qtbot, restore)
    assert "differ" in restore.panel.status.text()
    restore.new_passphrase_again.setText(NEW)
    with qtbot.waitSignal(restore.restored, timeout=20_000):
        _click(qtbot, restore)
    with Vault.open(tmp_path / "restored.izdeu", NEW) as copy:
        assert Store(copy).find_case("IZ-2026-0001").summary == "Fictional"


def _stranger_backup(tmp_path: Path, hq) -> tuple[Path, str, bytes]:
    """A backup to the organisation's key from a laptop this vault has never seen."""
    device_path = tmp_path / "laptop.izdeu"
    with Vault.create(device_path, PASSPHRASE) as device:
        Store(device).save(Case(case_number="IZ-2026-0042"))
        result = ops.backup_vault(Store(device), tmp_path, recipients=[str(hq[0].to_public())])
        return result.path, ops.device_fingerprint(device), ops.device_public_key(device)


def _trusted_keys(worker: DbWorker, qtbot) -> list[bytes]:
    got: list[list[bytes]] = []
    worker.submit(lambda s: ops.trusted_signer_keys(s.store.vault), got.append, lambda exc: got.append([]))
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    return got[0]


def _prompt(qtbot, dialog):
    with qtbot.waitSignal(dialog.task.failed, timeout=20_000):
        _click(qtbot, dialog)
    qtbot.waitUntil(
        lambda: dialog.trust_prompt is not None and dialog.trust_prompt.isVisible(), timeout=5_000
    )
    return dialog.trust_prompt


def test_merge_dialog_asks_to_trust_a_new_device_and_remembers(
    qtbot, worker: DbWorker, tmp_path: Path, hq
) -> None:
    path, fingerprint, public = _stranger_backup(tmp_path, hq)
    merge = MergeDialog(worker, FileDialogs())
    qtbot.addWidget(merge)
    merge.form.file.setText(str(path))
    merge.form.key_file.setText(str(hq[1]))
    prompt = _prompt(qtbot, merge)
    assert prompt.fingerprint.text() == fingerprint  # computed from the verified key
    assert prompt.cancel_button.isDefault()
    qtbot.mouseClick(prompt.cancel_button, Qt.MouseButton.LeftButton)
    assert "Not trusted" in merge.panel.status.text() and not merge.result_label.text()
    assert public not in _trusted_keys(worker, qtbot)

    prompt = _prompt(qtbot, merge)
    with qtbot.waitSignal(merge.merged, timeout=20_000) as merged:
        qtbot.mouseClick(prompt.trust_button, Qt.MouseButton.LeftButton)
    assert merged.args[0].added == 2 and "Added: 2" in merge.result_label.text()
    assert "trusted from now on" in merge.result_label.text()
    assert public in _trusted_keys(worker, qtbot)
    # Remembered: the next merge of that device asks nothing.
    with qtbot.waitSignal(merge.merged, timeout=20_000):
        _click(qtbot, merge)
    assert merge.trust_prompt is None and "Signed by trusted device" in merge.result_label.text()


def test_restore_and_verify_ask_on_first_contact(qtbot, worker: DbWorker, tmp_path: Path, hq) -> None:
    path, fingerprint, public = _stranger_backup(tmp_path, hq)
    restore = RestoreDialog(worker, FileDialogs())
    qtbot.addWidget(restore)
    restore.form.file.setText(str(path))
    restore.form.key_file.setText(str(hq[1]))
    target = tmp_path / "restored.izdeu"
    restore.target.setText(str(target))
    restore.new_passphrase.setText(NEW)
    restore.new_passphrase_again.setText(NEW)
    prompt = _prompt(qtbot, restore)
    assert not target.exists()  # nothing is created before the person said yes
    assert not [p for p in tmp_path.iterdir() if "restored" in p.name]
    with qtbot.waitSignal(restore.restored, timeout=20_000):
        qtbot.mouseClick(prompt.trust_button, Qt.MouseButton.LeftButton)
    with Vault.open(target, NEW) as copy:
        assert public in ops.trusted_signer_keys(copy)  # the new vault remembers its signer

    verify = VerifyDialog(worker, FileDialogs())
    qtbot.addWidget(verify)
    verify.form.file.setText(str(path))
    verify.form.key_file.setText(str(hq[1]))
    prompt = _prompt(qtbot, verify)
    with qtbot.waitSignal(verify.task.finished, timeout=20_000):
        qtbot.mouseClick(prompt.trust_button, Qt.MouseButton.LeftButton)
    assert "intact" in verify.result_label.text() and fingerprint in verify.result_label.text()
    assert public in _trusted_keys(worker, qtbot)

    # The Backup keys window lists the device and stops trusting it.
    dialogs = FileDialogs()
    keys = BackupKeysDialog(worker, dialogs)
    qtbot.addWidget(keys)
    qtbot.waitUntil(lambda: keys.device_list.count() == 1, timeout=5_000)
    assert keys.device_list.item(0).text().startswith(fingerprint)
    keys.device_list.setCurrentRow(0)
    dialogs.queue_confirm(True)
    keys.untrust_selected()
    qtbot.waitUntil(lambda: keys.device_list.count() == 0, timeout=5_000)
    assert public not in _trusted_keys(worker, qtbot)


def test_restore_from_the_start_window_asks_too(qtbot, tmp_path: Path, hq) -> None:
    """No vault is open there (it could not be opened): only a person can vouch."""
    path, fingerprint, public = _stranger_backup(tmp_path, hq)
    bare = DbWorker()
    try:
        restore = RestoreDialog(bare, FileDialogs())
        qtbot.addWidget(restore)
        restore.form.file.setText(str(path))
        restore.form.key_file.setText(str(hq[1]))
        target = tmp_path / "new-laptop.izdeu"
        restore.target.setText(str(target))
        restore.new_passphrase.setText(NEW)
        restore.new_passphrase_again.setText(NEW)
        prompt = _prompt(qtbot, restore)
        assert prompt.fingerprint.text() == fingerprint and not target.exists()
        with qtbot.waitSignal(restore.restored, timeout=20_000):
            qtbot.mouseClick(prompt.trust_button, Qt.MouseButton.LeftButton)
        with Vault.open(target, NEW) as copy:
            assert public in ops.trusted_signer_keys(copy)
    finally:
        bare.shutdown()


def test_cancel_reaches_the_operation(qtbot, worker: DbWorker) -> None:
    task = BackupTask(worker)
    started: list[bool] = []

    def slow(_session, progress, cancelled):
        started.append(True)
        while not cancelled():
            progress("writing", 1, 10)
        raise CancelledError()

    with qtbot.waitSignal(task.failed, timeout=10_000) as failed:
        task.run(slow)
        qtbot.waitUntil(lambda: bool(started), timeout=5_000)
        task.cancel()
    assert isinstance(failed.args[0], CancelledError) and not task.running


def test_backup_dialog_cancel_button(
    qtbot, worker: DbWorker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[bool] = []

    def slow_backup(store, folder, *, passphrase, choice, progress, cancel):
        started.append(True)
        while not cancel():
            progress("writing", 5, 10)
        raise CancelledError()

    monkeypatch.setattr(ops, "backup_vault", slow_backup)
    dialog = BackupDialog(worker, choose_folder=lambda _parent: tmp_path)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    _click(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(started), timeout=5_000)
    assert dialog.panel.cancel_button.isEnabled() and not dialog.start_button.isEnabled()
    with qtbot.waitSignal(dialog.task.failed, timeout=10_000):
        qtbot.mouseClick(dialog.panel.cancel_button, Qt.MouseButton.LeftButton)
    assert "Cancelled" in dialog.panel.status.text() and dialog.start_button.isEnabled()
    assert not list(tmp_path.glob("*.izbackup"))


def test_merge_dialog_says_what_it_refused(qtbot, worker: DbWorker, tmp_path: Path, hq) -> None:
    """A laptop's backup naming this vault's case as deleted, though the laptop never held it,
    and a record dated 2099: the case stays and the summary says what was refused."""
    got: list[str] = []
    worker.submit(lambda session: session.store.find_case("IZ-2026-0001").uuid, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    device_path = tmp_path / "laptop.izdeu"
    with Vault.create(device_path, PASSPHRASE) as device:
        store = Store(device)
        with store.batch() as batch:
            batch.add_tombstone(got[0], "case", got[0], "2026-11-30T12:00:00.000000Z")
        late = Case(
            case_number="IZ-2099",
            created="2099-01-01T00:00:00.000000Z",
            updated="2099-01-01T00:00:00.000000Z",
        )
        store.save(late, keep_times=True)
        result = ops.backup_vault(store, tmp_path, recipients=[str(hq[0].to_public())])
        fingerprint = ops.device_fingerprint(device)
    merge = MergeDialog(worker, FileDialogs())
    qtbot.addWidget(merge)
    merge.form.file.setText(str(result.path))
    merge.form.key_file.setText(str(hq[1]))
    prompt = _prompt(qtbot, merge)
    assert prompt.fingerprint.text() == fingerprint
    with qtbot.waitSignal(merge.merged, timeout=20_000):
        qtbot.mouseClick(prompt.trust_button, Qt.MouseButton.LeftButton)
    text = merge.result_label.text()
    assert "Deletions refused (that device never held those records): 1" in text
    assert "or they are dated after the backup): 1" in text  # the 2099 case
    still: list[object] = []
    worker.submit(lambda session: session.store.count_cases(), still.append)
    qtbot.waitUntil(lambda: bool(still), timeout=5_000)
    assert still == [1]


def _store_op(worker: DbWorker, qtbot, fn) -> object:
    got: list[object] = []
    worker.submit(fn, got.append, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    return got[0]


def test_increments_from_the_backup_window_and_a_chain_restored(
    qtbot, worker: DbWorker, tmp_path: Path, hq
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = BackupDialog(worker, choose_folder=lambda _parent: stick)
    qtbot.addWidget(dialog)
    dialog._browse()
    assert dialog.kind.currentData() == ops.AUTO
    results = []
    for number in ("IZ-2026-0002", "IZ-2026-0003"):
        with qtbot.waitSignal(dialog.backup_done, timeout=20_000) as done:
            _click(qtbot, dialog)
        results.append(done.args[0])
        if number == "IZ-2026-0002":
            assert "Full backup written and verified" in dialog.panel.status.text()
        _store_op(worker, qtbot, lambda s, n=number: s.store.save(Case(case_number=n)))
    with qtbot.waitSignal(dialog.backup_done, timeout=20_000) as done:
        _click(qtbot, dialog)
    results.append(done.args[0])
    assert [r.report.is_increment for r in results] == [False, True, True]
    assert "Increment written and verified" in dialog.panel.status.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ops.FORCE_FULL))
    with qtbot.waitSignal(dialog.backup_done, timeout=20_000) as done:
        _click(qtbot, dialog)
    assert not done.args[0].report.is_increment and "Full backup written" in dialog.panel.status.text()
    done.args[0].path.unlink()  # the folder holds the first chain only
    chain = [r.path for r in results]

    # Verify the chain, given in another order.
    verify = VerifyDialog(worker, FileDialogs())
    qtbot.addWidget(verify)
    verify.form.file.setText("; ".join(str(p) for p in reversed(chain)))
    verify.form.key_file.setText(str(hq[1]))
    with qtbot.waitSignal(verify.task.finished, timeout=20_000):
        _click(qtbot, verify)
    assert "3 backups form one chain" in verify.result_label.text()

    # A missing link: one line, nothing created.
    dialogs = FileDialogs()
    restore = RestoreDialog(worker, dialogs)
    qtbot.addWidget(restore)
    restore.form.file.setText(f"{chain[0]}; {chain[2]}")
    restore.form.key_file.setText(str(hq[1]))
    target = tmp_path / "restored.izdeu"
    restore.target.setText(str(target))
    restore.new_passphrase.setText(NEW)
    restore.new_passphrase_again.setText(NEW)
    with qtbot.waitSignal(restore.task.failed, timeout=20_000):
        _click(qtbot, restore)
    assert "incomplete" in restore.panel.status.text() and not target.exists()
    # The folder, chosen with the Folder… button.
    dialogs.queue_answer(stick)
    qtbot.mouseClick(restore.findChild(QPushButton, "chooseFolder"), Qt.MouseButton.LeftButton)
    assert restore.form.file.text() == str(stick)
    with qtbot.waitSignal(restore.restored, timeout=20_000):
        _click(qtbot, restore)
    with Vault.open(target, NEW) as copy:
        assert Store(copy).find_case("IZ-2026-0003") is not None
