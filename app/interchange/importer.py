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
    FIRST_CODED_VERSION,
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
from app.model.coded import upgrade_plain
from app.model.records import KINDS, Attachment, Case, CaseLink, Record, Testimony
from app.store import Store

__all__ = ["ON_EXISTING", "ImportResult", "parse_document", "import_cases", "read_case_file"]

ON_EXISTING = ("refuse", "skip")
_TOP_KEYS = {"format", "version", "exported_at", "generator", "cases", "tombstones", "attachment_data"}
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
            raise InvalidInputError("interchange.importer.file_has_key_given")
        out[key] = value
    return out


def _no_constant(_name: str) -> Any:
    raise InvalidInputError("interchange.importer.file_has_nan_infinity")


# No field of the format holds a number beyond 64 bits (sizes, versions, positions). Longer
# digit strings are refused before int() sees them: Python refuses to convert more than 4,300
# digits with a ValueError, and converting fewer still costs quadratic time.
_MAX_NUMBER_CHARS = 20


def _bounded_int(text: str) -> int:
    if len(text) > _MAX_NUMBER_CHARS:
        raise InvalidInputError("interchange.importer.file_has_number_too")
    return int(text)


def _bounded_float(text: str) -> float:
    value = float(text) if len(text) <= 2 * _MAX_NUMBER_CHARS else math.inf
    if not math.isfinite(value):
        raise InvalidInputError("interchange.importer.file_has_number_too")
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
        raise InvalidInputError("interchange.importer.file_utf_8_text", start=exc.start) from None
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_int=_bounded_int,
            parse_float=_bounded_float,
        )
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            "interchange.importer.file_valid_json_line", lineno=exc.lineno, colno=exc.colno
        ) from None
    except RecursionError:
        raise InvalidInputError("interchange.importer.file_nests_too_deeply") from None


def _record(cls: type[Record], raw: Any, where: str, limit: str, version: int) -> Record:
    if not isinstance(raw, dict):
        raise InvalidInputError("interchange.importer.expected_object", where=where)
    for key in ("uuid", "created", "updated"):
        if key not in raw:
            # Without them a record would get a new identity and the import would not be
            # lossless; the format requires them.
            raise InvalidInputError("interchange.importer.field_missing", where=where, key=key)
    check_uuid(raw["uuid"], f"{where}: uuid")
    check_time(raw["created"], f"{where}: created", not_after=limit)
    check_time(raw["updated"], f"{where}: updated", not_after=limit)
    if version < FIRST_CODED_VERSION:
        raw = upgrade_plain(cls, raw)
    try:
        record = cls.from_dict(raw)
        record.validate()
    except InvalidInputError as exc:
        raise InvalidInputError("interchange.importer.at", where=where, detail=exc) from None
    return record


def _parse_case(raw: Any, where: str, limit: str, version: int) -> ParsedCase:
    if not isinstance(raw, dict):
        raise InvalidInputError("interchange.importer.expected_object", where=where)
    for key in raw:
        if key != "case" and key not in SECTIONS:
            raise InvalidInputError("interchange.importer.unknown_section", where=where, key=key[:40])
    if "case" not in raw:
        raise InvalidInputError("interchange.importer.case_object_missing", where=where)
    case = _record(Case, raw["case"], where, limit, version)
    assert isinstance(case, Case)
    parsed = ParsedCase(case)
    for section, cls in SECTIONS.items():
        items = raw.get(section, [])
        if not isinstance(items, list):
            raise InvalidInputError("interchange.importer.expected_list", where=where, section=section)
        records = []
        for index, item in enumerate(items):
            label = f"{where}, {section}[{index}]"
            record = _record(cls, item, label, limit, version)
            if getattr(record, "case_uuid", None) != case.uuid:
                raise InvalidInputError("interchange.importer.case_uuid_uuid_case", label=label)
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
        raise InvalidInputError("interchange.importer.case_person_photo_attachment", where=where)
    for index, testimony in enumerate(parsed.children.get("testimonies", [])):
        assert isinstance(testimony, Testimony)
        label = f"{where}, testimonies[{index}]"
        if testimony.witness_uuid and testimony.witness_uuid not in witnesses:
            raise InvalidInputError("interchange.importer.witness_uuid_such_witness", label=label)
        if any(u not in attachments for u in testimony.attachment_uuids):
            raise InvalidInputError("interchange.importer.attachment_uuids_such_attachment", label=label)
    for index, link in enumerate(parsed.children.get("links", [])):
        assert isinstance(link, CaseLink)
        if link.other_case in ("", parsed.case.uuid):
            raise InvalidInputError("interchange.importer.link_itself", label=f"{where}, links[{index}]")
    for index, attachment in enumerate(parsed.attachments):
        label = f"{where}, attachments[{index}]"
        check_sha256(attachment.sha256, f"{label}: sha256")
        if attachment.size < 0:
            raise InvalidInputError("interchange.importer.size_must_negative", label=label)


def _parse_tombstones(raw: Any, limit: str) -> list[Tombstone]:
    if not isinstance(raw, list):
        raise InvalidInputError("interchange.importer.tombstones_expected_list")
    out = []
    for index, item in enumerate(raw):
        where = f"tombstones[{index}]"
        if not isinstance(item, dict) or set(item) != _TOMBSTONE_KEYS:
            raise InvalidInputError("interchange.importer.expected_object_uuid_kind", where=where)
        if item["kind"] not in KINDS:
            raise InvalidInputError("interchange.importer.kind_unknown_record_kind", where=where)
        out.append(
            Tombstone(
                check_uuid(item["uuid"], f"{where}.uuid"),
                item["kind"],
                check_uuid(item["case_uuid"], f"{where}.case_uuid", allow_empty=True),
                check_time(item["deleted"], f"{where}.deleted", not_after=limit),
            )
        )
    return out


