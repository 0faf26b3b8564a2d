"""Opening, creating, locking, re-keying and checking an encrypted vault.

One vault is one SQLCipher 4 database file. Its key is derived from the passphrase with
Argon2id and handed to SQLCipher as a raw key together with the salt, which SQLCipher stores as
the file's first 16 bytes. See docs/vault-format.md.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import NotAVaultError, StorageError, VaultLockedError, WrongPassphraseError
from app.fsutil import make_private_dir
from app.model.records import new_uuid, now_iso
from app.tempfiles import sweep
from app.vault import duress, erase, guard, kdf, metakeys, recovery, rekey
from app.vault.connect import FORMAT_NAME, connect, journal_name, translate_db_error, verify_key
from app.vault.copying import copy_vault
from app.vault.erase import EraseTimes
from app.vault.findkey import find_key, read_salt
from app.vault.lockfile import VaultLock
from app.vault.migrations import migrate
from app.vault.report import CheckReport, check_pages

__all__ = ["Vault", "CheckReport", "FORMAT_NAME", "translate_db_error"]


def _resolved(path: Path) -> Path:
    """The real file behind symlinks and relative names: SQLite names the WAL and -shm after
    the path it is given, so every name of the vault must lead to the same ones."""
    return Path(os.path.realpath(path))


class Vault:
    """An unlocked vault. Use :meth:`create` or :meth:`open`; call :meth:`close` to lock it.

    A Vault (its SQLCipher connection) belongs to the thread that opened it.
    """

    def __init__(self, path: Path, conn: Any, lock: VaultLock, salt: bytes = b"") -> None:
        self.path = path
        self._conn: Any = conn
        self._lock = lock
        self.salt = salt  # the file's salt: which KDF parameters it was made with (kdf.py)
        self.guarded = False  # it has a guard in the data folder (app/vault/guard.py)
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
        if os.path.lexists(path):
            raise StorageError("vault.vault.file_name_already_exists")
        try:
            make_private_dir(path.parent)
            sweep(path.parent)  # the desktop app and every command start here or in open()
            # Create it owner-only; SQLite gives its -wal and -shm files the same mode.
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise StorageError("vault.vault.cannot_create_vault_file") from exc
        real = _resolved(path)
        try:
            lock = VaultLock.adopt(fd)
        except BaseException:
            os.close(fd)
            os.unlink(real)
            raise
        secret = kdf.passphrase_bytes(passphrase)
        key: bytearray | None = None
        try:
            salt = kdf.new_salt(params)
            key = kdf.derive_key(secret, salt, params or kdf.DEFAULT_PARAMS)
            vault = cls(real, connect(real, key, salt), lock, salt)
            vault._initialise()
            return vault
        except BaseException:
            lock.release()
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    os.unlink(f"{real}{suffix}")
            raise
        finally:
            kdf.wipe(secret)
            kdf.wipe(key)

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str | bytearray,
        *,
        params: kdf.KdfParams | None = None,
        guarded: bool = True,
    ) -> Vault:
        """Lock, derive the key, try it read-only, then open read-write.

        Nothing is written before the key has proven right: a wrong passphrase (or a file
        that is not a vault, or a newer one) leaves the file, WAL and -shm as they were.

        ``params`` forces the KDF parameters; by default the salt says which (kdf.py). Before
        the vault's key, the passphrase is tried against the vault's guard: the armed duress
        passphrase erases the vault here (app/vault/duress.py). ``guarded`` False (the
        self-test's throwaway vaults) neither reads nor writes a guard.
        """
        real = _resolved(Path(path))
        lock = VaultLock.acquire(real)
        # Leftovers of a killed export, backup, restore or upgrade copy in the vault's folder
        # (a live writer's temporaries are flock-held and stay).
        sweep(real.parent)
        secret: bytearray | None = None
        key: bytearray | None = None
        try:
            real = journal_name(real)  # same file (the lock holds), maybe the name with the WAL
            file_salt = read_salt(lock)
            secret = kdf.passphrase_bytes(passphrase)
            order = guard.read_order(real, secret) if guarded else None
            if order is not None:
                return cls._under_duress(real, lock, order, secret)
            key, salt = find_key(real, secret, file_salt, params)
            # Only now, with the lock and the right key: a killed `passwd` may have left its
            # re-keyed copy (the vault itself is whole, old or new).
            rekey.remove_leftovers(real)
            vault = cls(real, connect(real, key, salt), lock, salt)
        except BaseException:
            lock.release()
            raise
        finally:
            kdf.wipe(secret)
            kdf.wipe(key)
        if salt != file_salt:
            # Finish the interrupted in-place re-key now: until the WAL is folded in, the
            # file's own pages (and salt) are still the old key's.
            vault.checkpoint()
        vault._after_open()
        if guarded:
            vault.guarded = True
            duress.on_open(vault)
        return vault

    @classmethod
    def _under_duress(cls, real: Path, lock: VaultLock, order: guard.DuressOrder, secret: bytearray) -> Vault:
        """Erase as ordered, then answer as a wrong passphrase would, or open the decoy."""
        try:
            target = duress.carry_out(real, order)
        finally:
            lock.release()
        if target is None:
            # As long as a wrong passphrase takes: the vault's own derivation is not skipped.
            kdf.wipe(kdf.derive_key(secret, secrets.token_bytes(kdf.SALT_LEN), kdf.DEFAULT_PARAMS))
            raise WrongPassphraseError()
        return cls.open(target, bytearray(secret))

    @classmethod
    def open_with_key(cls, path: Path | str, key: bytearray, salt: bytes) -> Vault:
        """Open with the raw key itself (headquarters recovery, app/vault/recovery.py)."""
        real = _resolved(Path(path))
        lock = VaultLock.acquire(real)
        try:
            real = journal_name(real)
            if read_salt(lock) != salt:
                raise WrongPassphraseError()
            verify_key(real, key, salt)
            rekey.remove_leftovers(real)
            vault = cls(real, connect(real, key, salt), lock, salt)
        except BaseException:
            lock.release()
            raise
        vault._after_open()
        vault.guarded = True
        duress.on_open(vault)
        return vault

    def _initialise(self) -> None:
        migrate(self._conn, self.path, self.copy_to)
        with self.transaction():
            for key, value in (
                (metakeys.FORMAT, FORMAT_NAME),
                (metakeys.VAULT_ID, new_uuid()),
                (metakeys.CREATED, now_iso()),
                (metakeys.OPERATOR, ""),
            ):
                self._conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))

    def _after_open(self) -> None:
        try:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > 0:
                row = self._conn.execute(
                    "SELECT value FROM meta WHERE key = ?", (metakeys.FORMAT,)
                ).fetchone()
                if not row or row[0] != FORMAT_NAME:
                    raise NotAVaultError("vault.connect.encrypted_database_izdeu_vault")
            else:
                raise NotAVaultError("vault.connect.encrypted_database_izdeu_vault")
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
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def strong_kdf(self) -> bool:
        """Whether the key is derived with the stronger parameters (kdf.STRONG_PARAMS)."""
        return kdf.is_strong_salt(self.salt)

    @property
    def vault_id(self) -> str:
        return self.meta(metakeys.VAULT_ID)

    def checkpoint(self) -> None:
        """Fold the WAL into the file and truncate it, so deleted rows leave no old frames."""
        with contextlib.suppress(sqlcipher3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def copy_to(self, target: Path) -> None:
        """A consistent encrypted copy (same key) of the vault, e.g. before a migration."""
        copy_vault(self.conn, target)

    def verify_passphrase(self, passphrase: str | bytearray, *, params: kdf.KdfParams | None = None) -> None:
        """Raise WrongPassphraseError unless ``passphrase`` opens this (open) vault; reads only."""
        secret = kdf.passphrase_bytes(passphrase)
        key: bytearray | None = None
        try:
            # ``params`` None: the parameters the salt names (a strong vault's are not the default).
            key, _salt = find_key(self.path, secret, read_salt(self._lock), params)
        finally:
            kdf.wipe(secret)
            kdf.wipe(key)

    def change_passphrase(
        self,
        new_passphrase: str | bytearray,
        *,
        params: kdf.KdfParams | None = None,
        check_strength: bool = True,
        progress: Callable[[str], None] | None = None,
    ) -> None:
        """Re-encrypt the vault under a new passphrase, atomically (see app/vault/rekey.py).

        Killed at any moment, exactly one of the two passphrases opens the vault, with all of
        its data. The lock is held throughout (on POSIX): first on the old file, then also on
        the copy, which becomes the vault by one rename. ``progress`` is told each step's name
        ("deriving", "copying", "replacing") as it starts. ``params`` None keeps the vault's KDF
        strength (default or strong); a headquarters recovery file is rewritten for the new key.
        """
        if check_strength and isinstance(new_passphrase, str):
            kdf.check_passphrase_strength(new_passphrase)
        step = progress or (lambda _name: None)
        conn = self.conn
        secret = kdf.passphrase_bytes(new_passphrase)
        key: bytearray | None = None
        try:
            if params is None:
                params = kdf.STRONG_PARAMS if kdf.is_strong_salt(self.salt) else kdf.DEFAULT_PARAMS
            salt = kdf.new_salt(params)
            step("deriving")
            key = kdf.derive_key(secret, salt, params)
            recovery_to = recovery.recipients(self)
            step("copying")
            new_lock = rekey.write_rekeyed_copy(conn, self.path, key, salt)
            step("replacing")

            def detach() -> None:
                self._conn = None

            self._lock = rekey.put_in_place(conn, self.path, self._lock, new_lock, detach)
            self._conn = connect(self.path, key, salt)
            self.salt = salt
            if recovery_to:
                recovery.write(self, key, salt, recovery_to)
        except sqlcipher3.Error as exc:
            raise translate_db_error(exc) from None
        finally:
            kdf.wipe(secret)
            kdf.wipe(key)

    def check(self) -> CheckReport:
        """SQLCipher page HMACs and SQLite structure: the file's part of the check. The
        audit chain is the store's (app/store/integrity.py runs both)."""
        return check_pages(self.conn)

    @property
    def in_transaction(self) -> bool:
        return bool(self.conn.in_transaction)

    def set_journal_mode(self, mode: str) -> str:
        """Set the journal mode ("wal", "memory"); returns the mode SQLite reports."""
        if mode.lower() not in ("wal", "memory", "delete"):
            raise ValueError(mode)
        return str(self.conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()[0]).lower()

    def cipher_version(self) -> str:
        return str(self.conn.execute("PRAGMA cipher_version").fetchone()[0])

    def close(self) -> None:
        """Lock: checkpoint, close the connection (dropping SQLCipher's key) and the file lock.

        The duress passphrase is re-armed here when the backup rule allows (app/vault/duress.py).
        """
        if self._conn is not None:
            if self.guarded:
                with contextlib.suppress(sqlcipher3.Error):
                    duress.on_close(self)
            self.checkpoint()
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.close()
            self._conn = None
        self._lock.release()

    lock = close

    def erase(self) -> EraseTimes:
        """Close the connection and erase the vault's files under the lock (app/vault/erase.py).

        The caller has decided that nothing is lost (erase.covered_by_backup) or been told so.
        """
        if self._conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.close()
            self._conn = None
        try:
            return erase.erase_files(self.path)
        finally:
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
