"""Where QMediaRecorder writes a video: a pipe whose far end feeds the vault, never a file.

QMediaRecorder writes through ``setOutputDevice``. A QIODevice written in Python cannot be that
device in PySide6 6.11.3: its ``writeData`` override receives the bytes as a ``str`` cut at the
first NUL, and non-UTF-8 bytes crash the process (docs/development.md, "Video: why a pipe"). So the device is
a QFile opened on the write end of an anonymous ``os.pipe()``, which is C++ and sequential: no
name on disk, the bytes only pass through the kernel's pipe buffer. A reader thread takes what
arrives and hands it, through the GUI thread, to the DB thread (the store belongs to it), where
app/media/stream_sink.py commits it to the vault in pieces as it comes.

Because the device is sequential, the muxer never seeks: Matroska is written as a live stream
(no Duration, sizes "unknown"), which is playable however it was cut. Only its trailer, which
would seek back to patch the header, fails at stop; that failure is expected and ignored
(:attr:`VaultVideoOutput.stopping`).
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QFile, QIODevice, QObject, Signal

from app.media.stream_sink import MATROSKA_VIDEO, StreamSink

if TYPE_CHECKING:
    from ui.worker import DbSession, DbWorker

__all__ = ["VaultVideoOutput"]

READ_BYTES = 256 * 1024


class VaultVideoOutput(QObject):
    """One recording's output: ``device`` for the recorder; ``finished(Attachment)`` once the
    vault holds all of it, ``failed(exception)`` if the vault refused it (the part recorded is
    kept and finished, app/media/stream_sink.py)."""

    finished = Signal(object)
    failed = Signal(object)
    committed = Signal(int)  # bytes the vault holds, each time it holds more

    def __init__(
        self,
        worker: DbWorker,
        case_uuid: str,
        *,
        device_name: str = "",
        testimony_uuid: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._sink: StreamSink | None = None
        self._failed = False
        self._committed_size = 0
        self.duration_ms: int | None = None
        self.stopping = False
        read_fd, write_fd = os.pipe()  # close-on-exec: no child process inherits them
        self._read_fd = read_fd
        self.device = QFile(self)
        flags = QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Unbuffered
        if not self.device.open(write_fd, flags, QFile.FileHandleFlag.AutoCloseHandle):
            os.close(write_fd)
            os.close(read_fd)
            raise OSError("the recording pipe could not be opened")

        def begin(_session: DbSession) -> None:
            self._sink = StreamSink(
                _session.store,
                case_uuid,
                media_type=MATROSKA_VIDEO,
                device=device_name,
                testimony_uuid=testimony_uuid,
            )

        worker.submit(begin, None, self._fail, context=self)
        self._reader = threading.Thread(target=self._read, name="izdeu-video-pipe", daemon=True)
        self._reader.start()

    def close_device(self, duration_ms: int) -> None:
        """The recorder has stopped: no more bytes. The reader sees the end and the recording
        is finished in the vault with the recorder's length."""
        self.duration_ms = duration_ms
        if self.device.isOpen():
            self.device.close()

    # --- reader thread ---------------------------------------------------------------------

    def _read(self) -> None:
        try:
            while True:
                data = os.read(self._read_fd, READ_BYTES)
                if not data:
                    break
                self._worker.call_in_gui(lambda d=data: self._forward(d))  # type: ignore[misc]
        finally:
            os.close(self._read_fd)
            self._worker.call_in_gui(self._ended)

    # --- GUI thread ------------------------------------------------------------------------

    def _forward(self, data: bytes) -> None:
        def write(_session: DbSession) -> int:
            if self._sink is None or self._failed:
                return 0
            self._sink.write(data)
            return self._sink.committed_bytes

        self._worker.submit(write, self._committed, self._fail, context=self)

    def _committed(self, size: int) -> None:
        if size > self._committed_size:  # a piece more is in the vault
            self._committed_size = size
            self.committed.emit(size)

    def _ended(self) -> None:
        def stop(_session: DbSession) -> object:
            if self._sink is None or self._failed:
                return None
            return self._sink.stop(self.duration_ms)

        self._worker.submit(stop, self._stopped, self._fail, context=self)

    def _stopped(self, attachment: object) -> None:
        if attachment is not None:
            self.finished.emit(attachment)

    def _fail(self, error: BaseException) -> None:
        if not self._failed:
            self._failed = True
            self.failed.emit(error)