def _parse_blobs(raw: Any, cases: list[ParsedCase]) -> dict[str, bytes]:
    if not isinstance(raw, dict):
        raise InvalidInputError("interchange.importer.attachment_data_expected_object")
    sizes: dict[str, int] = {}
    for case in cases:
        for attachment in case.attachments:
            if sizes.setdefault(attachment.sha256, attachment.size) != attachment.size:
                raise InvalidInputError("interchange.importer.attachments_two_attachments_same")
    blobs: dict[str, bytes] = {}
    for sha, text in raw.items():
        check_sha256(sha, "attachment_data key")
        if sha not in sizes:
            raise InvalidInputError("interchange.importer.attachment_data_holds_file")
        if not isinstance(text, str):
            raise InvalidInputError("interchange.importer.attachment_data_expected_base64")
        try:
            data = base64.b64decode(text.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise InvalidInputError("interchange.importer.attachment_data_file_valid") from None
        if hashlib.sha256(data).hexdigest() != sha or len(data) != sizes[sha]:
            raise InvalidInputError("interchange.importer.attachment_data_mismatch")
        blobs[sha] = data
    missing = set(sizes) - set(blobs)
    if missing:
        raise InvalidInputError("interchange.importer.attachment_data_content_attachment", count=len(missing))
    return blobs


def parse_document(data: bytes) -> ParsedDocument:
    """Parse and validate a whole file; raises InvalidInputError or NewerVersionError."""
    doc = _load_json(data)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise InvalidInputError("interchange.importer.izdeu_case_file_format", format=FORMAT_NAME)
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InvalidInputError("interchange.importer.version_expected_whole_number")
    if version > FORMAT_VERSION:
        raise NewerVersionError("interchange.importer.case_file_made_newer")
    unknown = set(doc) - _TOP_KEYS
    if unknown:
        raise InvalidInputError("interchange.importer.unknown_top_level_field", field=sorted(unknown)[0][:40])
    raw_cases = doc.get("cases")
    if not isinstance(raw_cases, list):
        raise InvalidInputError("interchange.importer.cases_expected_list")
    limit = future_limit()
    cases = [_parse_case(raw, f"case {i + 1}", limit, version) for i, raw in enumerate(raw_cases)]
    seen: set[str] = set()
    for case in cases:
        for record in case.records():
            if record.uuid in seen:
                raise InvalidInputError("interchange.importer.uuid_used_two_records", uuid=record.uuid)
            seen.add(record.uuid)
    tombstones = _parse_tombstones(doc.get("tombstones", []), limit)
    if any(t.uuid in seen for t in tombstones):
        raise InvalidInputError("interchange.importer.tombstones_record_file_also")
    blobs = _parse_blobs(doc.get("attachment_data", {}), cases)
    return ParsedDocument(version, cases, blobs, tombstones)


# --- importing -----------------------------------------------------------------------------


def _exists(store: Store, record: Record) -> bool:
    return store.exists(record.KIND, record.uuid)


def _write(
    store: Store, cases: list[ParsedCase], blobs: dict[str, bytes], deletions: list[Tombstone]
) -> None:
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


def _sort_deletions(
    store: Store, tombstones: list[Tombstone], deleted: set[str], result: ImportResult, apply: bool
) -> list[Tombstone]:
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


def _check_links(store: Store, cases: list[ParsedCase], imported: set[str], deleted: set[str]) -> None:
    """A link must point at a case of the file or of this vault: a link to a case nobody
    holds says nothing anyone could check."""
    for number, parsed in enumerate(cases, 1):
        if parsed.case.uuid not in imported:
            continue
        for index, link in enumerate(parsed.children.get("links", [])):
            assert isinstance(link, CaseLink)
            other = link.other_case
            if other not in imported and (other in deleted or not store.exists("case", other)):
                raise InvalidInputError(
                    "interchange.importer.link_unknown_case", label=f"case {number}, links[{index}]"
                )


def import_cases(
    store: Store, source: Path | str | bytes, *, on_existing: str = "refuse", apply_deletions: bool = False
) -> ImportResult:
    """Import a case file into the vault of ``store``.

    ``on_existing="refuse"`` (default) refuses the whole file if any of its cases is already in
    the vault (or was deleted there); ``"skip"`` leaves such cases out and imports the others.
    A record of an imported case whose UUID is already in the vault is always refused.
    The file's tombstones are counted, never recorded as such; with ``apply_deletions`` those
    naming records of this vault delete them (in the same transaction).
    Nothing is saved unless everything is valid.
    """
    if on_existing not in ON_EXISTING:
        raise InvalidInputError("interchange.importer.existing_must_refuse_skip")
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
            what = (
                "interchange.importer.case_deleted"
                if case.uuid in deleted
                else "interchange.importer.case_exists"
            )
            raise InvalidInputError(what, uuid=case.uuid)
        for record in parsed.records()[1:]:
            if _exists(store, record) or record.uuid in deleted:
                raise InvalidInputError(
                    "interchange.importer.already_vault_nothing_imported",
                    kind=record.KIND.replace("_", " "),
                    uuid=record.uuid,
                )
        keep.append(parsed)
        number = case.case_number
        if number and store.case_number_taken(number):
            result.shared_numbers.append(number)
    _check_links(store, doc.cases, {p.case.uuid for p in keep}, deleted)
    deletions = _sort_deletions(store, doc.tombstones, deleted, result, apply_deletions)
    if keep or deletions:
        _write(store, keep, doc.blobs, deletions)
    result.cases = len(keep)
    result.records = sum(len(c.records()) for c in keep)
    result.attachments = sum(len(c.attachments) for c in keep)
    return result
