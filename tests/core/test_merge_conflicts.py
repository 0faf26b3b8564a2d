"""Settling merge conflicts: both values shown, a person's choice in the record and the audit log.

Headquarters and a volunteer's laptop both change the notes of one case; merging the laptop's
backup keeps the losing value aside. All names and texts are fictional.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.backup import ops
from app.errors import NotFoundError
from app.model import Case
from app.store import Store
from app.store.integrity import check as check_vault
from app.vault import Vault
from tests.helpers import PASSPHRASE

BACKUP_PASSPHRASE = "a fictional backup passphrase"


@dataclass
class Conflicted:
    hq: Store
    case_uuid: str


def make_conflict(tmp_path: Path, hq: Store) -> str:
    """A case merged into ``hq``, then its notes changed on both sides and merged again."""
    stick = tmp_path / "stick"
    stick.mkdir(exist_ok=True)
    with Vault.create(tmp_path / "laptop.izdeu", PASSPHRASE) as laptop_vault:
        laptop = Store(laptop_vault, actor="volunteer")
        case = Case(case_number="IZ-2026-0042", notes="First notes, fictional")
        laptop.save(case)
        first = ops.backup_vault(laptop, stick, passphrase=BACKUP_PASSPHRASE).path
        ops.merge_backup(hq, first, passphrase=BACKUP_PASSPHRASE)
        mine = hq.get_case(case.uuid)
        mine.notes = "Headquarters notes, fictional"
        hq.save(mine)
        theirs = laptop.get_case(case.uuid)
        theirs.notes = "Laptop notes, fictional"
        laptop.save(theirs)
        (stick / first.name).unlink()
        second = ops.backup_vault(laptop, stick, passphrase=BACKUP_PASSPHRASE).path
    summary = ops.merge_backup(hq, second, passphrase=BACKUP_PASSPHRASE)
    assert summary.conflicted == 1
    return case.uuid


@pytest.fixture
def conflicted(tmp_path: Path) -> Iterator[Conflicted]:
    with Vault.create(tmp_path / "hq.izdeu", PASSPHRASE) as vault:
        hq = Store(vault, actor="Headquarters desk")
        yield Conflicted(hq, make_conflict(tmp_path, hq))


def test_both_values_are_listed(conflicted: Conflicted) -> None:
    [conflict] = conflicted.hq.conflicts()
    assert conflict.field == "notes" and conflict.case_number == "IZ-2026-0042"
    # The laptop's version is newer: it won, and headquarters' value was kept aside.
    assert conflict.winner == "backup" and conflict.lost_side == "local"
    assert conflict.current_value == "Laptop notes, fictional"
    assert conflict.kept_value == "Headquarters notes, fictional"
    assert conflicted.hq.conflicts(conflicted.case_uuid) == [conflict]
    assert conflicted.hq.conflicts("no-such-case") == []


def test_taking_the_kept_value_puts_it_in_the_record_and_the_audit_log(conflicted: Conflicted) -> None:
    hq = conflicted.hq
    [conflict] = hq.conflicts()
    hq.resolve_conflict(conflict.id, "kept")
    assert hq.get_case(conflicted.case_uuid).notes == "Headquarters notes, fictional"
    assert hq.conflicts() == []
    entries = hq.audit(conflicted.case_uuid)
    update, resolved = entries[-2], entries[-1]
    assert update.action == "update" and update.detail["fields"] == ["notes"]
    assert resolved.action == "merge-conflict-resolved" and resolved.actor == "Headquarters desk"
    assert resolved.detail["field"] == "notes" and resolved.detail["chosen"] == "local"
    # The choice is recorded; the values themselves stay out of the append-only log.
    assert "fictional" not in json.dumps(resolved.detail)
    assert check_vault(hq.vault).ok


def test_keeping_the_current_value_changes_only_the_log(conflicted: Conflicted) -> None:
    hq = conflicted.hq
    [conflict] = hq.conflicts()
    before = hq.get_case(conflicted.case_uuid)
    hq.resolve_conflict(conflict.id, "current")
    after = hq.get_case(conflicted.case_uuid)
    assert after.notes == "Laptop notes, fictional" and after.updated == before.updated
    last = hq.audit(conflicted.case_uuid)[-1]
    assert last.action == "merge-conflict-resolved" and last.detail["chosen"] == "backup"
    assert hq.conflicts() == []


def test_a_settled_or_unknown_conflict_is_refused_and_nothing_changes(conflicted: Conflicted) -> None:
    hq = conflicted.hq
    [conflict] = hq.conflicts()
    hq.resolve_conflict(conflict.id, "current")
    entries = len(hq.audit())
    for conflict_id in (conflict.id, 10**12, -1):
        with pytest.raises(NotFoundError):
            hq.resolve_conflict(conflict_id, "kept")
    assert len(hq.audit()) == entries
    with pytest.raises(ValueError):
        hq.resolve_conflict(conflict.id, "both")
