"""The case list as a spreadsheet: CSV or XLSX, written atomically and owner-only.

One row per case with its case number and UUID, one column per name script, partial dates as
written (``2018-03``, ``~2017``); optionally one sheet (XLSX) or file (CSV) per record kind,
keyed by case UUID. Witness contacts only when asked. A cell a spreadsheet would run as a
formula is neutralised.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import CancelledError, InvalidInputError
from app.fsutil import atomic_writer
from app.model.codes import NameScript, Register
from app.model.records import Act, Intervention, Witness
from app.store import CaseBundle, Store
from app.tables.columns import field_label
from app.tables.rows import PRC_ID_KIND, SEPARATOR

__all__ = [
    "CASE_COLUMNS",
    "FORMULA_START",
    "ExportResult",
    "neutralise",
    "case_row",
    "export_table",
    "kind_rows",
]

_JOIN = f"{SEPARATOR} "

CASE_COLUMNS: tuple[str, ...] = (
    "uuid",
    "case_number",
    *(f"name:{s.value}" for s in NameScript),
    "sex",
    "birth_date",
    "father_name",
    "mother_name",
    "ethnicity",
    "occupation",
    "citizenship",
    "prefecture",
    "county",
    "township",
    "village",
    "residence_kz",
    "id_prc",
    "id_other",
    "person_status",
    "case_status",
    "intake_date",
    "disappeared_on",
    "disappeared_place",
    "perpetrators",
    "facility",
    "facility_kind",
    "summary",
    "notes",
    *(f"ref:{r.value}" for r in Register if r != Register.OTHER),
)

# Cells a spreadsheet reads as a formula (or DDE command) when they start with these.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """CSV injection: a leading apostrophe makes Excel, LibreOffice and Sheets take the cell
    as text instead of running it; Izdeu's own reader takes the apostrophe off again."""
    return "'" + text if text.startswith(FORMULA_START) else text


@dataclass
class ExportResult:
    path: Path
    cases: int = 0
    files: list[Path] = field(default_factory=list)


def _names(bundle: CaseBundle, script: str) -> str:
    return _JOIN.join(n.text for n in bundle.case.person.names if n.script == script and n.text.strip())


def _documents(bundle: CaseBundle, prc: bool) -> str:
    docs = bundle.case.person.id_documents
    return _JOIN.join(d.number for d in docs if (d.kind == PRC_ID_KIND) == prc and d.number.strip())


def _first_facility(bundle: CaseBundle) -> Act | None:
    return next((a for a in bundle.acts if a.facility.strip() or a.facility_kind.strip()), None)


def case_row(bundle: CaseBundle) -> dict[str, str]:
    case, person = bundle.case, bundle.case.person
    act = _first_facility(bundle)
    row = {
        "uuid": case.uuid,
        "case_number": case.case_number,
        **{f"name:{s.value}": _names(bundle, s.value) for s in NameScript},
        "sex": person.sex,
        "birth_date": person.birth_date.iso(),
        "father_name": person.father_name,
        "mother_name": person.mother_name,
        "ethnicity": person.ethnicity,
        "occupation": person.occupation,
        "citizenship": _JOIN.join(person.citizenships),
        "prefecture": person.hometown.prefecture,
        "county": person.hometown.county,
        "township": person.hometown.township,
        "village": person.hometown.village,
        "residence_kz": person.residence_kz,
        "id_prc": _documents(bundle, True),
        "id_other": _documents(bundle, False),
        "person_status": person.current_status,
        "case_status": case.status,
        "intake_date": case.intake_date.iso(),
        "disappeared_on": case.disappeared_on.iso(),
        "disappeared_place": case.disappeared_place,
        "perpetrators": case.perpetrators,
        "facility": act.facility if act else "",
        "facility_kind": act.facility_kind if act else "",
        "summary": case.summary,
        "notes": case.notes,
    }
    for register in Register:
        if register != Register.OTHER:
            row[f"ref:{register.value}"] = _JOIN.join(
                r.reference for r in case.external_refs if r.register == register.value
            )
    return row


def _act_row(act: Act) -> list[str]:
    return [
        act.case_uuid,
        act.uuid,
        act.kind,
        act.date_from.iso(),
        act.date_to.iso(),
        act.place,
        act.facility,
        act.facility_kind,
        act.agency,
        act.charge,
        act.court,
        act.sentence,
    ]


