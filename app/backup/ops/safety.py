"""Whether erasing the vault can lose data, and erasing it only then (or when told to).

Safe means: the last backup to the organisation's keys, verified when it was written
(app/backup/ops/snapshot.py records it), was made after the last change. Otherwise the person is
shown how many cases and testimonies changed since, and must accept losing them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import InvalidInputError
from app.store import Store
from app.vault import erase, metakeys
from app.vault.erase import EraseTimes

__all__ = ["EraseSafety", "erase_safety", "erase_vault"]


@dataclass(frozen=True)
class EraseSafety:
    covered: bool  # nothing changed since the last verified backup to the organisation's keys
    backed_up: bool  # there is such a backup at all
    cases: int  # cases changed since it (every case when there is none)
    testimonies: int

    @property
    def loses_data(self) -> bool:
        return not self.covered


def erase_safety(store: Store) -> EraseSafety:
    vault = store.vault
    raw = vault.meta(metakeys.BACKUP_VERIFIED_SEQ)
    since = int(raw) if raw.isdigit() else 0
    if erase.covered_by_backup(vault):
        return EraseSafety(True, True, 0, 0)
    cases, testimonies = store.changed_since(since)
    return EraseSafety(False, bool(raw.isdigit()), cases, testimonies)


def erase_vault(store: Store, *, accept_loss: bool = False) -> EraseTimes:
    """Erase the open vault (closing it); refused when it would lose data not accepted."""
    if erase_safety(store).loses_data and not accept_loss:
        raise InvalidInputError("backup.safety.erase_would_lose_data")
    return store.vault.erase()
