"""An attachment's chunks read as one seekable stream (playback, decoding), never a file.

The chunk index (sequence numbers and lengths) is read once; a read fetches only the chunks it
covers, through ``fetch`` — a store call, or in the UI a call run on the DB thread — and keeps
the last one, so a player reading forwards costs one query per chunk.
"""

from __future__ import annotations

import bisect
import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store import Store

__all__ = ["ChunkStream", "attachment_stream"]


class ChunkStream(io.RawIOBase):
    def __init__(self, index: Sequence[tuple[int, int]], fetch: Callable[[int], bytes]) -> None:
        super().__init__()
        self._seqs = [seq for seq, _ in index]
        self._starts: list[int] = []
        total = 0
        for _, length in index:
            self._starts.append(total)
            total += length
        self.size = total
        self._fetch = fetch
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise OSError("negative seek position")
        self._pos = base + offset
        return self._pos

    def _chunk(self, i: int) -> bytes:
        if self._cached is None or self._cached[0] != i:
            self._cached = (i, self._fetch(self._seqs[i]))
        return self._cached[1]

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self.size:
            i = bisect.bisect_right(self._starts, self._pos) - 1
            data = self._chunk(i)
            within = self._pos - self._starts[i]
            piece = data[within : within + len(view) - done]
            if not piece:  # a chunk shorter than its index said: the stream ends here
                break
            view[done : done + len(piece)] = piece
            done += len(piece)
            self._pos += len(piece)
        return done

    def read_at(self, position: int, size: int) -> bytes:
        self.seek(position)
        return self.read(size) or b""


def attachment_stream(store: Store, attachment_uuid: str) -> ChunkStream:
    """A stream over the attachment as the vault holds it now (on the store's thread)."""
    return ChunkStream(
        store.attachment_chunk_index(attachment_uuid),
        lambda seq: store.attachment_chunk(attachment_uuid, seq),
    )
