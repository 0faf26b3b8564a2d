"""Recordings a crash left open, finished at the next open with the length they really have.

What the vault holds of such a recording is an Ogg stream cut after its last committed page
(or, for a video, a Matroska stream cut after its last committed piece): it decodes as it is,
so finishing it means measuring it (libsndfile reads the last page's position; a video's
length is the span of its blocks, app/media/matroska.py) and writing its size, SHA-256 and
length.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

import soundfile as sf

from app.errors import IzdeuError
from app.media.matroska import block_span_seconds
from app.media.reader import attachment_stream
from app.media.stream_sink import MATROSKA_VIDEO
from app.store.recordings import RECOVERED

if TYPE_CHECKING:
    from app.model.records import Attachment
    from app.store import Store

__all__ = ["decoded_seconds", "recover_unfinished", "finish_left_recordings"]


def decoded_seconds(store: Store, attachment_uuid: str, media_type: str = "") -> float:
    """The decodable length of a stored recording; 0 when nothing of it decodes."""
    stream = attachment_stream(store, attachment_uuid)
    if stream.size == 0:
        return 0.0
    if media_type.startswith(MATROSKA_VIDEO):
        return block_span_seconds(stream)
    try:
        info = sf.info(stream)
    except (sf.LibsndfileError, RuntimeError, OSError):
        return 0.0
    return float(info.frames) / info.samplerate if info.samplerate else 0.0


def recover_unfinished(store: Store) -> list[Attachment]:
    """Finish every recording left open; returns them as they are now."""
    return [
        store.finish_recording(
            a.uuid, duration_ms=round(decoded_seconds(store, a.uuid, a.media_type) * 1000), state=RECOVERED
        )
        for a in store.unfinished_recordings()
    ]


def finish_left_recordings(store: Store) -> None:
    """At every open (CLI and window): a vault that cannot be written now still opens, and the
    next open tries again."""
    # A recording left open stays kept in the vault as recorded so far; failing to finish it
    # now (a read-only or full disk) must not stop the vault opening, and the next open
    # finishes it.
    with contextlib.suppress(IzdeuError):
        recover_unfinished(store)
