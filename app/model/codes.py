"""Every code list of the model, declared once as a ``StrEnum``.

The values are what is stored, exchanged (docs/case-format.md) and typed on the command line;
they never change meaning. Field specs (app/model/records.py) take their choices from these
classes, the label registry (app/labels) words them per language, and the UI, dossiers and CLI
iterate them, so a code added here is offered, checked and labelled everywhere.

The last three are *suggested* values of free-text fields: the model accepts any text there
(what a volunteer typed before these existed must still load), but a known code is labelled.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "NameScript",
    "NameKind",
    "CaseStatus",
    "PersonStatus",
    "ActKind",
    "ConsentScope",
    "IdentityLevel",
    "Procedure",
    "AddresseeKind",
    "Language",
    "Sex",
    "Register",
    "ENUMS",
]


class NameScript(StrEnum):
    KK_CYRL = "kk-Cyrl"
    KK_LATN = "kk-Latn"
    UG_ARAB = "ug-Arab"
    UG_LATN = "ug-Latn"
    ZH_HANS = "zh-Hans"
    PINYIN = "pinyin"
    RU = "ru"
    EN = "en"


class NameKind(StrEnum):
    LEGAL = "legal"
    ALIAS = "alias"
    OFFICIAL_ZH = "official-zh"
    OTHER = "other"


class CaseStatus(StrEnum):
    OPEN = "open"
    SUBMITTED = "submitted"
    CLARIFIED = "clarified"
    CLOSED = "closed"


class PersonStatus(StrEnum):
    MISSING = "missing"
    CAMP = "camp"
    DETAINED = "detained"
    PRISON = "prison"
    RESTRICTED = "restricted"
    FORCED_LABOUR = "forced-labour"
    PASSPORT_CONFISCATED = "passport-confiscated"
    DECEASED = "deceased"
    REUNITED = "reunited"


class ActKind(StrEnum):
    DISAPPEARANCE = "disappearance"
    ARREST = "arrest"
    CAMP_INTERNMENT = "camp-internment"
    SENTENCING = "sentencing"
    TRANSFER = "transfer"
    PASSPORT_CONFISCATION = "passport-confiscation"
    RELEASE = "release"
    CONTACT_LOST = "contact-lost"
    DEATH = "death"
    OTHER = "other"


class ConsentScope(StrEnum):
    STORE = "store"
    WGEID = "wgeid"
    MINISTRY = "ministry"
    NGO = "ngo"
    PUBLISH = "publish"


class IdentityLevel(StrEnum):
    FULL = "full"
    INITIALS = "initials"
    ANONYMOUS = "anonymous"


class Procedure(StrEnum):
    STANDARD = "standard"
    URGENT = "urgent"


class AddresseeKind(StrEnum):
    """Suggested values of ``Intervention.addressee_kind`` (free text)."""

    MINISTRY = "ministry"
    CONSULATE = "consulate"
    WGEID = "wgeid"
    NGO = "ngo"
    OTHER = "other"


class Language(StrEnum):
    """Suggested values of testimony and translation languages (free text)."""

    KK = "kk"
    RU = "ru"
    UG = "ug"
    ZH = "zh"
    EN = "en"


class Sex(StrEnum):
    """Suggested values of ``Person.sex`` (free text)."""

    MALE = "male"
    FEMALE = "female"


class Register(StrEnum):
    """Suggested values of ``ExternalRef.register`` (free text): other registers of the same
    person, so a case can be matched with them and cited by their numbers."""

    XJVICTIMS = "xjvictims"  # the Xinjiang Victims Database entry number
    WGEID = "wgeid"  # the UN Working Group's case reference
    MINISTRY = "ministry"  # a ministry's file number
    NGO = "ngo"  # another organisation's id
    OTHER = "other"


# Every code list, for the registry's completeness test and for tools that list them all.
ENUMS: tuple[type[StrEnum], ...] = (
    NameScript,
    NameKind,
    CaseStatus,
    PersonStatus,
    ActKind,
    ConsentScope,
    IdentityLevel,
    Procedure,
    AddresseeKind,
    Language,
    Sex,
    Register,
)
