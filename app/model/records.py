"""Dataclasses for every kind of record a case holds.

Every record has a UUID and created/updated times: backups and merges match records by UUID and
resolve conflicts by update time. Records of a case other than the case itself point to it by
``case_uuid``. Conversion to and from plain dicts (the stored JSON and the interchange format)
is generic, driven by the type hints, so a field added here is stored everywhere.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import types
import typing
import uuid as _uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from app.errors import InvalidInputError
from app.model.dates import PartialDate
from app.model.text import LONG, MEDIUM, SHORT, check_text

__all__ = [
    "ACT_KINDS", "CASE_STATUSES", "CONSENT_SCOPES", "IDENTITY_LEVELS", "KINDS", "NAME_SCRIPTS",
    "PERSON_STATUSES", "Act", "Attachment", "Case", "ConsentGrant", "Hometown", "IdDocument",
    "Intervention", "Name", "Person", "Record", "StatusChange", "Testimony", "Translation",
    "Witness", "now_iso", "new_uuid", "record_class",
]

NAME_SCRIPTS = ("kk-Cyrl", "kk-Latn", "ug-Arab", "ug-Latn", "zh-Hans", "pinyin", "ru", "en")
NAME_KINDS = ("legal", "alias", "official-zh", "other")
CASE_STATUSES = ("open", "submitted", "clarified", "closed")
PERSON_STATUSES = (
    "missing", "camp", "detained", "prison", "restricted", "forced-labour",
    "passport-confiscated", "deceased", "reunited",
)
ACT_KINDS = (
    "disappearance", "arrest", "camp-internment", "sentencing", "transfer",
    "passport-confiscation", "release", "contact-lost", "death", "other",
)
CONSENT_SCOPES = ("store", "wgeid", "ministry", "ngo", "publish")
IDENTITY_LEVELS = ("full", "initials", "anonymous")
PROCEDURES = ("standard", "urgent")
CITIZENSHIPS = ("PRC", "KZ", "dual", "qandas", "other")

# Long-form fields get the larger limit; everything else not listed here is SHORT.
_LIMITS: dict[str, int] = {
    "original_text": LONG, "text": LONG, "notes": MEDIUM, "summary": MEDIUM,
    "health": MEDIUM, "physical_description": MEDIUM, "response": MEDIUM, "description": MEDIUM,
    "how_known": MEDIUM, "contact": MEDIUM, "remedies": MEDIUM, "official_reason": MEDIUM,
    "believed_reason": MEDIUM, "charge": MEDIUM,
}
_CHOICES: dict[str, tuple[str, ...]] = {
    "script": NAME_SCRIPTS, "status": CASE_STATUSES, "current_status": PERSON_STATUSES,
    "kind_act": ACT_KINDS, "scope": CONSENT_SCOPES, "identity": IDENTITY_LEVELS,
    "procedure": PROCEDURES,
}


def now_iso() -> str:
    """UTC timestamp with microseconds; sorts lexically in time order."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_uuid() -> str:
    return str(_uuid.uuid4())


# --- value objects -------------------------------------------------------------------------


@dataclass
class Name:
    text: str = ""
    script: str = "kk-Cyrl"
    kind: str = "legal"


@dataclass
class IdDocument:
    kind: str = ""  # e.g. "PRC resident ID", "Kazakh IIN", "passport"
    number: str = ""
    confiscated: bool = False
    notes: str = ""


@dataclass
class Hometown:
    prefecture: str = ""
    county: str = ""
    township: str = ""
    village: str = ""

    def display(self) -> str:
        return ", ".join(p for p in (self.village, self.township, self.county, self.prefecture) if p)


@dataclass
class Person:
    names: list[Name] = field(default_factory=list)
    sex: str = ""
    birth_date: PartialDate = field(default_factory=PartialDate)
    ethnicity: str = ""
    citizenships: list[str] = field(default_factory=list)
    id_documents: list[IdDocument] = field(default_factory=list)
    occupation: str = ""
    hometown: Hometown = field(default_factory=Hometown)
    residence_kz: str = ""
    health: str = ""
    physical_description: str = ""
    photo_attachment: str = ""  # UUID of an attachment of this case, or ""
    current_status: str = "missing"

    def primary_name(self, prefer: tuple[str, ...] = ()) -> str:
        for script in prefer:
            for name in self.names:
                if name.script == script and name.text.strip():
                    return name.text
        for name in self.names:
            if name.text.strip():
                return name.text
        return ""


