"""An already-encoded recording (a video's Matroska stream) written into the vault as it comes.

The muxer (QMediaRecorder in the UI) writes its container sequentially; every
:data:`COMMIT_BYTES` or :data:`COMMIT_SECONDS`, whichever comes first, what has arrived becomes
one attachment chunk in its own transaction (app/store/recordings.py, the same rows the audio
recorder writes), so a crash keeps everything but the last second. The SHA-256 is computed over
the bytes as they are committed. The stream is never seeked back: the container is chosen so
that a cut stream is still a playable one (ui/media/video_output.py). All calls belong to the
store's thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.errors import IzdeuError, StorageError
from app.model.records import Attachment, now_iso
from app.store.recordings import COMPLETE, RECOVERED

if TYPE_CHECKING:
    from app.store import Store

__all__ = ["StreamSink", "COMMIT_BYTES", "COMMIT_SECONDS", "MATROSKA_VIDEO"]

COMMIT_BYTES = 512 * 1024
COMMIT_SECONDS = 1.0
MATROSKA_VIDEO = "video/x-matroska"


class StreamSink:
    def __init__(
        self,
        store: Store,
        case_uuid: str,
        *,
        media_type: str = MATROSKA_VIDEO,
        device: str = "",
        testimony_uuid: str = "",
        name: str = "",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._clock = clock
        started = now_iso()
        self.attachment = Attachment(
            case_uuid=case_uuid,
            original_name=name or f"video {started[:19].replace('T', ' ')}.mkv",
            media_type=media_type,
            received_at=started,
            recorded_with=device[:200],
            recording_started=started,
        )
        self._digest = hashlib.sha256()
        self._pending = bytearray()
        self._size = 0
        self._seq = 0
        self._last_commit = clock()
        self.closed = False
        store.begin_recording(self.attachment, testimony_uuid)

    @property
    def uuid(self) -> str:
        return self.attachment.uuid

    @property
    def committed_bytes(self) -> int:
        return self._size

    def write(self, data: bytes) -> None:
        """Bytes as the muxer wrote them; committed once enough has come or enough time passed."""
        if self.closed or not data:
            return
        self._pending += data
        if len(self._pending) >= COMMIT_BYTES or self._clock() - self._last_commit >= COMMIT_SECONDS:
            self._commit()

    def _commit(self) -> None:
        self._last_commit = self._clock()
        if not self._pending:
            return
        data = bytes(self._pending)
        try:
            self._store.append_recording_chunk(self.uuid, self._seq, data)
        except IzdeuError as exc:
            self._fail(exc)
        self._pending.clear()
        self._seq += 1
        self._size += len(data)
        self._digest.update(data)

    def _fail(self, exc: IzdeuError) -> None:
        """The vault refused a piece (a full disk): keep what it holds, say so, stop."""
        self.closed = True
        self._pending.clear()
        # If finishing fails too, the part recorded stays open in the vault and is finished at
        # the next open (app/media/recovery.py); the person is told by the error either way.
        with contextlib.suppress(IzdeuError):
            from app.media.recovery import decoded_seconds

            self.attachment = self._store.finish_recording(
                self.uuid,
                duration_ms=round(decoded_seconds(self._store, self.uuid, self.attachment.media_type) * 1000),
                state=RECOVERED,
                size=self._size,
                sha256=self._digest.hexdigest(),
            )
        raise StorageError("media.recorder.disk_full_kept", error=exc) from None

    def stop(self, duration_ms: int | None = None) -> Attachment:
        """Commit the rest; write the length (the muxer's, or measured from the stream), size
        and fingerprint."""
        if self.closed:
            return self.attachment
        self._commit()
        self.closed = True
        if duration_ms is None:
            from app.media.recovery import decoded_seconds

            duration_ms = round(decoded_seconds(self._store, self.uuid, self.attachment.media_type) * 1000)
        self.attachment = self._store.finish_recording(
            self.uuid,
            duration_ms=duration_ms,
            state=COMPLETE,
            size=self._size,
            sha256=self._digest.hexdigest(),
        )
        return self.attachment
