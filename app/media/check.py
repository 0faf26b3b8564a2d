"""A recording made from a generated tone and decoded back: the self-test's recording step."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

import soundfile as sf

from app.media.encoder import PcmFormat
from app.media.reader import attachment_stream
from app.media.recorder import RecordingSink
from app.media.tone import tone_pcm

if TYPE_CHECKING:
    from app.store import Store

__all__ = ["ToneCheck", "record_tone"]

TOLERANCE_S = 0.2


@dataclass(frozen=True)
class ToneCheck:
    seconds: float  # what was fed
    decoded_seconds: float  # what the vault's bytes decode to
    stored_seconds: float  # the length the attachment records
    size: int
    hash_matches: bool
    media_type: str

    @property
    def ok(self) -> bool:
        return (
            self.hash_matches
            and abs(self.decoded_seconds - self.seconds) <= TOLERANCE_S
            and abs(self.stored_seconds - self.decoded_seconds) <= TOLERANCE_S
        )


def record_tone(store: Store, case_uuid: str, seconds: float = 3.0, testimony_uuid: str = "") -> ToneCheck:
    """Record ``seconds`` of a 440 Hz tone in 0.1 s blocks, as an audio input delivers them,
    then read the stored bytes back through the seekable reader and decode them."""
    fmt = PcmFormat(48000, 1)
    sink = RecordingSink(store, case_uuid, fmt, device="self-test tone", testimony_uuid=testimony_uuid)
    block = 4800
    for start in range(0, round(seconds * fmt.rate), block):
        sink.write(tone_pcm(block / fmt.rate, fmt.rate, start=start))
    attachment = sink.stop()
    stream = attachment_stream(store, attachment.uuid)
    digest = hashlib.sha256(stream.read() or b"").hexdigest()
    stream.seek(0)
    with sf.SoundFile(stream) as decoded:
        frames = sum(len(block) for block in decoded.blocks(blocksize=65536, dtype="int16"))
        rate = decoded.samplerate
    return ToneCheck(
        seconds=seconds,
        decoded_seconds=frames / rate,
        stored_seconds=attachment.duration_ms / 1000,
        size=attachment.size,
        hash_matches=digest == attachment.sha256,
        media_type=attachment.media_type,
    )
