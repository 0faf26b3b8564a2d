"""Splitting the organisation key into SLIP-39 shares, any K of N of which rebuild it.

The organisation key is an age X25519 identity (app/backup/keys.py); its 32 secret bytes are
the SLIP-39 master secret (the ``shamir-mnemonic`` library, one group of K of N, no extra
passphrase: the threshold is the protection). Each share is a list of 33 English words with
its own checksum, so a mistyped word is found before anything is combined; fewer than K
shares give nothing (the library's Shamir secret sharing over GF(256)).

The identity's text form is Bech32 (BIP-173, without the 90-character limit, as age uses it):
the few lines below turn it into its 32 bytes and back.
"""

from __future__ import annotations

import pyrage
from shamir_mnemonic import MnemonicError, combine_mnemonics, generate_mnemonics
from shamir_mnemonic.share import Share

from app.backup.errors import BackupInputError

__all__ = [
    "MAX_SHARES",
    "check_counts",
    "combine_shares",
    "identity_bytes",
    "identity_from_bytes",
    "split_identity",
]

MAX_SHARES = 16  # SLIP-39's limit for the members of one group
_HRP = "age-secret-key-"
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert(data: bytes | list[int], frm: int, to: int, pad: bool) -> list[int]:
    acc = bits = 0
    out: list[int] = []
    for value in data:
        acc = (acc << frm) | value
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if pad and bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    elif not pad and (bits >= frm or (acc << (to - bits)) & ((1 << to) - 1)):
        raise ValueError("bad padding")
    return out


def identity_bytes(identity: pyrage.x25519.Identity) -> bytearray:
    text = str(identity).lower()
    hrp, _, rest = text.rpartition("1")
    if hrp != _HRP:
        raise BackupInputError("backup.keys.izdeu_key_file")
    values = [_CHARSET.index(c) for c in rest]
    if _polymod(_expand(hrp) + values) != 1:
        raise BackupInputError("backup.keys.izdeu_key_file")
    return bytearray(_convert(values[:-6], 5, 8, False))


def identity_from_bytes(secret: bytes | bytearray) -> pyrage.x25519.Identity:
    data = _convert(bytes(secret), 8, 5, True)
    poly = _polymod(_expand(_HRP) + data + [0] * 6) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    text = (_HRP + "1" + "".join(_CHARSET[d] for d in data + checksum)).upper()
    return pyrage.x25519.Identity.from_str(text)


def check_counts(shares: int, threshold: int) -> None:
    """2 ≤ K ≤ N ≤ 16 (a threshold of 1 would be N copies of the key, not a split)."""
    if not (2 <= threshold <= shares <= MAX_SHARES):
        raise BackupInputError("backup.shares.bad_counts", most=MAX_SHARES)


def split_identity(identity: pyrage.x25519.Identity, shares: int, threshold: int) -> list[str]:
    """N mnemonics (space-separated words), any ``threshold`` of which rebuild ``identity``."""
    check_counts(shares, threshold)
    secret = identity_bytes(identity)
    try:
        groups = generate_mnemonics(1, [(threshold, shares)], bytes(secret), b"", extendable=True)
    finally:
        for i in range(len(secret)):
            secret[i] = 0
    return list(groups[0])


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def combine_shares(mnemonics: list[str]) -> pyrage.x25519.Identity:
    """The organisation key rebuilt from shares; each share is checked word by word first."""
    cleaned = [_words(m) for m in mnemonics if m.strip()]
    parsed: list[Share] = []
    for number, text in enumerate(cleaned, 1):
        try:
            parsed.append(Share.from_mnemonic(text))
        except MnemonicError:
            raise BackupInputError("backup.shares.wrong_word", number=number) from None
    if parsed and len({(s.identifier, s.member_threshold) for s in parsed}) > 1:
        raise BackupInputError("backup.shares.mismatch")
    needed = parsed[0].member_threshold if parsed else 1
    distinct = len({s.index for s in parsed})
    if distinct < needed or not parsed:
        raise BackupInputError("backup.shares.too_few", given=distinct, needed=needed)
    try:
        secret = bytearray(combine_mnemonics(cleaned, b""))
    except MnemonicError:
        raise BackupInputError("backup.shares.mismatch") from None
    try:
        return identity_from_bytes(secret)
    finally:
        for i in range(len(secret)):
            secret[i] = 0
