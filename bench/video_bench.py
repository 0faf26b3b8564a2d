"""Video recording benchmark: a 2-minute recording through the app's whole path, in real time —
generated 640×480 frames at 25 fps and a tone (tests/video_frames.py) → QMediaRecorder →
the pipe → the DB thread → a real vault — with the process's resident memory sampled every
10 s of recording.

The baseline is measured in the same run: RSS once the first piece is in the vault (the
encoder, muxer and their threads loaded). ``--cache-kib 2048`` sets the vault's page cache to
2 MiB (SQLCipher keeps up to 64 MiB of decrypted pages otherwise, which the pages a recording
writes fill): what the recording itself holds. Prints one JSON object.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/video_bench.py [--seconds 120] [--cache-kib 2048]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

__all__ = ["main"]

PASSPHRASE = "fictional bench passphrase 15v"


def _rss_kib() -> int:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() // 1024


def run(seconds: float, cache_kib: int | None) -> dict[str, Any]:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtMultimedia import QMediaCaptureSession

    from app.model import Case
    from app.store import Store
    from app.vault import Vault, kdf
    from tests.video_frames import GeneratedCamera
    from ui.media.video_recording import VideoRecording
    from ui.worker import DbSession, DbWorker

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    kdf.DEFAULT_PARAMS = kdf.KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.izdeu"
        with Vault.create(path, PASSPHRASE) as vault:
            case = Case(case_number="IZ-BENCH-VIDEO")
            Store(vault).save(case)
        worker = DbWorker()
        worker.open_vault(path, PASSPHRASE, create=False)
        if cache_kib is not None:

            def pragma(session: DbSession) -> None:
                assert session.vault is not None
                session.vault.conn.execute(f"PRAGMA cache_size = -{cache_kib}")

            worker.submit(pragma)
        session = QMediaCaptureSession()
        camera = GeneratedCamera(session, size=(640, 480))
        recording = VideoRecording(session, worker, case.uuid, device_name="generated camera")
        samples: list[tuple[float, int]] = []
        state: dict[str, Any] = {"baseline": 0, "committed": 0, "attachment": None}

        def committed(size: int) -> None:
            state["committed"] = size
            if not state["baseline"]:
                state["baseline"] = _rss_kib()
            if camera.seconds >= (len(samples) + 1) * 10:
                samples.append((round(camera.seconds, 1), _rss_kib()))
            if camera.seconds >= seconds and recording.recording:
                camera.stop()
                recording.stop()

        def finished(attachment: Any) -> None:
            state["attachment"] = attachment
            app.quit()

        recording.finished.connect(finished)
        recording.failed.connect(lambda error: (print("failed", error, file=sys.stderr), app.quit()))
        started = time.monotonic()
        recording.start()
        assert recording.output is not None
        recording.output.committed.connect(committed)
        camera.start()
        app.exec()
        wall = time.monotonic() - started
        worker.shutdown()
        attachment = state["attachment"]
    return {
        "page_cache_kib": cache_kib or "vault default (64 MiB)",
        "wall_s": round(wall, 1),
        "recorded_s": attachment.duration_ms / 1000 if attachment else None,
        "encoded_mb": round(attachment.size / 1e6, 2) if attachment else None,
        "rss_mib_first_piece": round(state["baseline"] / 1024, 1),
        "rss_mib_every_10s": [(t, round(kib / 1024, 1)) for t, kib in samples],
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--cache-kib", type=int, default=None)
    args = parser.parse_args()
    print(json.dumps(run(args.seconds, args.cache_kib)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
