"""Recordings: PCM encoded in memory (encoder.py) and streamed into the vault as it is made
(recorder.py), read back as a seekable stream (reader.py), finished after a crash
(recovery.py); an already-encoded stream (a video's Matroska) streamed in the same way
(stream_sink.py) and measured after a crash (matroska.py); and the tones and measurements
the self-test and benchmarks use (tone.py)."""

from app.media.encoder import PcmFormat, StreamEncoder
from app.media.reader import ChunkStream, attachment_stream
from app.media.recorder import RecordingSink
from app.media.recovery import decoded_seconds, recover_unfinished
from app.media.stream_sink import StreamSink

__all__ = [
    "PcmFormat",
    "StreamEncoder",
    "ChunkStream",
    "attachment_stream",
    "RecordingSink",
    "StreamSink",
    "decoded_seconds",
    "recover_unfinished",
]
