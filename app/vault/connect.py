"""SQLCipher connections to a vault file: trying a key without writing, and the working connection.

A wrong passphrase must leave the vault, its WAL and its -shm byte for byte as they were
(docs/cli.md, exit 3). A read-write connection cannot promise that: when the last connection
to a WAL database closes, SQLite checkpoints the WAL into the file (frames are copied as they
are, so this works even with the wrong key) and deletes it. So the key is tried first on a
connection that SQLite opens read-only, and only a key that passed gets a read-write one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import (
    IntegrityError,
    IzdeuError,
    NewerVersionError,
    NotAVaultError,
    StorageError,
    VaultInUseError,
    WrongPassphraseError,
)
from app.vault.migrations import latest_version

__all__ = [
    "FORMAT_NAME",
    "connect",
    "journal_name",
    "key_pragma",
    "key_literal",
    "translate_db_error",
    "verify_key",
    "wal_page1_salts",
]

FORMAT_NAME = "izdeu-vault"
_PAGE = 4096
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")


def translate_db_error(exc: BaseException) -> IzdeuError:
    """Map a SQLite/SQLCipher exception to an error whose message never quotes data."""
    text = str(exc).lower()
    if "not a database" in text:
        return WrongPassphraseError()
    if "locked" in text or "busy" in text:
        return VaultInUseError()
    if "full" in text:
        return StorageError("vault.disk_full")
    if "readonly" in text or "read-only" in text:
        return StorageError("vault.connect.vault_read_only_storage")
    if "malformed" in text or "corrupt" in text:
        return IntegrityError("vault.connect.vault_file_damaged_restore")
    return IzdeuError("vault.connect.database_operation_failed")


def key_literal(key: bytearray, salt: bytes) -> str:
    # SQLCipher takes the raw key and salt as one hex blob literal: x'<key><salt>'.
    return f"x'{key.hex()}{salt.hex()}'"


def key_pragma(key: bytearray, salt: bytes, schema: str = "") -> str:
    prefix = f"{schema}." if schema else ""
    return f'PRAGMA {prefix}key = "{key_literal(key, salt)}"'


def require_sqlcipher(conn: Any) -> None:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    if not row or not row[0]:
        raise IzdeuError("vault.connect.sqlcipher_available_izdeu_refuses")


def _read_only_uris(path: Path) -> list[tuple[str, bool]]:
    """URIs that open the vault without writing anything, best first; True if one reads it all.

    ``readonly_shm`` reads the WAL through the existing -shm without writing to it (not even a
    reader mark); it needs both files, and a -shm a killed writer left half-updated, which only
    a recovery (a write) could mend, makes it fail with SQLITE_PROTOCOL. Then, and when there is
    no -shm, ``immutable`` reads the file alone, without locks or side files. Without a WAL that
    is the whole vault; with one, only the file's first page is checked: it holds the salt and
    is encrypted with the same key as every page.
    """
    base = path.as_uri()
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    uris = [(base + "?mode=ro&readonly_shm=1", True)] if wal.exists() and shm.exists() else []
    return [*uris, (base + "?immutable=1", not wal.exists())]


def journal_name(path: Path) -> Path:
    """The name to give SQLite: ``path``, unless only another name of the same file (a hard link
    in its folder) has a WAL, i.e. the last writer by that name was killed. SQLite finds the WAL
    by name: opened by this one, it would miss those commits and start a WAL of its own, which
    the stale one would later be replayed over (a damaged vault)."""
    try:
        st = os.stat(path)
        if st.st_nlink < 2 or _has_wal(path):
            return path
        with os.scandir(path.parent) as entries:
            wals = [Path(e.path[: -len("-wal")]) for e in entries if e.name.endswith("-wal")]
        for other in wals:
            with contextlib.suppress(OSError):
                theirs = os.stat(other)
                if (theirs.st_dev, theirs.st_ino) == (st.st_dev, st.st_ino) and _has_wal(other):
                    return other
    except OSError:
        return path  # a folder we cannot list: the name given is all we can go by
    return path


def _has_wal(path: Path) -> bool:
    try:
        return os.stat(f"{path}-wal").st_size > 0
    except OSError:
        return False


def wal_page1_salts(path: Path) -> list[bytes]:
    """Salts of the copies of page 1 in the vault's WAL, newest first, other than the file's.

    Izdeu 0.1.0 changed the passphrase with ``PRAGMA rekey``, which in WAL mode leaves
    the new salt only in the WAL's copy of page 1 until a checkpoint; a vault killed in that
    moment opens only with that salt (and the new passphrase). Read with plain file reads:
    nothing is written, and the frames' own salts must match the WAL header's (current frames).
    """
    try:
        fh = open(f"{path}-wal", "rb")
    except OSError:
        return []
    found: list[bytes] = []
    with fh:
        header = fh.read(32)
        if len(header) < 32 or header[:4] not in _WAL_MAGIC:
            return []
        if int.from_bytes(header[8:12], "big") != _PAGE:
            return []
        while True:
            frame = fh.read(24)
            page = fh.read(_PAGE)
            if len(frame) < 24 or len(page) < _PAGE or frame[8:16] != header[16:24]:
                break
            if int.from_bytes(frame[:4], "big") == 1 and page[:16] not in found:
                found.append(page[:16])
    found.reverse()
    return found


class _Undecided(Exception):
    """This read-only way could not read the vault; try the next."""


def verify_key(path: Path, key: bytearray, salt: bytes) -> None:
    """Raise WrongPassphraseError (or NotAVaultError, NewerVersionError, IntegrityError) unless
    the key opens an Izdeu vault this program can read. Writes nothing, anywhere."""
    uris = _read_only_uris(path)
    for number, (uri, whole) in enumerate(uris, start=1):
        try:
            _verify_read_only(uri, whole, key, salt, last=number == len(uris))
            return
        except _Undecided:
            continue


def _verify_read_only(uri: str, whole: bool, key: bytearray, salt: bytes, *, last: bool) -> None:
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    except sqlcipher3.Error:
        if not last:
            raise _Undecided() from None
        raise StorageError("vault.connect.cannot_read_vault_file") from None
    try:
        require_sqlcipher(conn)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(key_pragma(key, salt))
        try:
            conn.execute("PRAGMA user_version").fetchone()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc).lower():
                raise WrongPassphraseError() from None
            if not last:
                raise _Undecided() from None
            if not whole:
                return  # page 1 decrypted; the rest is read, with its WAL, on the real open
            raise translate_db_error(exc) from None
        if not whole:
            return
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version <= 0:
            raise NotAVaultError("vault.connect.encrypted_database_izdeu_vault")
        try:
            row = conn.execute("SELECT value FROM meta WHERE key='format'").fetchone()
        except sqlcipher3.OperationalError:
            row = None
        if not row or row[0] != FORMAT_NAME:
            raise NotAVaultError("vault.connect.encrypted_database_izdeu_vault")
        if version > latest_version():
            raise NewerVersionError()
    except sqlcipher3.Error as exc:
        if not last:
            raise _Undecided() from None
        raise translate_db_error(exc) from None
    finally:
        conn.close()


def connect(path: Path, key: bytearray, salt: bytes) -> Any:
    """The working read-write connection, with the settings of docs/vault-format.md."""
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True)
    except sqlcipher3.Error as exc:
        raise translate_db_error(exc) from None
    try:
        require_sqlcipher(conn)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key, salt))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise WrongPassphraseError() from None
        # Each setting is about plaintext never reaching disk or committed data surviving a crash.
        for pragma in (
            "PRAGMA temp_store = MEMORY",
            "PRAGMA secure_delete = ON",
            "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout = 2000",
            # Pages are decrypted on every cache miss; 64 MiB keeps the indexes and hot
            # pages of a large vault decrypted in memory (never on disk).
            "PRAGMA cache_size = -65536",
        ):
            conn.execute(pragma)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StorageError("vault.connect.vault_storage_cannot_written")
        conn.execute("PRAGMA synchronous = FULL")
        return conn
    except BaseException as exc:
        conn.close()
        if isinstance(exc, IzdeuError):
            raise
        if isinstance(exc, sqlcipher3.Error):
            raise translate_db_error(exc) from None
        raise
