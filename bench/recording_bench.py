"""Recording benchmark: 30 minutes of 48 kHz mono PCM fed into a recording in a real vault, as
fast as it encodes; the process's resident memory sampled every minute of audio.

The baseline is measured in the same run: RSS with the vault open and the encoder loaded, just
before the first block. Run twice: with the vault's own page cache (SQLCipher keeps up to
64 MiB of decrypted pages, app/vault/connect.py, and the pages a recording writes fill it), and
with the cache set to 2 MiB, which shows what the recording itself holds: the encoder, one
commit's worth of Ogg pages. A recording kept in memory would grow by its encoded size (about
7.6 kB a second: 14 MB for 30 minutes). Prints one JSON object.

    .venv/bin/python bench/recording_bench.py [--minutes 30] [--folder /tmp/izdeu-bench-rec]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

__all__ = ["main"]

PASSPHRASE = "fictional bench passphrase 15"
RATE = 48000
BLOCK_SECONDS = 0.1  # what an audio input hands over at a time


def _rss_kib() -> int:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() // 1024


def run(minutes: float, folder: Path, cache_kib: int | None) -> dict[str, Any]:
    from app.media import PcmFormat, RecordingSink
    from app.media.tone import tone_pcm
    from app.model import Case
    from app.store import Store
    from app.vault import Vault

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with Vault.create(folder / "bench.izdeu", PASSPHRASE) as vault:
        if cache_kib is not None:
            vault.conn.execute(f"PRAGMA cache_size = -{cache_kib}")
        store = Store(vault, actor="bench")
        case = Case(case_number="IZ-BENCH-REC")
        store.save(case)
        block = tone_pcm(BLOCK_SECONDS, RATE)  # the same block again: the encoder cannot tell
        sink = RecordingSink(store, case.uuid, PcmFormat(RATE, 1), device="bench")
        baseline = _rss_kib()
        samples: list[int] = []
        per_minute = round(60 / BLOCK_SECONDS)
        started = time.perf_counter()
        for i in range(round(minutes * per_minute)):
            sink.write(block)
            if (i + 1) % per_minute == 0:
                samples.append(_rss_kib())
        attachment = sink.stop()
        elapsed = time.perf_counter() - started
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "audio_minutes": minutes,
        "encoded_bytes": attachment.size,
        "duration_s": attachment.duration_ms / 1000,
        "wall_s": round(elapsed, 1),
        "realtime_factor": round(minutes * 60 / elapsed, 1),
        "rss_baseline_kib": baseline,
        "rss_after_1_min_kib": samples[0] if samples else baseline,
        "rss_last_kib": samples[-1] if samples else baseline,
        "rss_peak_kib": max([baseline, *samples]),
        "rss_growth_kib": max([baseline, *samples]) - baseline,
        "rss_growth_after_first_minute_kib": (samples[-1] - samples[0]) if samples else 0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/izdeu-bench-rec"))
    args = parser.parse_args(argv)
    result = {
        "vault_page_cache_64_mib": run(args.minutes, args.folder, None),
        "page_cache_2_mib": run(args.minutes, args.folder, 2048),
        "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
