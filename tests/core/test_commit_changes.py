"""Store.commit_changes: one editor commit (saves and deletes) is one transaction."""

from __future__ import annotations

import io
from typing import Any

import pytest

from app.errors import InvalidInputError, StorageError
from app.model import Act, Attachment, Case, Intervention, Name, Testimony, Witness
from app.store import Store
from app.store import audit as audit_module


def _case(store: Store) -> dict[str, Any]:
    case = Case(case_number=store.next_case_number())
    case.person.names = [Name("Айгүл Тестова", "kk-Cyrl")]
    store.save(case)
    witness = Witness(case_uuid=case.uuid, name="Witness One", relation="sister")
    other = Witness(case_uuid=case.uuid, name="Witness Two", relation="brother")
    act = Act(case_uuid=case.uuid, kind="arrest", position=0)
    testimony = Testimony(
        case_uuid=case.uuid, witness_uuid=witness.uuid, original_text="A fictional account."
    )
    intervention = Intervention(case_uuid=case.uuid)
    store.save_many([witness, other, act, testimony, intervention])
    attachment = store.add_attachment(case.uuid, io.BytesIO(b"fictional file"), "note.txt")
    return {
        "case": store.get_case(case.uuid),
        "witness": witness,
        "other": other,
        "act": act,
        "testimony": testimony,
        "intervention": intervention,
        "attachment": attachment,
    }


def _snapshot(store: Store) -> tuple[Any, ...]:
    """Everything a commit may touch, as plain values."""
    records = sorted((r.KIND, r.uuid, r.updated, repr(r.data_fields())) for r in store.iter_records())
    audit = [(e.action, e.kind, e.record_uuid) for e in store.audit()]
    rows = store.list_cases()
    hits = [(h.case_uuid, sorted(h.records)) for h in store.search("Witness")]
    return records, store.tombstones(), audit, rows, hits


def _edit(records: dict[str, Any]) -> tuple[list[Any], list[tuple[str, str]]]:
    case = records["case"]
    case.person.names = [Name("Жаңа Есім", "kk-Cyrl")]
    witness = records["witness"]
    witness.name = "Witness One Renamed"
    deletes = [
        ("act", records["act"].uuid),
        ("testimony", records["testimony"].uuid),
        ("witness", records["other"].uuid),
        ("intervention", records["intervention"].uuid),
        ("attachment", records["attachment"].uuid),
    ]
    return [case, witness], deletes


def test_saves_and_deletes_commit_together_with_one_checkpoint(store: Store, monkeypatch) -> None:
    records = _case(store)
    checkpoints: list[int] = []
    real = store.vault.checkpoint
    monkeypatch.setattr(store.vault, "checkpoint", lambda: (checkpoints.append(1), real())[1])
    saves, deletes = _edit(records)
    commit = store.commit_changes(records["case"].uuid, saves, deletes)

    assert checkpoints == [1]
    assert commit.row.uuid == records["case"].uuid and commit.row.names == "Жаңа Есім"
    assert [c.KIND for c in commit.status_changes] == ["status_change"]
    bundle = store.load_case(records["case"].uuid)
    assert [w.name for w in bundle.witnesses] == ["Witness One Renamed"]
    assert bundle.acts == bundle.testimonies == bundle.interventions == bundle.attachments == []
    stones = {s[0]: s for s in store.tombstones()}
    assert set(stones) == {uuid for _kind, uuid in deletes}
    # Each deletion carries its proof of holding: the deleted record's own `created`.
    held = {
        uuid: created
        for uuid, _k, _c, _d, created in store.conn.execute(
            "SELECT uuid, kind, case_uuid, deleted, created FROM tombstones"
        )
    }
    for kind, uuid in deletes:
        assert held[uuid] == records["other" if uuid == records["other"].uuid else kind].created
    assert store.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


def test_a_commit_without_deletions_does_not_checkpoint(store: Store, monkeypatch) -> None:
    records = _case(store)
    checkpoints: list[int] = []
    monkeypatch.setattr(store.vault, "checkpoint", lambda: checkpoints.append(1))
    records["witness"].name = "Changed"
    store.commit_changes(records["case"].uuid, [records["witness"]], [])
    assert checkpoints == []


def test_a_failure_at_any_write_leaves_the_vault_exactly_as_before(store: Store, monkeypatch) -> None:
    """Fail the commit at its 1st, 2nd, … audited write: each time nothing of it is kept."""
    records = _case(store)
    case_uuid = records["case"].uuid
    before = _snapshot(store)
    real_append = audit_module.append
    writes = 0
    while True:
        writes += 1
        calls = 0

        def failing(*args: Any, _at: int = writes, **kwargs: Any) -> None:
            nonlocal calls
            calls += 1
            if calls == _at:
                raise StorageError("vault.disk_full")
            real_append(*args, **kwargs)

        monkeypatch.setattr(audit_module, "append", failing)
        saves, deletes = _edit(_copy(store, records))
        try:
            store.commit_changes(case_uuid, saves, deletes)
        except StorageError:
            assert _snapshot(store) == before, f"write {writes} left part of the commit"
            continue
        finally:
            monkeypatch.setattr(audit_module, "append", real_append)
        break
    # 7 audited writes (2 saves, 5 deletions): each was the failure point once, then it went.
    assert writes == 8
    assert store.load_case(case_uuid).witnesses[0].name == "Witness One Renamed"


def _copy(store: Store, records: dict[str, Any]) -> dict[str, Any]:
    """Fresh copies as the editor sends them (a failed commit must not count as saved)."""
    return {key: store.get(r.KIND, r.uuid) for key, r in records.items()}


def test_a_record_never_saved_is_skipped_and_a_vanished_one_too(store: Store) -> None:
    records = _case(store)
    case_uuid = records["case"].uuid
    never = Witness(case_uuid=case_uuid, name="Never saved")
    store.delete("act", records["act"].uuid)
    audit_before = len(store.audit())
    store.commit_changes(case_uuid, [], [("witness", never.uuid), ("act", records["act"].uuid)])
    assert len(store.audit()) == audit_before
    assert never.uuid not in {s[0] for s in store.tombstones()}


def test_a_commit_touches_only_its_own_case(store: Store) -> None:
    mine, theirs = _case(store), _case(store)
    before = _snapshot(store)
    theirs["witness"].name = "Not mine"
    attempts: list[tuple[list[Any], list[tuple[str, str]]]] = [
        ([theirs["witness"]], []),
        ([theirs["case"]], []),
        ([], [("witness", theirs["witness"].uuid)]),
        ([], [("act", mine["witness"].uuid)]),  # the wrong kind for this UUID
        ([], [("case", mine["case"].uuid)]),  # a whole case is deleted by Store.delete only
    ]
    for saves, deletes in attempts:
        with pytest.raises(InvalidInputError):
            store.commit_changes(mine["case"].uuid, saves, deletes)
    assert _snapshot(store) == before


def test_an_invalid_record_refuses_the_whole_commit(store: Store) -> None:
    records = _case(store)
    before = _snapshot(store)
    records["witness"].name = "Changed"
    records["act"].kind = "not-a-kind"
    with pytest.raises(InvalidInputError):
        store.commit_changes(
            records["case"].uuid,
            [records["witness"], records["act"]],
            [("testimony", records["testimony"].uuid)],
        )
    assert _snapshot(store) == before
    assert isinstance(store.get("attachment", records["attachment"].uuid), Attachment)
