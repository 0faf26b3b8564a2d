"""An editor's save is one store transaction holding only what changed (Store.commit_changes).

A save that fails leaves the vault exactly as it was and the editor still holding every change,
removed rows included, until a retry saves all of it; the case list repaints the saved row from
what the save returns, without reading a page again.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.errors import StorageError
from app.model import Act, Case, Name, Testimony, Witness
from app.store import Store, writes
from app.store import audit as audit_module
from app.vault import Vault
from tests.helpers import PASSPHRASE


@pytest.fixture
def case_uuid(paths) -> str:
    """A vault holding one case with two acts, three witnesses and two testimonies."""
    paths.ensure()
    with Vault.create(paths.default_vault, PASSPHRASE) as vault:
        store = Store(vault)
        case = Case(case_number="IZ-2024-0001")
        case.person.names = [Name("Test Person", "en")]
        store.save(case)
        witnesses = [Witness(case_uuid=case.uuid, name=f"Witness {i}") for i in range(3)]
        store.save_many(
            [
                Act(case_uuid=case.uuid, kind="arrest", position=0),
                Act(case_uuid=case.uuid, kind="camp-internment", position=1),
                *witnesses,
                *(
                    Testimony(case_uuid=case.uuid, witness_uuid=w.uuid, original_text=f"Account {i}")
                    for i, w in enumerate(witnesses[:2])
                ),
            ]
        )
        return case.uuid


@pytest.fixture
def main(qtbot, controller, paths, case_uuid, type_text):
    controller.settings.last_vault = paths.default_vault
    controller.settings._set("autosave_seconds", 60)  # saves here are the test's own
    window = controller.start_window or controller.start()
    type_text(window.unlock_passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    return controller.main


def _open(qtbot, main, uuid: str, wait_idle):
    editor = main.open_case(uuid)
    qtbot.waitUntil(lambda: editor.is_loaded)
    wait_idle()
    return editor


def _run(qtbot, controller, fn) -> Any:
    """Run ``fn(store)`` on the DB thread and return its result."""
    out: list[Any] = []
    controller.worker.submit(lambda s: fn(s.store), out.append)
    qtbot.waitUntil(lambda: bool(out))
    return out[0]


def _vault_state(store: Store, uuid: str) -> tuple[Any, ...]:
    bundle = store.load_case(uuid)
    return (
        [r.KIND + ":" + repr(r.data_fields()) for r in bundle.records()],
        store.tombstones(),
        len(store.audit()),
    )


def _save_and_wait(qtbot, editor, wait_idle) -> None:
    editor.save()
    qtbot.waitUntil(lambda: not editor.saving, timeout=10_000)
    wait_idle()


def test_a_failed_save_keeps_vault_and_editor_consistent_and_a_retry_saves_all(
    qtbot, controller, main, case_uuid, dialogs, type_text, wait_idle, monkeypatch
) -> None:
    editor = _open(qtbot, main, case_uuid, wait_idle)
    before = _run(qtbot, controller, lambda s: _vault_state(s, case_uuid))
    removed_act = editor.timeline.records[0]
    removed_witness = editor.witnesses.records[2]
    dialogs.queue_confirm(True)
    editor.timeline.remove()
    editor.witnesses.list.setCurrentRow(2)
    dialogs.queue_confirm(True)
    editor.witnesses.remove()
    editor.witnesses.list.setCurrentRow(0)
    type_text(editor.witnesses.name, " renamed")
    type_text(editor.person.names.rows()[0][0], " Changed")

    # The store fails at the commit's second write (say the disk filled up).
    real_append = audit_module.append
    calls: list[int] = []

    def failing(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise StorageError()
        real_append(*args, **kwargs)

    monkeypatch.setattr(audit_module, "append", failing)
    _save_and_wait(qtbot, editor, wait_idle)
    monkeypatch.setattr(audit_module, "append", real_append)

    assert len(calls) == 2
    assert _run(qtbot, controller, lambda s: _vault_state(s, case_uuid)) == before
    assert editor.dirty
    assert editor.state.text() == "Not saved: Could not write to the disk (is it full or read-only?)"
    assert main.tabs.tabText(main.tabs.indexOf(editor)).startswith("•")
    # The removed rows stay removed in the editor, their deletion pending.
    assert removed_act not in editor.timeline.records
    assert removed_witness not in editor.witnesses.records
    assert sorted(editor.pending_deletes) == sorted(
        [("act", removed_act.uuid), ("witness", removed_witness.uuid)]
    )

    _save_and_wait(qtbot, editor, wait_idle)
    assert not editor.dirty and editor.pending_deletes == []
    bundle = _run(qtbot, controller, lambda s: s.load_case(case_uuid))
    assert [a.uuid for a in bundle.acts] == [editor.timeline.records[0].uuid]
    assert [w.name for w in bundle.witnesses] == ["Witness 0 renamed", "Witness 1"]
    assert bundle.case.person.names[0].text == "Test Person Changed"
    stones = _run(qtbot, controller, lambda s: s.tombstones())
    assert {s[0] for s in stones} == {removed_act.uuid, removed_witness.uuid}


def test_only_changed_records_are_sent(
    qtbot, controller, main, case_uuid, type_text, wait_idle, monkeypatch
) -> None:
    editor = _open(qtbot, main, case_uuid, wait_idle)
    written: list[str] = []
    real = writes.save

    def counting(conn: Any, actor: str, record: Any, *args: Any, **kwargs: Any) -> None:
        written.append(record.KIND)
        real(conn, actor, record, *args, **kwargs)

    monkeypatch.setattr(writes, "save", counting)
    editor.witnesses.list.setCurrentRow(1)
    type_text(editor.witnesses.name, "!")
    _save_and_wait(qtbot, editor, wait_idle)
    assert written == ["witness"]

    # Dirty again, but the content is what the vault holds: nothing is sent at all.
    commits: list[int] = []
    real_commit = Store.commit_changes
    monkeypatch.setattr(
        Store, "commit_changes", lambda self, *a: (commits.append(1), real_commit(self, *a))[1]
    )
    editor.mark_dirty()
    _save_and_wait(qtbot, editor, wait_idle)
    assert commits == [] and written == ["witness"]
    assert not editor.dirty and editor.state.text() == "All changes saved"

    editor.sections.setCurrentWidget(editor.testimonies)
    editor.testimonies.list.setCurrentRow(0)
    type_text(editor.testimonies.original, " more")
    _save_and_wait(qtbot, editor, wait_idle)
    assert commits == [1] and written == ["witness", "testimony"]


def test_a_record_added_and_removed_between_saves_leaves_nothing(
    qtbot, controller, main, case_uuid, dialogs, type_text, wait_idle
) -> None:
    editor = _open(qtbot, main, case_uuid, wait_idle)
    before_audit = len(_run(qtbot, controller, lambda s: s.audit()))
    editor.witnesses.add()
    dialogs.queue_confirm(True)
    editor.witnesses.remove()
    _save_and_wait(qtbot, editor, wait_idle)
    assert _run(qtbot, controller, lambda s: (len(s.audit()), s.tombstones())) == (before_audit, [])


def test_a_record_removed_while_its_first_save_is_queued_is_deleted(
    qtbot, controller, main, case_uuid, dialogs, type_text, wait_idle
) -> None:
    editor = _open(qtbot, main, case_uuid, wait_idle)
    witness = editor.witnesses.add()
    type_text(editor.witnesses.name, "Short-lived")
    editor.save()  # queued: the DB thread has not written it yet
    dialogs.queue_confirm(True)
    editor.witnesses.remove()
    editor.save()
    qtbot.waitUntil(lambda: not editor.saving, timeout=10_000)
    wait_idle()
    names = _run(qtbot, controller, lambda s: [w.name for w in s.load_case(case_uuid).witnesses])
    assert "Short-lived" not in names and len(names) == 3
    assert witness.uuid in {s[0] for s in _run(qtbot, controller, lambda s: s.tombstones())}


def test_the_case_list_repaints_the_saved_row_without_reading_a_page(
    qtbot, controller, main, case_uuid, type_text, wait_idle, monkeypatch
) -> None:
    model = main.case_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and 0 in model.loaded_pages())
    editor = _open(qtbot, main, case_uuid, wait_idle)
    reads: list[str] = []
    for name in ("list_cases", "count_cases", "case_uuids"):
        real = getattr(Store, name)
        monkeypatch.setattr(
            Store, name, lambda self, *a, _n=name, _r=real, **k: (reads.append(_n), _r(self, *a, **k))[1]
        )
    type_text(editor.person.names.rows()[0][0], " Renamed")
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    _save_and_wait(qtbot, editor, wait_idle)
    assert reads == []
    assert changed == [(0, 0)]
    assert model.index(0, 1).data() == "Test Person Renamed"


@pytest.mark.parametrize("where", ["in the transaction", "at the checkpoint after it"])
def test_a_removed_photo_survives_a_failed_save_and_goes_with_the_retry(
    qtbot, controller, main, case_uuid, dialogs, wait_idle, monkeypatch, tmp_path, where
) -> None:
    editor = _open(qtbot, main, case_uuid, wait_idle)
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # only stored, never drawn here
    with qtbot.waitSignal(editor.attachments.added, timeout=10_000) as added:
        editor.attachments.add_files([photo])
    attachment = added.args[0]
    editor.set_photo(attachment.uuid)
    qtbot.waitUntil(lambda: not editor.saving and not editor.dirty, timeout=10_000)
    wait_idle()

    dialogs.queue_confirm(True)
    editor.attachments.remove_selected()
    assert editor.bundle.case.person.photo_attachment == ""
    vault = _run(qtbot, controller, lambda s: s.vault)
    real_append, real_checkpoint = audit_module.append, vault.checkpoint

    def fail(*_a: Any, **_k: Any) -> None:
        raise StorageError()

    if where == "in the transaction":
        monkeypatch.setattr(audit_module, "append", fail)
    else:
        monkeypatch.setattr(vault, "checkpoint", fail)
    _save_and_wait(qtbot, editor, wait_idle)
    monkeypatch.setattr(audit_module, "append", real_append)
    checkpoints: list[int] = []
    monkeypatch.setattr(vault, "checkpoint", lambda: (checkpoints.append(1), real_checkpoint())[1])

    assert editor.dirty and editor.pending_deletes == [("attachment", attachment.uuid)]
    kept = _run(
        qtbot,
        controller,
        lambda s: (
            [a.uuid for a in s.children(case_uuid, "attachment")],
            s.get_case(case_uuid).person.photo_attachment,
        ),
    )
    if where == "in the transaction":
        assert kept == ([attachment.uuid], attachment.uuid)  # nothing of the save happened
    else:
        assert kept == ([], "")  # committed; only the checkpoint is owed

    _save_and_wait(qtbot, editor, wait_idle)
    assert not editor.dirty and editor.pending_deletes == []
    assert checkpoints == [1]  # the deleted file's old WAL frames are gone after the retry
    assert _run(
        qtbot,
        controller,
        lambda s: (
            s.children(case_uuid, "attachment"),
            s.get_case(case_uuid).person.photo_attachment,
            [t[0] for t in s.tombstones()],
        ),
    ) == ([], "", [attachment.uuid])
