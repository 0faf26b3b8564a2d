"""The dossier dialog: preview from memory, atomic save with audit, print, batch and cancel.

Most tests run the DB work synchronously (a fake ``submit``); one uses the real DB thread to
check that batch progress crosses threads.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.model import Case, Name, PartialDate, Person
from app.store import Store
from ui.dialogs import FileDialogs
from ui.dossier import DossierDialog


class _Session:
    def __init__(self, store: Store) -> None:
        self.store = store


def _sync_submit(store: Store):
    def submit(fn: Any, on_done: Any, on_error: Any, context: Any) -> None:
        try:
            result = fn(_Session(store))
        except BaseException as exc:  # noqa: BLE001 - delivered like DbWorker does
            if on_error is not None:
                on_error(exc)
            return
        if on_done is not None:
            on_done(result)
    return submit


def _cases(store: Store, n: int) -> list[str]:
    uuids = []
    for i in range(n):
        case = Case(case_number=f"IZ-2024-{i + 1:04d}", disappeared_on=PartialDate(2018, 3),
                    person=Person(names=[Name("Ақжол Бектайұлы", "kk-Cyrl"),
                                         Name("ئاقجول بەكتاي", "ug-Arab"),
                                         Name("阿克卓勒·别克泰", "zh-Hans")]))
        store.save(case)
        uuids.append(case.uuid)
    return uuids


@pytest.fixture
def dialogs() -> FileDialogs:
    return FileDialogs()


def test_preview_save_and_print(qtbot, store: Store, dialogs: FileDialogs, tmp_path: Path
                                ) -> None:
    (uuid,) = _cases(store, 1)
    dialog = DossierDialog(_sync_submit(store), [uuid], dialogs=dialogs, organisation="Org")
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.profile.setCurrentIndex(dialog.profile.findData("public"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
    dialog.preview()
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
    assert target.read_bytes() == dialog.dossier.pdf
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert dialog.saved_path == target
    [intervention] = store.load_case(uuid).interventions
    assert (intervention.dossier_sha256, intervention.addressee, intervention.addressee_kind) == (
        dialog.dossier.sha256, "Демо ҮЕҰ", "ngo")
    assert any(e.action == "dossier" and e.detail["sha256"] == dialog.dossier.sha256
               for e in store.audit(uuid))

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.dossier.pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.dossier.pages


def test_changing_options_drops_the_preview(qtbot, store: Store, dialogs: FileDialogs) -> None:
    (uuid,) = _cases(store, 1)
    dialog = DossierDialog(_sync_submit(store), [uuid], dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.preview()
    assert dialog.dossier is not None
    dialog.profile.setCurrentIndex(dialog.profile.findData("ministry"))
    assert dialog.dossier is None and not dialog.save_button.isEnabled()
    assert dialog.document.pageCount() == 0
    dialog.save()  # nothing to save: no dialog is asked
    dialog.preview()
    assert dialog.dossier is not None and dialog.dossier.profile == "ministry"


def test_errors_are_shown_without_library_text(qtbot, store: Store, dialogs: FileDialogs
                                               ) -> None:
    dialog = DossierDialog(_sync_submit(store), ["no-such-case"], dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.preview()
    assert dialog.dossier is None and dialog.last_error is not None
    assert dialog.status.text() and dialog.preview_button.isEnabled()


def test_batch_and_cancel(qtbot, store: Store, dialogs: FileDialogs, tmp_path: Path) -> None:
    uuids = _cases(store, 3)
    folder = tmp_path / "batch"
    dialog = DossierDialog(_sync_submit(store), uuids, dialogs=dialogs,
                           choose_folder=lambda _parent: folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Several cases: only the batch button, no single-dossier preview, save or print.
    assert dialog.batch_button.isVisible() and "3" in dialog.batch_button.text()
    assert not any(b.isVisible() for b in (dialog.preview_button, dialog.save_button,
                                           dialog.print_button))
    single = DossierDialog(_sync_submit(store), uuids[:1], dialogs=dialogs)
    qtbot.addWidget(single)
    single.show()
    qtbot.waitExposed(single)
    assert single.preview_button.isVisible() and not single.batch_button.isVisible()
    dialog.batch()
    result = dialog.batch_result
    assert result is not None and len(result.written) == 3 and not result.cancelled
    assert dialog.progress.value() == 3
    assert sorted(p.name for p in folder.iterdir()) == [
        f"IZ-2024-000{i}-wgeid-en.pdf" for i in (1, 2, 3)]

    # Cancel after the first dossier: the finished one stays.
    other = tmp_path / "batch2"
    dialog2 = DossierDialog(_sync_submit(store), uuids, dialogs=dialogs,
                            choose_folder=lambda _parent: other)
    qtbot.addWidget(dialog2)
    dialog2._progress_relay.step.connect(lambda done, _t: dialog2.cancel_button.click())
    dialog2.batch()
    assert dialog2.batch_result is not None and dialog2.batch_result.cancelled
    assert len(list(other.iterdir())) == 1


def test_batch_on_the_real_db_thread(qtbot, vault_path: Path, tmp_path: Path,
                                     dialogs: FileDialogs) -> None:
    from tests.helpers import PASSPHRASE
    from ui.worker import DbWorker

    worker = DbWorker()
    try:
        opened: list[Any] = []
        worker.open_vault(vault_path, PASSPHRASE, create=True, on_done=opened.append)
        qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
        uuids: list[str] = []
        worker.submit(lambda s: uuids.extend(_cases(s.store, 2)))
        qtbot.waitUntil(lambda: worker.pending == 0 and len(uuids) == 2, timeout=10_000)
        steps: list[int] = []
        dialog = DossierDialog(worker.submit, uuids, dialogs=dialogs,
                               choose_folder=lambda _parent: tmp_path / "real")
        qtbot.addWidget(dialog)
        dialog._progress_relay.step.connect(lambda done, _t: steps.append(done))
        dialog.batch()
        qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=30_000)
        assert steps == [1, 2] and dialog.progress.value() == 2
        assert len(list((tmp_path / "real").iterdir())) == 2
    finally:
        worker.shutdown()
