"""Backup benchmark: backup, verify and restore of a vault with ~1 GB of attachments, beside the
standard ``age`` tool encrypting and decrypting the same bytes in the same run.

Prints one JSON object. Each operation runs in a child process of its own, so its peak RSS
(``ru_maxrss`` from ``os.wait4``) is that operation's alone. The vault and the plaintext the
``age`` tool reads are generated once (fictional random bytes) and cached under
``/tmp/izdeu-bench-backup`` (``--fresh`` rebuilds them).

    .venv/bin/python bench/backup_bench.py [--gib 1.0] [--fresh] [--code OTHER_CHECKOUT]

``cpu_seconds`` is the CPU time (user + system, all threads) of the operation alone; on a shared
machine it varies much less than wall time. ``--code`` measures another checkout's ``app/``
with the same vault, to compare two versions in one run.

Targets (issue 5): throughput at least 50 % of the age tool's, peak RSS below 200 MB; issue 18:
backup at least 0.5 of age encrypting, restore at least 0.25 of age decrypting.

The evening (issue 18, incremental backups): on a copy of the vault whose full backup was just
written (so the copy remembers that chain), one new case with a 5 MB photo is added and backed
up to the same folder: Izdeu makes an increment by itself. Its time and file size (targets:
under 3 s, under 10 MB), and ``age`` encrypting the same 5 MB, in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from backup_floor import bounds  # noqa: E402 - beside this file

__all__ = ["main"]

CACHE = Path("/tmp/izdeu-bench-backup")
PASSPHRASE = "benchmark passphrase, fictional data"
FILE_SIZE = 16 * 1024 * 1024
PHOTO_SIZE = 5 * 1000 * 1000  # the evening's photo


def _paths(cache: Path) -> dict[str, Path]:
    return {
        "vault": cache / "bench.izdeu",
        "plain": cache / "attachments.bin",
        "identity": cache / "hq.key",
        "ready": cache / "ready.json",
    }


def _generate(cache: Path, gib: float) -> dict[str, Any]:
    """The vault (fast KDF: the bench measures backups, not Argon2) and the same bytes as one
    plaintext file for the age tool."""
    import pyrage

    from app.backup import ops
    from app.backup.keys import identity_file_text
    from app.model import Case
    from app.store import Store
    from app.vault import KdfParams, Vault

    paths = _paths(cache)
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    identity = pyrage.x25519.Identity.generate()
    paths["identity"].write_bytes(identity_file_text(identity))
    count = max(1, int(gib * 1024**3) // FILE_SIZE)
    seed = os.urandom(FILE_SIZE)
    vault = Vault.create(paths["vault"], PASSPHRASE, params=_bench_kdf(KdfParams))
    try:
        store = Store(vault, actor="bench")
        ops.set_backup_recipients(vault, [str(identity.to_public())])
        with open(paths["plain"], "wb") as plain:
            for i in range(count):
                case = Case(case_number=f"BENCH-{i:04d}", summary="Fictional benchmark case")
                store.save(case)
                # Distinct content per file (no deduplication), incompressible, cheap to make.
                data = i.to_bytes(8, "big") + seed[8:]
                store.add_attachment(case.uuid, _Reader(data), f"scan-{i}.bin")
                plain.write(data)
    finally:
        vault.close()
    info = {"attachments": count, "attachment_bytes": count * FILE_SIZE}
    paths["ready"].write_text(json.dumps(info))
    return info


def _bench_kdf(cls: Any) -> Any:
    return cls(memory_kib=8192, time_cost=1, parallelism=1)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self._at = 0

    def read(self, n: int = -1) -> bytes:
        end = len(self._data) if n < 0 else self._at + n
        chunk = bytes(self._data[self._at : end])
        self._at += len(chunk)
        return chunk


# --- child processes ------------------------------------------------------------------------


def _child(op: str, cache: Path, work: Path) -> None:
    """Run one operation; print its figures as JSON (the parent measures the RSS)."""
    from app.backup import ops
    from app.backup.keys import parse_identity
    from app.store import Store
    from app.vault import KdfParams, Vault
    from app.vault import kdf as _kdf

    _kdf.DEFAULT_PARAMS = _bench_kdf(KdfParams)
    paths = _paths(cache)
    identity = parse_identity(paths["identity"].read_bytes())
    out: dict[str, Any] = {}
    if op == "vault_read":
        # The ceiling for a backup: only reading every attachment chunk out of SQLCipher.
        with Vault.open(paths["vault"], PASSPHRASE) as vault:
            store = Store(vault)
            uuids = [r[0] for r in vault.conn.execute("SELECT uuid FROM attachments")]
            start, cpu0 = time.perf_counter(), time.process_time()
            total = sum(len(c) for u in uuids for c in store.attachment_chunks(u))
            out["seconds"] = time.perf_counter() - start
            out["cpu_seconds"] = time.process_time() - cpu0
            out["bytes"] = total
    elif op == "backup":
        with Vault.open(paths["vault"], PASSPHRASE) as vault:
            start, cpu0 = time.perf_counter(), time.process_time()
            result = ops.backup_vault(Store(vault), work, keep=1)
            out["seconds"] = time.perf_counter() - start
            out["cpu_seconds"] = time.process_time() - cpu0
            out["file"] = str(result.path)
            out["file_size"] = result.report.file_size
    elif op == "evening":
        # A copy of the vault (and so of its memory of the chain just written to `work`): the
        # cached vault stays as it was for the next run.
        copy = work / "evening.izdeu"
        shutil.copyfile(paths["vault"], copy)
        photo = os.urandom(PHOTO_SIZE)
        (work / "photo.bin").write_bytes(photo)  # what age encrypts beside it
        with Vault.open(copy, PASSPHRASE) as vault:
            from app.model import Case

            store = Store(vault, actor="bench")
            case = store.save(Case(case_number="EVENING-0001", summary="Fictional evening case"))
            store.add_attachment(case.uuid, _Reader(photo), "photo.jpg")
            start, cpu0 = time.perf_counter(), time.process_time()
            result = ops.backup_vault(store, work, keep=10)
            out["seconds"] = time.perf_counter() - start
            out["cpu_seconds"] = time.process_time() - cpu0
            out["file_size"] = result.report.file_size
            out["increment"] = result.report.is_increment
            out["records"] = result.report.records
        copy.unlink()
    elif op == "verify":
        with Vault.open(paths["vault"], PASSPHRASE) as vault:
            trusted = ops.trusted_signer_keys(vault)
        backup = _latest(work)
        start, cpu0 = time.perf_counter(), time.process_time()
        report = ops.verify_file(backup, identities=[identity], trusted_signers=trusted)
        out["seconds"] = time.perf_counter() - start
        out["cpu_seconds"] = time.process_time() - cpu0
        out["records"] = report.records
    elif op == "restore":
        with Vault.open(paths["vault"], PASSPHRASE) as vault:
            trusted = ops.trusted_signer_keys(vault)
        backup = _latest(work)
        target = work / "restored.izdeu"
        start, cpu0 = time.perf_counter(), time.process_time()
        ops.restore_backup(backup, target, PASSPHRASE, identities=[identity], trusted_signers=trusted)
        out["seconds"] = time.perf_counter() - start
        out["cpu_seconds"] = time.process_time() - cpu0
    print(json.dumps(out))


def _latest(work: Path) -> Path:
    from app.backup import list_backups

    return list_backups(work)[-1]


def _measure(
    argv: list[str], stdin: Path | None = None, stdout: Path | None = None
) -> tuple[float, int, str, float]:
    """(seconds, peak RSS in bytes, stdout text, CPU seconds user + system) of one child."""
    fin = open(stdin, "rb") if stdin else subprocess.DEVNULL
    fout = open(stdout, "wb") if stdout else subprocess.PIPE
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=fin, stdout=fout, stderr=subprocess.PIPE)
    text = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    for f in (fin, fout):
        if hasattr(f, "close"):
            f.close()
    if proc.returncode != 0:
        raise SystemExit(f"{argv[:4]} failed: {err[-800:]}")
    return elapsed, usage.ru_maxrss * 1024, text, usage.ru_utime + usage.ru_stime


def _drop_caches_hint(path: Path) -> None:
    """Read a file once so every contender starts from a warm page cache (fair comparison)."""
    with open(path, "rb") as fh:
        while fh.read(8 * 1024 * 1024):
            continue


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gib", type=float, default=1.0, help="attachment volume (GiB)")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--fresh", action="store_true", help="regenerate the cached vault")
    parser.add_argument(
        "--child",
        choices=["generate", "vault_read", "backup", "verify", "restore", "evening"],
        help=argparse.SUPPRESS,
    )
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--code",
        type=Path,
        default=ROOT,
        help="the source tree whose app/ is measured (another checkout: before/after in one run)",
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))
    if args.child == "generate":
        _generate(args.cache, args.gib)
        return 0
    if args.child:
        _child(args.child, args.cache, args.work)
        return 0

    paths = _paths(args.cache)
    work = args.cache / "work"
    # Everything runs in children: ru_maxrss survives exec, so a child forked from a big
    # parent would report the parent's size.
    me = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--cache",
        str(args.cache),
        "--work",
        str(work),
        "--gib",
        str(args.gib),
        "--code",
        str(args.code),
    ]
    generated: float | bool = False
    if args.fresh or not paths["ready"].exists():
        seconds, _rss, _, _cpu = _measure([*me, "--child", "generate"])
        generated = round(seconds, 1)
    info = json.loads(paths["ready"].read_text())
    volume = info["attachment_bytes"]
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    results: dict[str, Any] = {}
    _drop_caches_hint(paths["vault"])
    for op in ("vault_read", "backup", "verify", "restore"):
        seconds, rss, text, _cpu = _measure([*me, "--child", op])
        inner = json.loads(text.strip().splitlines()[-1])
        results[op] = {
            "seconds": round(inner["seconds"], 2),
            "mb_per_s": round(volume / inner["seconds"] / 1e6, 1),
            "process_seconds": round(seconds, 2),
            "cpu_seconds": round(inner["cpu_seconds"], 2),
            "peak_rss_mb": round(rss / 1e6, 1),
        }
        if op == "backup":
            results[op]["file_size"] = inner["file_size"]
    # The backup folder now holds the full backup: the evening's increment builds on it.
    seconds, rss, text, _cpu = _measure([*me, "--child", "evening"])
    inner = json.loads(text.strip().splitlines()[-1])
    results["evening_increment"] = {
        "seconds": round(inner["seconds"], 2),
        "file_size": inner["file_size"],
        "increment": inner["increment"],
        "record_lines": inner["records"],
        "cpu_seconds": round(inner["cpu_seconds"], 2),
        "peak_rss_mb": round(rss / 1e6, 1),
    }
    identity_text = paths["identity"].read_text()
    public = next(
        line.split(":", 1)[1].strip()
        for line in identity_text.splitlines()
        if line.startswith("# public key:")
    )
    age = shutil.which("age")
    if age:
        _drop_caches_hint(paths["plain"])
        encrypted = work / "plain.age"
        seconds, rss, _, cpu = _measure([age, "-r", public, "-o", str(encrypted)], stdin=paths["plain"])
        results["age_encrypt"] = {
            "seconds": round(seconds, 2),
            "mb_per_s": round(volume / seconds / 1e6, 1),
            "cpu_seconds": round(cpu, 2),
            "peak_rss_mb": round(rss / 1e6, 1),
        }
        seconds, rss, _, cpu = _measure(
            [age, "-d", "-i", str(paths["identity"]), "-o", os.devnull, str(encrypted)]
        )
        results["age_decrypt"] = {
            "seconds": round(seconds, 2),
            "mb_per_s": round(volume / seconds / 1e6, 1),
            "cpu_seconds": round(cpu, 2),
            "peak_rss_mb": round(rss / 1e6, 1),
        }
        encrypted.unlink()
        seconds, rss, _, cpu = _measure([age, "-r", public, "-o", str(encrypted)], stdin=work / "photo.bin")
        results["age_encrypt_photo"] = {"seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3)}
        encrypted.unlink()
        enc, dec = results["age_encrypt"]["mb_per_s"], results["age_decrypt"]["mb_per_s"]
        results["ratios"] = {
            "backup_vs_age_encrypt": round(results["backup"]["mb_per_s"] / enc, 2),
            "verify_vs_age_decrypt": round(results["verify"]["mb_per_s"] / dec, 2),
            "restore_vs_age_decrypt": round(results["restore"]["mb_per_s"] / dec, 2),
        }
        # On a shared machine wall time depends on the other jobs; CPU time per byte much less.
        # age's CPU seconds over ours: the same ratio as the throughputs on an idle machine
        # with one core per thread (an upper bound for ours: two threads overlap there).
        enc_cpu, dec_cpu = results["age_encrypt"]["cpu_seconds"], results["age_decrypt"]["cpu_seconds"]
        results["cpu_ratios"] = {
            "backup_vs_age_encrypt": round(enc_cpu / max(results["backup"]["cpu_seconds"], 1e-3), 2),
            "verify_vs_age_decrypt": round(dec_cpu / max(results["verify"]["cpu_seconds"], 1e-3), 2),
            "restore_vs_age_decrypt": round(dec_cpu / max(results["restore"]["cpu_seconds"], 1e-3), 2),
        }
        # The floor under any backup and restore (bench/backup_floor.py), in this same run.
        _s, _rss, text, _cpu = _measure([sys.executable, str(Path(__file__).with_name("backup_floor.py"))])
        floor = json.loads(text)
        gib = volume / 1024**3
        per_gib = {
            "encrypt_s": results["age_encrypt"]["seconds"] / gib,
            "encrypt_cpu_s": enc_cpu / gib,
            "decrypt_s": results["age_decrypt"]["seconds"] / gib,
            "decrypt_cpu_s": dec_cpu / gib,
        }
        results["floor"] = {**floor, "best_possible": bounds(floor, per_gib, os.cpu_count() or 1)}
    peak = max(r["peak_rss_mb"] for k, r in results.items() if k in ("backup", "verify", "restore"))
    results["parent_peak_rss_mb"] = round(
        __import__("resource").getrusage(__import__("resource").RUSAGE_SELF).ru_maxrss / 1e3, 1
    )
    evening = results["evening_increment"]
    targets = {
        "peak_rss_below_200_mb": peak < 200,
        "evening_is_an_increment": evening["increment"],
        "evening_under_3_s": evening["seconds"] < 3,
        "evening_under_10_mb": evening["file_size"] < 10 * 1000 * 1000,
    }
    if "ratios" in results:
        ratios = results["ratios"]
        targets["throughput_at_least_half_of_age"] = all(v >= 0.5 for v in ratios.values())
        # Issue 18: backup at least half of age encrypting, restore a quarter of age decrypting.
        targets["backup_at_least_half_of_age_encrypt"] = ratios["backup_vs_age_encrypt"] >= 0.5
        targets["restore_at_least_quarter_of_age_decrypt"] = ratios["restore_vs_age_decrypt"] >= 0.25
    print(
        json.dumps(
            {
                "benchmark": "izdeu-backup",
                "code": str(args.code.resolve()),
                "attachment_bytes": volume,
                "attachments": info["attachments"],
                "generated_now_seconds": generated,
                "cpu_count": os.cpu_count(),
                "age": age or None,
                "results": results,
                "targets": targets,
            },
            indent=2,
        )
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
