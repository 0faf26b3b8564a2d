"""Dataclasses for every kind of record a case holds.

Every record has a UUID and created/updated times: backups and merges match records by UUID and
resolve conflicts by update time. Records of a case other than the case itself point to it by
``case_uuid``. Conversion to and from plain dicts (the stored JSON and the interchange format)
is generic, driven by the type hints, so a field added here is stored everywhere.
"""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from app.errors import InvalidInputError
from app.model.codes import (
    ActKind,
    AddresseeKind,
    CaseStatus,
    Certainty,
    ConsentHow,
    ConsentScope,
    LinkKind,
    PersonStatus,
    Procedure,
    Relation,
)
from app.model.convert import from_plain, to_plain, validate
from app.model.dates import PartialDate
from app.model.fields import (
    choice,
    choice_list,
    coded,
    integer,
    long_text,
    multiline,
    sha256,
    short,
    timestamp,
    uuid_ref,
)
from app.model.text import NAME
from app.model.values import ConsentGrant, ExternalRef, Hometown, IdDocument, Name, Person, Translation

__all__ = [
    "KINDS",
    "Act",
    "Attachment",
    "Case",
    "CaseLink",
    "ConsentGrant",
    "ExternalRef",
    "Hometown",
    "IdDocument",
    "Intervention",
    "MergedValue",
    "Name",
    "Person",
    "Record",
    "StatusChange",
    "Testimony",
    "Translation",
    "Witness",
    "now_iso",
    "new_uuid",
    "record_class",
]

# The same bound as the store (app/store/attachments.py), which the model cannot import.
MAX_ATTACHMENT_SIZE = 8 * 1024**3
MAX_DURATION_MS = 7 * 24 * 3600 * 1000


def now_iso() -> str:
    """UTC timestamp with microseconds; sorts lexically in time order."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_uuid() -> str:
    return str(_uuid.uuid4())


# --- records -------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Record:
    KIND: ClassVar[str] = ""
    uuid: str = uuid_ref(allow_empty=False, default_factory=new_uuid)
    created: str = timestamp(now_iso)
    updated: str = timestamp(now_iso)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = to_plain(self)
        return result

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        result: R = from_plain(cls, data, cls.KIND)
        return result

    def data_fields(self) -> dict[str, Any]:
        """The record's content without its identity and times (what is stored as JSON)."""
        plain = self.to_dict()
        for key in ("uuid", "created", "updated", "case_uuid"):
            plain.pop(key, None)
        return plain

    def validate(self, *, allow_future: bool = False, stored: bool = False) -> None:
        """Check every field by its declared type (app/model/fields.py); the error names the
        field, never its content.

        Times more than a day ahead are refused unless ``allow_future``: for records saved with
        the times they already carry (import, merge, restore), whose callers apply their own
        clock policy. ``stored``: text a vault already held, checked by the rules of every
        earlier version only (restore; app/model/text.py)."""
        validate(self, self.KIND, allow_future=allow_future, stored=stored)


R = TypeVar("R", bound=Record)


@dataclass(kw_only=True)
class Case(Record):
    KIND: ClassVar[str] = "case"
    case_number: str = short(NAME)
    intake_date: PartialDate = field(default_factory=PartialDate)
    interviewer: str = short()
    procedure: str = choice(Procedure, Procedure.STANDARD)
    status: str = choice(CaseStatus, CaseStatus.OPEN)
    duplicate_of: str = uuid_ref()
    person: Person = field(default_factory=Person)
    disappeared_on: PartialDate = field(default_factory=PartialDate)
    disappeared_place: str = short()
    perpetrators: str = short()  # who is believed to have carried it out (WGEID element d)
    remedies: str = multiline()  # why domestic remedies were not possible, if so (WGEID element e)
    summary: str = multiline()
    notes: str = multiline()
    external_refs: list[ExternalRef] = field(default_factory=list)


@dataclass(kw_only=True)
class StatusChange(Record):
    KIND: ClassVar[str] = "status_change"
    case_uuid: str = uuid_ref()
    date: PartialDate = field(default_factory=PartialDate)
    current_status: str = choice(PersonStatus, PersonStatus.MISSING)
    source: str = short()
    notes: str = multiline()


@dataclass(kw_only=True)
class Act(Record):
    KIND: ClassVar[str] = "act"
    case_uuid: str = uuid_ref()
    position: int = integer(0, 100_000)
    kind: str = choice(ActKind, ActKind.DISAPPEARANCE)
    date_from: PartialDate = field(default_factory=PartialDate)
    date_to: PartialDate = field(default_factory=PartialDate)
    place: str = short()
    facility: str = short()
    facility_kind: str = short()  # camp, prison, police station…
    facility_location: str = short()
    coordinates: str = short()
    agency: str = short()
    official_reason: str = multiline()
    believed_reason: str = multiline()
    charge: str = multiline()
    court: str = short()
    sentence: str = short()
    notes: str = multiline()


