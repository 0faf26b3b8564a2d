"""Which key opens a vault file: its salt read under the lock, the KDF parameters the salt names,
each candidate tried read-only (nothing is written before a key has proven right)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from app.errors import NotAVaultError, WrongPassphraseError
from app.vault import kdf
from app.vault.connect import verify_key, wal_page1_salts
from app.vault.lockfile import VaultLock

__all__ = ["find_key", "read_salt"]

_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_PAGE = 4096


def read_salt(lock: VaultLock) -> bytes:
    """The first 16 bytes of the locked file; refuses a plain SQLite file or a torn one."""
    head = lock.read_head(_PAGE)
    if head.startswith(_SQLITE_PLAIN_HEADER):
        raise NotAVaultError("vault.vault.unencrypted_sqlite_file_izdeu")
    size = lock.size()
    if size < _PAGE or size % 512:
        raise WrongPassphraseError()
    return head[: kdf.SALT_LEN]


def find_key(
    path: Path, secret: bytearray, salt: bytes, params: kdf.KdfParams | None
) -> tuple[bytearray, bytes]:
    """The key (and its salt) that opens the vault, tried without writing anything.

    ``params`` None: the parameters the salt names (kdf.params_for_salt). Only a vault an older
    version was re-keying when it was killed has other salts in its WAL (see wal_page1_salts);
    any other vault costs no second derivation.
    """

    def candidates() -> Iterator[bytes]:
        yield salt
        yield from wal_page1_salts(path)  # read only once the file's own salt failed

    tried: list[bytes] = []
    for candidate in candidates():
        if candidate in tried:
            continue
        tried.append(candidate)
        for choice in [params] if params is not None else kdf.params_for_salt(candidate):
            key = kdf.derive_key(secret, candidate, choice)
            try:
                verify_key(path, key, candidate)
            except WrongPassphraseError:
                kdf.wipe(key)
                continue
            except BaseException:
                kdf.wipe(key)
                raise
            return key, candidate
    raise WrongPassphraseError()
