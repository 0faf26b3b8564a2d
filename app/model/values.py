"""The value objects records are made of: a person with their names, documents and hometown,
a consent grant, a reference in another register, a translation (app/model/records.py).

They have no UUID of their own; they are stored inside the record that holds them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.model.codes import (
    Citizenship,
    ConsentScope,
    Ethnicity,
    IdentityLevel,
    NameKind,
    NameScript,
    PersonStatus,
    Sex,
)
from app.model.dates import PartialDate
from app.model.fields import choice, coded, coded_list, long_text, multiline, short, uuid_ref
from app.model.text import NAME

__all__ = ["ConsentGrant", "ExternalRef", "Hometown", "IdDocument", "Name", "Person", "Translation"]


@dataclass
class Name:
    text: str = short(NAME)
    script: str = choice(NameScript, NameScript.KK_CYRL)
    kind: str = choice(NameKind, NameKind.LEGAL)


@dataclass
class IdDocument:
    kind: str = short()  # e.g. "PRC resident ID", "Kazakh IIN", "passport"
    number: str = short(NAME)
    confiscated: bool = False
    notes: str = multiline()


@dataclass
class Hometown:
    prefecture: str = short()
    county: str = short()
    township: str = short()
    village: str = short()

    def display(self) -> str:
        return ", ".join(p for p in (self.village, self.township, self.county, self.prefecture) if p)


@dataclass
class Person:
    names: list[Name] = field(default_factory=list)
    sex: str = coded(Sex)
    birth_date: PartialDate = field(default_factory=PartialDate)
    ethnicity: str = coded(Ethnicity)
    citizenships: list[str] = coded_list(Citizenship)
    id_documents: list[IdDocument] = field(default_factory=list)
    occupation: str = short()
    hometown: Hometown = field(default_factory=Hometown)
    residence_kz: str = short()
    health: str = multiline()
    physical_description: str = multiline()
    photo_attachment: str = uuid_ref()  # UUID of an attachment of this case, or ""
    current_status: str = choice(PersonStatus, PersonStatus.MISSING)
    # As the family gives them, in any script (optional). The duplicate score compares them
    # (app/names/persons.py); the WGEID form asks for them (app/dossier/wgeid.py).
    father_name: str = short(NAME)
    mother_name: str = short(NAME)

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

    scope: str = choice(ConsentScope, ConsentScope.STORE)
    identity: str = choice(IdentityLevel, IdentityLevel.ANONYMOUS)
    contact: bool = False


@dataclass
class ExternalRef:
    """The case's number in another register (Register lists the usual ones; free text)."""

    register: str = short()
    reference: str = short(NAME)
    notes: str = short()


@dataclass
class Translation:
    language: str = short()
    text: str = long_text()
    translator: str = short()
