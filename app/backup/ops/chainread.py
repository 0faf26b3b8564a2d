"""Reading a chain (a full backup and its increments) for a restore: the files given in any
order, or a folder, put in chain order after decrypting only their beginning; and what an
increment's lines do to the vault being restored.

Order comes from each file's ``format.json`` (app/backup/chain.py), which is not signed: every
file is then read and verified to its end before the next one is applied, its signed manifest
must state the same link, each increment must be of the full backup's vault, and the base it
names must have exactly the manifest that was read (its SHA-256). Any refusal leaves nothing:
the restore writes into a temporary vault that is deleted on any error.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyrage

from app.backup.chain import FULL, Link, Member, check_base, order_chain
from app.backup.errors import BackupChainError, BackupInputError
from app.backup.onepass import OnePassReader
from app.backup.ops.common import open_backup_once
from app.backup.ops.lines import (
    TYPE_AUDIT,
    TYPE_GONE,
    TYPE_META,
    TYPE_RECORD,
    TYPE_TOMBSTONE,
    AuditRow,
    BackupContentError,
    IncomingRecord,
    Tombstone,
    parse_line,
)
from app.backup.ops.trust import SignerPolicy
from app.backup.reader import VerifyReport
from app.backup.rotation import is_increment_name, list_backups
from app.model.records import Attachment
from app.store.batch import Batch
from app.vault import metakeys

__all__ = ["Copied", "chain_files", "check_link", "copy_lines", "open_chain"]


def chain_files(source: Path | str | Sequence[Path | str]) -> list[Path]:
    """The files to restore: one file, several (any order), or a folder (its newest full
    backup and the increments named after it)."""
    if isinstance(source, str | Path):
        path = Path(source)
        if not path.is_dir():
            return [path]
        backups = list_backups(path)
        fulls = [i for i, p in enumerate(backups) if not is_increment_name(p)]
        if not fulls:
            raise BackupChainError("backup.chain.no_full")
        return backups[fulls[-1] :]
    files = [Path(p) for p in source]
    if not files:
        raise BackupInputError("backup.chain.no_files")
    return files


def _link(reader: OnePassReader) -> Link:
    header = reader.header
    if header.get("format_version") == 1:
        return Link(FULL, "")  # version 1: every file is a full backup, with no name
    return Link.from_json(header)


@contextlib.contextmanager
def open_chain(
    files: list[Path],
    *,
    identities: Iterable[pyrage.x25519.Identity | str] | None,
    passphrase: str | None,
    policy: SignerPolicy,
    progress: Callable[[str, int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> Iterator[list[tuple[Path, OnePassReader]]]:
    """Open every file (key and beginning checked) and yield them in chain order."""
    ids = list(identities) if identities is not None else None
    with contextlib.ExitStack() as stack:
        opened = [
            (
                path,
                stack.enter_context(
                    open_backup_once(
                        path,
                        identities=ids,
                        passphrase=passphrase,
                        policy=policy,
                        progress=progress,
                        cancel=cancel,
                    )
                ),
            )
            for path in files
        ]
        links = [_link(reader) for _path, reader in opened]
        if len(opened) == 1:
            if links[0].is_increment:
                raise BackupChainError("backup.chain.no_full")
            yield opened
            return
        order = order_chain([Member(link, path.name) for link, (path, _r) in zip(links, opened, strict=True)])
        yield [opened[i] for i in order]


def check_link(report: VerifyReport, previous: VerifyReport, name: str) -> None:
    """A verified increment after ``previous`` in the chain: of the same vault, on exactly
    that manifest."""
    if report.link is None or not report.is_increment or report.vault_id != previous.vault_id:
        raise BackupChainError("backup.chain.foreign", name=name)
    if previous.link is None or report.link.base_id != previous.link.backup_id:
        raise BackupChainError("backup.chain.foreign", name=name)
    check_base(report.link, previous.manifest_sha256, name)


@dataclass
class Copied:
    """What the files of a chain left for the end of the restore, newest value winning."""

    pending: dict[str, Attachment] = field(default_factory=dict)  # content copied at the end
    activity: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    last_audit: tuple[int, str] | None = None


def copy_lines(batch: Batch, reader: OnePassReader, copied: Copied, *, increment: bool) -> None:
    """Records and attachment bytes of one file into the batch. An increment's records replace
    the versions before them; its tombstones and "gone" lines remove what they name."""
    for line in reader.records():
        kind, item = parse_line(line, stored=True)
        if kind == TYPE_RECORD:
            assert isinstance(item, IncomingRecord)
            record = item.record
            if isinstance(record, Attachment) and not (increment and batch.get("attachment", record.uuid)):
                copied.pending[record.uuid] = record
            else:
                batch.save(record)  # an attachment already here: its bytes never change
            if item.activity:
                copied.activity[record.uuid] = item.activity
        elif kind == TYPE_TOMBSTONE:
            assert isinstance(item, Tombstone)
            if increment:
                batch.drop(item.kind, item.uuid)
                copied.pending.pop(item.uuid, None)
            batch.add_tombstone(item.uuid, item.kind, item.case_uuid, item.deleted, item.created)
        elif kind == TYPE_GONE and increment:
            gone_kind, uuid = item
            batch.drop(gone_kind, uuid)
            copied.pending.pop(uuid, None)
            copied.activity.pop(uuid, None)
        elif kind == TYPE_AUDIT:
            assert isinstance(item, AuditRow)
            batch.copy_audit_row(item.values)
            copied.last_audit = (item.values[0], item.values[-1])
        elif kind == TYPE_META:
            key, value = item
            if key not in metakeys.PRIVATE:
                copied.meta[key] = value
        else:
            raise BackupContentError()  # "gone" in a full backup: not one Izdeu writes
    for stream in reader.attachments():
        attachment = copied.pending.pop(stream.uuid, None)
        if attachment is None:
            if increment and batch.get("attachment", stream.uuid) is not None:
                continue  # changed metadata of an attachment already restored
            raise BackupContentError()
        # The store checks the bytes against the record's SHA-256 as it writes them.
        batch.add_attachment(attachment, stream)
