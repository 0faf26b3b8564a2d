"""Headquarters recovery of a forgotten vault passphrase (off by default).

When turned on, the vault's raw key (the Argon2id output and the salt) is age-encrypted to the
organisation's public keys in ``NAME.recovery`` beside the vault. Headquarters, holding the
organisation's private key, decrypts it, opens the vault with the raw key and lets the volunteer
set a new passphrase through the crash-safe ``passwd`` path (app/vault/rekey.py). Someone who
seizes only the laptop has the file but no private key to open it: it gains them nothing the
vault itself does not. A passphrase change rewrites it for the new key; erasing removes it.
Demo vaults are refused (their passphrase is meant to be shared; a recovery file adds nothing).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pyrage

from app.errors import IntegrityError, InvalidInputError, WrongPassphraseError
from app.fsutil import atomic_write_bytes
from app.inputs import MAX_KEY_FILE, read_regular
from app.vault import kdf, metakeys
from app.vault.connect import verify_key
from app.vault.erase import recovery_path

if TYPE_CHECKING:
    from app.vault.vault import Vault

__all__ = ["disable", "enable", "enabled", "open_recovery", "recipients", "recovery_path", "write"]

_FORMAT = "izdeu-vault-recovery"


def recipients(vault: Vault) -> list[str]:
    """The organisation keys the recovery file is made for; empty when recovery is off."""
    raw = vault.meta(metakeys.RECOVERY)
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def enabled(vault: Vault) -> bool:
    return bool(recipients(vault)) and recovery_path(vault.path).exists()


def write(vault: Vault, key: bytearray, salt: bytes, to: list[str]) -> None:
    """Encrypt ``key`` + ``salt`` to the keys ``to`` into the recovery file (atomically)."""
    try:
        keys = [pyrage.x25519.Recipient.from_str(r) for r in to]
    except pyrage.RecipientError:
        raise InvalidInputError("vault.recovery.bad_key") from None
    body = json.dumps(
        {
            "format": _FORMAT,
            "version": 1,
            "vault_id": vault.vault_id,
            "key": bytes(key).hex(),
            "salt": salt.hex(),
        }
    ).encode("ascii")
    atomic_write_bytes(recovery_path(vault.path), pyrage.encrypt(body, keys))


def enable(vault: Vault, passphrase: str | bytearray, to: list[str]) -> Path:
    """Turn recovery on: the passphrase proves the key (it is derived again, never kept)."""
    if vault.meta(metakeys.DEMO) == "1":
        raise InvalidInputError("vault.recovery.demo_vault")
    if not to:
        raise InvalidInputError("vault.recovery.no_org_key")
    secret = kdf.passphrase_bytes(passphrase)
    key: bytearray | None = None
    try:
        for params in kdf.params_for_salt(vault.salt):
            key = kdf.derive_key(secret, vault.salt, params)
            try:
                verify_key(vault.path, key, vault.salt)
                break
            except WrongPassphraseError:
                kdf.wipe(key)
                key = None
        if key is None:
            raise WrongPassphraseError()
        write(vault, key, vault.salt, to)
        vault.set_meta(metakeys.RECOVERY, json.dumps(list(to)))
        return recovery_path(vault.path)
    finally:
        kdf.wipe(secret)
        kdf.wipe(key)


def disable(vault: Vault) -> None:
    path = recovery_path(vault.path)
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(bytes(size))
            fh.flush()
            os.fsync(fh.fileno())
        os.unlink(path)
    vault.conn.execute("DELETE FROM meta WHERE key = ?", (metakeys.RECOVERY,))


def open_recovery(vault_path: Path, identities: list[pyrage.x25519.Identity]) -> Vault:
    """Headquarters: open the vault with the key in its recovery file (then change_passphrase)."""
    from app.vault.vault import Vault as _Vault

    real = Path(os.path.realpath(vault_path))
    data = read_regular(recovery_path(real), MAX_KEY_FILE, "key file")
    try:
        body = pyrage.decrypt(data, identities)
    except pyrage.DecryptError:
        raise InvalidInputError("vault.recovery.not_for_these_keys") from None
    key = bytearray()
    try:
        value = json.loads(body)
        if value.get("format") != _FORMAT:
            raise IntegrityError("vault.recovery.damaged")
        key = bytearray.fromhex(value["key"])
        salt = bytes.fromhex(value["salt"])
        vault_id = value["vault_id"]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise IntegrityError("vault.recovery.damaged") from None
    try:
        vault = _Vault.open_with_key(real, key, salt)
    except WrongPassphraseError:
        raise IntegrityError("vault.recovery.stale") from None
    finally:
        kdf.wipe(key)
    if vault.vault_id != vault_id:
        vault.close()
        raise IntegrityError("vault.recovery.stale")
    return vault
