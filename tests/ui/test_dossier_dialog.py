"""The dossier dialog: preview from memory, atomic save with audit, print, batch and cancel.

The dialog runs on the real DB thread (it reads there and renders in a pool: a preview in a
thread, a batch in spawned child processes), so each test waits for what it asserts.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.model import Case, Name, PartialDate, Person
from app.store import Store
from tests.helpers import PASSPHRASE
from ui.dialogs import FileDialogs
from ui.dossier import DossierDialog
from ui.ops import DbOp
from ui.worker import DbWorker

T = TypeVar("T")


@pytest.fixture
def worker(qtbot, vault_path: Path) -> Iterator[DbWorker]:
    db = DbWorker()
    opened: list[Any] = []
    db.open_vault(vault_path, PASSPHRASE, create=True, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    yield db
    db.shutdown()


def on_db(qtbot, worker: DbWorker, fn: Callable[[Store], T]) -> T:
    """``fn(store)`` on the DB thread, waited for."""
    box: list[T] = []
    DbOp(None, lambda s: fn(s.store)).success(box.append).run(worker)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def _cases(store: Store, n: int) -> list[str]:
    uuids = []
    for i in range(n):
        case = Case(
            case_number=f"IZ-2024-{i + 1:04d}",
            disappeared_on=PartialDate(2018, 3),
            person=Person(
                names=[
                    Name("Ақжол Бектайұлы", "kk-Cyrl"),
                    Name("ئاقجول بەكتاي", "ug-Arab"),
                    Name("阿克卓勒·别克泰", "zh-Hans"),
                ]
            ),
        )
        store.save(case)
        uuids.append(case.uuid)
    return uuids


@pytest.fixture
def dialogs() -> FileDialogs:
    return FileDialogs()


def test_preview_save_and_print(qtbot, worker: DbWorker, dialogs: FileDialogs, tmp_path: Path) -> None:
    (uuid,) = on_db(qtbot, worker, lambda store: _cases(store, 1))
    dialog = DossierDialog(worker, [uuid], dialogs=dialogs, organisation="Org")
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.profile.setCurrentIndex(dialog.profile.findData("public"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=30_000)
    assert dialog.dossier is not None and dialog.dossier.profile == "public"
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == dialog.dossier.pages
    assert dialog.dossier.sha256 in dialog.status.text()
    assert dialog.save_button.isEnabled()

    target = tmp_path / "out" / "dossier.pdf"
    target.parent.mkdir()
    dialogs.queue_answer(target)
    dialog.record_sent.setChecked(True)
    dialog.addressee.setText("Демо ҮЕҰ")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10_000)
    assert target.read_bytes() == dialog.dossier.pdf
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert dialog.saved_path == target
    [intervention] = on_db(qtbot, worker, lambda store: store.load_case(uuid).interventions)
    assert (intervention.dossier_sha256, intervention.addressee, intervention.addressee_kind) == (
        dialog.dossier.sha256,
        "Демо ҮЕҰ",
        "ngo",
    )
    audit = on_db(qtbot, worker, lambda store: store.audit(uuid))
    assert any(e.action == "dossier" and e.detail["sha256"] == dialog.dossier.sha256 for e in audit)

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.dossier.pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.dossier.pages


def test_changing_options_drops_the_preview(qtbot, worker: DbWorker, dialogs: FileDialogs) -> None:
    (uuid,) = on_db(qtbot, worker, lambda store: _cases(store, 1))
    dialog = DossierDialog(worker, [uuid], dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=30_000)
    dialog.profile.setCurrentIndex(dialog.profile.findData("ministry"))
    assert dialog.dossier is None and not dialog.save_button.isEnabled()
    assert dialog.document.pageCount() == 0
    dialog.save()  # nothing to save: no dialog is asked
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=30_000)
    assert dialog.dossier.profile == "ministry"


def test_errors_are_shown_without_library_text(qtbot, worker: DbWorker, dialogs: FileDialogs) -> None:
    dialog = DossierDialog(worker, ["no-such-case"], dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.last_error is not None, timeout=10_000)
    assert dialog.dossier is None and dialog.last_error is not None
    assert dialog.status.text() and dialog.preview_button.isEnabled()


def test_batch_and_cancel(qtbot, worker: DbWorker, dialogs: FileDialogs, tmp_path: Path) -> None:
    uuids = on_db(qtbot, worker, lambda store: _cases(store, 3))
    folder = tmp_path / "batch"
    dialog = DossierDialog(worker, uuids, dialogs=dialogs, choose_folder=lambda _parent: folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Several cases: only the batch button, no single-dossier preview, save or print.
    assert dialog.batch_button.isVisible() and "3" in dialog.batch_button.text()
    assert not any(b.isVisible() for b in (dialog.preview_button, dialog.save_button, dialog.print_button))
    single = DossierDialog(worker, uuids[:1], dialogs=dialogs)
    qtbot.addWidget(single)
    single.show()
    qtbot.waitExposed(single)
    assert single.preview_button.isVisible() and not single.batch_button.isVisible()
    dialog.batch()
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=60_000)
    result = dialog.batch_result
    assert result is not None and len(result.written) == 3 and not result.cancelled
    assert dialog.progress.value() == 3
    assert sorted(p.name for p in folder.iterdir()) == [
        *(f"IZ-2024-000{i}-wgeid-en.pdf" for i in (1, 2, 3)),
        "covering-list-wgeid-en.pdf",
    ]
    # The covering list names each file with its SHA-256, in the batch's order.
    assert result.covering_list == folder / "covering-list-wgeid-en.pdf"
    assert [(e.file, e.sha256) for e in result.listed] == [(p.name, sha) for _, p, sha in result.written]
    assert "covering-list-wgeid-en.pdf" in dialog.status.text()

    # Cancel after the first dossier: the finished one stays.
    other = tmp_path / "batch2"
    dialog2 = DossierDialog(worker, uuids, dialogs=dialogs, choose_folder=lambda _parent: other)
    qtbot.addWidget(dialog2)
    dialog2.batch_progress.changed.connect(lambda *_a: dialog2.cancel_button.click())
    dialog2.batch()
    qtbot.waitUntil(lambda: dialog2.batch_result is not None, timeout=60_000)
    assert dialog2.batch_result.cancelled
    # Two cases are in flight at a time (ui/dossier/batch_run.py): the second may have been
    # written before the click reached the DB thread; the third is never started.
    written = sorted(p.name for p in other.iterdir())
    assert 1 <= len(written) <= 2 and len(dialog2.batch_result.written) == len(written)
    assert "IZ-2024-0003-wgeid-en.pdf" not in written


def test_batch_progress_crosses_threads(
    qtbot, worker: DbWorker, tmp_path: Path, dialogs: FileDialogs
) -> None:
    uuids = on_db(qtbot, worker, lambda store: _cases(store, 2))
    steps: list[int] = []
    dialog = DossierDialog(worker, uuids, dialogs=dialogs, choose_folder=lambda _parent: tmp_path / "real")
    qtbot.addWidget(dialog)
    dialog.batch_progress.changed.connect(lambda _phase, done, _t: steps.append(done))
    dialog.batch()
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=60_000)
    assert steps == [1, 2] and dialog.progress.value() == 2
    assert len(list((tmp_path / "real").glob("IZ-*.pdf"))) == 2
