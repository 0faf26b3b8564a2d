"""Measure the built bundle: size, start-up to the first window (offscreen), self-test time.

    .venv/bin/python packaging/measure.py [build/package/izdeu-<version>] [--runs 5]

Prints JSON (the figures in docs/performance.md, section "Packaged bundle"). Each timing is the
median of ``--runs`` warm runs (files already in the page cache) in a clean environment with an
empty home folder. ``--cold`` (root only) first empties the page cache, as after a reboot, and
reports that first run as ``cold_s``; without it ``first_s`` is simply the first run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "TMPDIR": str(home),
        "IZDEU_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        **extra,
    }


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def timed(command: list[str], env: dict[str, str], runs: int, cold: bool = False) -> dict[str, float]:
    times = []
    if cold:
        drop_caches()
    for _ in range(runs + 1):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
        times.append(time.perf_counter() - started)
    return {
        ("cold_s" if cold else "first_s"): round(times[0], 2),
        "median_s": round(statistics.median(times[1:]), 2),
        "min_s": round(min(times[1:]), 2),
        "max_s": round(max(times[1:]), 2),
    }


def size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "bundle", nargs="?", type=Path, default=ROOT / "build" / "package" / f"izdeu-{__version__}"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="empty the page cache first (root)")
    args = parser.parse_args()
    bundle: Path = args.bundle
    exe = str(bundle / "izdeu")
    archive = ROOT / "dist" / f"izdeu-{__version__}-linux-x86_64.tar.gz"
    internal = bundle / "_internal"
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        result = {
            "version": __version__,
            "bundle_bytes": size(bundle),
            "bundle_files": sum(1 for p in bundle.rglob("*") if p.is_file()),
            "qt_bytes": size(internal / "PySide6"),
            "archive_bytes": archive.stat().st_size if archive.exists() else None,
            "cli_version": timed([exe, "--version"], clean_env(home), args.runs, args.cold),
            "first_window_bundle": timed(
                [exe], clean_env(home, IZDEU_STARTUP_PROBE="1"), args.runs, args.cold
            ),
            "first_window_source": timed(
                [sys.executable, str(ROOT / "packaging" / "entry.py")],
                {**clean_env(home, IZDEU_STARTUP_PROBE="1"), "PYTHONPATH": str(ROOT)},
                args.runs,
            ),
            "self_test_bundle": timed([exe, "--self-test"], clean_env(home), args.runs, args.cold),
            "cpu": os.cpu_count(),
            "load_average_1min": round(os.getloadavg()[0], 2),
        }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
