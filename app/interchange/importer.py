"""Reading the case interchange format: validate everything, then save in one transaction.

Error messages name the place in the file (case 3, testimonies[1], field) and the problem, never
the text found there: an import file holds the most sensitive data there is.

A case file can come from anyone. It adds cases; it never changes or deletes what the vault
holds, and it never makes the vault pass on deletions of records it never held (the next backup
would carry them to headquarters). So its tombstones are only counted, unless the user asks to
apply those naming records of this vault (``apply_deletions``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import InvalidInputError, NewerVersionError
from app.inputs import MAX_CASE_FILE, read_regular
from app.interchange.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    SECTIONS,
    ParsedCase,
    ParsedDocument,
    Tombstone,
    check_sha256,
    check_time,
    check_uuid,
    future_limit,
)
from app.model.records import KINDS, Attachment, Case, Record, Testimony
from app.store import Store

__all__ = ["ON_EXISTING", "ImportResult", "parse_document", "import_cases", "read_case_file"]

ON_EXISTING = ("refuse", "skip")
_TOP_KEYS = {"format", "version", "exported_at", "generator", "cases", "tombstones",
             "attachment_data"}
_TOMBSTONE_KEYS = {"uuid", "kind", "case_uuid", "deleted"}


@dataclass
class ImportResult:
    cases: int = 0
    records: int = 0
    attachments: int = 0
    tombstones: int = 0  # deletions recorded: records of this vault deleted (apply_deletions)
    # The file's other deletions, none of them recorded:
    deletions_not_held: int = 0  # of records this vault never held
    deletions_not_applied: int = 0  # of records this vault holds (apply_deletions not asked)
    deletions_known: int = 0  # already deleted here
    skipped_cases: list[str] = field(default_factory=list)  # UUIDs already in the vault
    # Case numbers of imported cases that another case in the vault already had: both are kept
    # (numbers are per-vault labels, UUIDs are the identity) but the user should renumber one.
    shared_numbers: list[str] = field(default_factory=list)


# --- parsing -------------------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A key given twice would be read differently by different JSON readers: refuse it.
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise InvalidInputError("the file has a key given twice in one object")
        out[key] = value
    return out


def _no_constant(_name: str) -> Any:
    raise InvalidInputError("the file has NaN or Infinity, which JSON does not allow")


# No field of the format holds a number beyond 64 bits (sizes, versions, positions). Longer
# digit strings are refused before int() sees them: Python refuses to convert more than 4,300
# digits with a ValueError, and converting fewer still costs quadratic time.
_MAX_NUMBER_CHARS = 20


def _bounded_int(text: str) -> int:
    if len(text) > _MAX_NUMBER_CHARS:
        raise InvalidInputError("the file has a number that is too large")
    return int(text)


def _bounded_float(text: str) -> float:
    value = float(text) if len(text) <= 2 * _MAX_NUMBER_CHARS else math.inf
    if not math.isfinite(value):
        raise InvalidInputError("the file has a number that is too large")
    return value


def read_case_file(path: Path | str) -> bytes:
    """The bytes of a case file: a regular file of at most MAX_CASE_FILE bytes (never blocks).

    Callers read it before taking the vault lock, so a bad path never holds the vault.
    """
    return read_regular(path, MAX_CASE_FILE, "case file")


def _load_json(data: bytes) -> Any:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")  # strict: refuses encoded lone surrogates and bad bytes
    except UnicodeDecodeError as exc:
        raise InvalidInputError(f"the file is not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant,
                          parse_int=_bounded_int, parse_float=_bounded_float)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise InvalidInputError("the file nests too deeply") from None


def _record(cls: type[Record], raw: Any, where: str, limit: str) -> Record:
    if not isinstance(raw, dict):
        raise InvalidInputError(f"{where}: expected an object")
    for key in ("uuid", "created", "updated"):
        if key not in raw:
            # Without them a record would get a new identity and the import would not be
            # lossless; the format requires them.
            raise InvalidInputError(f"{where}: the field {key!r} is missing")
    check_uuid(raw["uuid"], f"{where}: uuid")
    check_time(raw["created"], f"{where}: created", not_after=limit)
    check_time(raw["updated"], f"{where}: updated", not_after=limit)
    try:
        record = cls.from_dict(raw)
        record.validate()
    except InvalidInputError as exc:
        raise InvalidInputError(f"{where}: {exc}") from None
    return record


def _parse_case(raw: Any, where: str, limit: str) -> ParsedCase:
    if not isinstance(raw, dict):
        raise InvalidInputError(f"{where}: expected an object")
    for key in raw:
        if key != "case" and key not in SECTIONS:
            raise InvalidInputError(f"{where}: unknown section {key[:40]!r}")
    if "case" not in raw:
        raise InvalidInputError(f"{where}: the 'case' object is missing")
    case = _record(Case, raw["case"], where, limit)
    assert isinstance(case, Case)
    parsed = ParsedCase(case)
    for section, cls in SECTIONS.items():
        items = raw.get(section, [])
        if not isinstance(items, list):
            raise InvalidInputError(f"{where}, {section}: expected a list")
        records = []
        for index, item in enumerate(items):
            label = f"{where}, {section}[{index}]"
            record = _record(cls, item, label, limit)
            if getattr(record, "case_uuid", None) != case.uuid:
                raise InvalidInputError(f"{label}: case_uuid is not the uuid of its case")
            records.append(record)
        parsed.children[section] = records
    _check_references(parsed, where)
    return parsed


def _check_references(parsed: ParsedCase, where: str) -> None:
    """References between records of one case must point at records of that case."""
    attachments = {a.uuid for a in parsed.attachments}
    witnesses = {w.uuid for w in parsed.children.get("witnesses", [])}
    photo = parsed.case.person.photo_attachment
    if photo and photo not in attachments:
        raise InvalidInputError(f"{where}: case.person.photo_attachment: no such attachment "
                                "in this case")
    for index, testimony in enumerate(parsed.children.get("testimonies", [])):
        assert isinstance(testimony, Testimony)
        label = f"{where}, testimonies[{index}]"
        if testimony.witness_uuid and testimony.witness_uuid not in witnesses:
            raise InvalidInputError(f"{label}: witness_uuid: no such witness in this case")
        if any(u not in attachments for u in testimony.attachment_uuids):
            raise InvalidInputError(f"{label}: attachment_uuids: no such attachment in this case")
    for index, attachment in enumerate(parsed.attachments):
        label = f"{where}, attachments[{index}]"
        check_sha256(attachment.sha256, f"{label}: sha256")
        if attachment.size < 0:
            raise InvalidInputError(f"{label}: size: must not be negative")


def _parse_tombstones(raw: Any, limit: str) -> list[Tombstone]:
    if not isinstance(raw, list):
        raise InvalidInputError("tombstones: expected a list")
    out = []
    for index, item in enumerate(raw):
        where = f"tombstones[{index}]"
        if not isinstance(item, dict) or set(item) != _TOMBSTONE_KEYS:
            raise InvalidInputError(f"{where}: expected an object with uuid, kind, case_uuid, "
                                    "deleted")
        if item["kind"] not in KINDS:
            raise InvalidInputError(f"{where}.kind: unknown record kind")
        out.append(Tombstone(check_uuid(item["uuid"], f"{where}.uuid"), item["kind"],
                             check_uuid(item["case_uuid"], f"{where}.case_uuid", allow_empty=True),
                             check_time(item["deleted"], f"{where}.deleted", not_after=limit)))
    return out


def _parse_blobs(raw: Any, cases: list[ParsedCase]) -> dict[str, bytes]:
    if not isinstance(raw, dict):
        raise InvalidInputError("attachment_data: expected an object")
    sizes: dict[str, int] = {}
    for case in cases:
        for attachment in case.attachments:
            if sizes.setdefault(attachment.sha256, attachment.size) != attachment.size:
                raise InvalidInputError("attachments: two attachments with the same SHA-256 "
                                        "have different sizes")
    blobs: dict[str, bytes] = {}
    for sha, text in raw.items():
        check_sha256(sha, "attachment_data key")
        if sha not in sizes:
            raise InvalidInputError("attachment_data: holds a file no attachment refers to")
        if not isinstance(text, str):
            raise InvalidInputError("attachment_data: expected base64 text")
        try:
            data = base64.b64decode(text.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise InvalidInputError("attachment_data: a file is not valid base64") from None
        if hashlib.sha256(data).hexdigest() != sha or len(data) != sizes[sha]:
            raise InvalidInputError("attachment_data: a file does not match its SHA-256 or size")
        blobs[sha] = data
    missing = set(sizes) - set(blobs)
    if missing:
        raise InvalidInputError(f"attachment_data: the content of {len(missing)} attachment(s) "
                                "is missing")
    return blobs


def parse_document(data: bytes) -> ParsedDocument:
    """Parse and validate a whole file; raises InvalidInputError or NewerVersionError."""
    doc = _load_json(data)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise InvalidInputError(f"this is not an Izdeu case file (format {FORMAT_NAME!r})")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InvalidInputError("version: expected a whole number")
    if version > FORMAT_VERSION:
        raise NewerVersionError("this case file was made by a newer version of Izdeu; "
                                "please update Izdeu")
    unknown = set(doc) - _TOP_KEYS
    if unknown:
        raise InvalidInputError(f"unknown top-level field {sorted(unknown)[0][:40]!r}")
    raw_cases = doc.get("cases")
    if not isinstance(raw_cases, list):
        raise InvalidInputError("cases: expected a list")
    limit = future_limit()
    cases = [_parse_case(raw, f"case {i + 1}", limit) for i, raw in enumerate(raw_cases)]
    seen: set[str] = set()
    for case in cases:
        for record in case.records():
            if record.uuid in seen:
                raise InvalidInputError(f"the uuid {record.uuid} is used by two records")
            seen.add(record.uuid)
    tombstones = _parse_tombstones(doc.get("tombstones", []), limit)
    if any(t.uuid in seen for t in tombstones):
        raise InvalidInputError("tombstones: a record in the file is also marked deleted")
    blobs = _parse_blobs(doc.get("attachment_data", {}), cases)
    return ParsedDocument(version, cases, blobs, tombstones)


# --- importing -----------------------------------------------------------------------------


def _exists(store: Store, record: Record) -> bool:
    return store.exists(record.KIND, record.uuid)


def _write(store: Store, cases: list[ParsedCase], blobs: dict[str, bytes],
           deletions: list[Tombstone]) -> None:
    """Save everything in ONE transaction (all or nothing), identities and times kept."""
    with store.batch(keep_times=True, action="import") as batch:
        for parsed in cases:
            for record in parsed.records():
                if isinstance(record, Attachment):
                    batch.add_attachment(record, io.BytesIO(blobs[record.sha256]))
                else:
                    batch.save(record)
        for tomb in deletions:
            if batch.held(tomb.uuid) is not None:  # else gone with its case just before
                batch.delete(tomb.kind, tomb.uuid)
    if deletions:
        store.vault.checkpoint()  # deleted rows must not linger in old WAL frames


def _sort_deletions(store: Store, tombstones: list[Tombstone], deleted: set[str],
                    result: ImportResult, apply: bool) -> list[Tombstone]:
    """Count the file's deletions; return those to apply (records of this vault, if asked)."""
    apply_these = []
    for tomb in tombstones:
        held = store.held(tomb.uuid)
        if tomb.uuid in deleted:
            result.deletions_known += 1
        elif held is None or held.kind != tomb.kind:
            # Recording it would make this vault's next backup delete the record wherever it
            # is, although this vault never had it: a stranger's file must not do that.
            result.deletions_not_held += 1
        elif apply:
            apply_these.append(tomb)
        else:
            result.deletions_not_applied += 1
    result.tombstones = len(apply_these)
    return apply_these


