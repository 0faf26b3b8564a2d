"""What SQLCipher itself costs per GiB on this machine: the floor under any backup or restore.

A backup must read every page of the vault out of SQLCipher (each 4 KiB page: HMAC-SHA512
checked, AES-256-CBC decrypted), a restore must write every page into a new one (encrypted,
HMAC computed). This measures exactly that and nothing of Izdeu: 256 MiB of random 1 MiB blobs
written into a fresh database in one transaction and read back, with

* ``sqlcipher4``  the settings of every Izdeu vault (SQLCipher 4's defaults, a raw key:
  docs/vault-format.md),
* ``plain``       plain SQLite, the same rows (what SQLite alone costs),
* ``p64k_sha256`` SQLCipher with 64 KiB pages and HMAC-SHA256, a format Izdeu does NOT use,
  measured as the alternative a vault-format change could choose;

and hashlib's SHA-512 and SHA-256 throughput (SQLCipher's HMAC is the former). Figures are CPU
seconds of this process per GiB. ``bench/backup_bench.py`` runs it in a child and sets the
floors beside ``age`` in the same run.

    .venv/bin/python bench/backup_floor.py [--mib 256]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlcipher3

__all__ = ["bounds", "measure"]

_BLOB = 1024 * 1024
_SETTINGS: dict[str, list[str]] = {
    "sqlcipher4": [],
    "p64k_sha256": ["PRAGMA cipher_page_size = 65536", "PRAGMA cipher_hmac_algorithm = HMAC_SHA256"],
}


def measure(mib: int = 256) -> dict[str, Any]:
    per_gib = 1024 / mib
    out: dict[str, Any] = {"mib": mib}
    with tempfile.TemporaryDirectory(prefix="izdeu-floor-") as tmp:
        for name, keyed, settings in (
            ("plain", False, []),
            ("sqlcipher4", True, _SETTINGS["sqlcipher4"]),
            ("p64k_sha256", True, _SETTINGS["p64k_sha256"]),
        ):
            write, read = _measure_one(Path(tmp) / f"{name}.db", keyed, settings, mib)
            out[name] = {
                "write_cpu_s_per_gib": round(write * per_gib, 2),
                "read_cpu_s_per_gib": round(read * per_gib, 2),
            }
    piece = os.urandom(4096)
    for algorithm in ("sha512", "sha256"):
        h = hashlib.new(algorithm)
        cpu = time.process_time()
        for _ in range(32 * 256):  # 32 MiB in 4 KiB pieces, as SQLCipher hashes pages
            h.update(piece)
        out[f"{algorithm}_mb_per_s_4k"] = round(32 * 1.048576 / (time.process_time() - cpu), 1)
    return out


def _measure_one(path: Path, keyed: bool, settings: list[str], mib: int) -> tuple[float, float]:
    """Write and read ``mib`` MiB with one key for both connections."""
    key = os.urandom(32).hex()
    data = os.urandom(_BLOB)

    def connect() -> Any:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        if keyed:
            conn.execute(f"PRAGMA key = \"x'{key}'\"")
            for pragma in settings:
                conn.execute(pragma)
        for pragma in ("PRAGMA cache_size = -65536", "PRAGMA secure_delete = ON"):
            conn.execute(pragma)
        return conn

    conn = connect()
    try:
        # The rollback journal in memory, as a restore fills its temporary vault.
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("CREATE TABLE chunks (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        cpu = time.process_time()
        conn.execute("BEGIN")
        for _ in range(mib):
            conn.execute("INSERT INTO chunks (data) VALUES (?)", (data,))
        conn.execute("COMMIT")
        write = time.process_time() - cpu
    finally:
        conn.close()
    conn = connect()  # a new connection: nothing of the file in SQLite's own page cache
    try:
        cpu = time.process_time()
        total = sum(len(row[0]) for row in conn.execute("SELECT data FROM chunks"))
        read = time.process_time() - cpu
    finally:
        conn.close()
    if total != mib * _BLOB:
        raise SystemExit("read back a different size")
    return write, read


def bounds(floor: dict[str, Any], age: dict[str, Any], cores: int) -> dict[str, Any]:
    """The best ratios to ``age`` any backup and restore could reach on this machine, per format.

    ``age``: the bench's ``age_encrypt`` / ``age_decrypt`` results of the same run (seconds and
    CPU seconds for the same GiB-scaled volume, given per GiB here). A backup must at least read
    every page (SQLCipher), encrypt (age's own CPU) and, to verify after writing, decrypt again
    (age's): all three on ``cores`` cores perfectly shared. A restore must at least decrypt and
    write every page, and SQLite has one writer: never faster than the write alone.
    """
    enc_s, enc_cpu = age["encrypt_s"], age["encrypt_cpu_s"]
    dec_s, dec_cpu = age["decrypt_s"], age["decrypt_cpu_s"]
    out: dict[str, Any] = {}
    for name in ("sqlcipher4", "p64k_sha256"):
        read, write = floor[name]["read_cpu_s_per_gib"], floor[name]["write_cpu_s_per_gib"]
        backup_s = (read + enc_cpu + dec_cpu) / cores
        no_readback_s = (read + enc_cpu) / cores
        restore_s = max(write, (write + dec_cpu) / cores)
        out[name] = {
            "backup_best_ratio": round(enc_s / backup_s, 2),
            "backup_best_ratio_without_read_back": round(enc_s / no_readback_s, 2),
            "restore_best_ratio": round(dec_s / restore_s, 2),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=256)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.mib), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
