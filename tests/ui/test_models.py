"""The case list and search result models, checked with pytest-qt's qtmodeltester."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.model import Case, Intervention, Name, PartialDate, Person, Testimony
from app.store import CaseRow, SearchHit, Snippet
from ui.cases.model import PAGE_SIZE, UUID_ROLE, CaseTableModel
from ui.cases.search import SearchResult, SearchResultsModel, is_rtl_text, snippet_html
from ui.worker import DbSession, DbWorker


@pytest.fixture
def worker(qapp, vault_path) -> Iterator[DbWorker]:
    w = DbWorker()
    yield w
    w.shutdown()
    w.deleteLater()


@pytest.fixture
def opened(qtbot, worker, vault_path):
    from tests.helpers import PASSPHRASE

    done = []
    worker.open_vault(vault_path, PASSPHRASE, create=True, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    return worker


def _fill(qtbot, worker, count):
    def op(session: DbSession) -> None:
        records = []
        for i in range(count):
            case = Case(
                case_number=f"IZ-2024-{i:05d}",
                status=("open", "submitted")[i % 2],
                disappeared_on=PartialDate(2017 + i % 3, 1 + i % 12),
                person=Person(names=[Name(f"Аты {i:05d}", "kk-Cyrl")]),
            )
            records.append(case)
            if i % 7 == 0:
                records.append(Intervention(case_uuid=case.uuid, next_follow_up=PartialDate(2020, 1, 1)))
        session.store.save_many(records)

    done = []
    worker.submit(op, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)


def _loaded_model(qtbot, worker, count):
    model = CaseTableModel(worker)
    with qtbot.waitSignal(model.reset_done, timeout=10_000):
        model.refresh()
    if count:
        qtbot.waitUntil(lambda: 0 in model.loaded_pages())
    return model


def test_case_model_passes_modeltester(qtbot, qtmodeltester, opened):
    _fill(qtbot, opened, 450)
    model = _loaded_model(qtbot, opened, 450)
    assert model.rowCount() == 450
    assert model.columnCount() == 8
    # Rows of a page not fetched yet show a placeholder and ask for the page.
    far = model.index(PAGE_SIZE * 2 + 5, 1)
    assert model.data(far) is None
    qtbot.waitUntil(lambda: 2 in model.loaded_pages())
    assert model.data(far) == f"Аты {PAGE_SIZE * 2 + 5:05d}"
    qtmodeltester.check(model, force_py=True)


def test_case_model_sorts_and_filters_in_the_store(qtbot, opened):
    _fill(qtbot, opened, 60)
    model = _loaded_model(qtbot, opened, 60)
    with qtbot.waitSignal(model.reset_done):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: 0 in model.loaded_pages())
    assert model.index(0, 0).data() == "IZ-2024-00059"
    assert model.index(0, 0).data(UUID_ROLE)
    with qtbot.waitSignal(model.reset_done) as signal:
        model.set_filters(status="submitted", year=None, hometown=None, follow_up_due=False)
    assert signal.args == [30]
    with qtbot.waitSignal(model.reset_done) as signal:
        model.set_filters(status=None, year=None, hometown=None, follow_up_due=True)
    assert signal.args == [9]
    assert model.index(0, 7).data() == "2020-01-01"
    assert model.index(0, 7).data(Qt.ItemDataRole.ForegroundRole) is not None  # due: marked
    model.clear()
    assert model.rowCount() == 0


def test_empty_case_model(qtbot, qtmodeltester, opened):
    model = _loaded_model(qtbot, opened, 0)
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


def test_search_model_and_snippets(qtmodeltester):
    row = CaseRow("u1", "IZ-1", "ئەركىن / Erkin", "open", "missing", "2018", "", "", "")
    hit = SearchHit("u1", -1.0, [Snippet("names", "ئەركىن سادىق <b>", ((0, 6),))])
    model = SearchResultsModel()
    model.set_results([SearchResult(hit, row)])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1) == "u1"
    assert is_rtl_text("ئەركىن abc")
    assert not is_rtl_text("IZ ئەركىن")
    html_text = snippet_html(hit.snippets[0])
    assert "&lt;b&gt;" in html_text  # case text is escaped, never interpreted as markup
    assert "background-color" in html_text


def test_callbacks_dropped_when_context_is_gone(qtbot, opened):
    import shiboken6
    from PySide6.QtCore import QObject

    context = QObject()
    called = []
    done = []
    opened.submit(lambda s: 1, called.append, context=context)
    shiboken6.delete(context)  # results are delivered through the GUI event loop, later
    opened.submit(lambda s: 2, done.append)
    qtbot.waitUntil(lambda: done == [2])
    assert called == []


def test_worker_reports_errors_safely(qtbot, opened):
    errors = []

    def op(_s: DbSession) -> None:
        raise RuntimeError("secret case text")

    opened.submit(op, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    from ui.messages import user_message

    assert "secret" not in user_message(errors[0])


def test_testimony_is_not_collected():
    assert Testimony.__test__ is False


def test_update_row_keeps_the_model_and_updates_that_row(qtbot, opened):
    _fill(qtbot, opened, 30)
    model = _loaded_model(qtbot, opened, 30)
    uuid = model.index(3, 0).data(UUID_ROLE)

    def rename(session: DbSession) -> CaseRow:
        case = session.store.get_case(uuid)
        case.person.names = [Name("Жаңа ат", "kk-Cyrl")]
        return session.store.commit_changes(uuid, [case], []).row

    done = []
    opened.submit(rename, done.append)
    qtbot.waitUntil(lambda: bool(done))
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    model.update_row(done[0])
    assert resets == [] and changed == [(3, 3)]
    assert model.index(3, 1).data() == "Жаңа ат"
    assert model.index(4, 1).data() == "Аты 00004"


def test_hometown_filter_waits_for_a_pause(qtbot, opened):
    from ui.cases.view import CaseListView

    _fill(qtbot, opened, 5)
    view = CaseListView(opened)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.model.reset_done):
        view.reload()
    resets = []
    view.model.reset_done.connect(resets.append)
    for text in ("Қ", "Құ", "Құл"):
        view.hometown_filter.setEditText(text)
    qtbot.waitSignal(view.model.reset_done).wait()
    assert resets == [0]  # one query for the three keystrokes
    assert view.model.query.hometown == "Құл"
