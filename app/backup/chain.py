"""Full backups and the increments on them (format version 2, docs/backup-format.md).

Every backup of version 2 names itself (``backup_id``) and says what it is: a ``full`` backup
(``chain`` 0) or an ``increment`` on a base (the base's ``backup_id`` and the SHA-256 of the
base's exact ``manifest.json``; ``chain`` one more than the base's). The same four keys are
written in ``format.json``, the first member, so that a reader can put the files of a chain in
order after decrypting only their beginning; the signed manifest, read at the end, must say the
same (else the file is damaged). This module knows nothing about vaults.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.backup import format as fmt
from app.backup.errors import BackupChainError, DamagedBackupError, ForgedLinkError

__all__ = ["FULL", "INCREMENT", "Base", "Link", "Member", "check_base", "order_chain"]

FULL = "full"
INCREMENT = "increment"
_SHA256_RE = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Link:
    """Where one backup stands in its chain."""

    kind: str
    backup_id: str
    chain: int = 0
    base_id: str = ""
    base_sha256: str = ""

    @property
    def is_increment(self) -> bool:
        return self.kind == INCREMENT

    def to_json(self) -> dict[str, Any]:
        value: dict[str, Any] = {"kind": self.kind, "backup_id": self.backup_id, "chain": self.chain}
        if self.is_increment:
            value["base"] = {"backup_id": self.base_id, "manifest_sha256": self.base_sha256}
        return value

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Link:
        """The link a version-2 ``format.json`` or manifest states; DamagedBackupError if it
        is not a valid one."""
        kind, backup_id, chain = value.get("kind"), str(value.get("backup_id")), value.get("chain")
        if (
            kind not in (FULL, INCREMENT)
            or fmt.canonical_uuid(backup_id) is None
            or not isinstance(chain, int)
            or isinstance(chain, bool)
        ):
            raise DamagedBackupError()
        if kind == FULL:
            if chain != 0 or "base" in value:
                raise DamagedBackupError()
            return cls(FULL, backup_id)
        base = value.get("base")
        if not isinstance(base, dict) or chain < 1:
            raise DamagedBackupError()
        base_id, base_sha = str(base.get("backup_id")), base.get("manifest_sha256")
        if (
            fmt.canonical_uuid(base_id) is None
            or not isinstance(base_sha, str)
            or not _SHA256_RE.fullmatch(base_sha)
        ):
            raise DamagedBackupError()
        return cls(INCREMENT, backup_id, chain, base_id, base_sha)


@dataclass(frozen=True)
class Base:
    """The backup a new increment builds on: its id, its place, its manifest's SHA-256."""

    backup_id: str
    chain: int
    manifest_sha256: str

    def next_link(self, backup_id: str) -> Link:
        return Link(INCREMENT, backup_id, self.chain + 1, self.backup_id, self.manifest_sha256)


@dataclass(frozen=True)
class Member:
    """One file given for a chain: its link (as its ``format.json`` states it) and a name to
    show. Its vault is checked once the file verified (ops/chainread.py)."""

    link: Link
    name: str


def order_chain(members: Sequence[Member]) -> list[int]:
    """The indexes of ``members`` in chain order (the full backup first), or a clear refusal:
    no full backup or two, a file given twice, a missing link, an increment of another vault
    or on a base given nowhere, two increments on the same base."""
    fulls = [i for i, m in enumerate(members) if not m.link.is_increment]
    ids: dict[str, int] = {}
    for i, m in enumerate(members):
        if m.link.backup_id in ids:
            raise BackupChainError("backup.chain.duplicate", name=m.name)
        ids[m.link.backup_id] = i
    if not fulls:
        raise BackupChainError("backup.chain.no_full")
    if len(fulls) > 1:
        raise BackupChainError("backup.chain.two_full", name=members[fulls[1]].name)
    on_base: dict[str, int] = {}
    for i, m in enumerate(members):
        if not m.link.is_increment:
            continue
        if m.link.base_id in on_base:
            raise BackupChainError("backup.chain.forked", name=m.name)
        on_base[m.link.base_id] = i
    order = [fulls[0]]
    while members[order[-1]].link.backup_id in on_base:
        order.append(on_base.pop(members[order[-1]].link.backup_id))
    if on_base:
        # Left over: an increment whose base is not in the chain. Missing in between (its base
        # is an increment of this vault that was not given) or foreign (its base is nowhere).
        left = members[min(on_base.values())]
        if left.link.chain > members[order[-1]].link.chain + 1:
            raise BackupChainError("backup.chain.missing", name=left.name)
        raise BackupChainError("backup.chain.foreign", name=left.name)
    for position, index in enumerate(order):
        if members[index].link.chain != position:
            raise BackupChainError("backup.chain.missing", name=members[index].name)
    return order


def check_base(link: Link, base_manifest_sha256: str, name: str) -> None:
    """An increment's base, identified by id, must have exactly the manifest it names: another
    manifest under the same id is a changed or forged link."""
    if link.base_sha256 != base_manifest_sha256:
        raise ForgedLinkError("backup.chain.base_changed", name=name)
