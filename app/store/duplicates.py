"""Possible duplicates: cases that may record the same person, scored by app/names.

A few indexed name-key lookups choose the candidates (namekeys.py); only those are loaded and
scored, so one check stays fast in a vault of 100,000 cases (bench/names_bench.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from app.errors import CancelledError, NotFoundError
from app.model.records import Person
from app.names import PersonMatch, score_persons
from app.store import links, namekeys
from app.store.listing import CaseRow

if TYPE_CHECKING:
    from app.store.store import Store

__all__ = ["matches", "all_pairs"]


def matches(
    store: Store, person: Person, exclude: str, limit: int, threshold: float
) -> list[tuple[CaseRow, PersonMatch]]:
    """Cases whose person scores ``threshold`` or more against ``person``, best first. A case
    already marked as a duplicate of another is left out, and so is one a person said is not
    the same person as ``exclude`` (a "not the same person" link)."""
    scored: list[tuple[str, PersonMatch]] = []
    different = links.not_same(store.conn, exclude) if exclude else set()
    for uuid in namekeys.candidates(store.conn, person, exclude):
        if uuid in different:
            continue
        try:
            other = store.get_case(uuid)
        except NotFoundError:
            continue
        if other.duplicate_of:
            continue
        match = score_persons(person, other.person, decide_at=threshold)
        if match.score >= threshold:
            scored.append((uuid, match))
    scored.sort(key=lambda p: (-p[1].score, p[0]))
    scored = scored[:limit]
    rows = {r.uuid: r for r in store.case_rows([u for u, _ in scored])}
    return [(rows[u], m) for u, m in scored if u in rows]


def all_pairs(
    store: Store,
    threshold: float,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[str, str, PersonMatch]]:
    """Every pair of cases that may be one person, each pair once (first UUID lower).
    ``progress(done, total)`` after each case; ``cancelled()`` true stops with CancelledError."""
    uuids = store.case_uuids()
    for done, uuid in enumerate(uuids, 1):
        if cancelled is not None and cancelled():
            raise CancelledError()
        if progress is not None:
            progress(done, len(uuids))
        person = store.get_case(uuid).person
        for row, match in matches(store, person, uuid, 20, threshold):
            if uuid < row.uuid:
                yield uuid, row.uuid, match
