"""An already-encoded video stream committed to the vault as it comes (app/media/stream_sink.py)
and measured after a cut (app/media/matroska.py), without Qt: the Matroska stream is made by
PyAV, written sequentially as a recorder writes it."""

from __future__ import annotations

import hashlib
import io
from fractions import Fraction

import av
import numpy as np
import pytest

from app.errors import StorageError
from app.media import StreamSink, recover_unfinished
from app.media.matroska import block_span_seconds
from app.model import Case
from app.store import Store

FPS = 25


class _Sequential(io.RawIOBase):
    """Where PyAV writes: only forwards, as the recorder's pipe (no seek, no tell back)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.data += b
        return len(b)


def _matroska(seconds: float) -> bytes:
    out = _Sequential()
    with av.open(out, "w", format="matroska") as container:
        stream = container.add_stream("mpeg4", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
        for i in range(round(seconds * FPS)):
            picture = np.full((120, 160, 3), (i * 9) % 256, dtype=np.uint8)
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, FPS)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return bytes(out.data)


def _decoded_span(data: bytes) -> float:
    with av.open(io.BytesIO(data)) as container:
        stamps = [float(f.time) for f in container.decode(video=0)]
    return max(stamps) - min(stamps)


@pytest.fixture
def case(store: Store) -> Case:
    case = Case(case_number="IZ-VID-S")
    store.save(case)
    return case


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _feed(sink: StreamSink, data: bytes, clock: _Clock, piece: int = 1024) -> None:
    for start in range(0, len(data), piece):
        clock.now += 0.1
        sink.write(data[start : start + piece])


def test_a_stream_is_committed_as_it_comes_and_stored_whole(store: Store, case: Case) -> None:
    data = _matroska(4.0)
    clock = _Clock()
    sink = StreamSink(store, case.uuid, device="test camera", clock=clock)
    _feed(sink, data, clock)
    assert len(store.attachment_chunk_index(sink.uuid)) >= 2  # before stop: in the vault already
    attachment = sink.stop(duration_ms=4000)
    stored = b"".join(store.attachment_chunks(attachment.uuid))
    assert stored == data
    assert attachment.sha256 == hashlib.sha256(data).hexdigest() and attachment.size == len(data)
    assert attachment.recording_state == "complete" and attachment.duration_ms == 4000
    assert attachment.media_type == "video/x-matroska" and attachment.recorded_with == "test camera"


def test_a_cut_stream_measures_what_decodes(store: Store, case: Case) -> None:
    data = _matroska(4.0)
    for cut in (len(data) // 3, len(data) // 2, len(data) - 17):
        measured = block_span_seconds(io.BytesIO(data[:cut]))
        # Each track's first block is left out (app/media/matroska.py): one frame of 40 ms.
        assert abs(measured - _decoded_span(data[:cut])) <= 0.05, cut
    assert block_span_seconds(io.BytesIO(b"")) == 0.0
    assert block_span_seconds(io.BytesIO(b"\x1a\x45\xdf\xa3\x9f garbage")) == 0.0


def test_recovery_finishes_an_open_video_with_its_length(store: Store, case: Case) -> None:
    data = _matroska(4.0)
    clock = _Clock()
    sink = StreamSink(store, case.uuid, clock=clock)
    _feed(sink, data[: len(data) * 2 // 3], clock)  # then the process dies
    (recovered,) = recover_unfinished(store)
    kept = b"".join(store.attachment_chunks(recovered.uuid))
    assert recovered.recording_state == "recovered" and 1.5 < recovered.duration_ms / 1000 < 3.0
    assert abs(recovered.duration_ms / 1000 - _decoded_span(kept)) <= 0.05
    assert recovered.sha256 == hashlib.sha256(kept).hexdigest()


def test_disk_full_keeps_the_recorded_part_with_a_clear_error(
    store: Store, case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _matroska(4.0)
    clock = _Clock()
    sink = StreamSink(store, case.uuid, clock=clock)
    _feed(sink, data[: len(data) // 2], clock)
    kept = store.attachment_chunk_index(sink.uuid)
    assert kept

    def full(*args: object) -> None:
        raise StorageError("vault.disk_full")

    monkeypatch.setattr(store, "append_recording_chunk", full)
    with pytest.raises(StorageError) as err:
        _feed(sink, data[len(data) // 2 :], clock)
    assert err.value.key == "media.recorder.disk_full_kept"
    sink.write(b"more")  # nothing more is attempted
    attachment = sink.stop()
    assert attachment.recording_state == "recovered"
    assert store.attachment_chunk_index(sink.uuid) == kept
    held = b"".join(store.attachment_chunks(sink.uuid))
    assert attachment.sha256 == hashlib.sha256(held).hexdigest() and attachment.size == len(held)
    assert abs(attachment.duration_ms / 1000 - _decoded_span(held)) <= 0.05