def _witness_row(witness: Witness, contacts: bool) -> list[str]:
    row = [witness.case_uuid, witness.uuid, witness.name, witness.relation, witness.language]
    return row + [witness.contact] if contacts else row


def _intervention_row(item: Intervention) -> list[str]:
    return [
        item.case_uuid,
        item.uuid,
        item.actor,
        item.addressee_kind,
        item.addressee,
        item.date.iso(),
        item.reference,
        item.response_date.iso(),
        item.next_follow_up.iso(),
    ]


def kind_rows(with_contacts: bool) -> dict[str, tuple[list[str], Callable[[CaseBundle], list[list[str]]]]]:
    """Per record kind: its sheet's header and the rows of one case."""
    key = ["case_uuid", "uuid"]
    return {
        "acts": (
            [
                *key,
                "kind",
                "date_from",
                "date_to",
                "place",
                "facility",
                "facility_kind",
                "agency",
                "charge",
                "court",
                "sentence",
            ],
            lambda b: [_act_row(a) for a in b.acts],
        ),
        "witnesses": (
            [*key, "name", "relation", "language", *(["contact"] if with_contacts else [])],
            lambda b: [_witness_row(w, with_contacts) for w in b.witnesses],
        ),
        "interventions": (
            [
                *key,
                "actor",
                "addressee_kind",
                "addressee",
                "date",
                "reference",
                "response_date",
                "next_follow_up",
            ],
            lambda b: [_intervention_row(i) for i in b.interventions],
        ),
    }


def _case_sheet(bundles: Iterator[CaseBundle]) -> Iterator[list[str]]:
    yield [field_label(c) for c in CASE_COLUMNS]
    for bundle in bundles:
        row = case_row(bundle)
        yield [row[c] for c in CASE_COLUMNS]


def _csv_bytes(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(c) for c in row])
    # With a BOM: Excel opens UTF-8 as the local code page otherwise (mangled Kazakh, Uyghur).
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _text_cell(sheet: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]  # openpyxl ships no type hints

    cell = WriteOnlyCell(sheet, value=text)
    # openpyxl stores a text starting with "=" as a formula; typed as a string it is shown as
    # the text it is and never computed, so XLSX cells need no apostrophe.
    cell.data_type = "s"
    return cell


def _write_xlsx(path: Path, sheets: dict[str, list[list[str]]]) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]  # openpyxl ships no type hints

    book = Workbook(write_only=True)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append([_text_cell(sheet, c) for c in row])
    buffer = io.BytesIO()
    book.save(buffer)
    with atomic_writer(path) as fh:
        fh.write(buffer.getvalue())


def export_table(
    store: Store,
    target: Path | str,
    case_uuids: list[str],
    *,
    sheets: bool = False,
    with_contacts: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write ``case_uuids`` (in that order) to ``target`` (.csv or .xlsx). With ``sheets`` an
    XLSX gets a sheet per record kind and a CSV a file beside it per kind
    (``NAME-acts.csv``…). Each case gets an ``export`` audit entry."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InvalidInputError("tables.exporter.csv_or_xlsx")
    kinds = kind_rows(with_contacts) if sheets else {}
    collected: dict[str, list[list[str]]] = {"cases": []} | {k: [v[0]] for k, v in kinds.items()}

    def bundles() -> Iterator[CaseBundle]:
        for index, uuid in enumerate(case_uuids):
            if cancelled is not None and index % 200 == 0 and cancelled():
                raise CancelledError()
            bundle = store.load_case(uuid)
            for name, (_, rows_of) in kinds.items():
                collected[name] += rows_of(bundle)
            yield bundle

    collected["cases"] = list(_case_sheet(bundles()))
    result = ExportResult(target, len(case_uuids))
    if suffix == ".xlsx":
        _write_xlsx(target, collected)
        result.files.append(target)
    else:
        for name, rows in collected.items():
            path = target if name == "cases" else target.with_name(f"{target.stem}-{name}{target.suffix}")
            with atomic_writer(path) as fh:
                fh.write(_csv_bytes(rows))
            result.files.append(path)
    detail: dict[str, Any] = {"format": suffix[1:], "contacts": with_contacts, "sheets": sheets}
    with store.batch(keep_times=True, action="export") as batch:
        for uuid in case_uuids:
            batch.record_event("export", "case", record_uuid=uuid, case_uuid=uuid, detail=detail)
    return result
