"""Names, sections and the parsed form of the case interchange format (docs/case-format.md)."""

from __future__ import annotations

import datetime as _dt
import re
import uuid as _uuid
from dataclasses import dataclass, field

from app.errors import InvalidInputError
from app.model.fields import check_timestamp
from app.model.records import (
    Act,
    Attachment,
    Case,
    CaseLink,
    Intervention,
    Record,
    StatusChange,
    Testimony,
    Witness,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "FIRST_CODED_VERSION",
    "SECTIONS",
    "Tombstone",
    "ParsedCase",
    "ParsedDocument",
    "check_uuid",
    "check_time",
    "future_limit",
]

FORMAT_NAME = "izdeu-cases"
# 3: cases hold links to other cases; 4: the person's father's and mother's names
# (docs/case-format.md, "Versioning").
FORMAT_VERSION = 4
# Version 1 had free text where version 2 has coded values (sex, ethnicity, citizenships,
# relation, consent_how, addressee_kind); a version-1 file's text is mapped to codes on import.
FIRST_CODED_VERSION = 2

# Child sections of a case entry, in the order they are written and saved (the order never
# matters for correctness: every child points only at its case, or at siblings validated first).
SECTIONS: dict[str, type[Record]] = {
    "status_changes": StatusChange,
    "acts": Act,
    "witnesses": Witness,
    "testimonies": Testimony,
    "interventions": Intervention,
    "attachments": Attachment,
    "links": CaseLink,  # version 3; an older file has none
}

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def check_uuid(value: object, where: str, *, allow_empty: bool = False) -> str:
    """A canonical lower-case UUID string (what the store writes); the message never quotes it."""
    if allow_empty and value == "":
        return ""
    if not isinstance(value, str):
        raise InvalidInputError("interchange.format.expected_uuid", where=where)
    try:
        canonical = str(_uuid.UUID(value))
    except ValueError:
        raise InvalidInputError("interchange.format.valid_uuid", where=where) from None
    if canonical != value:
        raise InvalidInputError("interchange.format.uuids_must_written_lower", where=where)
    return value


def check_time(value: object, where: str, *, not_after: str | None = None) -> str:
    """A UTC timestamp as the store writes it (``2024-05-01T10:00:00.123456Z``): a real date
    and time in ASCII digits, at most a day in the future (app/model/fields.py).

    ``not_after`` (``YYYY-MM-DDTHH:MM:SS``, see :func:`future_limit`) sets that limit from one
    clock reading for a whole file: a record dated ahead would win every later merge conflict."""
    checked = check_timestamp(value, where)
    if not_after is not None and checked[:19] > not_after:
        raise InvalidInputError("interchange.format.more_than_day_future", where=where)
    return checked


def future_limit(now: _dt.datetime | None = None) -> str:
    """The latest time an imported record may carry: a day ahead of this computer's clock
    (clocks and time zones set wrong by hours are common; days ahead is a forged time)."""
    now = now or _dt.datetime.now(_dt.UTC)
    return (now + _dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S")


def check_sha256(value: object, where: str) -> str:
    if not isinstance(value, str) or not _SHA256.match(value):
        raise InvalidInputError("interchange.format.expected_sha_256_lower", where=where)
    return value


@dataclass(frozen=True)
class Tombstone:
    """A record deleted in the source vault; kept so merges do not bring it back."""

    uuid: str
    kind: str
    case_uuid: str
    deleted: str


@dataclass
class ParsedCase:
    """One case entry of the file, converted and validated."""

    case: Case
    children: dict[str, list[Record]] = field(default_factory=dict)

    def records(self) -> list[Record]:
        """The case first, then its children section by section (the order they are saved)."""
        out: list[Record] = [self.case]
        for section in SECTIONS:
            out += self.children.get(section, [])
        return out

    @property
    def attachments(self) -> list[Attachment]:
        return [a for a in self.children.get("attachments", []) if isinstance(a, Attachment)]


@dataclass
class ParsedDocument:
    """A whole file, validated: cases, attachment bytes by SHA-256, tombstones."""

    version: int
    cases: list[ParsedCase]
    blobs: dict[str, bytes]
    tombstones: list[Tombstone]

    def record_count(self) -> int:
        return sum(len(c.records()) for c in self.cases)
