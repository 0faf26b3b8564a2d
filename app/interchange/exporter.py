"""Writing the case interchange format: streamed, atomic, owner-only, attachments in base64."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from app import __version__
from app.errors import IntegrityError
from app.fsutil import atomic_writer
from app.interchange.format import FORMAT_NAME, FORMAT_VERSION, SECTIONS
from app.model.records import Attachment, Record, now_iso
from app.store import CaseBundle, CaseQuery, Store
from app.store import audit as _audit

__all__ = ["ExportResult", "case_document", "export_cases"]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    cases: int
    records: int
    attachments: int
    attachment_bytes: int
    tombstones: int


def case_document(bundle: CaseBundle, exported: set[str] | None = None) -> dict[str, Any]:
    """One case entry of the format: the case and its records as the model's plain dicts.
    ``exported``: the cases the file holds; a link to any other case is left out (the file
    must import anywhere, and a link to a case the importing vault lacks is refused)."""
    entry: dict[str, Any] = {"case": bundle.case.to_dict()}
    by_kind: dict[str, Sequence[Record]] = {
        "status_changes": bundle.status_changes,
        "acts": bundle.acts,
        "witnesses": bundle.witnesses,
        "testimonies": bundle.testimonies,
        "interventions": bundle.interventions,
        "attachments": bundle.attachments,
        "links": [k for k in bundle.links if exported is None or k.other_case in exported],
    }
    for section in SECTIONS:
        entry[section] = [r.to_dict() for r in by_kind[section]]
    return entry


def _dumps(value: Any, indent: int | None = 2) -> bytes:
    # ensure_ascii=False keeps every script readable in the file; the vault never holds text
    # that UTF-8 cannot encode (check_text refuses lone surrogates), so encoding cannot fail.
    return json.dumps(value, ensure_ascii=False, indent=indent).encode("utf-8")


def _case_uuids(store: Store, case_refs: Sequence[str] | None) -> list[str]:
    if case_refs is None:
        total = store.count_cases()
        return [row.uuid for row in store.list_cases(CaseQuery(), 0, max(total, 1))]
    seen: dict[str, None] = {}
    for ref in case_refs:
        seen[store.find_case(ref).uuid] = None  # NotFoundError names no data
    return list(seen)


def _write_blob(store: Store, fh: BinaryIO, attachment: Attachment) -> None:
    """Stream one attachment's bytes as base64, checking its SHA-256 on the way."""
    digest = hashlib.sha256()
    pending = b""
    size = 0
    for chunk in store.attachment_chunks(attachment.uuid):
        digest.update(chunk)
        size += len(chunk)
        pending += chunk
        # Whole 3-byte groups only, so the pieces join into one valid base64 string.
        cut = len(pending) - len(pending) % 3
        fh.write(base64.b64encode(pending[:cut]))
        pending = pending[cut:]
    fh.write(base64.b64encode(pending))
    if digest.hexdigest() != attachment.sha256 or size != attachment.size:
        raise IntegrityError("interchange.exporter.attachment_mismatch")


def export_cases(
    store: Store,
    target: Path | str,
    case_refs: Sequence[str] | None = None,
    *,
    include_tombstones: bool = True,
) -> ExportResult:
    """Export the given cases (numbers or UUIDs; all cases if None) to ``target``.

    The file is written atomically and owner-only. Tombstones are included for the exported
    cases (for a whole-vault export, all of them) unless ``include_tombstones`` is False.
    Each exported case gets an ``export`` entry in the audit log.
    """
    target = Path(target)
    uuids = _case_uuids(store, case_refs)
    wanted = set(uuids)
    records = 0
    attachments = 0
    blobs: dict[str, Attachment] = {}
    tombstones: list[dict[str, str]] = []
    if include_tombstones:
        for uuid, kind, case_uuid, deleted in store.tombstones():
            if case_refs is None or case_uuid in wanted or (kind == "case" and uuid in wanted):
                tombstones.append({"uuid": uuid, "kind": kind, "case_uuid": case_uuid, "deleted": deleted})
    with atomic_writer(target) as fh:
        header = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "exported_at": now_iso(),
            "generator": f"izdeu {__version__}",
        }
        fh.write(_dumps(header)[:-2] + b',\n  "cases": [')
        for index, uuid in enumerate(uuids):
            bundle = store.load_case(uuid)
            document = case_document(bundle, wanted)
            records += 1 + sum(len(document[section]) for section in SECTIONS)
            attachments += len(bundle.attachments)
            for attachment in bundle.attachments:
                blobs.setdefault(attachment.sha256, attachment)
            # JSON strings cannot hold a raw newline, so indenting line by line is safe.
            entry = b"\n".join(b"    " + line for line in _dumps(document).split(b"\n"))
            fh.write((b"\n" if index == 0 else b",\n") + entry)
        fh.write(b'\n  ],\n  "tombstones": ' + _dumps(tombstones, None))
        fh.write(b',\n  "attachment_data": {')
        total_bytes = 0
        for index, (sha, attachment) in enumerate(sorted(blobs.items())):
            fh.write(b"\n" if index == 0 else b",\n")
            fh.write(b'    "' + sha.encode("ascii") + b'": "')
            _write_blob(store, fh, attachment)
            fh.write(b'"')
            total_bytes += attachment.size
        fh.write(b"\n  }\n}\n")
    with store.vault.transaction() as conn:
        for uuid in uuids:
            _audit.append(
                conn,
                actor=store.actor,
                action="export",
                kind="case",
                record_uuid=uuid,
                case_uuid=uuid,
                detail={"format": FORMAT_NAME},
            )
    return ExportResult(target, len(uuids), records, attachments, total_bytes, len(tombstones))
