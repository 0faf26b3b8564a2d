"""Opening a backup: sniff the mode, check the outer container, find the identities."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

import pyrage

from app.backup import format as fmt
from app.backup.errors import (
    BackupInputError,
    BackupKeyError,
    BackupPassphraseError,
    BackupReadError,
    DamagedBackupError,
    NotABackupError,
)
from app.backup.keys import (
    AGE_MAGIC,
    parse_identity,
)
from app.backup.reports import (
    MODE_PASSPHRASE,
    MODE_RECIPIENTS,
    IdentityLike,
)
from app.backup.streams import DecryptStream, FileWindow, pread
from app.backup.tarstream import (
    BLOCK,
    END_OF_ARCHIVE,
    TarFormatError,
    padded_size,
    parse_header,
)
from app.errors import IzdeuError


class Opened:
    """A backup file held open (one descriptor for both passes), its mode and outer header."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            # O_NONBLOCK: opening a FIFO must not hang; fstat below refuses anything that is
            # not a regular file (app/inputs.py does the same for every other input).
            self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            raise BackupInputError("inputs.backup_file.missing") from None
        except IsADirectoryError:
            raise NotABackupError() from None
        except OSError:
            raise BackupReadError() from None
        try:
            st = os.fstat(self.fd)
            if not stat.S_ISREG(st.st_mode):
                raise NotABackupError()
            self.size = st.st_size
            if hasattr(os, "posix_fadvise"):
                # Read straight through, once or twice: a larger read-ahead from the device.
                with contextlib.suppress(OSError):
                    os.posix_fadvise(self.fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
            self.mode = MODE_RECIPIENTS
            self.payload_start = 0
            self.payload_size = self.size
            self.key_blob: bytes | None = None
            self._sniff()
        except BaseException:
            os.close(self.fd)
            raise

    def _pread(self, n: int, offset: int) -> bytes:
        try:
            return pread(self.fd, n, offset)
        except OSError:
            raise BackupReadError() from None

    def _sniff(self) -> None:
        head = self._pread(BLOCK, 0)
        if head.startswith(AGE_MAGIC):
            return
        try:
            name, key_size, mtime = parse_header(head) if len(head) == BLOCK else ("", 0, 0)
        except TarFormatError:
            name = ""
        if name != fmt.OUTER_KEY_MEMBER or not 0 < key_size <= fmt.MAX_OUTER_KEY:
            raise NotABackupError()
        # From here on it is recognisably ours: any inconsistency means damage.
        self.mode = MODE_PASSPHRASE
        key_area = self._pread(padded_size(key_size), BLOCK)
        second_at = BLOCK + padded_size(key_size)
        try:
            name2, payload_size, mtime2 = parse_header(self._pread(BLOCK, second_at))
        except TarFormatError:
            raise DamagedBackupError() from None
        self.payload_start = second_at + BLOCK
        self.payload_size = payload_size
        tail_at = self.payload_start + payload_size
        tail = self._pread(padded_size(payload_size) - payload_size + len(END_OF_ARCHIVE), tail_at)
        expected_total = self.payload_start + padded_size(payload_size) + len(END_OF_ARCHIVE)
        if (
            name2 != fmt.OUTER_PAYLOAD_MEMBER
            or mtime2 != mtime
            or len(key_area) != padded_size(key_size)
            or any(key_area[key_size:])
            or self.size != expected_total
            or any(tail)
        ):
            raise DamagedBackupError()
        self.key_blob = key_area[:key_size]
        if not self.key_blob.startswith(AGE_MAGIC):
            raise DamagedBackupError()

    def identities(
        self, identities: Iterable[IdentityLike] | None, passphrase: str | None
    ) -> list[pyrage.x25519.Identity]:
        result = [parse_identity(i) if isinstance(i, str) else i for i in identities or ()]
        if passphrase is not None and self.key_blob is not None:
            try:
                plain = pyrage.passphrase.decrypt(self.key_blob, passphrase)
            except pyrage.DecryptError:
                raise BackupPassphraseError() from None
            try:
                result.append(parse_identity(plain))
            except IzdeuError:
                raise DamagedBackupError() from None
        elif passphrase is not None and not result:
            raise BackupKeyError("backup.reader.backup_encrypted_keys_passphrase")
        if not result:
            if self.mode == MODE_PASSPHRASE:
                raise BackupPassphraseError("backup.reader.backup_needs_passphrase")
            raise BackupInputError("backup.reader.give_key_file_passphrase")
        return result

    def payload(self, identities: list[pyrage.x25519.Identity]) -> DecryptStream:
        return DecryptStream(FileWindow(self.fd, self.payload_start, self.payload_size), identities)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)
