"""The duress passphrase: typed at unlock, it erases the vault without a sign, then answers
"wrong passphrase" or opens a decoy vault the person prepared, in the vault's place.

What is kept where:

* inside the vault (meta ``duress``, never in a backup): the duress key (Argon2id of the duress
  passphrase with the guard's salt, not the passphrase), the salt and the order (mode, decoy);
* in the guard (app/vault/guard.py): the order sealed under that key, but only while it is
  *armed*, which is when the last verified backup to the organisation's keys holds every change
  (app/vault/erase.py, :func:`~app.vault.erase.covered_by_backup`). It is disarmed (the guard
  written with random bytes) at every open and re-armed at close if the rule holds, so a vault
  killed while open, or closed with changes newer than its backup, is never erased by it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import InvalidInputError, NotAVaultError, WrongPassphraseError
from app.vault import erase, guard, kdf, metakeys
from app.vault.connect import verify_key
from app.vault.guard import DECOY, MODES, WRONG, DuressOrder

if TYPE_CHECKING:
    from app.vault.vault import Vault

__all__ = [
    "DECOY",
    "WRONG",
    "DuressState",
    "carry_out",
    "clear",
    "on_close",
    "on_open",
    "set_duress",
    "state",
]


@dataclass(frozen=True)
class DuressState:
    configured: bool
    armed: bool  # the guard holds the order now (configured and covered by a backup)
    mode: str = ""
    decoy: str = ""


def _stored(vault: Vault) -> dict[str, str] | None:
    raw = vault.meta(metakeys.DURESS)
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in ("key", "salt", "mode")):
        return None
    return value


def state(vault: Vault) -> DuressState:
    value = _stored(vault)
    if value is None:
        return DuressState(False, False)
    return DuressState(True, erase.covered_by_backup(vault), value["mode"], value.get("decoy", ""))


def _check_decoy(vault: Vault, decoy: Path, secret: bytearray) -> Path:
    from app.vault.vault import Vault as _Vault

    real = Path(os.path.realpath(decoy))
    if real == vault.path:
        raise InvalidInputError("vault.duress.decoy_is_vault")
    if len(os.fsencode(str(real))) > guard.max_decoy_path_bytes():
        raise InvalidInputError("vault.duress.decoy_path_too_long")
    try:
        _Vault.open(real, bytearray(secret)).close()
    except WrongPassphraseError:
        raise InvalidInputError("vault.duress.decoy_needs_duress_passphrase") from None
    except NotAVaultError:
        raise InvalidInputError("vault.duress.decoy_not_a_vault") from None
    return real


def set_duress(
    vault: Vault, passphrase: str | bytearray, mode: str, decoy: Path | None = None
) -> DuressState:
    """Configure the duress passphrase; it arms itself only under the backup rule.

    Refused when it would open the vault itself (it must differ from the real passphrase), and
    in decoy mode unless ``decoy`` is another vault that the duress passphrase opens.
    """
    if mode not in MODES:
        raise InvalidInputError("vault.duress.unknown_mode")
    secret = kdf.passphrase_bytes(passphrase)
    key: bytearray | None = None
    try:
        if len(secret) < kdf.MIN_PASSPHRASE_CHARS:
            raise InvalidInputError("vault.duress.too_short", count=kdf.MIN_PASSPHRASE_CHARS)
        for params in kdf.params_for_salt(vault.salt):
            probe = kdf.derive_key(secret, vault.salt, params)
            try:
                verify_key(vault.path, probe, vault.salt)
            except WrongPassphraseError:
                continue
            finally:
                kdf.wipe(probe)
            raise InvalidInputError("vault.duress.same_as_passphrase")
        decoy_path = ""
        if mode == DECOY:
            if decoy is None:
                raise InvalidInputError("vault.duress.decoy_missing")
            decoy_path = str(_check_decoy(vault, decoy, secret))
        salt = guard.guard_salt(vault.path)
        key = guard.duress_key(secret, salt)
        value = {"key": bytes(key).hex(), "salt": salt.hex(), "mode": mode, "decoy": decoy_path}
        vault.set_meta(metakeys.DURESS, json.dumps(value))
        vault.guarded = True  # from now on every close re-decides the guard
        _write_guard(vault)
        return state(vault)
    finally:
        kdf.wipe(secret)
        kdf.wipe(key)


def clear(vault: Vault) -> None:
    vault.conn.execute("DELETE FROM meta WHERE key = ?", (metakeys.DURESS,))
    guard.write_random(vault.path)


def _write_guard(vault: Vault) -> None:
    value = _stored(vault)
    if value is None or not erase.covered_by_backup(vault):
        guard.write_random(vault.path)
        return
    order = DuressOrder(value["mode"], value.get("decoy", ""))
    guard.write_sealed(vault.path, bytes.fromhex(value["salt"]), bytes.fromhex(value["key"]), order)


def on_open(vault: Vault) -> None:
    """Disarm while the vault is open (a kill leaves it disarmed, never armed over new data)."""
    with contextlib.suppress(OSError, ValueError):
        guard.write_random(vault.path)


def on_close(vault: Vault) -> None:
    """Re-arm if configured and every change is in a verified backup; else stay disarmed."""
    with contextlib.suppress(OSError, ValueError):
        _write_guard(vault)


def carry_out(path: Path, order: DuressOrder) -> Path | None:
    """Erase the vault at ``path`` (its lock held by the caller) as the order says.

    Returns the path to open with the duress passphrase (the decoy, now at ``path``), or None
    for "wrong passphrase". In that mode the vault file stays, crypto-erased: the same name and
    size, a vault no passphrase opens.
    """
    if order.mode == WRONG:
        erase.erase_files(path, keep_vault_file=True)
        guard.write_random(path)
        return None
    erase.erase_files(path)
    decoy = Path(order.decoy)
    try:
        os.replace(decoy, path)
    except OSError:
        try:
            shutil.copyfile(decoy, path)
            os.chmod(path, 0o600)
        except OSError:
            return None
        with contextlib.suppress(OSError):
            os.unlink(decoy)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.replace(f"{decoy}{suffix}", f"{path}{suffix}")
    guard.remove(decoy)
    return path
