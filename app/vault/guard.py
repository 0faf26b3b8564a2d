"""The vault's guard: 512 bytes in the data folder, where a duress passphrase is recognised.

The vault is encrypted whole, so whatever recognises a duress passphrase *before* the real key
is derived must be readable without that key, outside the vault. To give nothing away, every
vault opened on this machine has a guard and every guard looks the same: 16 bytes of salt, then
496 bytes that are either random (no duress passphrase, or one not armed) or a ChaCha20-Poly1305
sealed order under ``Argon2id(duress passphrase, salt)``. The salt stays for the guard's life;
the other 496 bytes are written anew, with a fresh nonce or fresh random bytes, at every open
and every close, so two copies of a guard taken at different times tell nothing either.

Unlocking derives from the typed passphrase once with the guard's salt and tries to open the
seal; only if that fails is the vault's own key derived. Every unlock therefore costs two
derivations, with or without a duress passphrase (docs/vault-format.md, "The guard").

The guard lives in the Izdeu data folder (``guards/`` + a hash of the vault's resolved path),
not beside the vault: a vault stays one file, and a copy of the vault carries no guard.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from app.fsutil import make_private_dir
from app.paths import Paths
from app.vault import kdf

__all__ = [
    "GUARD_SIZE",
    "DuressOrder",
    "guard_path",
    "guard_salt",
    "read_order",
    "write_random",
    "write_sealed",
]

GUARD_SIZE = 512
_NONCE = 12
_TAG = 16
_PLAIN = GUARD_SIZE - kdf.SALT_LEN - _NONCE - _TAG
_AAD = b"izdeu-guard-v1"

WRONG = "wrong"  # after erasing, answer "wrong passphrase"
DECOY = "decoy"  # after erasing, open the decoy vault in its place
MODES = (WRONG, DECOY)


@dataclass(frozen=True)
class DuressOrder:
    mode: str
    decoy: str = ""  # path of the decoy vault (mode "decoy")

    def encode(self) -> bytes:
        data = json.dumps({"mode": self.mode, "decoy": self.decoy}, ensure_ascii=False).encode("utf-8")
        if len(data) > _PLAIN:
            raise ValueError("order too long")
        return data + bytes(_PLAIN - len(data))

    @classmethod
    def decode(cls, plain: bytes) -> DuressOrder | None:
        try:
            value = json.loads(plain.rstrip(b"\0").decode("utf-8"))
            mode, decoy = value["mode"], value["decoy"]
        except (ValueError, KeyError, TypeError):
            return None
        if mode not in MODES or not isinstance(decoy, str):
            return None
        return cls(mode, decoy)


def max_decoy_path_bytes() -> int:
    return _PLAIN - len(DuressOrder(DECOY, "").encode().rstrip(b"\0"))


def guard_path(vault: Path) -> Path:
    """The guard of the vault at ``vault`` (its resolved path)."""
    digest = hashlib.sha256(os.fsencode(str(vault))).hexdigest()[:40]
    return Paths.default().data_dir / "guards" / digest


def _read(vault: Path) -> bytes | None:
    path = guard_path(vault)
    try:
        with open(path, "rb") as fh:
            data = fh.read(GUARD_SIZE + 1)
    except OSError:
        return None
    return data if len(data) == GUARD_SIZE else None


def guard_salt(vault: Path) -> bytes:
    """The guard's salt, made (with a random guard) if the vault has none yet."""
    data = _read(vault)
    if data is None:
        write_random(vault)
        data = _read(vault)
    if data is None:
        raise OSError("the guard could not be written")
    return data[: kdf.SALT_LEN]


def _sync(fd: int) -> None:
    sync = getattr(os, "fdatasync", os.fsync)
    sync(fd)


def _write(vault: Path, data: bytes) -> None:
    """Rewrite in place, owner-only, and sync. A write torn by a crash leaves bytes that open no
    seal: the guard is then disarmed, the safe side."""
    path = guard_path(vault)
    make_private_dir(path.parent)
    flags = os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
        created = False
    except FileNotFoundError:
        fd = os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o600)
        created = True
    try:
        if hasattr(os, "pwrite"):
            os.pwrite(fd, data, 0)
        else:
            os.write(fd, data)
        os.ftruncate(fd, len(data))  # a damaged, longer guard becomes a whole one
        _sync(fd)
    finally:
        os.close(fd)
    if created and os.name == "posix":
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            _sync(folder)
        finally:
            os.close(folder)


def write_random(vault: Path) -> None:
    """Salt kept (a new one for a new guard), the rest fresh random bytes: nothing armed."""
    data = _read(vault)
    salt = data[: kdf.SALT_LEN] if data is not None else secrets.token_bytes(kdf.SALT_LEN)
    _write(vault, salt + secrets.token_bytes(GUARD_SIZE - kdf.SALT_LEN))


def write_sealed(vault: Path, salt: bytes, key: bytes, order: DuressOrder) -> None:
    """Arm: the order sealed under ``key`` (derived from the duress passphrase and ``salt``)."""
    nonce = secrets.token_bytes(_NONCE)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, order.encode(), _AAD)
    _write(vault, salt + nonce + sealed)


def duress_key(secret: bytearray, salt: bytes) -> bytearray:
    return kdf.derive_key(secret, salt, kdf.DEFAULT_PARAMS)


def read_order(vault: Path, secret: bytearray) -> DuressOrder | None:
    """The order sealed in the guard if ``secret`` is the armed duress passphrase, else None.

    Costs one Argon2id derivation whenever the vault has a guard, whatever it holds.
    """
    data = _read(vault)
    if data is None:
        return None
    salt, nonce, sealed = data[: kdf.SALT_LEN], data[kdf.SALT_LEN : kdf.SALT_LEN + _NONCE], data[28:]
    key = duress_key(secret, salt)
    try:
        plain = ChaCha20Poly1305(bytes(key)).decrypt(nonce, sealed, _AAD)
    except InvalidTag:
        return None
    finally:
        kdf.wipe(key)
    return DuressOrder.decode(plain)


def remove(vault: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(guard_path(vault))
