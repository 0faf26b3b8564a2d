"""One spreadsheet row → the records of one new case, or the problems of that row.

Every value is converted as if typed in the editor (app/tables/values.py) and checked by its
field's declared type; a problem names the row, the column and the reason, never the cell.
"""

from __future__ import annotations

import dataclasses
import uuid as _uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.errors import InvalidInputError, IzdeuError
from app.model.coded import code_for
from app.model.codes import ActKind, CaseStatus, Citizenship, Ethnicity, PersonStatus, Relation, Sex
from app.model.fields import check_value, spec_of
from app.model.records import (
    Act,
    Case,
    ExternalRef,
    Hometown,
    IdDocument,
    Name,
    Person,
    Record,
    Testimony,
    Witness,
)
from app.tables import values

__all__ = ["RowRecords", "RowProblem", "convert_row", "split_many", "PRC_ID_KIND", "OTHER_ID_KIND"]

PRC_ID_KIND = "PRC resident ID"
OTHER_ID_KIND = "other document"
# Several values of one field in one cell (two spellings in one script, two references).
SEPARATOR = ";"


def split_many(text: str) -> list[str]:
    return [part.strip() for part in text.split(SEPARATOR) if part.strip()]


@dataclass
class RowRecords:
    row: int
    case: Case
    act: Act | None = None
    witness: Witness | None = None
    testimony: Testimony | None = None
    duplicates: list[str] = field(default_factory=list)  # case numbers of possible duplicates

    def records(self) -> list[Record]:
        return [r for r in (self.case, self.act, self.witness, self.testimony) if r is not None]


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it (the header is row 1)
    column: int  # from 1; 0 = the row as a whole
    header: str
    error: IzdeuError

    @property
    def reason(self) -> str:
        return str(self.error)


def _checked(obj: Any, name: str, value: Any, where: str) -> Any:
    spec = spec_of(next(f for f in dataclasses.fields(obj) if f.name == name))
    if spec is not None:
        check_value(spec, value, where)
    return value


class _Builder:
    def __init__(self, row: int) -> None:
        self.out = RowRecords(row, Case(person=Person(hometown=Hometown())))

    @property
    def case(self) -> Case:
        return self.out.case

    def act(self) -> Act:
        if self.out.act is None:
            self.out.act = Act(case_uuid=self.case.uuid, kind=ActKind.CAMP_INTERNMENT.value)
        return self.out.act

    def witness(self) -> Witness:
        if self.out.witness is None:
            self.out.witness = Witness(case_uuid=self.case.uuid)
        return self.out.witness

    def testimony(self) -> Testimony:
        if self.out.testimony is None:
            self.out.testimony = Testimony(case_uuid=self.case.uuid)
        return self.out.testimony


def _set(target: Callable[[_Builder], Any], name: str, where: str) -> Callable[[_Builder, str], None]:
    def setter(b: _Builder, text: str) -> None:
        obj = target(b)
        setattr(obj, name, _checked(obj, name, text, where))

    return setter


def _date(target: Callable[[_Builder], Any], name: str) -> Callable[[_Builder, str], None]:
    def setter(b: _Builder, text: str) -> None:
        setattr(target(b), name, values.parse_date(text))

    return setter


def _uuid_cell(b: _Builder, text: str) -> None:
    try:
        value = str(_uuid.UUID(text.strip()))
    except ValueError:
        raise InvalidInputError("tables.rows.not_a_uuid") from None
    old = b.case.uuid
    b.case.uuid = value
    for child in (b.out.act, b.out.witness, b.out.testimony):
        if child is not None and child.case_uuid == old:
            child.case_uuid = value


def _names(script: str) -> Callable[[_Builder, str], None]:
    def setter(b: _Builder, text: str) -> None:
        for part in split_many(text):
            _checked(Name(), "text", part, "name")
            b.case.person.names.append(Name(part, script))

    return setter


def _ref(register: str) -> Callable[[_Builder, str], None]:
    def setter(b: _Builder, text: str) -> None:
        for part in split_many(text):
            _checked(ExternalRef(), "reference", part, "reference")
            b.case.external_refs.append(ExternalRef(register, part))

    return setter


def _document(kind: str) -> Callable[[_Builder, str], None]:
    def setter(b: _Builder, text: str) -> None:
        for part in split_many(text):
            _checked(IdDocument(), "number", part, "number")
            b.case.person.id_documents.append(IdDocument(kind, part))

    return setter


