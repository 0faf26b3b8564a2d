"""Reading a spreadsheet a user hands in: CSV in the encodings Excel writes, or XLSX.

Everything is bounded before it is held: the file's size (app/inputs.py), the uncompressed size
and member count of an XLSX (a zip: a few KiB can inflate to gigabytes), rows, columns and cell
length. A cell is text (a date cell of XLSX becomes ``YYYY-MM-DD``); a formula cell is read as
the value Excel saved with it, and one saved without a value is refused by row and column.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import InvalidInputError
from app.inputs import open_regular

__all__ = [
    "MAX_FILE",
    "MAX_ROWS",
    "MAX_COLUMNS",
    "MAX_CELL",
    "MAX_UNZIPPED",
    "ENCODINGS",
    "Sheet",
    "CellProblem",
    "sheet_names",
    "read_sheet",
    "decode_csv",
]

MAX_FILE = 256 * 1024**2
MAX_UNZIPPED = 1024**3  # what an XLSX may inflate to (its XML is ~10x its cells' text)
MAX_ZIP_MEMBERS = 10_000
MAX_ROWS = 200_000
MAX_COLUMNS = 500
MAX_CELL = 5_000_000  # the longest field (a testimony, app/model/text.py LONG)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1251")

# Once for the process: the csv module's own limit (128 KiB) is below a long testimony.
csv.field_size_limit(MAX_CELL)


@dataclass(frozen=True)
class CellProblem:
    """A cell that cannot be read (row and column counted from 1, as a spreadsheet shows them)."""

    row: int
    column: int
    key: str  # an error catalogue key


@dataclass
class Sheet:
    name: str
    headers: list[str]
    rows: list[list[str]]  # each as long as headers
    encoding: str = ""  # CSV: the encoding read
    problems: list[CellProblem] = field(default_factory=list)


def _read(path: Path | str) -> bytes:
    """The file's bytes, read in chunks: ``read(limit)`` would allocate the whole limit first."""
    chunks: list[bytes] = []
    size = 0
    with open_regular(path, MAX_FILE, "spreadsheet") as fh:
        while chunk := fh.read(1024**2):
            size += len(chunk)
            if size > MAX_FILE:  # grown since it was opened
                raise InvalidInputError("inputs.spreadsheet.too_large", limit=f"{MAX_FILE // 1024**2} MiB")
            chunks.append(chunk)
    return b"".join(chunks)


