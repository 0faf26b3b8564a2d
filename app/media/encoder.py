"""PCM encoded in memory by libsndfile (``soundfile``): Ogg Opus for speech, never a file.

libsndfile writes the Ogg stream into :class:`DrainBuffer`, a file-like object that only ever
grows at its end; the recorder takes the bytes out as they come (``drain``), so memory holds a
few pages of audio, whatever the length of the recording. Ogg is a streaming format: whatever
was drained so far is a stream a player can decode, which is what makes a crash survivable.
"""

from __future__ import annotations

from dataclasses import dataclass

import soundfile as sf

from app.errors import InvalidInputError

__all__ = ["PcmFormat", "DrainBuffer", "StreamEncoder", "OPUS_RATES"]

# Opus encodes only these rates; any other is encoded as Vorbis (same Ogg container).
OPUS_RATES = frozenset({8000, 12000, 16000, 24000, 48000})
MAX_CHANNELS = 2


@dataclass(frozen=True)
class PcmFormat:
    """Signed 16-bit little-endian interleaved PCM, as an audio input delivers it."""

    rate: int
    channels: int

    @property
    def frame_bytes(self) -> int:
        return 2 * self.channels

    @property
    def subtype(self) -> str:
        return "OPUS" if self.rate in OPUS_RATES else "VORBIS"

    @property
    def media_type(self) -> str:
        return f"audio/ogg; codecs={self.subtype.lower()}"

    def check(self) -> None:
        if not 8000 <= self.rate <= 192000 or not 1 <= self.channels <= MAX_CHANNELS:
            raise InvalidInputError("media.encoder.unsupported_format")


class DrainBuffer:
    """Append-only sink for libsndfile: ``tell`` counts every byte ever written; seeking
    anywhere but the current end is refused (an Ogg writer never needs it)."""

    def __init__(self) -> None:
        self._pending = bytearray()
        self._position = 0

    def write(self, data: bytes) -> int:
        self._pending += data
        self._position += len(data)
        return len(data)

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = 0) -> int:
        target = offset if whence == 0 else self._position + offset
        if target != self._position:
            raise OSError("a recording stream cannot seek back")
        return self._position

    def read(self, size: int = -1) -> bytes:
        return b""

    def flush(self) -> None:
        return None

    def drain(self) -> bytes:
        data = bytes(self._pending)
        self._pending.clear()
        return data

    def __len__(self) -> int:
        return len(self._pending)


class StreamEncoder:
    """Feed PCM with :meth:`write`, take the encoded bytes with :meth:`drain`."""

    def __init__(self, fmt: PcmFormat) -> None:
        fmt.check()
        self.format = fmt
        self.frames = 0
        self._sink = DrainBuffer()
        self._file: sf.SoundFile | None = sf.SoundFile(
            self._sink, "w", samplerate=fmt.rate, channels=fmt.channels, format="OGG", subtype=fmt.subtype
        )
        self._tail = b""  # an odd byte or partial frame kept for the next block

    def write(self, pcm: bytes) -> None:
        if self._file is None:
            raise InvalidInputError("media.encoder.recording_closed")
        data = self._tail + bytes(pcm)
        whole = len(data) - len(data) % self.format.frame_bytes
        self._tail = data[whole:]
        if whole:
            self._file.buffer_write(data[:whole], dtype="int16")
            self.frames += whole // self.format.frame_bytes

    def drain(self) -> bytes:
        return self._sink.drain()

    @property
    def pending(self) -> int:
        return len(self._sink)

    @property
    def seconds(self) -> float:
        return self.frames / self.format.rate

    def close(self) -> bytes:
        """End the stream (the last pages); returns what was not drained yet."""
        if self._file is not None:
            self._file.close()
            self._file = None
        return self._sink.drain()
