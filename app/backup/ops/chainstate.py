"""What a vault remembers of the chain of backups it last wrote, and the choice it makes by
itself: an increment on that chain, or a full backup.

An increment is made when the target folder still holds every file of the chain (same names,
same sizes: a stick mounted elsewhere is the same stick), the backup goes to the same
recipients as the chain, fewer than ``backup.full_every`` increments were made on the full
backup and it is younger than ``backup.full_days`` days. Otherwise a full backup starts a new
chain. A passphrase backup is full unless an increment is asked for: whether the passphrase is
the chain's cannot be checked without keeping something derived from it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.backup.chain import Base
from app.backup.errors import BackupInputError
from app.backup.reader import VerifyReport
from app.vault import Vault, metakeys

__all__ = [
    "AUTO",
    "DEFAULT_FULL_DAYS",
    "DEFAULT_FULL_EVERY",
    "FORCE_FULL",
    "FORCE_INCREMENT",
    "ChainFile",
    "ChainState",
    "choose_base",
    "full_days",
    "full_every",
    "load",
    "remember",
    "set_full_days",
    "set_full_every",
]

AUTO, FORCE_FULL, FORCE_INCREMENT = "auto", "full", "increment"
DEFAULT_FULL_EVERY = 6  # a week of evening increments, then a full one
DEFAULT_FULL_DAYS = 7


@dataclass(frozen=True)
class ChainFile:
    name: str
    size: int
    backup_id: str
    manifest_sha256: str
    chain: int
    created: str


@dataclass(frozen=True)
class ChainState:
    mode: str
    recipients: tuple[str, ...]
    files: tuple[ChainFile, ...]  # the full backup first
    changes: int  # the change number the newest file holds (app/store/changes.py)
    audit_seq: int  # the newest audit entry it holds

    @property
    def base(self) -> Base:
        last = self.files[-1]
        return Base(last.backup_id, last.chain, last.manifest_sha256)


def load(vault: Vault) -> ChainState | None:
    raw = vault.meta(metakeys.BACKUP_CHAIN)
    if not raw:
        return None
    try:
        value = json.loads(raw)
        return ChainState(
            str(value["mode"]),
            tuple(str(r) for r in value["recipients"]),
            tuple(ChainFile(**f) for f in value["files"]),
            int(value["changes"]),
            int(value["audit_seq"]),
        )
    except (ValueError, KeyError, TypeError):
        return None  # not one this version wrote: the next backup is a full one


def _int_meta(vault: Vault, key: str, default: int) -> int:
    raw = vault.meta(key)
    return int(raw) if raw.isdigit() and int(raw) > 0 else default


def full_every(vault: Vault) -> int:
    """A full backup after this many increments."""
    return _int_meta(vault, metakeys.BACKUP_FULL_EVERY, DEFAULT_FULL_EVERY)


def full_days(vault: Vault) -> int:
    """A full backup when the chain's full one is this many days old."""
    return _int_meta(vault, metakeys.BACKUP_FULL_DAYS, DEFAULT_FULL_DAYS)


def _set(vault: Vault, key: str, value: int, refusal: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 10_000:
        raise BackupInputError(refusal)
    with vault.transaction():
        vault.set_meta(key, str(value))


def set_full_every(vault: Vault, count: int) -> None:
    _set(vault, metakeys.BACKUP_FULL_EVERY, count, "backup.chain.full_every_range")


def set_full_days(vault: Vault, days: int) -> None:
    _set(vault, metakeys.BACKUP_FULL_DAYS, days, "backup.chain.full_days_range")


def _present(folder: Path, state: ChainState) -> bool:
    for kept in state.files:
        path = folder / kept.name
        try:
            if not path.is_file() or path.is_symlink() or path.stat().st_size != kept.size:
                return False
        except OSError:
            return False
    return True


def _age_days(created: str, now: datetime) -> float:
    try:
        made = datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return float("inf")
    return (now - made).total_seconds() / 86400


def choose_base(
    vault: Vault,
    folder: Path,
    *,
    choice: str,
    mode: str,
    recipients: list[str] | None,
    now: datetime | None = None,
) -> ChainState | None:
    """The chain to make an increment on, or None for a full backup (see the module's note).
    ``choice``: AUTO, FORCE_FULL or FORCE_INCREMENT (refused when there is nothing to build
    on in ``folder``)."""
    if choice not in (AUTO, FORCE_FULL, FORCE_INCREMENT):
        raise BackupInputError("backup.chain.choice")
    if choice == FORCE_FULL:
        return None
    state = load(vault)
    usable = state is not None and _present(folder, state) and state.mode == mode
    if choice == FORCE_INCREMENT:
        if not usable:
            raise BackupInputError("backup.chain.no_base_here")
        return state
    assert choice == AUTO
    if state is None or not usable or mode != "recipients":
        return None
    if tuple(sorted(recipients or ())) != state.recipients:
        return None
    increments = len(state.files) - 1
    if increments >= full_every(vault):
        return None
    if _age_days(state.files[0].created, now or datetime.now(UTC)) >= full_days(vault):
        return None
    return state


def remember(
    vault: Vault,
    previous: ChainState | None,
    path: Path,
    report: VerifyReport,
    *,
    changes: int,
    audit_seq: int,
    recipients: list[str] | None,
) -> ChainState | None:
    """The chain after ``report`` was written (``previous`` if it was an increment on it);
    stored in the vault, in the caller's transaction. None for a file without a chain link
    (a version-1 file, which only tests still write): nothing to build on."""
    if report.link is None:
        vault.set_meta(metakeys.BACKUP_CHAIN, "")
        return None
    entry = ChainFile(
        path.name,
        path.stat().st_size,
        report.link.backup_id,
        report.manifest_sha256,
        report.link.chain,
        report.created,
    )
    files = (*previous.files, entry) if previous is not None and report.is_increment else (entry,)
    state = ChainState(report.mode, tuple(sorted(recipients or ())), files, changes, audit_seq)
    value = asdict(state)
    vault.set_meta(metakeys.BACKUP_CHAIN, json.dumps(value, sort_keys=True))
    return state
