"""The walk's second half (ui/walk.py): windows opened from inside other windows — the merge
summary and conflict review (on a headquarters vault with a conflict), related cases and the
merge of two cases, the trust prompt, key shares, the witness picker, a batch of dossiers, the
lock warning, the privacy screen and the message boxes the app shows most."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from ui.walk_vaults import BACKUP_PASSPHRASE, PASSPHRASE

if TYPE_CHECKING:
    from ui.walk import Step, Walk
    from ui.worker import DbWorker

__all__ = ["HeadquartersWorker", "more_dialogs"]

# A fingerprint as the backup-keys window shows one (fictional).
FINGERPRINT = "age1x7k2 9qfm 3t8d v5lz c0hw n4ry e6pj s2ua"


class HeadquartersWorker:
    """A second DB worker on the walk's headquarters vault, opened once, with its merge run
    once (the summary the merge window shows after it)."""

    def __init__(self, walk: Walk) -> None:
        from ui.worker import DbWorker

        path, self.backup, self.case_uuid = walk.conflicts.made()
        self.worker = DbWorker()
        opened: list[object] = []
        self.worker.open_vault(path, PASSPHRASE, create=False, on_done=opened.append)
        from ui.walk import wait

        wait(lambda: bool(opened))
        self.summary = self._merge(walk)

    def _merge(self, walk: Walk) -> Any:
        from ui.backup.dialogs import MergeDialog
        from ui.walk import wait

        merge = MergeDialog(self.worker, walk.controller.dialogs)
        merge.form.file.setText(str(self.backup))
        merge.form.passphrase.setText(BACKUP_PASSPHRASE)
        summaries: list[object] = []
        merge.task.finished.connect(summaries.append)
        merge.start()
        wait(lambda: bool(summaries))
        merge.close()
        merge.deleteLater()
        return summaries[0]

    def shutdown(self) -> None:
        self.worker.shutdown()


def _headquarters(walk: Walk) -> HeadquartersWorker:
    if walk.headquarters is None:
        walk.headquarters = HeadquartersWorker(walk)
    found: HeadquartersWorker = walk.headquarters
    return found


def _wait_rows(walk: Walk, count: Any) -> None:
    from ui.walk import wait

    wait(lambda: count() > 0)
    walk.idle()


def more_dialogs(walk: Walk) -> Iterator[Step]:
    yield from _backups(walk)
    yield from _cases(walk)
    yield from _screens(walk)


def _backups(walk: Walk) -> Iterator[Step]:
    from ui.backup.conflicts import ConflictsDialog
    from ui.backup.dialogs import MergeDialog
    from ui.backup.trust import TrustPrompt
    from ui.editor.history import HistorySection
    from ui.erase.shares import SharesDialog

    hq = _headquarters(walk)
    worker: DbWorker = hq.worker
    main = walk.main
    summary = MergeDialog(worker, walk.controller.dialogs, parent=main)
    summary.form.file.setText(str(hq.backup))
    summary._finished(hq.summary)
    yield from walk._dialog("merge-summary", summary)
    conflicts = ConflictsDialog(worker, parent=main)
    conflicts.refresh()
    _wait_rows(walk, conflicts.list.count)
    yield from walk._dialog("merge-conflicts", conflicts)
    history = HistorySection(worker, hq.case_uuid)
    history.resize(900, 320)
    history.refresh()
    _wait_rows(walk, history.table.rowCount)
    yield from walk._dialog("history-merged", history)
    yield from walk._dialog("trust-prompt", TrustPrompt(FINGERPRINT, main))
    yield from walk._dialog("key-shares", SharesDialog(walk.controller.worker, walk.controller.dialogs, main))


def _cases(walk: Walk) -> Iterator[Step]:
    from ui.dossier.dialog import DossierDialog
    from ui.editor.witness_pick import WitnessPicker
    from ui.names.linking import CaseMergeDialog, LinkDialog
    from ui.ops import DbOp

    worker = walk.controller.worker
    main = walk.main
    editor = walk.open_editor()
    kept, other = walk.pair
    yield from walk._dialog("link-case", LinkDialog(worker, editor.case_uuid, parent=main))
    rows: list[Any] = []
    DbOp(None, lambda s: s.store.case_rows([kept, other])).success(rows.extend).run(worker)
    walk.idle()
    if len(rows) == 2:
        merge = CaseMergeDialog(worker, rows[0], rows[1], parent=main)
        yield from walk._dialog("merge-cases", merge)
    yield from walk._dialog("witness-picker", WitnessPicker(worker, editor.case_uuid, main))
    batch = DossierDialog(worker, [kept, other], dialogs=walk.controller.dialogs, parent=main)
    yield from walk._dialog("dossier-batch", batch)
    for index, box in enumerate(walk.confirmations(main.delete_current_case)):
        yield from walk._dialog(f"confirm-delete-{index + 1}", box)


def _screens(walk: Walk) -> Iterator[Step]:
    from ui.failure import report_failure
    from ui.lock_screens import LockWarning
    from ui.walk import wait

    main = walk.main
    box = report_failure(main, RuntimeError("shown as the generic sentence"))
    assert isinstance(box, QMessageBox)
    yield from walk._dialog("failure-box", box)
    warning = LockWarning(main)
    warning.show_left(30, main)
    yield from walk._dialog("lock-warning-box", warning)
    controller = walk.controller
    controller.hide_now()
    screen = controller.privacy
    assert screen is not None
    screen.showNormal()
    screen.resize(900, 420)
    yield "privacy-screen", walk._shown(screen)
    screen.resume.emit()
    wait(lambda: main.isVisible())
    walk.idle()
