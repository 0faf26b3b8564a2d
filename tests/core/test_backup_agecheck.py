"""The independent age reader used for the read-back after writing (app/backup/agecheck.py):
it opens what pyrage writes, at every chunk boundary, and refuses every changed, missing or
extra byte. All data here is fictional random bytes."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pyrage
import pytest

from app.backup.agecheck import AgeCheckError, decrypt_to_nowhere, x25519_secret

CHUNK = 64 * 1024


def _check(path: Path, identity: pyrage.x25519.Identity, start: int = 0) -> int:
    fd = os.open(path, os.O_RDONLY)
    try:
        seen: list[int] = []
        size = os.fstat(fd).st_size - start
        total = decrypt_to_nowhere(fd, start, size, x25519_secret(str(identity)), seen.append)
        assert sum(seen) == total
        return total
    finally:
        os.close(fd)


def test_the_identity_text_is_checked() -> None:
    text = str(pyrage.x25519.Identity.generate())
    assert len(x25519_secret(text)) == 32  # it opens files below: it is the identity's scalar
    changed = text[:-1] + ("Q" if text[-1] != "Q" else "P")
    for bad in (changed, text[:-1], "AGE-PLUGIN-X-1" + text[15:]):
        with pytest.raises(AgeCheckError):
            x25519_secret(bad)


@pytest.mark.parametrize(
    "size",
    [1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 16 * CHUNK, 16 * CHUNK + 5, 17 * CHUNK, 40 * CHUNK + 3],
)
def test_opens_what_pyrage_writes(tmp_path: Path, size: int) -> None:
    mine = pyrage.x25519.Identity.generate()
    others = [pyrage.x25519.Identity.generate().to_public() for _ in range(2)]
    data = random.Random(size).randbytes(size)
    path = tmp_path / "f.age"
    path.write_bytes(b"prefix" + pyrage.encrypt(data, [others[0], mine.to_public(), others[1]]))
    assert _check(path, mine, start=len(b"prefix")) == size


def test_refuses_every_changed_missing_or_extra_byte(tmp_path: Path) -> None:
    mine = pyrage.x25519.Identity.generate()
    good = pyrage.encrypt(random.Random(7).randbytes(CHUNK + 300), [mine.to_public()])
    path = tmp_path / "f.age"
    rng = random.Random(18)
    # Every bit of the header (the unused low bits of a base64 character included) and of the
    # payload nonce, and random bits of the chunks.
    flips = [(at, bit) for at in range(400) for bit in range(8)]
    flips += [(at, rng.randrange(8)) for at in rng.sample(range(400, len(good)), 200)]
    for at, bit in [*flips, (len(good) - 1, 0)]:
        bad = bytearray(good)
        bad[at] ^= 1 << bit
        path.write_bytes(bytes(bad))
        with pytest.raises(AgeCheckError):
            _check(path, mine)
    for cut in (*range(1, len(good), 997), len(good) - 1):
        path.write_bytes(good[:cut])
        with pytest.raises(AgeCheckError):
            _check(path, mine)
    path.write_bytes(good + b"\0")
    with pytest.raises(AgeCheckError):
        _check(path, mine)
    path.write_bytes(good)
    with pytest.raises(AgeCheckError):
        _check(path, pyrage.x25519.Identity.generate())
    assert _check(path, mine) == CHUNK + 300
