"""ChangeTracker: what the editor's next save sends (no Qt needed)."""

from __future__ import annotations

import copy

from app.model import Case, Witness
from ui.editor.changes import ChangeTracker


def _loaded() -> tuple[ChangeTracker, Case, Witness, Witness]:
    case = Case(case_number="IZ-2024-0001")
    first = Witness(case_uuid=case.uuid, name="Witness A")
    second = Witness(case_uuid=case.uuid, name="Witness B")
    tracker = ChangeTracker()
    tracker.loaded([case, first, second])
    return tracker, case, first, second


def test_records_are_compared_by_content_not_identity() -> None:
    tracker, case, first, second = _loaded()
    assert not tracker.take([copy.deepcopy(case), copy.deepcopy(first), second])
    first.name = "Witness A2"
    first.name = "Witness A"  # undone by hand: nothing to send
    assert not tracker.take([case, first, second])
    second.name = "Witness B2"
    commit = tracker.take([case, first, second])
    assert [r.uuid for r in commit.saves] == [second.uuid] and commit.deletes == []
    assert commit.saves[0] is not second  # the DB thread gets its own copy
    assert not tracker.take([case, first, second])  # sent once


def test_a_failed_commit_is_sent_again_whole() -> None:
    tracker, case, first, second = _loaded()
    first.name = "Changed"
    tracker.removed([("witness", second.uuid)])
    commit = tracker.take([case, first])
    assert [r.uuid for r in commit.saves] == [first.uuid]
    assert commit.deletes == [("witness", second.uuid)]
    tracker.failed(commit)
    assert tracker.pending_deletes == [("witness", second.uuid)]
    again = tracker.take([case, first])
    assert [r.uuid for r in again.saves] == [first.uuid]
    assert again.deletes == [("witness", second.uuid)]


def test_a_record_never_sent_is_not_deleted_but_one_queued_is() -> None:
    tracker, case, _first, _second = _loaded()
    never = Witness(case_uuid=case.uuid, name="Never")
    tracker.removed([("witness", never.uuid)])
    assert not tracker.take([case])
    queued = Witness(case_uuid=case.uuid, name="Queued")
    assert [r.uuid for r in tracker.take([case, queued]).saves] == [queued.uuid]
    tracker.removed([("witness", queued.uuid)])
    assert tracker.take([case]).deletes == [("witness", queued.uuid)]
