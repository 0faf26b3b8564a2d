"""Records a video of generated frames into a vault through the app's own path, as a child
process (``python -m tests.qt_video_record VAULT PASSPHRASE CASE_UUID``): the kill -9 and
canary tests need a process of their own.

tests/video_frames.py → QMediaRecorder → ui/media/video_output.py → the DB thread → the vault.
Prints ``committed N`` each time the vault holds more of it. With ``--seconds S`` it stops after
S seconds and prints ``done``; with ``--canary HEX`` that pattern is painted into every frame,
and once stopped the recording is read back, slices of its bytes printed (hex, one a line) and
it is deleted. Nothing here writes a file.
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtMultimedia import QMediaCaptureSession  # noqa: E402

from tests.video_frames import GeneratedCamera  # noqa: E402
from ui.media.video_recording import VideoRecording  # noqa: E402
from ui.worker import DbSession, DbWorker  # noqa: E402

__all__ = ["main"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("vault")
    parser.add_argument("passphrase")
    parser.add_argument("case")
    parser.add_argument("--seconds", type=float, default=0.0)
    parser.add_argument("--canary", default="")
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])
    from pathlib import Path

    from app.vault import kdf

    kdf.DEFAULT_PARAMS = kdf.KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
    worker = DbWorker()
    session = QMediaCaptureSession()
    camera = GeneratedCamera(session, noise=bytes.fromhex(args.canary))
    recording = VideoRecording(session, worker, args.case, device_name="generated camera")

    def fail(error: object) -> None:
        print("failed", error, flush=True)
        app.exit(2)

    def committed(size: int) -> None:
        print("committed", size, flush=True)
        if args.seconds and camera.seconds >= args.seconds and recording.recording:
            camera.stop()
            recording.stop()

    def finished(attachment: object) -> None:
        if not args.canary:
            print("done", flush=True)
            app.exit(0)
            return

        def read_back(session: DbSession) -> list[str]:
            from app.media import attachment_stream

            uuid = attachment.uuid  # type: ignore[attr-defined]
            data = attachment_stream(session.store, uuid).read() or b""
            session.store.delete("attachment", uuid)
            return [data[i : i + 64].hex() for i in (len(data) // 3, len(data) // 2, len(data) - 80)]

        def show(slices: list[str]) -> None:
            print("\n".join(slices), flush=True)
            app.exit(0)

        worker.submit(read_back, show, fail)

    def opened(_path: object) -> None:
        recording.start()
        assert recording.output is not None
        recording.output.committed.connect(committed)
        camera.start()

    recording.failed.connect(fail)
    recording.finished.connect(finished)
    worker.open_vault(Path(args.vault), args.passphrase, create=False, on_done=opened, on_error=fail)
    code = app.exec()
    worker.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
