"""Argon2id key derivation: passphrase + the vault file's salt → 32-byte SQLCipher raw key."""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from app.errors import WeakPassphraseError

__all__ = [
    "KdfParams",
    "DEFAULT_PARAMS",
    "STRONG_PARAMS",
    "new_salt",
    "params_for_salt",
    "is_strong_salt",
    "SALT_LEN",
    "KEY_LEN",
    "derive_key",
    "passphrase_bytes",
    "check_passphrase_strength",
    "wipe",
]

SALT_LEN = 16
KEY_LEN = 32
MIN_PASSPHRASE_CHARS = 10


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int


# The floor (a seized laptop is attacked offline, so memory-hard), and the "stronger" setting
# for machines that can spend ~1-2 s and 256 MiB at unlock. Which one a vault uses is marked in
# its salt, the one thing an opener reads before decrypting (docs/vault-format.md).
DEFAULT_PARAMS = KdfParams(memory_kib=65_536, time_cost=3, parallelism=2)
STRONG_PARAMS = KdfParams(memory_kib=262_144, time_cost=3, parallelism=2)

# A strong vault's salt is 12 random bytes and then the first 4 bytes of
# SHA-256(_STRONG_TAG || those 12 bytes). A random salt ends like that with probability 2^-32;
# even then nothing is lost: the opener tries the default parameters after the strong ones.
_STRONG_TAG = b"izdeu-kdf-strong-v1:"
_TAG_LEN = 4


def _strong_tail(head: bytes) -> bytes:
    return hashlib.sha256(_STRONG_TAG + head).digest()[:_TAG_LEN]


def new_salt(params: KdfParams | None = None) -> bytes:
    """A fresh salt for a vault keyed with ``params`` (marked when they are the strong ones)."""
    if params == STRONG_PARAMS:
        head = secrets.token_bytes(SALT_LEN - _TAG_LEN)
        return head + _strong_tail(head)
    return secrets.token_bytes(SALT_LEN)


def is_strong_salt(salt: bytes) -> bool:
    cut = SALT_LEN - _TAG_LEN
    return len(salt) == SALT_LEN and secrets.compare_digest(salt[cut:], _strong_tail(salt[:cut]))


def params_for_salt(salt: bytes) -> list[KdfParams]:
    """The parameters to try, in order, for a vault file whose first 16 bytes are ``salt``."""
    return [STRONG_PARAMS, DEFAULT_PARAMS] if is_strong_salt(salt) else [DEFAULT_PARAMS]


def passphrase_bytes(passphrase: str | bytes | bytearray) -> bytearray:
    """UTF-8 bytes of the NFC-normalised passphrase, in a wipeable bytearray.

    NFC because the same passphrase typed on different keyboards may arrive composed or
    decomposed (e.g. Kazakh letters with diacritics).
    """
    if isinstance(passphrase, bytearray):
        return bytearray(passphrase)
    if isinstance(passphrase, bytes):
        return bytearray(passphrase)
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def wipe(buf: bytearray | None) -> None:
    if buf is not None:
        for i in range(len(buf)):
            buf[i] = 0


def derive_key(secret: bytearray, salt: bytes, params: KdfParams = DEFAULT_PARAMS) -> bytearray:
    raw = hash_secret_raw(
        bytes(secret),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
    )
    return bytearray(raw)


def check_passphrase_strength(passphrase: str) -> None:
    """Minimum rules for a new passphrase; raises WeakPassphraseError with the reason."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphraseError("vault.kdf.passphrase_must_have_least", count=MIN_PASSPHRASE_CHARS)
    if len(set(text)) < 5:
        raise WeakPassphraseError("vault.kdf.passphrase_repeats_too_few")
    if text.strip() != text:
        raise WeakPassphraseError("vault.kdf.passphrase_must_start_end")
    lowered = text.lower()
    if lowered in {"password123", "qwertyuiop", "1234567890", "izdeuizdeu"}:
        raise WeakPassphraseError("vault.kdf.passphrase_too_common")


def strength_hint(passphrase: str) -> tuple[int, str]:
    """A rough 0–4 score and a short hint for the UI (length and variety of characters)."""
    text = unicodedata.normalize("NFC", passphrase)
    try:
        check_passphrase_strength(text)
    except WeakPassphraseError as exc:
        return 0, str(exc)
    classes = sum(
        any(pred(c) for c in text)
        for pred in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(text.split())
    score = 1 + (len(text) >= 16) + (len(text) >= 24 or words >= 4) + (classes >= 3)
    hints = {1: "weak: make it longer", 2: "fair: a few more words help", 3: "good", 4: "strong"}
    return min(score, 4), hints[min(score, 4)]