@dataclass
class ConsentGrant:
    """One recipient scope the witness agreed to, at which identity level, contact shown or not."""

    scope: str = "store"
    identity: str = "anonymous"
    contact: bool = False


@dataclass
class Translation:
    language: str = ""
    text: str = ""
    translator: str = ""


# --- records -------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Record:
    KIND: ClassVar[str] = ""
    uuid: str = field(default_factory=new_uuid)
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    def to_dict(self) -> dict[str, Any]:
        return _to_plain(self)

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        return _from_plain(cls, data, cls.KIND)

    def data_fields(self) -> dict[str, Any]:
        """The record's content without its identity and times (what is stored as JSON)."""
        plain = self.to_dict()
        for key in ("uuid", "created", "updated", "case_uuid"):
            plain.pop(key, None)
        return plain

    def validate(self) -> None:
        _validate(self, self.KIND)


R = TypeVar("R", bound=Record)


@dataclass(kw_only=True)
class Case(Record):
    KIND: ClassVar[str] = "case"
    case_number: str = ""
    intake_date: PartialDate = field(default_factory=PartialDate)
    interviewer: str = ""
    procedure: str = "standard"
    status: str = "open"
    duplicate_of: str = ""
    person: Person = field(default_factory=Person)
    disappeared_on: PartialDate = field(default_factory=PartialDate)
    disappeared_place: str = ""
    perpetrators: str = ""  # who is believed to have carried it out (WGEID element d)
    remedies: str = ""  # why domestic remedies were not possible, if so (WGEID element e)
    summary: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class StatusChange(Record):
    KIND: ClassVar[str] = "status_change"
    case_uuid: str = ""
    date: PartialDate = field(default_factory=PartialDate)
    current_status: str = "missing"
    source: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class Act(Record):
    KIND: ClassVar[str] = "act"
    case_uuid: str = ""
    position: int = 0
    kind: str = "disappearance"
    date_from: PartialDate = field(default_factory=PartialDate)
    date_to: PartialDate = field(default_factory=PartialDate)
    place: str = ""
    facility: str = ""
    facility_kind: str = ""  # camp, prison, police station…
    facility_location: str = ""
    coordinates: str = ""
    agency: str = ""
    official_reason: str = ""
    believed_reason: str = ""
    charge: str = ""
    court: str = ""
    sentence: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class Witness(Record):
    KIND: ClassVar[str] = "witness"
    case_uuid: str = ""
    name: str = ""
    relation: str = ""
    how_known: str = ""
    language: str = ""
    contact: str = ""
    anonymity_wish: bool = False
    consent: list[ConsentGrant] = field(default_factory=list)
    consent_how: str = ""  # oral, written, recorded…
    consent_date: PartialDate = field(default_factory=PartialDate)
    consent_withdrawn: PartialDate = field(default_factory=PartialDate)
    notes: str = ""

    @property
    def withdrawn(self) -> bool:
        return self.consent_withdrawn.known

    def grant_for(self, scope: str) -> ConsentGrant | None:
        """The consent that applies to ``scope``; None if withdrawn or never given."""
        if self.withdrawn:
            return None
        for grant in self.consent:
            if grant.scope == scope:
                return grant
        return None


@dataclass(kw_only=True)
class Testimony(Record):
    KIND: ClassVar[str] = "testimony"
    # Its name starts with "Test": without this, pytest tries to collect it wherever imported.
    __test__: ClassVar[bool] = False
    case_uuid: str = ""
    witness_uuid: str = ""
    interview_date: PartialDate = field(default_factory=PartialDate)
    place: str = ""
    interviewer: str = ""
    language: str = ""
    interpreter: str = ""
    original_text: str = ""
    translations: list[Translation] = field(default_factory=list)
    attachment_uuids: list[str] = field(default_factory=list)
    supports: str = ""  # which facts this testimony supports
    notes: str = ""