def _coded(
    enum: type[StrEnum], target: Callable[[_Builder], Any], name: str
) -> Callable[[_Builder, str], None]:
    """A coded field: its code where the text is one of the code's words in any language,
    else ``other:`` and the text (app/model/coded.py), as the editor stores it."""

    def setter(b: _Builder, text: str) -> None:
        obj = target(b)
        setattr(obj, name, _checked(obj, name, code_for(enum, text), name))

    return setter


def _citizenship(b: _Builder, text: str) -> None:
    person = b.case.person
    for part in split_many(text):
        code = code_for(Citizenship, part)
        if code not in person.citizenships:
            person.citizenships.append(code)
    _checked(person, "citizenships", person.citizenships, "citizenships")


def _person_status(b: _Builder, text: str) -> None:
    b.case.person.current_status = (
        values.match_code(PersonStatus, text, values.STATUS_WORDS) or PersonStatus.MISSING.value
    )


def _case_status(b: _Builder, text: str) -> None:
    b.case.status = values.match_code(CaseStatus, text) or CaseStatus.OPEN.value


def _testimony_text(b: _Builder, text: str) -> None:
    testimony = b.testimony()
    testimony.original_text = _checked(testimony, "original_text", text, "testimony")


def _person(b: _Builder) -> Person:
    return b.case.person


def _home(b: _Builder) -> Hometown:
    return b.case.person.hometown


def _case(b: _Builder) -> Case:
    return b.case


SETTERS: dict[str, Callable[[_Builder, str], None]] = {
    "uuid": _uuid_cell,
    "case_number": _set(_case, "case_number", "case number"),
    "sex": _coded(Sex, _person, "sex"),
    "birth_date": _date(_person, "birth_date"),
    "father_name": _set(_person, "father_name", "father's name"),
    "mother_name": _set(_person, "mother_name", "mother's name"),
    "ethnicity": _coded(Ethnicity, _person, "ethnicity"),
    "occupation": _set(_person, "occupation", "occupation"),
    "citizenship": _citizenship,
    "prefecture": _set(_home, "prefecture", "prefecture"),
    "county": _set(_home, "county", "county"),
    "township": _set(_home, "township", "township"),
    "village": _set(_home, "village", "village"),
    "residence_kz": _set(_person, "residence_kz", "residence"),
    "id_prc": _document(PRC_ID_KIND),
    "id_other": _document(OTHER_ID_KIND),
    "person_status": _person_status,
    "case_status": _case_status,
    "intake_date": _date(_case, "intake_date"),
    "disappeared_on": _date(_case, "disappeared_on"),
    "disappeared_place": _set(_case, "disappeared_place", "place"),
    "perpetrators": _set(_case, "perpetrators", "perpetrators"),
    "facility": _set(_Builder.act, "facility", "facility"),
    "facility_kind": _set(_Builder.act, "facility_kind", "facility kind"),
    "summary": _set(_case, "summary", "summary"),
    "notes": _set(_case, "notes", "notes"),
    "witness_name": _set(_Builder.witness, "name", "witness"),
    "witness_relation": _coded(Relation, _Builder.witness, "relation"),
    "witness_contact": _set(_Builder.witness, "contact", "contact"),
    "testimony": _testimony_text,
    "testimony_language": _set(_Builder.testimony, "language", "language"),
}


def setter_for(key: str) -> Callable[[_Builder, str], None] | None:
    if key in SETTERS:
        return SETTERS[key]
    kind, _, code = key.partition(":")
    if kind == "name":
        return _names(code)
    if kind == "ref":
        return _ref(code)
    return None


# The UUID first: children made before it would point at the generated one.
def _order(item: tuple[int, str]) -> int:
    return 0 if item[1] == "uuid" else 1


def convert_row(
    row: int, cells: list[str], mapping: dict[int, str], headers: list[str]
) -> RowRecords | list[RowProblem]:
    """The records of ``cells`` (a row of the sheet) under ``mapping`` (column index → field
    key), or every problem found in it."""
    builder = _Builder(row)
    problems: list[RowProblem] = []
    for index, key in sorted(mapping.items(), key=_order):
        text = cells[index] if index < len(cells) else ""
        if not text.strip():
            continue
        setter = setter_for(key)
        if setter is None:
            continue
        try:
            setter(builder, text.strip() if key not in ("summary", "notes", "testimony") else text)
        except IzdeuError as exc:
            problems.append(RowProblem(row, index + 1, headers[index] if index < len(headers) else "", exc))
    if problems:
        return problems
    out = builder.out
    if out.testimony is not None and out.witness is not None:
        out.testimony.witness_uuid = out.witness.uuid
    for record in out.records():
        try:
            record.validate()
        except IzdeuError as exc:
            problems.append(RowProblem(row, 0, "", exc))
    return problems or out
