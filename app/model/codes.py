"""Every code list of the model, declared once as a ``StrEnum``.

The values are what is stored, exchanged (docs/case-format.md) and typed on the command line;
they never change meaning. Field specs (app/model/records.py) take their choices from these
classes, the label registry (app/labels) words them per language, and the UI, dossiers and CLI
iterate them, so a code added here is offered, checked and labelled everywhere.

``Language`` holds *suggested* values of free-text fields: the model accepts any text there,
but a known code is labelled. The "coded" lists (``Sex``, ``Ethnicity``, ``Citizenship``,
``Relation``, ``ConsentHow``, ``AddresseeKind``) are fields whose value is one of the codes, or
``other:`` and the person's own words where the list has no entry (app/model/coded.py).
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
    "Ethnicity",
    "Citizenship",
    "Relation",
    "ConsentHow",
    "LinkKind",
    "Certainty",
    "ENUMS",
]


class NameScript(StrEnum):
    KK_CYRL = "kk-Cyrl"
    KK_LATN = "kk-Latn"
    KK_ARAB = "kk-Arab"  # the töte alphabet of the Kazakhs of Xinjiang, right to left
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
    """``Intervention.addressee_kind``: whom an intervention was addressed to."""

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
    """``Person.sex``."""

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


class Ethnicity(StrEnum):
    """``Person.ethnicity``: the peoples of Xinjiang whose families Izdeu's volunteers meet."""

    KAZAKH = "kazakh"
    UYGHUR = "uyghur"
    KYRGYZ = "kyrgyz"
    HUI = "hui"
    UZBEK = "uzbek"
    TATAR = "tatar"
    TAJIK = "tajik"
    MONGOL = "mongol"
    HAN = "han"


class Citizenship(StrEnum):
    """``Person.citizenships`` (a list): a country by its ISO 3166 code, or a status."""

    CN = "cn"
    KZ = "kz"
    # Kandas (formerly oralman): an ethnic Kazakh resettled in Kazakhstan, often before having
    # its citizenship; families say it where a country is asked.
    KANDAS = "kandas"
    KG = "kg"
    UZ = "uz"
    RU = "ru"
    TR = "tr"
    STATELESS = "stateless"


class Relation(StrEnum):
    """``Witness.relation``: what the witness is of the missing person (the witness is the
    person's ``daughter``)."""

    MOTHER = "mother"
    FATHER = "father"
    DAUGHTER = "daughter"
    SON = "son"
    SISTER = "sister"
    BROTHER = "brother"
    WIFE = "wife"
    HUSBAND = "husband"
    GRANDCHILD = "grandchild"
    NIECE_NEPHEW = "niece-nephew"
    AUNT_UNCLE = "aunt-uncle"
    COUSIN = "cousin"
    IN_LAW = "in-law"
    OTHER_RELATIVE = "other-relative"
    FRIEND = "friend"
    NEIGHBOUR = "neighbour"
    COLLEAGUE = "colleague"
    FELLOW_DETAINEE = "fellow-detainee"


class ConsentHow(StrEnum):
    """``Witness.consent_how``: how the witness gave consent."""

    ORAL = "oral"
    WRITTEN = "written"
    AUDIO = "audio"
    VIDEO = "video"
    MESSAGE = "message"


class LinkKind(StrEnum):
    """``CaseLink.kind``: what this case's person is to the linked case's person. The family
    relations read from this case: ``parent`` means this person is the other's parent (the
    other case shows the inverse, ``child``)."""

    SAME_PERSON = "same-person"
    NOT_SAME_PERSON = "not-same-person"
    PARENT = "parent"
    CHILD = "child"
    SIBLING = "sibling"
    SPOUSE = "spouse"
    RELATIVE = "relative"


class Certainty(StrEnum):
    """``CaseLink.certainty``: how sure the person who linked two cases is."""

    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    POSSIBLE = "possible"


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
    Ethnicity,
    Citizenship,
    Relation,
    ConsentHow,
    LinkKind,
    Certainty,
)
