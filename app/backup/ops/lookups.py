"""What a merge looks up in the vault, for a block of backup lines at a time.

Three statements per record kind and block (the stored records, the live UUIDs in any table, the
tombstones) instead of four per record. The answers hold for the block they were asked for,
until a write could change them: :meth:`Lookups.forget`. The stored records are asked for at
once (an unchanged line needs nothing else); the live UUIDs and tombstones only when a line of
the block first needs them, so a block of unchanged lines (a repeated merge) costs one
statement per kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from app.backup.ops.lines import TYPE_RECORD
from app.model.records import Record, record_class
from app.store import TABLES
from app.store.batch import Batch
from app.store.tombstones import Held

__all__ = ["BLOCK", "Lookups", "in_blocks"]

BLOCK = 512


class Lookups:
    def __init__(self, batch: Batch) -> None:
        self.batch = batch
        self._stored: dict[tuple[str, str], dict[str, Any]] = {}
        self._held: dict[str, Held | None] = {}
        self._deleted: dict[str, str | None] = {}
        # The block's UUIDs and the cases they name, until their held/deleted state is asked.
        self._unasked: tuple[list[str], list[str]] | None = None

    def prefetch(self, lines: list[dict[str, Any]]) -> None:
        """What this vault holds for the records of ``lines``."""
        self.forget()
        by_kind: dict[str, list[str]] = {}
        cases: set[str] = set()
        for line in lines:
            raw, kind = line.get("record"), line.get("kind")
            if line.get("type") != TYPE_RECORD or not isinstance(raw, dict) or kind not in TABLES:
                continue
            uuid, case_uuid = raw.get("uuid"), raw.get("case_uuid")
            if isinstance(uuid, str):
                by_kind.setdefault(str(kind), []).append(uuid)
            if isinstance(case_uuid, str):
                cases.add(case_uuid)
        uuids = [u for kind_uuids in by_kind.values() for u in kind_uuids]
        for kind, kind_uuids in by_kind.items():
            for uuid, fields in self.batch.fields_many(kind, kind_uuids).items():
                self._stored[(kind, uuid)] = fields
        self._unasked = (uuids, [*uuids, *cases])

    def _ask(self) -> None:
        """The held/deleted state of the whole block, the first time a line needs it (before
        that line writes anything)."""
        if self._unasked is None:
            return
        uuids, asked = self._unasked
        self._unasked = None
        held = self.batch.held_many(uuids)
        self._held = {u: held.get(u) for u in uuids}
        deleted = self.batch.deleted_many(asked)
        self._deleted = {u: deleted.get(u) for u in asked}

    def forget(self, uuid: str | None = None) -> None:
        """After a write: all answers (a deletion may take a case's records with it), or those
        about one UUID."""
        if uuid is None:
            self._stored, self._held, self._deleted = {}, {}, {}
            self._unasked = None
        else:
            self._ask()  # asked now, so the answer about ``uuid`` is forgotten, not asked later
            self._held.pop(uuid, None)
            self._deleted.pop(uuid, None)

    def stored(self, kind: str, uuid: str) -> dict[str, Any] | None:
        """The record as ``Record.to_dict`` has it, if prefetched and held."""
        return self._stored.get((kind, uuid))

    def deleted_at(self, uuid: str) -> str | None:
        self._ask()
        if uuid in self._deleted:
            return self._deleted[uuid]
        return self.batch.deleted_at(uuid)

    def held(self, uuid: str) -> Held | None:
        self._ask()
        if uuid in self._held:
            return self._held[uuid]
        return self.batch.held(uuid)

    def local(self, kind: str, uuid: str) -> Record | None:
        self._ask()
        if uuid in self._held:  # prefetched: what the block's query found is all there is
            fields = self._stored.get((kind, uuid))
            return None if fields is None else record_class(kind).from_dict(dict(fields))
        return self.batch.get(kind, uuid)


def in_blocks(
    lines: Iterable[tuple[bytes, dict[str, Any]]], lookups: Lookups
) -> Iterator[tuple[bytes, dict[str, Any]]]:
    """The ``(bytes, parsed)`` lines as they come, the lookups done for a block of them at a
    time."""
    block: list[tuple[bytes, dict[str, Any]]] = []
    for line in lines:
        block.append(line)
        if len(block) == BLOCK:
            lookups.prefetch([parsed for _raw, parsed in block])
            yield from block
            block = []
    if block:
        lookups.prefetch([parsed for _raw, parsed in block])
        yield from block
