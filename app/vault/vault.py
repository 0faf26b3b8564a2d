"""Opening, creating, locking, re-keying and checking an encrypted vault.

One vault is one SQLCipher 4 database file. Its key is derived from the passphrase with
Argon2id and handed to SQLCipher as a raw key together with the salt, which SQLCipher stores as
the file's first 16 bytes. See docs/vault-format.md.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import (
    IntegrityError,
    IzdeuError,
    NotAVaultError,
    NotFoundError,
    StorageError,
    VaultInUseError,
    VaultLockedError,
    WrongPassphraseError,
)
from app.fsutil import make_private_dir
from app.model.records import new_uuid, now_iso
from app.tempfiles import Temporary, sweep
from app.vault import kdf
from app.vault.lockfile import VaultLock
from app.vault.migrations import migrate

__all__ = ["Vault", "CheckReport", "FORMAT_NAME", "translate_db_error"]

FORMAT_NAME = "izdeu-vault"
_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_PAGE = 4096


def translate_db_error(exc: BaseException) -> IzdeuError:
    """Map a SQLite/SQLCipher exception to an error whose message never quotes data."""
    text = str(exc).lower()
    if "not a database" in text:
        return WrongPassphraseError()
    if "locked" in text or "busy" in text:
        return VaultInUseError()
    if "full" in text:
        return StorageError("the disk is full; nothing was saved")
    if "readonly" in text or "read-only" in text:
        return StorageError("the vault is on read-only storage")
    if "malformed" in text or "corrupt" in text:
        return IntegrityError("the vault file is damaged; restore it from a backup")
    return IzdeuError("a database operation failed")


@dataclass
class CheckReport:
    cipher_errors: list[str] = field(default_factory=list)
    sqlite_errors: list[str] = field(default_factory=list)
    audit_errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.cipher_errors or self.sqlite_errors or self.audit_errors)

    def lines(self) -> list[str]:
        out = [f"page encryption: {'ok' if not self.cipher_errors else 'FAILED'}"]
        out += [f"  {e}" for e in self.cipher_errors[:20]]
        out.append(f"database structure: {'ok' if not self.sqlite_errors else 'FAILED'}")
        out += [f"  {e}" for e in self.sqlite_errors[:20]]
        out.append(f"audit log chain: {'ok' if not self.audit_errors else 'FAILED'}")
        out += [f"  {e}" for e in self.audit_errors[:20]]
        return out


def _require_sqlcipher(conn: Any) -> None:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    if not row or not row[0]:
        raise IzdeuError("SQLCipher is not available; Izdeu refuses to store data unencrypted")


def _key_pragma(key: bytearray, salt: bytes) -> str:
    # SQLCipher takes the raw key and salt as one hex blob literal: x'<key><salt>'.
    return f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\""


def _rekey_pragma(key: bytearray, salt: bytes) -> str:
    return f"PRAGMA rekey = \"x'{key.hex()}{salt.hex()}'\""


class Vault:
    """An unlocked vault. Use :meth:`create` or :meth:`open`; call :meth:`close` to lock it.

    A Vault (its SQLCipher connection) belongs to the thread that opened it.
    """

    def __init__(self, path: Path, conn: Any, lock: VaultLock) -> None:
        self.path = path
        self._conn: Any = conn
        self._lock = lock
        self.migrated_from: int | None = None

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str | bytearray,
        *,
        params: kdf.KdfParams | None = None,
        check_strength: bool = True,
    ) -> Vault:
        path = Path(path)
        if check_strength and isinstance(passphrase, str):
            kdf.check_passphrase_strength(passphrase)
        if path.exists():
            raise StorageError("a file with that name already exists; choose another name")
        try:
            make_private_dir(path.parent)
            sweep(path.parent)  # the desktop app and every command start here or in open()
            # Create it owner-only; SQLite gives its -wal and -shm files the same mode.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise StorageError("cannot create the vault file there") from exc
        lock = VaultLock(path)
        try:
            lock.acquire()
            salt = secrets.token_bytes(kdf.SALT_LEN)
            conn = cls._connect(path, passphrase, salt, params or kdf.DEFAULT_PARAMS)
            vault = cls(path, conn, lock)
            vault._initialise()
            return vault
        except BaseException:
            lock.release()
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    os.unlink(str(path) + suffix)
            raise

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str | bytearray,
        *,
        params: kdf.KdfParams | None = None,
    ) -> Vault:
        path = Path(path)
        salt = cls._read_salt(path)
        # Leftovers of a killed export, backup, restore or upgrade copy in the vault's folder.
        sweep(path.parent)
        lock = VaultLock(path)
        lock.acquire()
        try:
            conn = cls._connect(path, passphrase, salt, params or kdf.DEFAULT_PARAMS)
            vault = cls(path, conn, lock)
            vault._after_open()
            return vault
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def _read_salt(path: Path) -> bytes:
        try:
            with open(path, "rb") as fh:
                head = fh.read(_PAGE)
            size = path.stat().st_size
        except FileNotFoundError:
            raise NotFoundError("no vault file at that path") from None
        except IsADirectoryError:
            raise NotAVaultError("that path is a folder, not a vault file") from None
        except OSError:
            raise StorageError("cannot read the vault file") from None
        if head.startswith(_SQLITE_PLAIN_HEADER):
            raise NotAVaultError("this is an unencrypted SQLite file, not an Izdeu vault")
        if size < _PAGE or size % 512:
            raise WrongPassphraseError()
        return head[: kdf.SALT_LEN]

    @staticmethod
    def _connect(path: Path, passphrase: str | bytearray, salt: bytes,
                 params: kdf.KdfParams) -> Any:
        secret = kdf.passphrase_bytes(passphrase)
        key: bytearray | None = None
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True)
        try:
            _require_sqlcipher(conn)
            conn.execute("PRAGMA cipher_log_level = NONE")
            key = kdf.derive_key(secret, salt, params)
            conn.execute(_key_pragma(key, salt))
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError:
                raise WrongPassphraseError() from None
            # Settings from docs/vault-format.md; each one is about plaintext never reaching disk
            # or committed data surviving a crash.
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
                raise StorageError("the vault is on storage that cannot be written")
            conn.execute("PRAGMA synchronous = FULL")
            return conn
        except BaseException as exc:
            conn.close()
            if isinstance(exc, IzdeuError):
                raise
            if isinstance(exc, sqlcipher3.Error):
                raise translate_db_error(exc) from None
            raise
        finally:
            kdf.wipe(secret)
            kdf.wipe(key)

    def _initialise(self) -> None:
        migrate(self._conn, self.path, self.copy_to)
        with self.transaction():
            for key, value in (("format", FORMAT_NAME), ("vault_id", new_uuid()),
                               ("created", now_iso()), ("operator", "")):
                self._conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))

    def _after_open(self) -> None:
        try:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > 0:
                row = self._conn.execute("SELECT value FROM meta WHERE key='format'").fetchone()
                if not row or row[0] != FORMAT_NAME:
                    raise NotAVaultError("this encrypted database is not an Izdeu vault")
            else:
                raise NotAVaultError("this encrypted database is not an Izdeu vault")
            before = migrate(self._conn, self.path, self.copy_to)
            self.migrated_from = before if before != self._version() else None
        except sqlcipher3.Error as exc:
            self.close()
            raise translate_db_error(exc) from None
        except BaseException:
            self.close()
            raise

    def _version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    # --- using -----------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise VaultLockedError()
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """BEGIN IMMEDIATE … COMMIT; rolls back on any error and maps DB errors to safe ones."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException as exc:
            conn.execute("ROLLBACK")
            if isinstance(exc, sqlcipher3.Error):
                raise translate_db_error(exc) from None
            raise
        else:
            try:
                conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                raise translate_db_error(exc) from None

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    @property
    def vault_id(self) -> str:
        return self.meta("vault_id")

    def checkpoint(self) -> None:
        """Fold the WAL into the file and truncate it, so deleted rows leave no old frames."""
        with contextlib.suppress(sqlcipher3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def copy_to(self, target: Path) -> None:
        """A consistent encrypted copy (same key) of the vault, e.g. before a migration."""
        if target.exists():
            raise StorageError("the copy's file name is taken")
        # Written under a temporary name (app/tempfiles.py) and given its name when complete:
        # a crash half-way leaves no truncated "copy" that looks like a good one, and the next
        # start sweeps the leftover away. Created empty and owner-only first: VACUUM INTO
        # accepts an empty file and keeps its mode.
        guard = Temporary.create(target.parent, "copy")
        tmp = guard.member("copy.vault")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            self.conn.execute("VACUUM INTO ?", (str(tmp),))
            try:
                os.link(tmp, target)  # never replaces a file that appeared meanwhile
            except FileExistsError:
                raise StorageError("the copy's file name is taken") from None
            except OSError:
                if os.path.lexists(target):
                    raise StorageError("the copy's file name is taken") from None
                os.rename(tmp, target)
        except sqlcipher3.Error as exc:
            raise translate_db_error(exc) from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            guard.discard()

    def change_passphrase(self, new_passphrase: str | bytearray, *,
                          params: kdf.KdfParams | None = None,
                          check_strength: bool = True) -> None:
        if check_strength and isinstance(new_passphrase, str):
            kdf.check_passphrase_strength(new_passphrase)
        secret = kdf.passphrase_bytes(new_passphrase)
        key: bytearray | None = None
        try:
            salt = secrets.token_bytes(kdf.SALT_LEN)
            key = kdf.derive_key(secret, salt, params or kdf.DEFAULT_PARAMS)
            self.conn.execute(_rekey_pragma(key, salt))
            self.checkpoint()
        except sqlcipher3.Error as exc:
            raise translate_db_error(exc) from None
        finally:
            kdf.wipe(secret)
            kdf.wipe(key)

    def check(self) -> CheckReport:
        """SQLCipher page HMACs, SQLite structure, and the audit log's hash chain."""
        from app.store.audit import verify_chain

        report = CheckReport()
        try:
            report.cipher_errors = [
                str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check").fetchall()
            ]
            rows = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
            report.sqlite_errors = [] if rows == ["ok"] else rows
        except sqlcipher3.Error:
            report.sqlite_errors.append("the database could not be read (damaged pages)")
            return report
        report.audit_errors = verify_chain(self)
        return report

    def close(self) -> None:
        """Lock: checkpoint, close the connection (dropping SQLCipher's key) and the file lock."""
        if self._conn is not None:
            self.checkpoint()
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.close()
            self._conn = None
        self._lock.release()

    lock = close

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
