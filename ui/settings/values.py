"""The settings kept in the vault (not in Qt settings): the per-vault defaults and the backup
reminder, keep-count and how often a full backup is made instead of an increment. Read and
written on the DB thread, through the core's accessors."""

from __future__ import annotations

from dataclasses import dataclass

from app.backup.ops import (
    backup_keep,
    full_days,
    full_every,
    remind_days,
    set_backup_keep,
    set_full_days,
    set_full_every,
    set_remind_days,
)
from app.store import VaultPrefs
from ui.worker import DbSession

__all__ = ["VaultValues", "read_vault_values", "write_vault_values"]


@dataclass(frozen=True)
class VaultValues:
    prefs: VaultPrefs
    backup_keep: int
    remind_days: int
    # A full backup after this many increments, or when the full one is this many days old.
    full_every: int
    full_days: int


def read_vault_values(session: DbSession) -> VaultValues:
    store = session.store
    vault = store.vault
    return VaultValues(
        store.prefs(), backup_keep(vault), remind_days(vault), full_every(vault), full_days(vault)
    )


def write_vault_values(session: DbSession, new: VaultValues, old: VaultValues) -> VaultValues:
    """Write what differs from ``old``; returns what the vault now holds."""
    store = session.store
    if new.prefs != old.prefs:
        store.set_prefs(new.prefs)
    if new.backup_keep != old.backup_keep:
        set_backup_keep(store.vault, new.backup_keep)
    if new.remind_days != old.remind_days:
        set_remind_days(store.vault, new.remind_days)
    if new.full_every != old.full_every:
        set_full_every(store.vault, new.full_every)
    if new.full_days != old.full_days:
        set_full_days(store.vault, new.full_days)
    return read_vault_values(session)
