"""Screenshots of the backup, restore, merge, conflict, passphrase and history windows in en,
ru, kk and ug, from fictional data in a temporary folder:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m ui.screenshots_windows docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["main"]

_LANGS = ("en", "ru", "kk", "ug")
_BACKUP_PASSPHRASE = "a fictional backup passphrase"
_PASSPHRASE = "correct horse battery staple"


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot step timed out")
        QTest.qWait(20)


def _nonempty(count: Callable[[], int]) -> Callable[[], bool]:
    return lambda: count() > 0


def _grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QTest.qWait(200)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _vaults(folder: Path) -> tuple[Path, Path, str]:
    """Headquarters' vault with one merge conflict, the laptop's second backup, the case."""
    from app.backup import ops
    from app.model import Case, Intervention
    from app.store import Store
    from app.vault import Vault, metakeys

    stick = folder / "stick"
    stick.mkdir()
    hq_path = folder / "headquarters.izdeu"
    with (
        Vault.create(hq_path, _PASSPHRASE) as hq_vault,
        Vault.create(folder / "laptop.izdeu", _PASSPHRASE) as lv,
    ):
        hq_vault.set_meta(metakeys.OPERATOR, "Aigerim S.")
        hq, laptop = Store(hq_vault), Store(lv)
        case = Case(case_number="IZ-2026-0042", notes="Met the family in March (fictional).")
        laptop.save(case)
        letter = Intervention(
            case_uuid=case.uuid, addressee_kind="consulate", addressee="Fictional consulate"
        )
        laptop.save(letter)
        first = ops.backup_vault(laptop, stick, passphrase=_BACKUP_PASSPHRASE).path
        ops.merge_backup(hq, first, passphrase=_BACKUP_PASSPHRASE)
        mine = hq.get_case(case.uuid)
        mine.notes = "Headquarters: the brother confirmed the date (fictional)."
        hq.save(mine)
        hq_letter = hq.get("intervention", letter.uuid)
        hq_letter.addressee_kind = "ministry"  # type: ignore[attr-defined]
        hq.save(hq_letter)
        theirs = laptop.get_case(case.uuid)
        theirs.notes = "Laptop: a neighbour saw him taken on 3 May (fictional)."
        laptop.save(theirs)
        first.unlink()
        second = ops.backup_vault(laptop, stick, passphrase=_BACKUP_PASSPHRASE).path
    return hq_path, second, case.uuid


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    out = Path(args[0] if args else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)  # QPixmap.save fails silently into a missing folder
    home = Path(tempfile.mkdtemp(prefix="izdeu-shots-"))
    os.environ["IZDEU_HOME"] = str(home)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)

    from ui.backup.conflicts import ConflictsDialog
    from ui.backup.dialogs import BackupDialog, MergeDialog, RestoreDialog
    from ui.dialogs import FileDialogs
    from ui.editor.history import HistorySection
    from ui.i18n import Translations
    from ui.vault.change_passphrase import ChangePassphraseDialog
    from ui.worker import DbWorker

    hq_path, second, case_uuid = _vaults(home)
    worker = DbWorker()
    opened: list[object] = []
    worker.open_vault(hq_path, _PASSPHRASE, create=False, on_done=opened.append)
    _wait(lambda: bool(opened))
    merge = MergeDialog(worker, FileDialogs())
    merge.form.file.setText(str(second))
    merge.form.passphrase.setText(_BACKUP_PASSPHRASE)
    summaries: list[object] = []
    merge.task.finished.connect(summaries.append)
    merge.start()
    _wait(lambda: bool(summaries))
    merge.close()
    translations = Translations(app)
    for lang in _LANGS:
        translations.apply(lang)
        backup = BackupDialog(worker)
        backup.folder.setText("/media/usb/izdeu-backups")
        _wait(backup.to_passphrase.isChecked)
        backup.passphrase.setText(_BACKUP_PASSPHRASE)
        backup.passphrase_again.setText(_BACKUP_PASSPHRASE)
        backup.panel._progress("writing", 3 * 1024 * 1024, 8 * 1024 * 1024)
        _grab(backup, out / f"backup-{lang}.png")
        backup.close()

        restore = RestoreDialog(worker, FileDialogs())
        # A chain: the full backup and an increment on it.
        stick = second.parent
        restore.form.file.setText(
            f"{stick / 'izdeu-backup-20260503T190000Z.izbackup'}; "
            f"{stick / 'izdeu-backup-20260504T190000Z-incr.izbackup'}"
        )
        restore.target.setText(str(Path.home() / "restored.izdeu"))
        _grab(restore, out / f"restore-{lang}.png")
        restore.close()

        change = ChangePassphraseDialog(worker)
        change.current.setText(_PASSPHRASE)
        change.new.setText("seven fictional words for a new passphrase")
        change.repeat.setText("seven fictional")
        _grab(change, out / f"change-passphrase-{lang}.png")
        change.close()

        summary_window = MergeDialog(worker, FileDialogs())
        summary_window.form.file.setText(str(second))
        summary_window._finished(summaries[0])
        _grab(summary_window, out / f"merge-summary-{lang}.png")

        conflicts = ConflictsDialog(worker)
        conflicts.refresh()
        _wait(_nonempty(conflicts.list.count))
        _grab(conflicts, out / f"merge-conflicts-{lang}.png")
        conflicts.close()
        summary_window.close()

        history = HistorySection(worker, case_uuid)
        history.resize(900, 320)
        history.refresh()
        _wait(_nonempty(history.table.rowCount))
        _grab(history, out / f"history-{lang}.png")
        history.close()
    translations.apply("en")
    worker.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
