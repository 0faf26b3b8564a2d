"""Names, limits and the manifest of format version 2 (see docs/backup-format.md).

Version 2 (this one) names each backup and its place in a chain of increments (app/backup/
chain.py) and may hold record kinds version 1 did not know (links between cases): an Izdeu
that reads only version 1 says "made by a newer version" rather than "damaged". Version 1
files are still read."""

from __future__ import annotations

import json
import re
import uuid
from contextlib import suppress
from typing import Any

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "FORMAT_MEMBER",
    "RECORDS_PREFIX",
    "ATTACHMENTS_PREFIX",
    "MANIFEST_MEMBER",
    "SIGNATURE_MEMBER",
    "OUTER_KEY_MEMBER",
    "OUTER_PAYLOAD_MEMBER",
    "RECORD_PART_TARGET",
    "MAX_RECORD_BYTES",
    "MAX_RECORD_PART",
    "MAX_FORMAT_MEMBER",
    "MAX_MANIFEST",
    "MAX_OUTER_KEY",
    "SIGNATURE_SIZE",
    "record_part_name",
    "record_part_index",
    "attachment_member_name",
    "attachment_uuid_from_name",
    "canonical_uuid",
    "dump_json",
    "load_json_object",
    "format_member_bytes",
]

FORMAT_NAME = "izdeu-backup"
# Every version up to this one is read; version 1 has no chain keys (each such file is a full
# backup).
FORMAT_VERSION = 2

FORMAT_MEMBER = "format.json"
RECORDS_PREFIX = "records/"
ATTACHMENTS_PREFIX = "attachments/"
MANIFEST_MEMBER = "manifest.json"
SIGNATURE_MEMBER = "manifest.sig"
OUTER_KEY_MEMBER = "key.age"
OUTER_PAYLOAD_MEMBER = "payload.age"

# Records go into several ``records/NNNNNN.jsonl`` members of about this size: a tar header
# needs the size first, and buffering a part in memory is the only way to know it without
# spooling plaintext to disk.
RECORD_PART_TARGET = 4 * 1024 * 1024
MAX_RECORD_BYTES = 64 * 1024 * 1024
# Limits the reader enforces *before* the signature is checked (the signature comes last), so a
# crafted file cannot make it allocate without bound.
MAX_RECORD_PART = RECORD_PART_TARGET + MAX_RECORD_BYTES + 1
MAX_FORMAT_MEMBER = 4096
MAX_MANIFEST = 64 * 1024 * 1024
MAX_OUTER_KEY = 16 * 1024
SIGNATURE_SIZE = 64

_PART_RE = re.compile(r"records/(\d{6})\.jsonl")


def record_part_name(index: int) -> str:
    return f"{RECORDS_PREFIX}{index:06d}.jsonl"


def record_part_index(name: str) -> int | None:
    match = _PART_RE.fullmatch(name)
    return int(match.group(1)) if match else None


def canonical_uuid(value: str) -> str | None:
    """The lower-case hyphenated form, or None if ``value`` is not exactly that form."""
    if not isinstance(value, str) or len(value) != 36:
        return None
    try:
        parsed = str(uuid.UUID(value))
    except ValueError:
        return None
    return parsed if parsed == value else None


def attachment_member_name(attachment_uuid: str) -> str:
    return f"{ATTACHMENTS_PREFIX}{attachment_uuid}"


def attachment_uuid_from_name(name: str) -> str | None:
    if not name.startswith(ATTACHMENTS_PREFIX):
        return None
    return canonical_uuid(name[len(ATTACHMENTS_PREFIX) :])


def dump_json(value: Any) -> bytes:
    """Strict, ASCII-only JSON: lone surrogates and NULs survive as escapes, any tool reads it."""
    return json.dumps(
        value, ensure_ascii=True, allow_nan=False, separators=(",", ":"), sort_keys=False
    ).encode("ascii")


class _DuplicateKey(ValueError):
    """A JSON object with the same key twice: refused, since readers disagree on which wins."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def load_json_object(data: bytes) -> dict[str, Any] | None:
    """Parse one strict JSON object; None if it is not one (no NaN, no duplicate keys)."""
    try:
        # Fast path for text as Izdeu writes it: if the parsed object dumps back to exactly
        # these bytes, no key can have been given twice (a repeated key would be missing from
        # the dump). Parsed by json's C scanner; the pairs hook below costs ~3× as much.
        quick = json.loads(data.decode("ascii"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(quick, dict):
        return None
    with suppress(ValueError, RecursionError):  # not as Izdeu writes it (1e400, …): the slow way
        if dump_json(quick) == data:
            return quick
    try:
        value = json.loads(
            data.decode("ascii"),
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def format_member_bytes(link: dict[str, Any] | None = None, version: int | None = None) -> bytes:
    """``format.json``: the format, its version and (version 2) the backup's chain link."""
    header: dict[str, Any] = {"format": FORMAT_NAME, "format_version": version or FORMAT_VERSION}
    if link is not None:
        header.update(link)
    return dump_json(header) + b"\n"
