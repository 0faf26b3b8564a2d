"""Which column fills which field: the mapping file (docs/table-format.md) and the mappings a
vault keeps by name (meta key ``tables.mappings``; column headers and field keys only)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import InvalidInputError
from app.fsutil import atomic_writer
from app.inputs import read_regular
from app.tables.columns import FIELDS, normalise_header

__all__ = ["FORMAT", "VERSION", "Mapping", "read_mapping", "write_mapping", "column_key"]

FORMAT = "izdeu-table-mapping"
VERSION = 1
MAX_MAPPING_FILE = 1024**2


def column_key(index: int, header: str) -> str:
    """How a mapping names a column: its header, or ``#N`` (from 1) for a column without one."""
    return header.strip() or f"#{index + 1}"


@dataclass
class Mapping:
    name: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # column key → field key
    sheet: str | None = None

    @classmethod
    def from_indexes(
        cls, name: str, headers: list[str], by_index: dict[int, str], sheet: str | None = None
    ) -> Mapping:
        return cls(name, {column_key(i, headers[i]): key for i, key in sorted(by_index.items())}, sheet)

    def resolve(self, headers: list[str]) -> dict[int, str]:
        """Column index → field key for this sheet's headers (matched with case and spacing
        folded); a mapped column the sheet lacks is refused, naming it."""
        wanted = {normalise_header(k): v for k, v in self.columns.items()}
        found: dict[int, str] = {}
        for index, header in enumerate(headers):
            key = wanted.pop(normalise_header(column_key(index, header)), None)
            if key is not None:
                found[index] = key
        if wanted:
            raise InvalidInputError("tables.mapping.column_missing", column=next(iter(wanted))[:80])
        return found

    def to_plain(self) -> dict[str, Any]:
        plain: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "name": self.name,
            "columns": self.columns,
        }
        if self.sheet is not None:
            plain["sheet"] = self.sheet
        return plain

    @classmethod
    def from_plain(cls, plain: Any) -> Mapping:
        if not isinstance(plain, dict) or plain.get("format") != FORMAT:
            raise InvalidInputError("tables.mapping.not_a_mapping")
        version = plain.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise InvalidInputError("tables.mapping.not_a_mapping")
        if version > VERSION:
            raise InvalidInputError("tables.mapping.newer")
        name, columns, sheet = plain.get("name", ""), plain.get("columns"), plain.get("sheet")
        if (
            not isinstance(name, str)
            or not isinstance(columns, dict)
            or not (sheet is None or isinstance(sheet, str))
        ):
            raise InvalidInputError("tables.mapping.not_a_mapping")
        if set(plain) - {"format", "version", "name", "columns", "sheet"}:
            raise InvalidInputError("tables.mapping.not_a_mapping")
        for column, key in columns.items():
            if not isinstance(key, str) or key not in FIELDS:
                raise InvalidInputError("tables.mapping.unknown_field", field=str(key)[:40])
            if len(column) > 500:
                raise InvalidInputError("tables.mapping.not_a_mapping")
        if len(set(columns.values())) != len(columns):
            raise InvalidInputError("tables.mapping.field_twice")
        return cls(name[:200], dict(columns), sheet)


def read_mapping(path: Path | str) -> Mapping:
    data = read_regular(path, MAX_MAPPING_FILE)
    try:
        plain = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise InvalidInputError("tables.mapping.not_a_mapping") from None
    return Mapping.from_plain(plain)


def write_mapping(mapping: Mapping, path: Path | str) -> None:
    """Written atomically, owner-only (app/fsutil.py)."""
    text = json.dumps(mapping.to_plain(), ensure_ascii=False, indent=2) + "\n"
    with atomic_writer(Path(path)) as fh:
        fh.write(text.encode("utf-8"))
