"""Links between cases: the same person, not the same person, family relations.

A link is a record of the case it was written from (``case_uuid``) pointing at another case
(``other_case``); it reads from its own case ("this person is the *parent* of the other"), and
the other case sees the inverse ("*child* of"). One link per pair of cases: a second one would
say two things about the same two people, so it is refused and the first one is changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInputError, NotFoundError
from app.model.codes import LinkKind
from app.model.records import CaseLink
from app.store import codec
from app.store.schema import TABLES

__all__ = [
    "INVERSE",
    "RelatedCase",
    "check",
    "links_of",
    "load",
    "related",
    "not_same",
    "linked_pair",
    "pointing_at",
]

# How a link reads from the other end.
INVERSE: dict[str, str] = {
    LinkKind.PARENT: LinkKind.CHILD,
    LinkKind.CHILD: LinkKind.PARENT,
}
_TABLE = TABLES["link"]


@dataclass(frozen=True)
class RelatedCase:
    """A link as one case sees it: ``kind`` read from ``case_uuid`` towards ``other_case``."""

    link_uuid: str
    case_uuid: str
    other_case: str
    other_number: str  # "" when the other case is not in this vault (deleted, not merged yet)
    other_names: str
    kind: str
    certainty: str
    merged: bool  # the other case was merged into this one, or this one into the other
    owned: bool  # the link is a record of this case (else of the other)


def load(conn: Any, link_uuid: str) -> CaseLink:
    link = codec.find(conn, "link", link_uuid)
    if not isinstance(link, CaseLink):
        raise NotFoundError("store.links.no_such_link")
    return link


def links_of(conn: Any, case_uuid: str) -> list[CaseLink]:
    """Every link written from or pointing at ``case_uuid``, oldest first."""
    own = codec.children(conn, case_uuid, "link")
    uuids = [
        r[0]
        for r in conn.execute(
            f"SELECT uuid FROM {_TABLE} WHERE other_case = ? ORDER BY created, uuid", (case_uuid,)
        )
    ]
    inbound = [codec.load(conn, "link", u) for u in uuids]
    return [link for link in [*own, *inbound] if isinstance(link, CaseLink)]


def _seen_from(link: CaseLink, case_uuid: str) -> tuple[str, str]:
    """(the other case, the relation read from ``case_uuid``)."""
    if link.case_uuid == case_uuid:
        return link.other_case, link.kind
    return link.case_uuid, INVERSE.get(link.kind, link.kind)


def related(conn: Any, case_uuid: str) -> list[RelatedCase]:
    """The cases linked to ``case_uuid``, each with the relation read from it."""
    found = []
    for link in links_of(conn, case_uuid):
        other, kind = _seen_from(link, case_uuid)
        row = conn.execute("SELECT case_number, all_names FROM cases WHERE uuid = ?", (other,)).fetchone()
        found.append(
            RelatedCase(
                link.uuid,
                case_uuid,
                other,
                row[0] if row else "",
                row[1] if row else "",
                kind,
                link.certainty,
                link.merged,
                link.case_uuid == case_uuid,
            )
        )
    return found


def not_same(conn: Any, case_uuid: str) -> set[str]:
    """The cases a person said are NOT the same person as ``case_uuid``."""
    return {
        _seen_from(link, case_uuid)[0]
        for link in links_of(conn, case_uuid)
        if link.kind == LinkKind.NOT_SAME_PERSON
    }


def linked_pair(conn: Any, first: str, second: str) -> CaseLink | None:
    """The link between two cases, whichever of them it is written from."""
    row = conn.execute(
        f"SELECT uuid FROM {_TABLE} WHERE (case_uuid = ? AND other_case = ?)"
        " OR (case_uuid = ? AND other_case = ?) ORDER BY created LIMIT 1",
        (first, second, second, first),
    ).fetchone()
    if row is None:
        return None
    link = codec.load(conn, "link", row[0])
    assert isinstance(link, CaseLink)
    return link


def pointing_at(conn: Any, case_uuid: str) -> list[tuple[str, str, str]]:
    """(uuid, case_uuid, created) of the links of other cases pointing at ``case_uuid``."""
    return [
        (r[0], r[1], r[2])
        for r in conn.execute(
            f"SELECT uuid, case_uuid, created FROM {_TABLE} WHERE other_case = ? AND case_uuid != ?",
            (case_uuid, case_uuid),
        )
    ]


def _is_ancestor(conn: Any, ancestor: str, case_uuid: str, ignore: str) -> bool:
    """Whether ``ancestor`` is a parent, grandparent… of ``case_uuid`` (link ``ignore`` aside)."""
    seen: set[str] = set()
    todo = [case_uuid]
    while todo:
        current = todo.pop()
        for link in links_of(conn, current):
            if link.uuid == ignore:
                continue
            other, kind = _seen_from(link, current)
            if kind != LinkKind.CHILD or other in seen:
                continue
            if other == ancestor:
                return True
            seen.add(other)
            todo.append(other)
    return False


def check(conn: Any, link: CaseLink, keep_times: bool) -> None:
    """Refuse a link no person could mean. A link that arrives with its own times (import,
    merge, restore) may point at a case this vault does not hold (deleted here, or not merged
    yet); a link made here must point at a case it holds, once per pair, without a cycle of
    parents."""
    if link.other_case == link.case_uuid or not link.other_case:
        raise InvalidInputError("store.links.itself")
    if keep_times:
        return
    if not codec.exists(conn, "case", link.other_case):
        raise NotFoundError("store.links.other_missing")
    if link.kind in INVERSE:
        parent, child = (
            (link.case_uuid, link.other_case)
            if link.kind == LinkKind.PARENT
            else (link.other_case, link.case_uuid)
        )
        # A parent of its own ancestor would close a cycle.
        if _is_ancestor(conn, child, parent, link.uuid):
            raise InvalidInputError("store.links.parent_cycle")
    existing = linked_pair(conn, link.case_uuid, link.other_case)
    if existing is not None and existing.uuid != link.uuid:
        raise InvalidInputError("store.links.already_linked")
