"""The payload of a backup as events, for a second reading pass (app/backup/reader.py) and
for a restore's single pass (app/backup/onepass.py): records first, then attachment streams
that re-check their bytes against the manifest as they are read. Every failure of age or of
the tar reader becomes one of the backup errors, never a library message."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyrage

from app.backup import format as fmt
from app.backup.errors import BackupInputError, BackupKeyError, BackupReadError, DamagedBackupError
from app.backup.opened import Opened
from app.backup.reports import MODE_PASSPHRASE, Entry
from app.backup.streams import DecryptFailure
from app.backup.tarstream import TarFormatError, TarMember
from app.backup.walk import Ticker, Walk
from app.errors import IzdeuError

__all__ = ["AttachmentStream", "PayloadEvents", "decrypt_error"]


def decrypt_error(exc: DecryptFailure, opened: Opened, passphrase: str | None) -> IzdeuError:
    """The backup error for what age refused (the file, the keys or the data)."""
    if exc.kind == "read":
        return BackupReadError()
    if exc.kind == "keys":
        if opened.mode == MODE_PASSPHRASE and passphrase is not None:
            # The passphrase opened key.age, so a key mismatch means the file was tampered with.
            return DamagedBackupError()
        return BackupKeyError()
    return DamagedBackupError()


class AttachmentStream:
    """One attachment's data, read once, in order. ``read`` raises if it does not match the
    verified manifest, before handing out the last piece. ``sha256`` is the manifest's (None
    in a single pass, where the manifest comes last: the caller checks the content itself)."""

    def __init__(self, uuid: str, sha256: str | None, member: TarMember, owner: PayloadEvents) -> None:
        self.uuid = uuid
        self.sha256 = sha256
        self.size = member.size
        self._member = member
        self._owner = owner
        self._walk = owner._walk

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        try:
            data = self._member.read(n)
        except (DecryptFailure, TarFormatError) as exc:
            # age refused the rest of the file (cut short, changed) while this member was read.
            raise self._owner.broken(exc) from None
        if data and self._member._remaining == 0:
            self._walk.check_attachment(self._member)
        return data

    def sha256_of_read(self) -> str:
        """The archive member's own hash of exactly the bytes ``read`` handed out (so the store
        need not hash them again: app/store/attachments.py, ``HashingSource``)."""
        return self._member.sha256_hex()

    def chunks(self, size: int = 64 * 1024) -> Iterator[bytes]:
        while True:
            data = self.read(size)
            if not data:
                return
            yield data


class PayloadEvents:
    """Records, then attachment streams, from one walk over the payload; each used once."""

    def __init__(
        self,
        opened: Opened,
        identities: list[pyrage.x25519.Identity],
        passphrase: str | None,
        walk: Walk,
        ticker: Ticker,
        expected: list[Entry] | None,
    ) -> None:
        # The verified manifest's entries (None in a single pass: nothing is known yet).
        self._expected = {e.name: e for e in expected or ()}
        self._opened = opened
        self._passphrase = passphrase
        self._walk = walk
        self._stream = opened.payload(identities)
        self._ticker = ticker
        self._events: Iterator[tuple[str, Any]] | None = None
        self._pending: tuple[str, Any] | None = None
        self._records_used = self._attachments_used = False
        self.failed = False  # the walk raised: the file is not read to its end

    def _next(self) -> tuple[str, Any] | None:
        if self._pending is not None:
            event, self._pending = self._pending, None
            return event
        if self._events is None:
            self._stream.__enter__()
            self._events = self._walk.run(self._stream, self._ticker, with_records=True)
        try:
            return next(self._events)
        except StopIteration:
            return None
        except DecryptFailure as exc:
            raise self.broken(exc) from None
        except BaseException:
            self.failed = True
            raise

    def broken(self, exc: DecryptFailure | TarFormatError) -> IzdeuError:
        """The error to raise for a failure of the walk; the walk is over."""
        self.failed = True
        if isinstance(exc, TarFormatError):
            return DamagedBackupError()
        return decrypt_error(exc, self._opened, self._passphrase)

    def records(self) -> Iterator[dict[str, Any]]:
        if not self._walk.parse:
            raise TypeError("opened with lines=True: use record_lines()")
        return self._record_events()

    def record_lines(self) -> Iterator[bytes]:
        """Each record line's exact bytes, NOT parsed (a reader opened with ``lines=True``):
        the caller parses each line it uses, and treats a line that does not parse as damage."""
        if self._walk.parse:
            raise TypeError("opened without lines=True: use records()")
        return self._record_events()

    def _record_events(self) -> Iterator[Any]:
        if self._records_used or self._attachments_used:
            raise BackupInputError("backup.reader.records_must_read_once")
        self._records_used = True
        while True:
            event = self._next()
            if event is None:
                return
            if event[0] != "record":
                self._pending = event
                return
            yield event[1]

    def attachments(self) -> Iterator[AttachmentStream]:
        if self._attachments_used:
            raise BackupInputError("backup.reader.attachments_can_read_only")
        self._attachments_used = True
        while True:
            event = self._next()
            if event is None:
                return
            if event[0] != "attachment":
                continue  # records nobody asked for
            member: TarMember = event[1]
            uuid = member.name[len(fmt.ATTACHMENTS_PREFIX) :]
            entry = self._expected.get(member.name)
            yield AttachmentStream(uuid, entry.sha256 if entry else None, member, self)

    def close(self) -> None:
        if self._events is not None:
            self._stream.close()
