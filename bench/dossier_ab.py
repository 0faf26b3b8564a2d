"""Two trees' dossier rendering, against plain ReportLab, alternately, in fresh processes.

    .venv/bin/python bench/dossier_ab.py --code /tmp/before [--rounds 2] [--repeat 5] [--cases 40]

``--code``: another checkout (e.g. ``git archive COMMIT | tar -x -C /tmp/before``). Each round
runs, one after the other, a fresh process on that tree and one on this tree; each process
renders the same demo cases (read once from a throwaway vault, handed over as a pickle in a
private temporary folder) and the big sample dossier, as dossiers and as plain ReportLab
(``plain_pdf`` of this tree's bench), alternately, best of ``--repeat``, and prints the CPU
times (process time) and ratios. Meant for the shared machine: the two trees meet the same
load, and CPU ratios move little with it. The demo data is fictional.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _write_sources(path: Path, cases: int) -> None:
    sys.path.insert(0, str(ROOT))
    from app import demo
    from app.dossier.builder import load_source
    from app.store import Store
    from app.vault import KdfParams, Vault
    from bench.dossier_bench import PASSPHRASE, TODAY, _texts

    with tempfile.TemporaryDirectory(prefix="izdeu-dossier-ab-") as tmp:
        vault = Vault.create(
            Path(tmp) / "ab.izdeu", PASSPHRASE, params=KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
        )
        try:
            store = Store(vault, actor="bench")
            demo.populate(store, cases, today=TODAY)
            sources = [load_source(store, r.uuid) for r in store.list_cases(limit=cases)]
        finally:
            vault.close()
    path.write_bytes(pickle.dumps((sources, [_texts(s) for s in sources])))


def _measure(code: Path, sources_file: Path, repeat: int) -> dict[str, object]:
    # Everything from the tree measured, its bench's plain_pdf included (the same function in
    # both trees unless the bench changed it): one copy of the app in the process.
    sys.path.insert(0, str(code))
    from app.dossier.builder import build_dossier
    from app.dossier.sample import sample_source
    from app.dossier.text import fonts
    from bench.dossier_bench import OPTIONS, TODAY, _texts, plain_pdf

    sources, texts = pickle.loads(sources_file.read_bytes())
    big = sample_source(TODAY, photos=20, extra_testimonies=30)
    big_texts = _texts(big)
    fonts()
    build_dossier(sources[0], OPTIONS)

    jobs = {
        "batch": lambda: [build_dossier(s, OPTIONS) for s in sources],
        "batch_plain": lambda: [plain_pdf(s, t) for s, t in zip(sources, texts, strict=True)],
        "big": lambda: build_dossier(big, OPTIONS),
        "big_plain": lambda: plain_pdf(big, big_texts),
    }
    best = dict.fromkeys(jobs, float("inf"))
    for _ in range(repeat):  # the four jobs alternately: load that comes and goes hits all
        for name, job in jobs.items():
            start = time.process_time()
            job()
            best[name] = min(best[name], time.process_time() - start)
    batch, batch_plain, big_s, big_plain = best.values()
    return {
        "code": str(code),
        "load_1min": round(os.getloadavg()[0], 2),
        "cases": len(sources),
        "batch_cpu_s": round(batch, 3),
        "batch_plain_cpu_s": round(batch_plain, 3),
        "batch_ratio_cpu": round(batch / batch_plain, 2),
        "big_cpu_s": round(big_s, 3),
        "big_plain_cpu_s": round(big_plain, 3),
        "big_ratio_cpu": round(big_s / big_plain, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, required=True, help="the other tree")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # child: tree to time
    parser.add_argument("--sources", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(_measure(args.measure, args.sources, args.repeat)))
        return
    with tempfile.TemporaryDirectory(prefix="izdeu-dossier-ab-") as tmp:
        sources = Path(tmp) / "sources.pickle"
        _write_sources(sources, args.cases)
        for _ in range(args.rounds):
            for code in (args.code.resolve(), ROOT):
                command = [sys.executable, __file__, "--code", str(args.code), "--measure", str(code)]
                command += ["--sources", str(sources), "--repeat", str(args.repeat)]
                subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