def import_cases(store: Store, source: Path | str | bytes, *, on_existing: str = "refuse",
                 apply_deletions: bool = False) -> ImportResult:
    """Import a case file into the vault of ``store``.

    ``on_existing="refuse"`` (default) refuses the whole file if any of its cases is already in
    the vault (or was deleted there); ``"skip"`` leaves such cases out and imports the others.
    A record of an imported case whose UUID is already in the vault is always refused.
    The file's tombstones are counted, never recorded as such; with ``apply_deletions`` those
    naming records of this vault delete them (in the same transaction).
    Nothing is saved unless everything is valid.
    """
    if on_existing not in ON_EXISTING:
        raise InvalidInputError("on_existing must be 'refuse' or 'skip'")
    data = source if isinstance(source, bytes) else read_case_file(source)
    doc = parse_document(data)
    deleted = {row[0] for row in store.tombstones()}
    result = ImportResult()
    keep: list[ParsedCase] = []
    for parsed in doc.cases:
        case = parsed.case
        if _exists(store, case) or case.uuid in deleted:
            if on_existing == "skip":
                result.skipped_cases.append(case.uuid)
                continue
            what = "was deleted in" if case.uuid in deleted else "is already in"
            raise InvalidInputError(f"the case {case.uuid} {what} this vault; nothing was "
                                    "imported (use --skip-existing to import the other cases)")
        for record in parsed.records()[1:]:
            if _exists(store, record) or record.uuid in deleted:
                raise InvalidInputError(f"the {record.KIND.replace('_', ' ')} {record.uuid} is "
                                        "already in this vault; nothing was imported")
        keep.append(parsed)
        number = case.case_number
        if number and store.case_number_taken(number):
            result.shared_numbers.append(number)
    deletions = _sort_deletions(store, doc.tombstones, deleted, result, apply_deletions)
    if keep or deletions:
        _write(store, keep, doc.blobs, deletions)
    result.cases = len(keep)
    result.records = sum(len(c.records()) for c in keep)
    result.attachments = sum(len(c.attachments) for c in keep)
    return result
