"""A QIODevice over an attachment's chunks in the vault: what QMediaPlayer plays, never a file.

Qt's FFmpeg backend reads the device synchronously on threads of its own; each chunk it needs
is fetched with :meth:`ui.worker.DbWorker.call_blocking` (the store belongs to the DB thread),
and :class:`app.media.ChunkStream` keeps the last one, so playing forwards costs one query per
chunk (a recording commits a chunk every two seconds of sound; an imported file has 1 MiB
chunks). A failed read ends the stream (FFmpeg sees its end) and is kept in ``failure``.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QIODevice, QObject

from app.media import ChunkStream
from ui.worker import DbWorker

__all__ = ["VaultDevice"]


class VaultDevice(QIODevice):
    def __init__(
        self,
        worker: DbWorker,
        attachment_uuid: str,
        index: list[tuple[int, int]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__()
        if parent is not None:
            self.setParent(parent)
        self._lock = threading.Lock()
        self.failure: BaseException | None = None
        self._closed = False

        def fetch(seq: int) -> bytes:
            return bytes(worker.call_blocking(lambda s: s.store.attachment_chunk(attachment_uuid, seq)))

        self._stream = ChunkStream(index, fetch)
        self.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)

    def isSequential(self) -> bool:  # noqa: N802
        return False

    def size(self) -> int:
        return self._stream.size

    def seek(self, pos: int) -> bool:
        if pos < 0 or pos > self._stream.size:
            return False
        with self._lock:
            self._stream.seek(pos)
        return super().seek(pos)

    def bytesAvailable(self) -> int:  # noqa: N802
        return max(0, self._stream.size - self._stream.tell()) + super().bytesAvailable()

    def atEnd(self) -> bool:  # noqa: N802
        return self._stream.tell() >= self._stream.size

    def readData(self, maxlen: int) -> bytes:  # noqa: N802
        if self.failure is not None or self._closed:
            return b""
        with self._lock:
            try:
                return self._stream.read(maxlen) or b""
            except Exception as exc:  # the vault locked or a chunk unreadable: the stream ends
                self.failure = exc
                return b""

    def writeData(self, data: bytes | bytearray | memoryview, size: int, /) -> int:  # noqa: N802
        return -1

    def close(self) -> None:
        with self._lock:
            self._closed = True  # no read after closing reaches the vault
        super().close()
