"""Tasks that used to need the terminal, from the windows: restore from the Backups menu and open
it, merge with a conflict settled in the review window, the backup dialog's defaults, and the
case history in words. All data is fictional."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.backup import ops
from app.model import Case
from app.store import Store
from app.vault import Vault
from tests.core.test_merge_conflicts import BACKUP_PASSPHRASE, make_conflict
from tests.helpers import PASSPHRASE
from tests.ui.helpers import unlock
from ui.backup.dialogs import BackupDialog, MergeDialog

NEW = "a new long passphrase for the restored vault"


def _top(name: str):
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def test_restore_from_the_backups_menu_then_open_it(qtbot, controller, main, wait_idle, tmp_path, type_text):
    stick = tmp_path / "stick"
    stick.mkdir()
    other = tmp_path / "other.izdeu"
    with Vault.create(other, PASSPHRASE) as vault:
        Store(vault).save(Case(case_number="IZ-2026-0099", summary="Fictional"))
        backup = ops.backup_vault(Store(vault), stick, passphrase=BACKUP_PASSPHRASE).path
    assert main.tools.restore_action in main.tools.menu.actions()
    main.tools.restore_action.trigger()
    [dialog] = _top("RestoreDialog")
    dialog.form.file.setText(str(backup))
    type_text(dialog.form.passphrase, BACKUP_PASSPHRASE)
    target = tmp_path / "restored.izdeu"
    dialog.target.setText(str(target))
    type_text(dialog.new_passphrase, NEW)
    type_text(dialog.new_passphrase_again, NEW)
    assert dialog.open_button.isHidden()
    with qtbot.waitSignal(dialog.restored, timeout=60_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.open_button.isVisible() and dialog.new_passphrase.text() == ""
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    wait_idle()
    start = controller.start_window
    assert controller.main is None and start is not None
    assert start.page_name == "unlock" and start.target == target
    type_text(start.unlock_passphrase, NEW)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(start.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.vault_path == target


def test_conflicts_reviewed_from_the_backups_menu(qtbot, controller, main, wait_idle, tmp_path, type_text):
    # Headquarters' vault is the open one; the conflict is made in it first, then reviewed.
    wait_idle()
    controller.lock()
    wait_idle()
    with Vault.open(controller.vault_path, PASSPHRASE) as vault:
        hq = Store(vault, actor="Headquarters desk")
        case_uuid = make_conflict(tmp_path, hq)
    main = unlock(qtbot, controller, type_text)
    main.tools.conflicts_action.trigger()
    [dialog] = _top("ConflictsDialog")
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert dialog.current.text.toPlainText() == "Laptop notes, fictional"
    assert dialog.kept.text.toPlainText() == "Headquarters notes, fictional"
    assert "notes" in dialog.list.item(0).text()
    with qtbot.waitSignal(dialog.resolved, timeout=10_000):
        qtbot.mouseClick(dialog.kept.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    assert "No conflicts" in dialog.status.text()
    notes, entries = _on_db(
        qtbot, controller, lambda s: (s.store.get_case(case_uuid).notes, s.store.audit(case_uuid))
    )
    assert notes == "Headquarters notes, fictional"
    resolved = [e for e in entries if e.action == "merge-conflict-resolved"]
    assert len(resolved) == 1 and resolved[0].detail == {
        **resolved[0].detail,
        "field": "notes",
        "chosen": "local",
    }


def _merge(qtbot, controller, path: Path) -> MergeDialog:
    merge = MergeDialog(controller.worker, controller.dialogs)
    qtbot.addWidget(merge)
    merge.form.file.setText(str(path))
    merge.form.passphrase.setText(BACKUP_PASSPHRASE)
    with qtbot.waitSignal(merge.merged, timeout=60_000):
        qtbot.mouseClick(merge.start_button, Qt.MouseButton.LeftButton)
    return merge


def _on_db(qtbot, controller, fn):
    got: list[object] = []
    controller.worker.submit(fn, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    return got[0]


def test_merge_window_summary_then_review_and_settle(qtbot, controller, main, wait_idle, tmp_path):
    """The merge summary says what changed and, with a conflict, opens the review window."""
    wait_idle()
    stick = tmp_path / "stick"
    stick.mkdir()
    with Vault.create(tmp_path / "laptop.izdeu", PASSPHRASE) as laptop_vault:
        laptop = Store(laptop_vault)
        case = Case(case_number="IZ-2026-0050", notes="First, fictional")
        laptop.save(case)
        first = ops.backup_vault(laptop, stick, passphrase=BACKUP_PASSPHRASE).path
        merge = _merge(qtbot, controller, first)
        assert "Added: 2" in merge.result_label.text()  # the case and its first status
        assert merge.review_button.isHidden()  # nothing to review

        def edit_here(session):
            mine = session.store.get_case(case.uuid)
            mine.notes = "Headquarters, fictional"
            session.store.save(mine)

        _on_db(qtbot, controller, edit_here)
        theirs = laptop.get_case(case.uuid)
        theirs.notes = "Laptop, fictional"
        laptop.save(theirs)
        first.unlink()
        second = ops.backup_vault(laptop, stick, passphrase=BACKUP_PASSPHRASE).path
    merge = _merge(qtbot, controller, second)
    assert "Conflicts (losing values kept): 1" in merge.result_label.text()
    assert "case \u2066IZ-2026-0050\u2069: notes" in merge.result_label.text()  # which case, which field
    assert not merge.review_button.isHidden()
    qtbot.mouseClick(merge.review_button, Qt.MouseButton.LeftButton)
    review = merge.conflicts_dialog
    qtbot.waitUntil(lambda: review.list.count() == 1, timeout=10_000)
    assert review.current.text.toPlainText() == "Laptop, fictional"
    assert review.kept.text.toPlainText() == "Headquarters, fictional"
    with qtbot.waitSignal(review.resolved, timeout=10_000):
        qtbot.mouseClick(review.kept.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.list.count() == 0, timeout=10_000)
    notes, last = _on_db(
        qtbot, controller, lambda s: (s.store.get_case(case.uuid).notes, s.store.audit(case.uuid)[-1])
    )
    assert notes == "Headquarters, fictional"
    assert last.action == "merge-conflict-resolved" and last.detail["chosen"] == "local"


def test_backup_dialog_defaults_to_what_can_work_and_creates_the_folder(
    qtbot, controller, main, wait_idle, tmp_path, type_text
):
    wait_idle()
    dialog = BackupDialog(controller.worker, dialogs=controller.dialogs)
    qtbot.addWidget(dialog)
    # No organisation key in this vault: the passphrase is chosen, the keys choice explains.
    qtbot.waitUntil(lambda: dialog.to_passphrase.isChecked(), timeout=10_000)
    assert not dialog.to_keys.isEnabled() and not dialog.keys_note.isHidden()
    assert "izdeu " not in dialog.keys_note.text()
    type_text(dialog.passphrase, BACKUP_PASSPHRASE)
    type_text(dialog.passphrase_again, BACKUP_PASSPHRASE)
    folder = tmp_path / "usb" / "izdeu-backups"
    dialog.folder.setText(str(folder))
    controller.dialogs.queue_confirm(False)
    dialog.start()
    assert not folder.exists() and "Choose the folder" in dialog.panel.status.text()
    # Hostile names: a NUL, a name too long for any file system, a file where the folder goes.
    (tmp_path / "a-file").write_text("x")
    for hostile in (str(tmp_path / "bad\x00name"), str(tmp_path / ("x" * 5000)), str(tmp_path / "a-file")):
        dialog.folder.setText(hostile)
        controller.dialogs.queue_confirm(True)
        dialog.start()
        assert "folder" in dialog.panel.status.text() and not dialog.task.running
    controller.dialogs._confirms.clear()
    dialog.folder.setText(str(folder))
    controller.dialogs.queue_confirm(True)
    with qtbot.waitSignal(dialog.backup_done, timeout=60_000):
        dialog.start()
    assert [p.suffix for p in folder.iterdir()] == [".izbackup"]
    assert dialog.buttons.button(dialog.buttons.StandardButton.Close) is not None


def test_no_cli_command_in_the_interface() -> None:
    root = Path(__file__).resolve().parents[2]
    import re

    offenders = []
    for path in sorted((root / "ui").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"tr\(\s*[\"'][^\"']*`?izdeu [a-z-]+", line):
                offenders.append(f"{path.name}:{number}")
    assert offenders == []


def test_restore_from_the_start_window_at_any_time_then_open_it(qtbot, controller, tmp_path, type_text):
    """Not only after three wrong passphrases: the welcome and unlock pages offer it."""
    stick = tmp_path / "stick"
    stick.mkdir()
    with Vault.create(tmp_path / "old-laptop.izdeu", PASSPHRASE) as vault:
        Store(vault).save(Case(case_number="IZ-2026-0100"))
        backup = ops.backup_vault(Store(vault), stick, passphrase=BACKUP_PASSPHRASE).path
    window = controller.start()
    assert window.page_name == "welcome" and not window.welcome_restore.isHidden()
    assert not window.unlock_restore.isHidden()
    qtbot.mouseClick(window.welcome_restore, Qt.MouseButton.LeftButton)
    [dialog] = _top("RestoreDialog")
    dialog.form.file.setText(str(backup))
    type_text(dialog.form.passphrase, BACKUP_PASSPHRASE)
    target = tmp_path / "new-laptop.izdeu"
    dialog.target.setText(str(target))
    type_text(dialog.new_passphrase, NEW)
    type_text(dialog.new_passphrase_again, NEW)
    with qtbot.waitSignal(dialog.restored, timeout=60_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.page_name == "unlock" and window.target == target
    type_text(window.unlock_passphrase, NEW)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
