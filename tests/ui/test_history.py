"""The case history in the user's words: kinds, fields and actions translated, the operator's
name, local time, and dates that keep their order in the Uyghur window. Data is fictional."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.model import Case, Intervention
from app.store import Store
from app.vault import Vault, metakeys
from tests.helpers import PASSPHRASE
from ui.editor.history import HistorySection, local_time
from ui.i18n import Translations
from ui.isolate import LRI, PDI
from ui.worker import DbWorker


@pytest.fixture
def case_worker(qtbot, tmp_path: Path) -> Iterator[tuple[DbWorker, str]]:
    path = tmp_path / "vault.izdeu"
    with Vault.create(path, PASSPHRASE) as vault:
        vault.set_meta(metakeys.OPERATOR, "Aigerim (fictional)")
        store = Store(vault)
        case = Case(case_number="IZ-2026-0003")
        store.save(case)
        letter = Intervention(case_uuid=case.uuid, addressee_kind="consulate", addressee="Fictional office")
        store.save(letter)
        letter.addressee_kind = "ministry"
        store.save(letter)
    db = DbWorker()
    opened: list[object] = []
    db.open_vault(path, PASSPHRASE, create=False, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    yield db, case.uuid
    db.shutdown()


def _rows(qtbot, worker: DbWorker, case_uuid: str) -> list[list[str]]:
    section = HistorySection(worker, case_uuid)
    qtbot.addWidget(section)
    section.refresh()
    qtbot.waitUntil(lambda: section.table.rowCount() >= 3, timeout=10_000)
    table = section.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


@pytest.mark.parametrize(
    ("code", "updated", "kind", "field"),
    [
        ("ru", "изменено", "обращение", "тип адресата"),
        ("ug", "ئۆزگەرتىلدى", "مۇراجىئەت", "ئەۋەتىلگۈچى تۈرى"),
    ],
)
def test_history_speaks_the_users_language(
    qapp: QApplication, qtbot, case_worker, code, updated, kind, field
):
    worker, case_uuid = case_worker
    translations = Translations(qapp)
    translations.apply(code)
    try:
        rows = _rows(qtbot, worker, case_uuid)
    finally:
        translations.apply("en")
    newest = rows[0]  # newest first: the addressee kind changed
    assert newest[1] == "\u2068Aigerim (fictional)\u2069"  # an isolate in its own direction
    assert newest[2:] == [updated, kind, field]
    shown = "\n".join("\t".join(r) for r in rows)
    for code_name in ("addressee_kind", "update", "create", "intervention", "local user"):
        assert code_name not in shown


def test_times_are_local_and_kept_left_to_right(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Almaty")
    time.tzset()
    try:
        text = local_time("2026-03-14T04:05:09.123456Z")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    # Almaty is UTC+5 since 2024: the local time, as one left-to-right island that the
    # Uyghur window cannot reorder into "09:05 2026-03-14".
    assert text == f"{LRI}2026-03-14 09:05{PDI}"
    assert local_time("not a time") == f"{LRI}not a time{PDI}"
    assert os.environ.get("TZ") is None
