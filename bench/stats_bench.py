"""Statistics benchmark: every figure of the Statistics tab on a large vault, against a plain
SQL count over the same vault in the same run (the baseline).

Prints one JSON object: per figure the median of ``--rounds`` runs, unfiltered and with the
case list's filters (status, year, hometown), and the baseline ``SELECT count(*)`` and a raw
GROUP BY of the same connection. Generates the vault once (cached under $IZDEU_BENCH_DIR or /tmp/izdeu-bench).

    .venv/bin/python bench/stats_bench.py [--cases 100000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.demo import bulk_generate  # noqa: E402
from app.model.wgeid import CASE_ELEMENTS  # noqa: E402
from app.stats.report import FIGURES, compute  # noqa: E402
from app.store import CaseQuery, Store  # noqa: E402
from app.vault import KdfParams, Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase, fictional data only"
KDF = KdfParams(memory_kib=8192, time_cost=1, parallelism=1)  # the key is not what is measured


def _vault(cases: int) -> Path:
    folder = Path(os.environ.get("IZDEU_BENCH_DIR", "/tmp/izdeu-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"stats-{cases}.izdeu"
    if not path.exists():
        vault = Vault.create(path, PASSPHRASE, params=KDF)
        try:
            bulk_generate(Store(vault, actor="bench"), cases, testimonies_per_case=0)
        finally:
            vault.close()
    return path


def _median(fn: Callable[[], Any], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    vault = Vault.open(_vault(args.cases), PASSPHRASE, params=KDF)
    try:
        store = Store(vault)
        conn = vault.conn
        out: dict[str, Any] = {"cases": store.count_cases(), "rounds": args.rounds, "ms": {}}
        out["baseline_ms"] = {
            "count(*)": _median(lambda: conn.execute("SELECT count(*) FROM cases").fetchone(), args.rounds),
            "raw GROUP BY status": _median(
                lambda: conn.execute("SELECT status, count(*) FROM cases GROUP BY status").fetchall(),
                args.rounds,
            ),
        }
        queries = (
            ("all", CaseQuery()),
            ("status=open", CaseQuery(status="open")),
            ("year=2018", CaseQuery(year=2018)),
            ("hometown=Іле", CaseQuery(hometown="Іле")),
        )
        for name, query in queries:
            figures: dict[str, float] = {}
            for figure in FIGURES:
                key = "id_division" if figure.startswith("id_") else figure
                figures[figure] = _median(lambda k=key, q=query: store.count_by(k, q), args.rounds)
            figures["interventions"] = _median(lambda q=query: store.intervention_counts(q), args.rounds)
            figures["wgeid"] = _median(lambda q=query: store.wgeid_gaps(q, CASE_ELEMENTS), args.rounds)
            figures["whole report"] = _median(lambda q=query: compute(store, q), args.rounds)
            out["ms"][name] = figures
        print(json.dumps(out, indent=2))
    finally:
        vault.close()


if __name__ == "__main__":
    main()
