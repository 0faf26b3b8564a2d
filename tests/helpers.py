"""Constants and helpers shared by the tests (import these; conftest.py holds only fixtures)."""

from __future__ import annotations

from app.vault import KdfParams

# Argon2id at the real cost takes ~0.5 s; tests use a cheap setting unless marked real_kdf.
FAST_KDF = KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
PASSPHRASE = "correct horse battery staple"
