"""Headquarters merge benchmark, beside an import of the same cases (the write-path baseline).

For each size (10,000 and, with ``--big``, 100,000 cases) a volunteer's vault is generated
(fictional bulk cases), backed up to an organisation key and exported as a case file. Each
operation then runs in a child process of its own, so its peak RSS (``ru_maxrss`` from
``os.wait4``) is that operation's alone:

* ``import``        the case file imported into an empty vault (baseline)
* ``merge_empty``   the backup merged into an empty vault
* ``merge_again``   the same backup merged a second time into that vault (nothing changes)
* ``merge_hq``      the backup merged into a vault already holding 100,000 other cases

Prints one JSON object. Generated files are cached under ``/tmp/izdeu-bench-merge``.

    .venv/bin/python bench/merge_bench.py [--cases 10000] [--hq 100000] [--fresh]
        [--against OTHER_CHECKOUT --pairs 3]

``--against`` then runs ``merge_again`` with another checkout's code (its own
bench/merge_bench.py, e.g. a ``git worktree`` of an older commit) and with this one in turn,
``--pairs`` times, into the same vault: a before/after ratio measured under the same load.

Targets (issue 18): merge ≤ 1.5 × import; repeated merge ≤ 0.2 × the first; peak RSS < 300 MB
and flat in backup size.
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

__all__ = ["main"]

CACHE = Path("/tmp/izdeu-bench-merge")
PASSPHRASE = "benchmark passphrase, fictional data"


def _kdf() -> Any:
    from app.vault import KdfParams

    return KdfParams(memory_kib=8192, time_cost=1, parallelism=1)


def _fast_kdf() -> None:
    from app.vault import kdf

    kdf.DEFAULT_PARAMS = _kdf()


def _paths(cache: Path, cases: int) -> dict[str, Path]:
    folder = cache / f"c{cases}"
    return {
        "folder": folder,
        "device": folder / "device.izdeu",
        "backups": folder / "backups",
        "casefile": folder / "cases.json",
        "identity": cache / "hq.key",
        "ready": folder / "ready.json",
    }


def _hq_path(cache: Path, cases: int) -> Path:
    return cache / f"hq{cases}.izdeu"


def _identity(cache: Path) -> Any:
    import pyrage

    from app.backup.keys import identity_file_text, parse_identity

    path = cache / "hq.key"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(identity_file_text(pyrage.x25519.Identity.generate()))
    return parse_identity(path.read_bytes())


def _generate(cache: Path, cases: int) -> dict[str, Any]:
    from app.backup import ops
    from app.demo.fill import bulk_generate
    from app.interchange.exporter import export_cases
    from app.store import Store
    from app.vault import Vault

    paths = _paths(cache, cases)
    if paths["ready"].exists():
        return dict(json.loads(paths["ready"].read_text()))
    shutil.rmtree(paths["folder"], ignore_errors=True)
    paths["backups"].mkdir(parents=True)
    identity = _identity(cache)
    vault = Vault.create(paths["device"], PASSPHRASE, params=_kdf())
    try:
        store = Store(vault, actor="bench")
        stats = bulk_generate(store, cases, seed=cases)
        ops.set_backup_recipients(vault, [str(identity.to_public())])
        backup = ops.backup_vault(store, paths["backups"], keep=1)
        export_cases(store, paths["casefile"], include_tombstones=False)
        info = {
            "cases": stats.cases,
            "records": stats.records,
            "backup": str(backup.path),
            "backup_size": backup.report.file_size,
            "casefile_size": paths["casefile"].stat().st_size,
            "signer": ops.device_fingerprint(vault),
        }
    finally:
        vault.close()
    paths["ready"].write_text(json.dumps(info))
    return info


def _generate_hq(cache: Path, cases: int) -> Path:
    from app.demo.fill import bulk_generate
    from app.store import Store
    from app.vault import Vault

    path = _hq_path(cache, cases)
    if path.exists():
        return path
    tmp = path.with_suffix(".part")
    for leftover in cache.glob(tmp.name + "*"):
        leftover.unlink()
    vault = Vault.create(tmp, PASSPHRASE, params=_kdf())
    try:
        bulk_generate(Store(vault, actor="bench"), cases, seed=7)
    finally:
        vault.close()
    tmp.rename(path)
    return path


# --- child processes ------------------------------------------------------------------------


def _child(op: str, cache: Path, cases: int, work: Path) -> None:
    from app.backup import ops
    from app.interchange.importer import import_cases
    from app.store import Store
    from app.vault import Vault

    _fast_kdf()
    paths = _paths(cache, cases)
    info = json.loads(paths["ready"].read_text())
    identity = _identity(cache)
    out: dict[str, Any] = {}
    target = work / "target.izdeu"
    if op == "import":
        with Vault.create(target, PASSPHRASE) as vault:
            start = time.perf_counter()
            result = import_cases(Store(vault, actor="bench"), paths["casefile"])
            out["seconds"] = time.perf_counter() - start
            out["cases"] = result.cases
    elif op in ("merge_empty", "merge_again", "merge_hq"):
        if op == "merge_hq":
            shutil.copyfile(_hq_path(cache, 100_000 if cases <= 100_000 else cases), target)
            vault = Vault.open(target, PASSPHRASE)
        elif op == "merge_again":
            vault = Vault.open(target, PASSPHRASE)  # made by merge_empty just before
        else:
            vault = Vault.create(target, PASSPHRASE)
        with vault:
            store = Store(vault, actor="bench")
            start = time.perf_counter()
            summary = ops.merge_backup(store, info["backup"], identities=[identity], signer=info["signer"])
            out["seconds"] = time.perf_counter() - start
            out["added"] = summary.added
            out["unchanged"] = summary.unchanged
            out["writes"] = summary.writes
    print(json.dumps(out))


def _run_child(op: str, cache: Path, cases: int, work: Path, root: Path = ROOT) -> dict[str, Any]:
    cmd = [
        sys.executable,
        str(root / "bench" / "merge_bench.py"),
        "--child",
        op,
        "--cases",
        str(cases),
        "--cache",
        str(cache),
        "--work",
        str(work),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, cwd=root)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{op} failed (status {status})")
    result = dict(json.loads(output))
    result["peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)
    result["seconds"] = round(result["seconds"], 3)
    return result


def _against(other: Path, cache: Path, cases: int, work: Path, pairs: int) -> dict[str, Any]:
    """merge_again with ``other``'s code and with this code in turn (the order alternating), into
    the vault merge_empty made: nothing changes in it, so every run does the same work."""
    times: dict[str, list[float]] = {"other": [], "this": []}
    rss: dict[str, list[float]] = {"other": [], "this": []}
    for i in range(pairs):
        order = [("other", other), ("this", ROOT)]
        for name, root in order if i % 2 == 0 else order[::-1]:
            result = _run_child("merge_again", cache, cases, work, root)
            times[name].append(result["seconds"])
            rss[name].append(result["peak_rss_mb"])
    median = {name: sorted(values)[len(values) // 2] for name, values in times.items()}
    return {
        "checkout": str(other),
        "seconds": times,
        "peak_rss_mb": rss,
        "this_over_other_median": round(median["this"] / median["other"], 3),
        "this_over_other_total": round(sum(times["this"]) / sum(times["other"]), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, nargs="+", default=[10_000])
    parser.add_argument("--hq", type=int, default=100_000, help="cases already in the HQ vault (0: skip)")
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--child")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--against", type=Path, help="another checkout: merge_again with its code too")
    parser.add_argument("--pairs", type=int, default=3)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.cache, args.cases[0], args.work)
        return 0
    _fast_kdf()
    if args.fresh:
        shutil.rmtree(args.cache, ignore_errors=True)
    args.cache.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"python": sys.version.split()[0], "cpus": os.cpu_count(), "sizes": []}
    if args.hq:
        _generate_hq(args.cache, args.hq)
    for cases in args.cases:
        info = _generate(args.cache, cases)
        work = args.cache / "work"
        row: dict[str, Any] = {"cases": cases, "records": info["records"], "backup_size": info["backup_size"]}
        for op in ("import", "merge_empty", "merge_again") + (("merge_hq",) if args.hq else ()):
            if op in ("import", "merge_empty"):
                shutil.rmtree(work, ignore_errors=True)
                work.mkdir()
            row[op] = _run_child(op, args.cache, cases, work)
        base = row["import"]["seconds"]
        row["merge_over_import"] = round(row["merge_empty"]["seconds"] / base, 2)
        row["again_over_first"] = round(row["merge_again"]["seconds"] / row["merge_empty"]["seconds"], 3)
        if args.hq:
            row["hq_over_import"] = round(row["merge_hq"]["seconds"] / base, 2)
        if args.against:
            row["against"] = _against(args.against.resolve(), args.cache, cases, work, args.pairs)
        report["sizes"].append(row)
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
