"""Walking a backup's payload: one state machine for both passes (verify, then read)."""

from __future__ import annotations

import collections
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.backup import format as fmt
from app.backup.errors import (
    DamagedBackupError,
    NewerBackupFormatError,
    NotABackupError,
)
from app.backup.reports import (
    PROGRESS_STEP,
    BackupProgress,
    CancelCheck,
    Entry,
    ProgressCallback,
)
from app.backup.streams import DecryptStream
from app.backup.tarstream import (
    TarFormatError,
    TarMember,
    iter_members,
)
from app.errors import CancelledError


class Ticker:
    """Counts what passed, reports progress every MiB and raises CancelledError when asked."""

    def __init__(self, phase: str, progress: ProgressCallback | None, cancel: CancelCheck | None) -> None:
        self.phase = phase
        self.progress = progress
        self.cancel = cancel
        self.bytes_done = 0
        self.records = 0
        self.attachments = 0
        self._next_report = 0

    def data(self, n: int) -> None:
        self.bytes_done += n
        if self.cancel is not None and self.cancel():
            raise CancelledError()
        if self.progress is not None and self.bytes_done >= self._next_report:
            self._next_report = self.bytes_done + PROGRESS_STEP
            self.report()

    def report(self) -> None:
        if self.progress is not None:
            self.progress(BackupProgress(self.phase, self.bytes_done, self.records, self.attachments))


def split_records(data: bytes) -> list[bytes]:
    """The lines of a records part, checked for all that needs no parsing (not empty, not too
    long, the part ends with a newline)."""
    if not data.endswith(b"\n"):
        raise DamagedBackupError()
    lines = data[:-1].split(b"\n")
    for line in lines:
        if not line or len(line) > fmt.MAX_RECORD_BYTES:
            raise DamagedBackupError()
    return lines


def parse_records(data: bytes) -> list[dict[str, Any]]:
    records = []
    for line in split_records(data):
        record = fmt.load_json_object(line)
        if record is None:
            raise DamagedBackupError()
        records.append(record)
    return records


@dataclass
class WalkResult:
    entries: list[Entry]
    manifest: bytes
    signature: bytes
    records: int
    attachments: int
    attachment_bytes: int


class Walk:
    """Walks the inner archive in order, checking structure and (second pass) hashes.

    Yields ``("record", dict)`` (only if ``with_records``) and ``("attachment", TarMember)``;
    the result is in ``self.result`` once the generator is exhausted. Without ``parse`` a
    record is its line's exact bytes, not parsed as JSON: for a caller that parses every line
    it uses itself (a merge), so a pass that only verifies need not parse at all.
    """

    def __init__(
        self, expected: list[Entry] | None, expected_manifest: bytes | None, *, parse: bool = True
    ) -> None:
        self.parse = parse
        self.expected = expected
        self.expected_manifest = expected_manifest
        self.entries: list[Entry] = []
        self.result: WalkResult | None = None
        # format.json as read (unsigned until the manifest, which must agree, is checked).
        self.header: dict[str, Any] = {}

    def _done(self, member: TarMember) -> None:
        entry = Entry(member.name, member.size, member.sha256_hex())
        if self.expected is not None:
            index = len(self.entries)
            if index >= len(self.expected) or self.expected[index] != entry:
                raise DamagedBackupError("backup.reader.backup_changed_while_being")
        self.entries.append(entry)

    def check_attachment(self, member: TarMember) -> None:
        """Called by an attachment stream the moment its last byte has been read."""
        if self.expected is None:
            return
        index = len(self.entries)
        if index >= len(self.expected) or self.expected[index] != Entry(
            member.name, member.size, member.sha256_hex()
        ):
            raise DamagedBackupError("backup.reader.backup_changed_while_being")

    def run(self, stream: DecryptStream, ticker: Ticker, with_records: bool) -> Iterator[tuple[str, Any]]:
        members = iter_members(stream, ticker.data)
        try:
            first = next(members, None)
        except TarFormatError:
            raise NotABackupError() from None
        if first is None or first.name != fmt.FORMAT_MEMBER or first.size > fmt.MAX_FORMAT_MEMBER:
            raise NotABackupError()
        header = fmt.load_json_object(first.read_all())
        if header is None or header.get("format") != fmt.FORMAT_NAME:
            raise NotABackupError()
        version = header.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise NotABackupError()
        if version > fmt.FORMAT_VERSION:
            raise NewerBackupFormatError()
        self.header = header
        self._done(first)

        next_part = 1
        phase = "records"
        seen_uuids: set[str] = set()
        manifest = signature = b""
        attachment_bytes = 0
        try:
            for member in members:
                part = fmt.record_part_index(member.name)
                attachment_uuid = fmt.attachment_uuid_from_name(member.name)
                if part is not None:
                    if phase != "records" or part != next_part or member.size > fmt.MAX_RECORD_PART:
                        raise DamagedBackupError()
                    next_part += 1
                    data = member.read_all()
                    records: list[Any] = parse_records(data) if self.parse else split_records(data)
                    self._done(member)
                    ticker.records += len(records)
                    if with_records:
                        for record in records:
                            yield ("record", record)
                elif attachment_uuid is not None:
                    if phase not in ("records", "attachments") or attachment_uuid in seen_uuids:
                        raise DamagedBackupError()
                    phase = "attachments"
                    seen_uuids.add(attachment_uuid)
                    yield ("attachment", member)
                    # Whatever the caller did not read is still read, so its hash is checked.
                    collections.deque(member.chunks(), maxlen=0)
                    self._done(member)
                    ticker.attachments += 1
                    attachment_bytes += member.size
                elif member.name == fmt.MANIFEST_MEMBER:
                    if phase not in ("records", "attachments") or member.size > fmt.MAX_MANIFEST:
                        raise DamagedBackupError()
                    phase = "manifest"
                    manifest = member.read_all()
                    if self.expected_manifest is not None and manifest != self.expected_manifest:
                        raise DamagedBackupError("backup.reader.backup_changed_while_being")
                elif member.name == fmt.SIGNATURE_MEMBER:
                    if phase != "manifest" or member.size != fmt.SIGNATURE_SIZE:
                        raise DamagedBackupError()
                    phase = "signed"
                    signature = member.read_all()
                else:
                    raise DamagedBackupError()
        except TarFormatError:
            raise DamagedBackupError() from None
        if phase != "signed":
            raise DamagedBackupError()
        ticker.report()
        self.result = WalkResult(
            self.entries, manifest, signature, ticker.records, ticker.attachments, attachment_bytes
        )
