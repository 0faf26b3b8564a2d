"""A recording made straight into the vault: PCM in, Ogg pieces committed as they come.

Every :data:`COMMIT_SECONDS` of audio the encoded bytes so far become one attachment chunk in
their own transaction, so a crash or kill -9 loses at most those last seconds (and what the
encoder still holds); memory holds that much audio, whatever the recording's length. The
SHA-256 is computed over the bytes as they are committed. All calls belong to the store's
thread (the UI's DB thread).
"""

from __future__ import annotations

import contextlib
import hashlib
from typing import TYPE_CHECKING

from app.errors import IzdeuError, StorageError
from app.media.encoder import PcmFormat, StreamEncoder
from app.model.records import Attachment, now_iso
from app.store.recordings import COMPLETE, RECOVERED

if TYPE_CHECKING:
    from app.store import Store

__all__ = ["RecordingSink", "COMMIT_SECONDS"]

COMMIT_SECONDS = 2.0


class RecordingSink:
    def __init__(
        self,
        store: Store,
        case_uuid: str,
        fmt: PcmFormat,
        *,
        device: str = "",
        testimony_uuid: str = "",
        name: str = "",
    ) -> None:
        self._store = store
        self._encoder = StreamEncoder(fmt)
        started = now_iso()
        self.attachment = Attachment(
            case_uuid=case_uuid,
            original_name=name or f"recording {started[:19].replace('T', ' ')}.ogg",
            media_type=fmt.media_type,
            received_at=started,
            recorded_with=device[:200],
            recording_started=started,
        )
        self._digest = hashlib.sha256()
        self._size = 0
        self._seq = 0
        self._since_commit = 0
        self._commit_frames = int(COMMIT_SECONDS * fmt.rate)
        self.closed = False
        store.begin_recording(self.attachment, testimony_uuid)

    @property
    def uuid(self) -> str:
        return self.attachment.uuid

    @property
    def seconds(self) -> float:
        return self._encoder.seconds

    @property
    def committed_bytes(self) -> int:
        return self._size

    def write(self, pcm: bytes) -> None:
        """Encode a block; commit what is encoded once enough audio has gone in."""
        if self.closed:
            return
        before = self._encoder.frames
        self._encoder.write(pcm)
        self._since_commit += self._encoder.frames - before
        if self._since_commit >= self._commit_frames:
            self._commit(self._encoder.drain())

    def _commit(self, data: bytes) -> None:
        self._since_commit = 0
        if not data:
            return
        try:
            self._store.append_recording_chunk(self.uuid, self._seq, data)
        except IzdeuError as exc:
            self._fail(exc)
        self._seq += 1
        self._size += len(data)
        self._digest.update(data)

    def _fail(self, exc: IzdeuError) -> None:
        """The vault refused a piece (a full disk): keep what it holds, say so, stop."""
        self.closed = True
        # If even this fails (the disk is still full), the part recorded is kept: it stays
        # open in the vault and is finished at the next open (app/media/recovery.py); the
        # person is told by the error below either way.
        with contextlib.suppress(IzdeuError):
            # The length of what was committed: the audio encoded beyond it is lost.
            from app.media.recovery import decoded_seconds

            seconds = decoded_seconds(self._store, self.uuid)
            self.attachment = self._store.finish_recording(
                self.uuid,
                duration_ms=round(seconds * 1000),
                state=RECOVERED,
                size=self._size,
                sha256=self._digest.hexdigest(),
            )
        raise StorageError("media.recorder.disk_full_kept", error=exc) from None

    def stop(self) -> Attachment:
        """End the stream, commit its last pages, write its length and fingerprint."""
        if self.closed:
            return self.attachment
        self._commit(self._encoder.close())
        self.closed = True
        self.attachment = self._store.finish_recording(
            self.uuid,
            duration_ms=round(self._encoder.seconds * 1000),
            state=COMPLETE,
            size=self._size,
            sha256=self._digest.hexdigest(),
        )
        return self.attachment