@dataclass(kw_only=True)
class Witness(Record):
    KIND: ClassVar[str] = "witness"
    case_uuid: str = uuid_ref()
    name: str = short(NAME)
    relation: str = coded(Relation)
    how_known: str = multiline()
    language: str = short()
    contact: str = multiline()
    anonymity_wish: bool = False
    consent: list[ConsentGrant] = field(default_factory=list)
    consent_how: str = coded(ConsentHow)
    consent_date: PartialDate = field(default_factory=PartialDate)
    consent_withdrawn: PartialDate = field(default_factory=PartialDate)
    notes: str = multiline()
    # The same witness's record in another case (one relative reporting several people): its
    # contact details were taken from there; consent is this case's own.
    same_as: str = uuid_ref()

    @property
    def withdrawn(self) -> bool:
        return self.consent_withdrawn.known

    def reused_for(self, case_uuid: str, consent_date: PartialDate) -> Witness:
        """This witness as a new witness of another case: who they are and how to reach
        them; their relation to that case's person, and their consent, are asked again."""
        return Witness(
            case_uuid=case_uuid,
            name=self.name,
            language=self.language,
            contact=self.contact,
            anonymity_wish=self.anonymity_wish,
            consent_date=consent_date,
            same_as=self.same_as or self.uuid,
        )

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
    case_uuid: str = uuid_ref()
    witness_uuid: str = uuid_ref()
    interview_date: PartialDate = field(default_factory=PartialDate)
    place: str = short()
    interviewer: str = short()
    language: str = short()
    interpreter: str = short()
    original_text: str = long_text()
    translations: list[Translation] = field(default_factory=list)
    attachment_uuids: list[str] = uuid_ref(allow_empty=False, many=True)
    supports: str = short()  # which facts this testimony supports
    notes: str = multiline()


@dataclass(kw_only=True)
class Intervention(Record):
    KIND: ClassVar[str] = "intervention"
    case_uuid: str = uuid_ref()
    actor: str = short()  # who acted: family, organisation
    addressee_kind: str = coded(AddresseeKind)
    addressee: str = short()
    date: PartialDate = field(default_factory=PartialDate)
    reference: str = short()
    response: str = multiline()
    response_date: PartialDate = field(default_factory=PartialDate)
    next_follow_up: PartialDate = field(default_factory=PartialDate)
    dossier_sha256: str = sha256()
    notes: str = multiline()


@dataclass(kw_only=True)
class Redaction:
    """A rectangle of a photo or scan to hide in dossiers: in thousandths of the picture's
    width and height as it is shown (EXIF rotation applied), so it holds at any scale.

    ``scopes``: the recipients (consent scopes of the dossier profiles: wgeid, ministry,
    publish…) whose dossiers get the redacted copy; empty means every recipient. The file in
    the vault is never changed.
    """

    left: int = integer(0, 1000)
    top: int = integer(0, 1000)
    width: int = integer(1, 1000, 1000)
    height: int = integer(1, 1000, 1000)
    scopes: list[str] = choice_list(ConsentScope)

    def box(self, width: int, height: int) -> tuple[int, int, int, int]:
        """The rectangle in pixels of a ``width`` × ``height`` picture, clipped to it."""
        x0 = min(width, self.left * width // 1000)
        y0 = min(height, self.top * height // 1000)
        x1 = min(width, -(-(self.left + self.width) * width // 1000))
        y1 = min(height, -(-(self.top + self.height) * height // 1000))
        return x0, y0, max(x0, x1), max(y0, y1)

    def applies_to(self, scope: str) -> bool:
        return not self.scopes or scope in self.scopes


@dataclass(kw_only=True)
class Attachment(Record):
    """Metadata of a file kept inside the vault; the bytes are stored in chunks beside it."""

    KIND: ClassVar[str] = "attachment"
    case_uuid: str = uuid_ref()
    original_name: str = short()  # as text only: never used to build a path
    media_type: str = short(default="application/octet-stream")
    size: int = integer(0, MAX_ATTACHMENT_SIZE)
    sha256: str = sha256()
    received_at: str = timestamp()
    handed_over_by: str = short()
    description: str = multiline()
    redactions: list[Redaction] = field(default_factory=list)  # images: regions hidden in dossiers
    # Recordings made in Izdeu (app/media): length, the input it was made with, when it began,
    # and whether it is still being written ("recording"), ended normally ("complete") or was
    # finished after a crash or a full disk ("recovered"). "" for other files.
    duration_ms: int = integer(0, MAX_DURATION_MS)
    recorded_with: str = short()
    recording_started: str = timestamp()
    recording_state: str = short(limit=16)


@dataclass
class MergedValue:
    """A field of the kept case that merging another case into it changed: its value before
    and after as canonical JSON, so splitting puts it back (app/store/casemerge.py)."""

    path: str = short()  # "summary", "person.birth_date", "person.names"
    before: str = long_text()
    after: str = long_text()


@dataclass(kw_only=True)
class CaseLink(Record):
    """How this case's person relates to the person of ``other_case`` (LinkKind says which
    way family relations read). ``merged``: the other case was merged into this one, and
    ``changes`` is what the merge did to this case, undone by splitting."""

    KIND: ClassVar[str] = "link"
    case_uuid: str = uuid_ref()
    other_case: str = uuid_ref()
    kind: str = choice(LinkKind, LinkKind.SAME_PERSON)
    certainty: str = choice(Certainty, Certainty.PROBABLE)
    merged: bool = False
    changes: list[MergedValue] = field(default_factory=list)
    notes: str = multiline()


_RECORD_CLASSES: dict[str, type[Record]] = {
    cls.KIND: cls for cls in (Case, StatusChange, Act, Witness, Testimony, Intervention, Attachment, CaseLink)
}
KINDS: tuple[str, ...] = tuple(_RECORD_CLASSES)


def record_class(kind: str) -> type[Record]:
    try:
        return _RECORD_CLASSES[kind]
    except KeyError:
        raise InvalidInputError("model.records.unknown_record_kind", kind=kind[:40]) from None
