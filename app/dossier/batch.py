"""Dossiers for many cases into one folder: progress, cancel, one atomic file per case."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.dossier.builder import DossierOptions, build_dossier, load_source, write_dossier
from app.dossier.covering import (
    ListedDossier,
    covering_file_name,
    listed_dossier,
    load_name,
    write_covering_list,
)
from app.dossier.record import record_dossier
from app.dossier.signed import sign_dossier, signature_options
from app.errors import InvalidInputError, IzdeuError, StorageError
from app.fsutil import make_private_dir
from app.signing import SigningIdentity
from app.store import Store

__all__ = [
    "BatchFailure",
    "BatchItem",
    "BatchResult",
    "Progress",
    "build_batch",
    "dossier_file_name",
    "failure_reason",
    "plan_batch",
    "safe_file_stem",
]

Progress = Callable[[int, int, str], None]  # (done, total, case number just finished)

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Names Windows refuses whatever the extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}


def safe_file_stem(case_number: str, case_uuid: str) -> str:
    """A file name stem from a case number: ASCII letters, digits, ``.``, ``_``, ``-`` only.

    Case numbers are typed by people and may hold slashes, spaces or Cyrillic; nothing from
    them may become a path separator, a hidden file or a device name.
    """
    stem = _UNSAFE.sub("_", case_number).strip("._-")[:80]
    if not stem or stem.split(".")[0].upper() in _RESERVED:
        stem = f"case-{case_uuid[:8]}" if not stem else f"case-{stem}"
    return stem


def dossier_file_name(case_number: str, case_uuid: str, options: DossierOptions) -> str:
    kind = "-summary" if options.sheet else ""
    return f"{safe_file_stem(case_number, case_uuid)}-{options.profile}{kind}-{options.lang}.pdf"


@dataclass(frozen=True)
class BatchFailure:
    case_uuid: str
    case_number: str
    reason: str  # the error's own safe message, never exception text from a library


@dataclass
class BatchResult:
    written: list[tuple[str, Path, str]] = field(default_factory=list)  # (case uuid, file, sha)
    listed: list[ListedDossier] = field(default_factory=list)  # for the covering list
    covering_list: Path | None = None
    failed: list[BatchFailure] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True)
class BatchItem:
    case_uuid: str
    case_number: str
    target: Path


def plan_batch(
    store: Store,
    case_uuids: Sequence[str],
    folder: Path | str,
    options: DossierOptions,
    *,
    overwrite: bool = False,
) -> list[BatchItem]:
    """Create ``folder`` (owner-only) and name one file per case, refusing existing files
    unless ``overwrite`` so that a batch never half-replaces an earlier one (store's thread)."""
    folder = Path(folder)
    try:
        make_private_dir(folder)  # dossiers name families: the folder is owner-only (0700)
    except OSError:
        raise StorageError("dossier.batch.cannot_create_folder", folder=str(folder)) from None
    rows = {r.uuid: r for r in store.case_rows(list(case_uuids))}
    names: dict[str, str] = {}
    used: set[str] = set()
    for uuid in case_uuids:
        number = rows[uuid].case_number if uuid in rows else ""
        name = dossier_file_name(number, uuid, options)
        if name.lower() in used:  # two case numbers that differ only in unsafe characters
            name = name[:-4] + f"-{uuid[:8]}.pdf"
        used.add(name.lower())
        names[uuid] = name
    if not overwrite:
        existing = [n for n in [*names.values(), covering_file_name(options)] if (folder / n).exists()]
        if existing:
            raise InvalidInputError("dossier.batch.files_exist", count=len(existing), folder=str(folder))
    return [
        BatchItem(uuid, rows[uuid].case_number if uuid in rows else "", folder / names[uuid])
        for uuid in case_uuids
    ]


def failure_reason(exc: BaseException) -> str:
    """What a batch reports for a failed case: our own safe message, or only the error's kind
    (library text can quote case data)."""
    return str(exc) if isinstance(exc, IzdeuError) else type(exc).__name__


def build_batch(
    store: Store,
    case_uuids: Sequence[str],
    folder: Path | str,
    options: DossierOptions,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    overwrite: bool = False,
    record: bool = True,
    identity: SigningIdentity | None = None,
) -> BatchResult:
    """Write one dossier per case into ``folder`` (created if needed), all on the store's
    thread (the CLI; the desktop app renders in a process pool, ui/dossier/batch_run.py).

    ``cancel()`` is checked before each case; files already written stay (each is complete).
    Existing files are refused up front unless ``overwrite`` (:func:`plan_batch`). A case
    that fails is reported in ``failed`` and the batch goes on. Each dossier written is
    recorded in the audit log when ``record`` is true. With ``identity``, each is signed.
    """
    result = BatchResult()
    if identity is not None:
        options = signature_options(options, identity)
    plan = plan_batch(store, case_uuids, folder, options, overwrite=overwrite)
    total = len(plan)
    for done, item in enumerate(plan, 1):
        if cancel is not None and cancel():
            result.cancelled = True
            break
        uuid, number, target = item.case_uuid, item.case_number, item.target
        try:
            dossier = build_dossier(load_source(store, uuid), options)
            if identity is not None:
                dossier = sign_dossier(dossier, identity)
            write_dossier(dossier, target)
            if record:
                record_dossier(store, dossier, file_name=target.name)
            result.written.append((uuid, target, dossier.sha256))
            result.listed.append(listed_dossier(dossier, target, load_name(store, uuid, options.lang)))
        except Exception as exc:  # noqa: BLE001 - one bad case must not stop 199 good ones
            result.failed.append(BatchFailure(uuid, number, failure_reason(exc)))
        if progress is not None:
            progress(done, total, number)
    if result.listed and not result.cancelled:
        result.covering_list = write_covering_list(result.listed, Path(folder), options, identity)
    return result
