"""Fictional data the window walk (ui/walk.py) needs beyond the demo vault: a headquarters vault
with a merge conflict and the laptop backup that made it, and the demo cases worth opening."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.worker import DbSession

__all__ = ["BACKUP_PASSPHRASE", "PASSPHRASE", "ConflictVault", "pick_cases"]

BACKUP_PASSPHRASE = "a fictional backup passphrase"
PASSPHRASE = "correct horse battery staple"


class ConflictVault:
    """Made on first use in ``folder``: ``path`` (headquarters' vault, one merge conflict
    open), ``backup`` (the laptop's second backup, which conflicts) and ``case_uuid``."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._made: tuple[Path, Path, str] | None = None

    def made(self) -> tuple[Path, Path, str]:
        if self._made is None:
            self._made = _make(self._folder)
        return self._made


def _make(folder: Path) -> tuple[Path, Path, str]:
    from app.backup import ops
    from app.model import Case, Intervention
    from app.store import Store
    from app.vault import Vault, metakeys

    stick = folder / "stick"
    stick.mkdir(parents=True)
    hq_path = folder / "headquarters.izdeu"
    with (
        Vault.create(hq_path, PASSPHRASE) as hq_vault,
        Vault.create(folder / "laptop.izdeu", PASSPHRASE) as lv,
    ):
        hq_vault.set_meta(metakeys.OPERATOR, "Aigerim S.")
        hq, laptop = Store(hq_vault), Store(lv)
        case = Case(case_number="IZ-2026-0042", notes="Met the family in March (fictional).")
        laptop.save(case)
        letter = Intervention(
            case_uuid=case.uuid, addressee_kind="consulate", addressee="Fictional consulate"
        )
        laptop.save(letter)
        first = ops.backup_vault(laptop, stick, passphrase=BACKUP_PASSPHRASE).path
        ops.merge_backup(hq, first, passphrase=BACKUP_PASSPHRASE)
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
        second = ops.backup_vault(laptop, stick, passphrase=BACKUP_PASSPHRASE).path
    return hq_path, second, case.uuid


def pick_cases(session: DbSession) -> tuple[str, tuple[str, str]]:
    """The demo case with the most to show (links, witnesses, testimonies, letters, files) and a
    linked pair of cases for the merge window."""
    store = session.store
    best: tuple[int, str] = (-1, "")
    pair = ("", "")
    for row in store.list_cases(limit=200):
        related = store.related_cases(row.uuid)
        score = sum(
            bool(store.children(row.uuid, kind))
            for kind in ("witness", "testimony", "intervention", "attachment")
        )
        score += 2 * bool(related)
        if score > best[0]:
            best = (score, row.uuid)
        if related and not pair[0] and related[0].other_number:
            pair = (row.uuid, related[0].other_case)
    return best[1], pair
