"""A second, independent reader of the age format, for one job: reading a just-written backup
back with the throwaway X25519 identity it was also encrypted to (app/backup/readback.py).

pyrage decrypts through Python callbacks of 8 KiB and ran at a third to a half of the ``age``
tool's speed; ChaCha20-Poly1305 from ``cryptography`` (OpenSSL) over whole 64 KiB chunks runs
several times faster. It follows https://age-encryption.org/v1: the header's X25519 stanza is
unwrapped (X25519, HKDF-SHA256, ChaCha20-Poly1305), the header MAC checked (HMAC-SHA256), and
every payload chunk authenticated with its counter and the last-chunk flag, so a changed,
missing or extra byte fails. It is used only on files this process has just written; every
backup a person opens is read by pyrage (app/backup/streams.py). That pyrage's output is read
back by another implementation is a check of its own: the file is standard age.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.backup.streams import pread

__all__ = ["AgeCheckError", "decrypt_to_nowhere", "x25519_secret"]

_INTRO = b"age-encryption.org/v1\n"
_X25519_INFO = b"age-encryption.org/v1/X25519"
_CHUNK = 64 * 1024
_SEALED = _CHUNK + 16
_BATCH = 16  # chunks per read: about 1 MiB per system call
_HEADER_MAX = 64 * 1024
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


class AgeCheckError(Exception):
    """Internal: the file does not decrypt (the caller reports a failed read-back)."""


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _b64(text: bytes) -> bytes:
    # age writes unpadded standard base64, canonical: a changed unused low bit of the last
    # character would decode to the same bytes, so the text is compared too.
    raw = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    if base64.b64encode(raw).rstrip(b"=") != text:
        raise ValueError("non-canonical base64")
    return raw


def x25519_secret(identity_text: str) -> bytes:
    """The 32-byte scalar of an ``AGE-SECRET-KEY-1…`` identity (Bech32, BIP 173)."""
    text = identity_text.strip().lower()
    hrp, _, data = text.rpartition("1")
    values = [_CHARSET.index(c) for c in data]
    check = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + values:
        top = check >> 25
        check = ((check & 0x1FFFFFF) << 5) ^ v
        for i, g in enumerate(_GENERATORS):
            if (top >> i) & 1:
                check ^= g
    if hrp != "age-secret-key-" or check != 1:
        raise AgeCheckError("not an age identity")
    acc = bits = 0
    out = bytearray()
    for v in values[:-6]:
        acc = (acc << 5) | v
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    if len(out) != 32:
        raise AgeCheckError("not an age identity")
    return bytes(out)


def _file_key(header: bytes, secret: bytes) -> bytes:
    """Unwrap the file key from the X25519 stanza made for ``secret``; check the header MAC."""
    lines = header.split(b"\n")
    private = X25519PrivateKey.from_private_bytes(secret)
    ours = private.public_key().public_bytes_raw()
    mac_line = lines[-2]  # the header ends "--- MAC\n"
    i = 1
    file_key = None
    while i < len(lines) - 2:
        args = lines[i].split(b" ")
        body = b""
        i += 1
        while True:  # body lines are 64 columns; the first shorter one ends the stanza
            body += lines[i]
            i += 1
            if len(lines[i - 1]) < 64:
                break
        if file_key is None and args[:2] == [b"->", b"X25519"] and len(args) == 3:
            share = _b64(args[2])
            shared = private.exchange(X25519PublicKey.from_public_bytes(share))
            wrap = ChaCha20Poly1305(_hkdf(shared, share + ours, _X25519_INFO))
            try:
                file_key = wrap.decrypt(b"\0" * 12, _b64(body), None)
            except InvalidTag:
                continue
    if file_key is None or not mac_line.startswith(b"--- "):
        raise AgeCheckError("no stanza for this identity")
    signed = header[: len(header) - len(mac_line) - 1] + b"---"
    expected = hmac.new(_hkdf(file_key, b"", b"header"), signed, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _b64(mac_line[4:])):
        raise AgeCheckError("header MAC")
    return file_key


def decrypt_to_nowhere(
    fd: int, start: int, length: int, secret: bytes, on_data: Callable[[int], None]
) -> int:
    """Authenticate the age file at ``[start, start + length)`` of ``fd`` with ``secret``;
    return the number of plaintext bytes. ``on_data(n)`` is called after each batch."""
    head = pread(fd, min(length, _HEADER_MAX), start)
    if not head.startswith(_INTRO):
        raise AgeCheckError("not age")
    mac_at = head.find(b"\n--- ")
    end = head.find(b"\n", mac_at + 1) if mac_at >= 0 else -1
    if end < 0:
        raise AgeCheckError("header")
    try:
        file_key = _file_key(head[: end + 1], secret)
    except (IndexError, ValueError):
        raise AgeCheckError("header") from None
    pos = start + end + 1
    nonce = pread(fd, 16, pos)
    pos += 16
    left = start + length - pos
    if len(nonce) != 16 or left <= 0:
        raise AgeCheckError("payload")
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    counter = 0
    plain = 0
    while left > 0:
        block = pread(fd, min(left, _SEALED * _BATCH), pos)
        if not block:
            raise AgeCheckError("short file")
        pos += len(block)
        left -= len(block)
        view = memoryview(block)
        done = 0
        for at in range(0, len(view), _SEALED):
            sealed = view[at : at + _SEALED]
            if len(sealed) != _SEALED and (left > 0 or at + len(sealed) != len(view)):
                raise AgeCheckError("short read")
            last = left == 0 and at + _SEALED >= len(view)
            chunk_nonce = counter.to_bytes(11, "big") + (b"\1" if last else b"\0")
            try:
                done += len(aead.decrypt(chunk_nonce, bytes(sealed), None))
            except InvalidTag:
                raise AgeCheckError("chunk") from None
            counter += 1
        plain += done
        on_data(done)
    return plain
