"""Importing a sheet: the preview (every row that would fail and why, possible duplicates),
then all of it in one transaction, or explicitly only the good rows."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.errors import CancelledError, InvalidInputError
from app.store import Store
from app.tables.mapping import Mapping
from app.tables.rows import RowProblem, RowRecords, convert_row
from app.tables.sheet import Sheet
from app.vault import metakeys

__all__ = [
    "ImportPlan",
    "ImportResult",
    "DUPLICATE_CHOICES",
    "plan_import",
    "apply_import",
    "saved_mappings",
    "save_mapping_in_vault",
]

DUPLICATE_CHOICES = ("keep", "skip", "link")
_MAX_SAVED = 200


@dataclass
class ImportPlan:
    sheet: Sheet
    mapping: dict[int, str]
    good: list[RowRecords] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def failed_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    @property
    def duplicates(self) -> list[RowRecords]:
        return [r for r in self.good if r.duplicates]


@dataclass
class ImportResult:
    cases: int = 0
    records: int = 0
    left_out: int = 0  # failed rows not imported (with good_rows)
    skipped_duplicates: int = 0
    linked_duplicates: int = 0


def _header_problems(sheet: Sheet) -> list[RowProblem]:
    out = []
    for cell in sheet.problems:
        header = sheet.headers[cell.column - 1] if cell.column - 1 < len(sheet.headers) else ""
        out.append(RowProblem(cell.row, cell.column, header, InvalidInputError(cell.key)))
    return out


def plan_import(
    store: Store,
    sheet: Sheet,
    mapping: dict[int, str],
    *,
    check_duplicates: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """Convert every row (nothing is written). Rows are numbered as the spreadsheet shows
    them: the header is row 1 (blank lines above it are not counted)."""
    if not mapping:
        raise InvalidInputError("tables.importer.nothing_mapped")
    plan = ImportPlan(sheet, mapping)
    plan.problems = _header_problems(sheet)
    bad_cells = {(p.row, p.column) for p in plan.problems}
    seen: set[str] = set()
    for offset, cells in enumerate(sheet.rows):
        row = offset + 2
        if not any(c.strip() for c in cells):
            continue
        if any(r == row and c - 1 in mapping for r, c in bad_cells):
            continue  # its unreadable cell is already reported
        converted = convert_row(row, cells, mapping, sheet.headers)
        if isinstance(converted, list):
            plan.problems += converted
            continue
        uuid = converted.case.uuid
        if uuid in seen or store.exists("case", uuid) or store.held(uuid) is not None:
            plan.problems.append(RowProblem(row, 0, "", InvalidInputError("tables.importer.case_exists")))
            continue
        seen.add(uuid)
        if check_duplicates and converted.case.person.names:
            # The same scoring as the editor's duplicate panel: names across scripts, birth
            # date, hometown, identity numbers (app/names/persons.py).
            matches = store.duplicate_matches(converted.case.person, limit=5)
            converted.duplicates = [row.case_number for row, _match in matches]
        plan.good.append(converted)
        if progress is not None and offset % 500 == 0:
            progress(offset, len(sheet.rows))
    plan.problems.sort(key=lambda p: (p.row, p.column))
    return plan


def _numbers(store: Store, count: int) -> list[str]:
    """``count`` new case numbers following the vault's last (IZ-YYYY-NNNN)."""
    first = store.next_case_number()
    match = re.fullmatch(r"(.*-)([0-9]+)", first)
    assert match is not None, "next_case_number always ends in digits"
    prefix, start = match.group(1), int(match.group(2))
    return [f"{prefix}{start + i:0{len(match.group(2))}d}" for i in range(count)]


def apply_import(
    store: Store,
    plan: ImportPlan,
    *,
    good_rows: bool = False,
    duplicates: str = "keep",
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the plan's cases in ONE transaction. With failed rows, nothing is written unless
    ``good_rows`` says to import the others. ``duplicates``: keep (import as new cases), skip
    (leave those rows out), link (import, marked as a possible duplicate of the first match)."""
    if duplicates not in DUPLICATE_CHOICES:
        raise InvalidInputError("tables.importer.duplicates_choice", choices=", ".join(DUPLICATE_CHOICES))
    if plan.problems and not good_rows:
        raise InvalidInputError("tables.importer.rows_failed", count=len(plan.failed_rows))
    result = ImportResult(left_out=len(plan.failed_rows))
    chosen = []
    for item in plan.good:
        if item.duplicates and duplicates == "skip":
            result.skipped_duplicates += 1
        else:
            chosen.append(item)
    numbers = iter(_numbers(store, sum(1 for r in chosen if not r.case.case_number)))
    with store.batch(keep_times=False, action="import-table") as batch:
        for index, item in enumerate(chosen):
            if cancelled is not None and index % 200 == 0 and cancelled():
                raise CancelledError()
            if not item.case.case_number:
                item.case.case_number = next(numbers)
            if item.duplicates and duplicates == "link":
                first = store.find_case(item.duplicates[0])
                item.case.duplicate_of = first.uuid
                result.linked_duplicates += 1
            for record in item.records():
                batch.save(record)
                result.records += 1
            result.cases += 1
        batch.record_event(
            "import-table", "case", detail={"cases": result.cases, "left_out": result.left_out}
        )
    return result


# --- mappings kept in the vault ------------------------------------------------------------


def saved_mappings(store: Store) -> dict[str, Mapping]:
    raw = store.vault.meta(metakeys.TABLE_MAPPINGS)
    if not raw:
        return {}
    try:
        plain = json.loads(raw)
    except ValueError:
        return {}
    out: dict[str, Mapping] = {}
    for name, item in plain.items() if isinstance(plain, dict) else ():
        try:
            out[name] = Mapping.from_plain(item)
        except InvalidInputError:
            continue  # one damaged entry must not hide the others
    return out


def save_mapping_in_vault(store: Store, mapping: Mapping) -> None:
    if not mapping.name.strip():
        raise InvalidInputError("tables.mapping.needs_name")
    kept = saved_mappings(store)
    kept[mapping.name] = mapping
    if len(kept) > _MAX_SAVED:
        raise InvalidInputError("tables.mapping.too_many", limit=_MAX_SAVED)
    text = json.dumps({k: v.to_plain() for k, v in kept.items()}, ensure_ascii=False)
    with store.vault.transaction():
        store.vault.set_meta(metakeys.TABLE_MAPPINGS, text)