def _is_xlsx(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def decode_csv(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used): a BOM decides, then UTF-16 without BOM (NULs between ASCII
    letters), then strict UTF-8, then Windows-1251 (old Russian Excel). ``encoding`` forces."""
    if encoding is not None:
        if encoding not in ENCODINGS:
            raise InvalidInputError("tables.sheet.unknown_encoding", choices=", ".join(ENCODINGS))
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            raise InvalidInputError("tables.sheet.not_in_encoding", encoding=encoding) from None
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        head = data[:4096]
        if head and head.count(0) > len(head) // 4:
            candidates = ["utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"]
        else:
            candidates = ["utf-8", "cp1251"]
    for name in candidates:
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    raise InvalidInputError("tables.sheet.encoding_not_found", choices=", ".join(ENCODINGS))


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in ("\t", ";", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _bounded(rows: Any, name: str, encoding: str = "") -> Sheet:
    headers: list[str] | None = None
    body: list[list[str]] = []
    problems: list[CellProblem] = []
    for index, raw in enumerate(rows, start=1):
        cells, cell_problems = raw
        if len(cells) > MAX_COLUMNS:
            raise InvalidInputError("tables.sheet.too_many_columns", limit=MAX_COLUMNS)
        problems += [CellProblem(index, column, key) for column, key in cell_problems]
        if headers is None:
            if not any(c.strip() for c in cells):
                continue  # blank lines above the header
            headers = [c.strip() for c in cells]
            continue
        if len(body) >= MAX_ROWS:
            raise InvalidInputError("tables.sheet.too_many_rows", limit=MAX_ROWS)
        body.append(cells)
    if headers is None:
        raise InvalidInputError("tables.sheet.empty")
    width = max([len(headers), *(len(r) for r in body)])
    headers += [""] * (width - len(headers))
    rows_out = [r + [""] * (width - len(r)) for r in body]
    return Sheet(name, headers, rows_out, encoding, problems)


# What app/tables/exporter.py neutralise() put in front of a cell that looked like a formula.
_NEUTRALISED = tuple("'" + c for c in ("=", "+", "-", "@", "\t", "\r"))


def _unquote(cell: str) -> str:
    return cell[1:] if cell.startswith(_NEUTRALISED) else cell


def _csv_rows(text: str) -> Any:
    delimiter = _delimiter(text)
    # A line of a million separators would become a list of a million cells before the column
    # limit could see it; no real line (even of a quoted testimony) has this many.
    for line in io.StringIO(text):
        if line.count(delimiter) > 100 * MAX_COLUMNS:
            raise InvalidInputError("tables.sheet.too_many_columns", limit=MAX_COLUMNS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for cells in reader:
            yield [_unquote(c) for c in cells], []
    except csv.Error:
        raise InvalidInputError("tables.sheet.csv_malformed", row=reader.line_num) from None


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InvalidInputError("tables.sheet.xlsx_damaged") from None
    if len(members) > MAX_ZIP_MEMBERS or sum(m.file_size for m in members) > MAX_UNZIPPED:
        raise InvalidInputError("tables.sheet.xlsx_too_large")


def _open_workbook(data: bytes, data_only: bool) -> Any:
    import openpyxl  # type: ignore[import-untyped]  # openpyxl ships no type hints

    _check_zip(data)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise InvalidInputError("tables.sheet.xlsx_damaged") from None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _xlsx_rows(values: Any, formulas: Any) -> Any:
    for value_row, formula_row in zip(values.iter_rows(), formulas.iter_rows(), strict=False):
        cells: list[str] = []
        problems: list[tuple[int, str]] = []
        for column, (cell, formula) in enumerate(zip(value_row, formula_row, strict=False), start=1):
            value = getattr(cell, "value", None)
            if column > MAX_COLUMNS:
                # Formatted empty cells run to Excel's last column; only content counts.
                if value is not None:
                    raise InvalidInputError("tables.sheet.too_many_columns", limit=MAX_COLUMNS)
                continue
            if value is None and getattr(formula, "data_type", "") == "f":
                problems.append((column, "tables.sheet.formula_without_value"))
            text = _text(value)
            if len(text) > MAX_CELL:
                problems.append((column, "tables.sheet.cell_too_long"))
                text = ""
            cells.append(text)
        while cells and not cells[-1]:
            cells.pop()
        yield cells, problems


def sheet_names(path: Path | str) -> list[str]:
    """The sheets of an XLSX file; a CSV file is one sheet, named ""."""
    data = _read(path)
    if not _is_xlsx(data):
        return [""]
    book = _open_workbook(data, True)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_sheet(path: Path | str, sheet: str | None = None, encoding: str | None = None) -> Sheet:
    """The header row and the rows of a CSV file or of one sheet of an XLSX file (the first
    if ``sheet`` is not given)."""
    data = _read(path)
    if not _is_xlsx(data):
        text, used = decode_csv(data, encoding)
        return _bounded(_csv_rows(text), "", used)
    values = _open_workbook(data, True)
    formulas = _open_workbook(data, False)
    try:
        name = sheet if sheet is not None else values.sheetnames[0]
        if name not in values.sheetnames:
            raise InvalidInputError("tables.sheet.no_such_sheet")
        return _bounded(_xlsx_rows(values[name], formulas[name]), name)
    finally:
        values.close()
        formulas.close()