@dataclass(kw_only=True)
class Intervention(Record):
    KIND: ClassVar[str] = "intervention"
    case_uuid: str = ""
    actor: str = ""  # who acted: family, organisation
    addressee_kind: str = ""  # ministry, consulate, wgeid, ngo, other
    addressee: str = ""
    date: PartialDate = field(default_factory=PartialDate)
    reference: str = ""
    response: str = ""
    response_date: PartialDate = field(default_factory=PartialDate)
    next_follow_up: PartialDate = field(default_factory=PartialDate)
    dossier_sha256: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class Attachment(Record):
    """Metadata of a file kept inside the vault; the bytes are stored in chunks beside it."""

    KIND: ClassVar[str] = "attachment"
    case_uuid: str = ""
    original_name: str = ""  # as text only: never used to build a path
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    received_at: str = ""
    handed_over_by: str = ""
    description: str = ""


_RECORD_CLASSES: dict[str, type[Record]] = {
    cls.KIND: cls
    for cls in (Case, StatusChange, Act, Witness, Testimony, Intervention, Attachment)
}
KINDS: tuple[str, ...] = tuple(_RECORD_CLASSES)


def record_class(kind: str) -> type[Record]:
    try:
        return _RECORD_CLASSES[kind]
    except KeyError:
        raise InvalidInputError(f"unknown record kind: {kind[:40]!r}") from None


# --- generic conversion --------------------------------------------------------------------


def _to_plain(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_to_plain(v) for v in value]
    return value


_PLANS: dict[type, dict[str, Any]] = {}


def _plan(cls: type) -> dict[str, Any]:
    """Field name → type hint, computed once per class (type hints are slow to resolve)."""
    plan = _PLANS.get(cls)
    if plan is None:
        hints = typing.get_type_hints(cls)
        plan = _PLANS[cls] = {f.name: hints[f.name] for f in dataclasses.fields(cls)}
    return plan


@functools.lru_cache(maxsize=4096)
def _parse_date(text: str) -> PartialDate:
    return PartialDate.parse(text)


def _from_plain(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise InvalidInputError(f"{where}: expected an object")
    plan = _plan(cls)
    kwargs: dict[str, Any] = {}
    for key, raw in data.items():
        hint = plan.get(key)
        if hint is None:
            # Unknown keys from a newer format are refused rather than silently dropped.
            raise InvalidInputError(f"{where}: unknown field {str(key)[:40]!r}")
        kwargs[key] = _convert(hint, raw, where, key)
    try:
        return cls(**kwargs)
    except TypeError:
        raise InvalidInputError(f"{where}: malformed record") from None


def _convert(hint: Any, raw: Any, where: str, key: str) -> Any:
    # The common cases first; the location string is only built for an error message.
    if hint is str:
        if type(raw) is not str:
            raise InvalidInputError(f"{where}.{key}: expected text")
        return raw
    if hint is PartialDate:
        if raw is None:
            return PartialDate()
        if type(raw) is not str:
            raise InvalidInputError(f"{where}.{key}: expected a date string")
        try:
            return _parse_date(raw)
        except InvalidInputError as exc:
            raise InvalidInputError(f"{where}.{key}: {exc}") from None
    if hint is bool:
        if not isinstance(raw, bool):
            raise InvalidInputError(f"{where}.{key}: expected true or false")
        return raw
    if hint is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise InvalidInputError(f"{where}.{key}: expected a whole number")
        return raw
    origin = typing.get_origin(hint)
    if origin is list:
        (inner,) = typing.get_args(hint)
        if not isinstance(raw, list):
            raise InvalidInputError(f"{where}.{key}: expected a list")
        return [_convert(inner, item, where, key + "[]") for item in raw]
    if origin in (typing.Union, types.UnionType):
        return raw
    if dataclasses.is_dataclass(hint):
        return _from_plain(hint, raw, f"{where}.{key}")
    return raw


def _validate(obj: Any, where: str) -> None:
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        label = f"{where}.{f.name}"
        if isinstance(value, str):
            check_text(value, label, _LIMITS.get(f.name, SHORT))
            choice_key = "kind_act" if (where == "act" and f.name == "kind") else f.name
            choices = _CHOICES.get(choice_key)
            if choices is not None and value not in choices:
                raise InvalidInputError(f"{label}: must be one of {', '.join(choices)}")
        elif isinstance(value, list):
            if len(value) > 10_000:
                raise InvalidInputError(f"{label}: too many entries")
            for item in value:
                if isinstance(item, str):
                    check_text(item, label)
                elif dataclasses.is_dataclass(item):
                    _validate(item, label.rsplit(".", 1)[-1])
        elif dataclasses.is_dataclass(value) and not isinstance(value, PartialDate):
            _validate(value, f.name)
