"""Recordings: PCM encoded in memory (encoder.py) and streamed into the vault as it is made
(recorder.py), read back as a seekable stream (reader.py), finished after a crash
(recovery.py), and the tones and measurements the self-test and benchmarks use (tone.py)."""

from app.media.encoder import PcmFormat, StreamEncoder
from app.media.reader import ChunkStream, attachment_stream
from app.media.recorder import RecordingSink
from app.media.recovery import decoded_seconds, recover_unfinished

__all__ = [
    "PcmFormat",
    "StreamEncoder",
    "ChunkStream",
    "attachment_stream",
    "RecordingSink",
    "decoded_seconds",
    "recover_unfinished",
]
