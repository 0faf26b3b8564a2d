"""The one way the UI runs work (ui/ops.py): failures are shown, callbacks of a deleted widget
are dropped, cancel reaches the operation, and rendering leaves the DB thread free."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.dossier.builder import DossierOptions
from app.errors import CancelledError, StorageError, VaultLockedError
from app.model import Case, Name, PartialDate, Person
from app.store import Store
from tests.helpers import PASSPHRASE
from ui.dialogs import FileDialogs
from ui.editor.history import HistorySection
from ui.i18n import Translations
from ui.messages import user_message
from ui.ops import DbOp, Latest, OpProgress
from ui.worker import DbSession, DbWorker

T = TypeVar("T")
GATE = 20  # seconds a blocked step waits at most: only a safety net, never an assertion


@pytest.fixture
def bare(qtbot) -> Iterator[DbWorker]:
    """A DB thread with no vault open: every store call fails with VaultLockedError."""
    db = DbWorker()
    yield db
    db.shutdown()


@pytest.fixture
def worker(qtbot, vault_path: Path) -> Iterator[DbWorker]:
    db = DbWorker()
    opened: list[Any] = []
    db.open_vault(vault_path, PASSPHRASE, create=True, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    yield db
    db.shutdown()


def _on_db(qtbot, worker: DbWorker, fn: Callable[[Store], T]) -> T:
    box: list[T] = []
    DbOp(None, lambda s: fn(s.store)).success(box.append).run(worker)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def _case(store: Store) -> str:
    case = Case(
        case_number="IZ-2024-0001",
        disappeared_on=PartialDate(2018, 3),
        person=Person(names=[Name("Ақжол Бектайұлы", "kk-Cyrl")]),
    )
    store.save(case)
    return case.uuid


def _boxes() -> list[QMessageBox]:
    found = [
        w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.objectName() == "failureBox"
    ]
    return [b for b in found if shiboken6.isValid(b) and b.isVisible()]


@pytest.fixture(autouse=True)
def _close_boxes(qapp) -> Iterator[None]:
    yield
    for box in _boxes():
        box.close()


# --- failures ------------------------------------------------------------------------------


def test_a_failure_no_one_handles_is_shown_translated(qtbot, qapp, bare: DbWorker) -> None:
    translations = Translations(qapp)
    translations.apply("ru")
    try:
        section = HistorySection(bare, "no-vault-open")
        qtbot.addWidget(section)
        section.show()
        section.refresh()  # gives no failure handler: the locked vault must not go unseen
        qtbot.waitUntil(lambda: bool(_boxes()), timeout=10_000)
        [box] = _boxes()
        expected = user_message(VaultLockedError())
        assert box.text() == expected and expected != "The vault is locked"
        assert box.parentWidget() is section.window()
    finally:
        translations.apply("en")


def test_a_failure_to_close_the_vault_on_lock_is_shown(
    qtbot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.worker

    real_close = ui.worker._close

    def failing_close(session: DbSession) -> None:
        real_close(session)
        raise StorageError()

    monkeypatch.setattr(ui.worker, "_close", failing_close)
    worker.close_vault()  # as the controller calls it on lock: no handler given
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=10_000)
    assert [b.text() for b in _boxes()] == [user_message(StorageError())]
    monkeypatch.undo()  # before the fixture's shutdown closes (nothing, by now) once more


def test_no_library_text_reaches_the_box(qtbot, bare: DbWorker) -> None:
    def op(_session: DbSession) -> None:
        raise ValueError("Ақжол Бектайұлы, +7 701 000 0000")  # what a library might quote

    DbOp(None, op).run(bare)
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=10_000)
    [box] = _boxes()
    assert "Ақжол" not in box.text() and box.text() == user_message(ValueError())


# --- deleted widgets -------------------------------------------------------------------------


def test_callbacks_of_a_deleted_widget_are_not_called(qtbot, bare: DbWorker) -> None:
    gate = threading.Event()
    called: list[Any] = []
    on_db, in_pool, failing = QWidget(), QWidget(), QWidget()

    def wait_then(value: Any) -> Any:
        gate.wait(GATE)
        return value

    def wait_then_fail(_session: DbSession) -> None:
        gate.wait(GATE)
        raise VaultLockedError()

    DbOp(on_db, lambda _s: wait_then(1)).success(called.append).run(bare)
    DbOp(in_pool, lambda _s: 2).then(wait_then).success(called.append).run(bare)
    DbOp(failing, wait_then_fail).run(bare)  # its failure would open a box
    qtbot.waitUntil(lambda: bare.pending == 3, timeout=5_000)
    for widget in (on_db, in_pool, failing):
        shiboken6.delete(widget)
    gate.set()
    qtbot.waitUntil(lambda: bare.pending == 0, timeout=10_000)
    qtbot.wait(50)  # let any stray queued call arrive (it would fail the assertions below)
    assert called == [] and _boxes() == []


# --- cancel and newest only ------------------------------------------------------------------


def test_cancel_reaches_the_operation_and_shows_nothing(qtbot, bare: DbWorker) -> None:
    progress = OpProgress()
    steps: list[int] = []
    failures: list[BaseException] = []
    progress.changed.connect(lambda _p, done, _t: steps.append(done))

    def slow(_session: DbSession) -> None:
        while not progress.cancelled():
            progress.report("writing", 1, 10)
        raise CancelledError()

    DbOp(None, slow).with_progress(progress).failure(failures.append).run(bare)
    qtbot.waitUntil(lambda: bool(steps), timeout=10_000)
    assert progress.running
    progress.cancel()
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], CancelledError) and not progress.running

    # A cancel between reading and rendering: the render never starts, and a cancel is
    # what the user asked for, so no box.
    rendered: list[Any] = []
    second = OpProgress()

    def read(_session: DbSession) -> int:
        second.cancel()
        return 1

    DbOp(None, read).with_progress(second).then(rendered.append).run(bare)
    qtbot.waitUntil(lambda: bare.pending == 0, timeout=10_000)
    assert rendered == [] and _boxes() == [] and not second.running


def test_only_the_newest_answer_is_delivered(qtbot, bare: DbWorker) -> None:
    latest = Latest()
    got: list[int] = []
    for n in (1, 2, 3):
        DbOp(None, lambda _s, n=n: n).latest(latest).success(got.append).run(bare)
    qtbot.waitUntil(lambda: bare.pending == 0, timeout=10_000)
    assert got == [3]


# --- rendering off the DB thread -------------------------------------------------------------


def _save_op(log: list[str], saved: threading.Event) -> Callable[[DbSession], str]:
    def save(session: DbSession) -> str:
        case = Case(case_number="IZ-2024-0002", summary="Saved while rendering")
        session.store.save(case)
        log.append("save")
        saved.set()
        return case.uuid

    return save


def test_a_save_runs_while_a_preview_renders(
    qtbot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.dossier.dialog as dialog_module
    from ui.dossier import DossierDialog

    uuid = _on_db(qtbot, worker, _case)
    log: list[str] = []
    saved = threading.Event()
    real_build = dialog_module.build_dossier

    def blocking_build(source: Any, options: DossierOptions) -> Any:
        log.append("render starts on " + threading.current_thread().name.split("_")[0])
        saved.wait(GATE)  # before the fix the save queued behind this render
        log.append("render ends")
        return real_build(source, options)

    monkeypatch.setattr(dialog_module, "build_dossier", blocking_build)
    dialog = DossierDialog(worker, [uuid], dialogs=FileDialogs())
    qtbot.addWidget(dialog)
    dialog.preview()
    qtbot.waitUntil(lambda: bool(log), timeout=10_000)
    DbOp(None, _save_op(log, saved)).run(worker)  # an editor's save, made during the render
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=30_000)
    assert log == ["render starts on izdeu-render", "save", "render ends"]


def test_a_save_runs_while_a_batch_renders(
    qtbot, worker: DbWorker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.dossier.batch_run as batch_module
    from ui.dossier.batch_run import BatchRun

    uuids = [_on_db(qtbot, worker, _case) for _ in range(2)]
    log: list[str] = []
    saved = threading.Event()
    real_build = batch_module.build_dossier

    def blocking_build(source: Any, options: DossierOptions) -> Any:
        log.append("render starts")
        saved.wait(GATE)  # before the fix the save queued behind the renders
        log.append("render ends")
        return real_build(source, options)

    # A thread pool stands in for the process pool: the patched render must be this one.
    monkeypatch.setattr(batch_module, "build_dossier", blocking_build)
    pool = ThreadPoolExecutor(max_workers=2)
    results: list[Any] = []
    run = BatchRun(worker, uuids, tmp_path / "out", DossierOptions(), OpProgress(), pool=lambda: pool)
    run.finished.connect(results.append)
    run.start()
    qtbot.waitUntil(lambda: log.count("render starts") == 2, timeout=3 * GATE * 1000)
    DbOp(None, _save_op(log, saved)).run(worker)
    qtbot.waitUntil(lambda: bool(results), timeout=3 * GATE * 1000)
    assert log == ["render starts", "render starts", "save", "render ends", "render ends"]
    [result] = results
    assert [w[0] for w in result.written] == uuids and not result.failed
    assert {p.name for p in (tmp_path / "out").iterdir()} == {
        "IZ-2024-0001-wgeid-en.pdf",
        f"IZ-2024-0001-wgeid-en-{uuids[1][:8]}.pdf",
        "covering-list-wgeid-en.pdf",
    }


def test_batch_children_import_no_qt_and_hold_no_vault() -> None:
    from app.dossier.pool import process_pool

    pool = process_pool(1)
    try:
        probe = (
            "sorted(m for m in __import__('sys').modules "
            "if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui', 'sqlcipher3'))"
        )
        assert pool.submit(eval, probe).result(timeout=60) == []
    finally:
        pool.shutdown()


def test_thumbnails_are_scaled_off_the_db_thread(
    qtbot, worker: DbWorker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QColor, QImage

    import ui.editor.thumbnails as thumbnails_module
    from ui.editor.attachments import AttachmentsSection

    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e86c1"))
    png = tmp_path / "photo.png"
    assert image.save(str(png))
    uuid = _on_db(qtbot, worker, _case)
    attachment = _on_db(qtbot, worker, lambda store: store.add_attachment_file(uuid, png))
    threads: list[str] = []
    real = thumbnails_module.thumbnail

    def recording(*args: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(thumbnails_module, "thumbnail", recording)
    section = AttachmentsSection(worker, FileDialogs(), uuid)
    qtbot.addWidget(section)
    section.set_records([attachment])
    qtbot.waitUntil(lambda: not section.list.item(0).icon().isNull(), timeout=10_000)
    assert len(threads) == 1 and threads[0].startswith("izdeu-render")


def test_closing_the_dialog_mid_batch_writes_nothing_more(
    qtbot, worker: DbWorker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.dossier.batch_run as batch_module
    from ui.dossier import DossierDialog

    uuids = [_on_db(qtbot, worker, _case) for _ in range(3)]
    started: list[str] = []
    gate = threading.Event()
    real_build = batch_module.build_dossier

    def blocking_build(source: Any, options: DossierOptions) -> Any:
        started.append(source.bundle.case.uuid)
        gate.wait(GATE)
        return real_build(source, options)

    monkeypatch.setattr(batch_module, "build_dossier", blocking_build)
    pool = ThreadPoolExecutor(max_workers=2)
    folder = tmp_path / "out"
    dialog = DossierDialog(
        worker, uuids, dialogs=FileDialogs(), choose_folder=lambda _parent: folder, batch_pool=lambda: pool
    )
    dialog.show()
    dialog.batch()
    qtbot.waitUntil(lambda: len(started) == 2, timeout=10_000)
    dialog.close()  # closes on lock too; deletes itself
    gate.set()
    qtbot.waitUntil(lambda: worker.pending == 0, timeout=3 * GATE * 1000)
    pool.shutdown(wait=True)
    qtbot.wait(50)
    assert list(folder.iterdir()) == [] and len(started) == 2 and _boxes() == []
    audit = _on_db(qtbot, worker, lambda store: [e for u in uuids for e in store.audit(u)])
    assert not any(e.action == "dossier" for e in audit)


def test_call_blocking_answers_other_threads_in_order_and_raises_their_errors(bare: DbWorker) -> None:
    """What the media player's reader threads use: the DB thread's answer, nothing delivered
    to the GUI (``pending`` stays 0), the error raised where it was asked."""
    seen: list[str] = []
    results: dict[str, Any] = {}

    def ask(name: str) -> None:
        try:
            results[name] = bare.call_blocking(
                lambda _s: (seen.append(threading.current_thread().name), name)[1]
            )
        except BaseException as exc:
            results[name] = exc

    threads = [threading.Thread(target=ask, args=(f"reader-{i}",)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert results == {f"reader-{i}": f"reader-{i}" for i in range(3)}
    assert set(seen) == {"izdeu-db"} and bare.pending == 0
    with pytest.raises(VaultLockedError):
        bare.call_blocking(lambda s: s.store)  # no vault open: the store's own error
    bare.shutdown()
    with pytest.raises(VaultLockedError):
        bare.call_blocking(lambda _s: 1)


def test_a_batch_keeps_two_cases_per_child_waiting(
    qtbot, worker: DbWorker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child that finishes a case finds the next one already read: the pool is handed
    two cases per child before any render ends, and no more (the memory held stays bounded)."""
    import ui.dossier.batch_run as batch_module
    from ui.dossier.batch_run import BatchRun

    monkeypatch.setattr(batch_module, "default_workers", lambda: 2)
    uuids = [_on_db(qtbot, worker, _case) for _ in range(6)]
    release = threading.Event()
    real_build = batch_module.build_dossier

    def blocking_build(source: Any, options: DossierOptions) -> Any:
        release.wait(GATE)
        return real_build(source, options)

    class CountingPool(ThreadPoolExecutor):
        handed = 0

        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
            CountingPool.handed += 1
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(batch_module, "build_dossier", blocking_build)
    pool = CountingPool(max_workers=2)
    results: list[Any] = []
    run = BatchRun(worker, uuids, tmp_path / "out", DossierOptions(), OpProgress(), pool=lambda: pool)
    run.finished.connect(results.append)
    run.start()
    qtbot.waitUntil(lambda: CountingPool.handed == 4, timeout=GATE * 1000)
    qtbot.wait(300)  # nothing more is read while all four wait
    assert CountingPool.handed == 4
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=3 * GATE * 1000)
    [result] = results
    assert len(result.written) == 6 and not result.failed
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 7  # six dossiers and the covering list
