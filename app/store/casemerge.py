"""Merging two cases that record the same person, and splitting them again.

Nothing moves and nothing is deleted: the absorbed case keeps every record of its own
(testimonies, witnesses, files…) and is marked ``duplicate_of`` the kept case, which the
everyday list then hides. The kept case gains the absorbed case's spellings of the name, its
identity documents, citizenships and registers, and the values a person chose where the two
cases differ (an empty field of the kept case takes the other's value). What the merge changed
is written into the "same person" link between the two (``CaseLink.changes``), so splitting
puts exactly that back, on this laptop or wherever a backup carries the link.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInputError, NotFoundError
from app.model.codes import Certainty, LinkKind
from app.model.records import Case, CaseLink, MergedValue
from app.store import audit as _audit
from app.store import codec, links, writes

__all__ = ["FIELDS", "LISTS", "Difference", "differences", "merge", "split"]

# The kept case's single values a merge may take from the other case.
FIELDS = (
    "person.sex",
    "person.birth_date",
    "person.father_name",
    "person.mother_name",
    "person.ethnicity",
    "person.occupation",
    "person.hometown",
    "person.residence_kz",
    "person.current_status",
    "person.health",
    "person.physical_description",
    "disappeared_on",
    "disappeared_place",
    "perpetrators",
    "remedies",
    "summary",
    "notes",
    "intake_date",
    "interviewer",
    "procedure",
    "status",
)
# Lists the merge unites: the other case's entries not already in the kept case are added.
LISTS = ("person.names", "person.citizenships", "person.id_documents", "external_refs")
KEPT, OTHER = "kept", "other"


@dataclass(frozen=True)
class Difference:
    """A field both cases fill differently: a person chooses (as plain values)."""

    path: str
    kept: Any
    other: Any


def _get(plain: dict[str, Any], path: str) -> Any:
    value: Any = plain
    for part in path.split("."):
        value = value[part]
    return value


def _set(plain: dict[str, Any], path: str, value: Any) -> None:
    *head, last = path.split(".")
    target = plain
    for part in head:
        target = target[part]
    target[last] = value


def _empty(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    return value in ("", [], None)


def _canon(value: Any) -> str:
    return codec.encode_value(value)


def differences(kept: Case, other: Case) -> list[Difference]:
    """The fields where both cases hold a value and the values differ."""
    mine, theirs = kept.to_dict(), other.to_dict()
    return [
        Difference(path, _get(mine, path), _get(theirs, path))
        for path in FIELDS
        if not _empty(_get(theirs, path))
        and not _empty(_get(mine, path))
        and _canon(_get(mine, path)) != _canon(_get(theirs, path))
    ]


def _united(mine: list[Any], theirs: list[Any], path: str) -> list[Any]:
    def key(item: Any) -> str:
        # A spelling is the same spelling whatever its script label; a document the same number.
        if path == "person.names":
            return str(item.get("text", "")).strip().casefold()
        if path == "person.id_documents":
            return str(item.get("number", "")).strip().casefold() or _canon(item)
        return _canon(item)

    seen = {key(item) for item in mine}
    added = []
    for item in theirs:
        if key(item) not in seen and not _empty(item):
            seen.add(key(item))
            added.append(item)
    return [*mine, *added]


def _load_case(conn: Any, uuid: str) -> Case:
    case = codec.find(conn, "case", uuid)
    if not isinstance(case, Case):
        raise NotFoundError("store.store.such_case")
    return case


def merge(conn: Any, actor: str, kept_uuid: str, other_uuid: str, choices: dict[str, str]) -> CaseLink:
    """Merge case ``other_uuid`` into ``kept_uuid`` inside the caller's transaction.
    ``choices``: path → "kept" or "other" for each :func:`differences` entry (missing: kept)."""
    if kept_uuid == other_uuid:
        raise InvalidInputError("store.casemerge.itself")
    kept, other = _load_case(conn, kept_uuid), _load_case(conn, other_uuid)
    if kept.duplicate_of or other.duplicate_of:
        raise InvalidInputError("store.casemerge.already_merged")
    if any(v not in (KEPT, OTHER) for v in choices.values()) or set(choices) - set(FIELDS):
        raise InvalidInputError("store.casemerge.bad_choice")
    existing = links.linked_pair(conn, kept_uuid, other_uuid)
    if existing is not None and existing.kind == LinkKind.NOT_SAME_PERSON:
        raise InvalidInputError("store.casemerge.not_same")
    mine, theirs = kept.to_dict(), other.to_dict()
    changes: list[MergedValue] = []

    def change(path: str, value: Any) -> None:
        before = _get(mine, path)
        if _canon(before) != _canon(value):
            changes.append(MergedValue(path, _canon(before), _canon(value)))
            _set(mine, path, value)

    for path in FIELDS:
        value = _get(theirs, path)
        if _empty(value):
            continue
        if _empty(_get(mine, path)) or choices.get(path) == OTHER:
            change(path, value)
    for path in LISTS:
        change(path, _united(_get(mine, path), _get(theirs, path), path))
    if changes:
        writes.save(conn, actor, Case.from_dict(mine), False)
    other.duplicate_of = kept_uuid
    writes.save(conn, actor, other, False)
    if existing is None:
        link = CaseLink(case_uuid=kept_uuid, other_case=other_uuid)
        changes.append(MergedValue("link", "null", "null"))
    else:
        link = existing
        before = {"kind": link.kind, "certainty": link.certainty}
        changes.append(MergedValue("link", _canon(before), "null"))
    link.kind, link.certainty, link.merged, link.changes = (
        LinkKind.SAME_PERSON,
        Certainty.CONFIRMED,
        True,
        changes,
    )
    link.validate()
    writes.save(conn, actor, link, False)
    _audit.append(
        conn,
        actor=actor,
        action="case-merge",
        kind="case",
        record_uuid=other_uuid,
        case_uuid=kept_uuid,
        detail={"into": kept_uuid, "absorbed": other_uuid, "fields": [c.path for c in changes][:50]},
    )
    return link


def split(conn: Any, actor: str, other_uuid: str) -> str:
    """Undo the merge of ``other_uuid`` into the case it was merged into; returns that case's
    UUID. A value changed again since the merge is left as it is now."""
    other = _load_case(conn, other_uuid)
    kept_uuid = other.duplicate_of
    link = links.linked_pair(conn, kept_uuid, other_uuid) if kept_uuid else None
    if link is None or not link.merged:
        raise InvalidInputError("store.casemerge.not_merged")
    kept = codec.find(conn, "case", kept_uuid)
    if isinstance(kept, Case):
        plain = kept.to_dict()
        for item in link.changes:
            if item.path == "link":
                continue
            before, after = json.loads(item.before), json.loads(item.after)
            current = _get(plain, item.path)
            if item.path in LISTS:
                added = [x for x in after if _canon(x) not in {_canon(b) for b in before}]
                _set(plain, item.path, [x for x in current if _canon(x) not in {_canon(a) for a in added}])
            elif _canon(current) == item.after:
                _set(plain, item.path, before)
        writes.save(conn, actor, Case.from_dict(plain), False)
    other.duplicate_of = ""
    writes.save(conn, actor, other, False)
    earlier = next((json.loads(c.before) for c in link.changes if c.path == "link"), None)
    if earlier is None:
        writes.delete(conn, actor, "link", link.uuid)
    else:
        link.kind, link.certainty = earlier["kind"], earlier["certainty"]
        link.merged, link.changes = False, []
        writes.save(conn, actor, link, False)
    _audit.append(
        conn,
        actor=actor,
        action="case-split",
        kind="case",
        record_uuid=other_uuid,
        case_uuid=kept_uuid,
        detail={"from": kept_uuid, "restored": other_uuid},
    )
    return kept_uuid
