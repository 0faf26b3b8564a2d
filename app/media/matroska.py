"""The span of the blocks in a Matroska stream, for a video recording a crash cut off.

A stream written sequentially has no Duration element (the muxer writes it by seeking back at
the end, which a recording into the vault never does), so its length is the time between its
first and last block, the longest over its tracks. Each track's first block is left out: the
audio encoder's priming packet (which players skip) is written at the start of the timeline,
while the FFmpeg muxer here starts the rest of it near one second, when the first picture
arrived; a first picture left out costs one frame (40 ms) of the measure.

This reads only the EBML framing (element IDs and sizes), cluster timestamps and the 2-byte
relative timestamp at the start of each block; it decodes nothing.
"""

from __future__ import annotations

from typing import Protocol


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes | None: ...


__all__ = ["block_span_seconds"]

_SEGMENT = 0x18538067
_INFO = 0x1549A966
_TIMESTAMP_SCALE = 0x2AD7B1
_CLUSTER = 0x1F43B675
_CLUSTER_TIMESTAMP = 0xE7
_BLOCK_GROUP = 0xA0
_BLOCK = 0xA1
_SIMPLE_BLOCK = 0xA3
_CONTAINERS = {_SEGMENT, _INFO, _CLUSTER, _BLOCK_GROUP}
_UNKNOWN = -1


def _vint(data: bytes, pos: int, keep_marker: bool) -> tuple[int, int]:
    """(value, length) of the variable-length integer at ``pos``; ValueError if it is cut."""
    first = data[pos]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8 or pos + length > len(data):
        raise ValueError("cut")
    value = first if keep_marker else first & (0xFF >> length)
    for b in data[pos + 1 : pos + length]:
        value = (value << 8) | b
    if not keep_marker and value == (1 << (7 * length)) - 1:
        value = _UNKNOWN  # "unknown size": a live stream's Segment and Clusters
    return value, length


def block_span_seconds(stream: _Readable) -> float:
    """Seconds from the first block's timestamp to the last one's, the longest over the tracks;
    0 when none is readable. A stream cut in the middle of an element counts up to the last
    whole block."""
    data = stream.read() or b""
    scale = 1_000_000  # nanoseconds per timestamp unit (the default)
    cluster = 0
    spans: dict[int, tuple[int, int]] = {}  # track → (first, last) timestamp, from its 2nd block
    seen: set[int] = set()
    pos = 0
    while pos < len(data):
        try:
            ident, id_len = _vint(data, pos, keep_marker=True)
            size, size_len = _vint(data, pos + id_len, keep_marker=False)
        except (ValueError, IndexError):
            break
        body = pos + id_len + size_len
        if ident in _CONTAINERS:
            pos = body  # step into it: its children follow
            continue
        if size == _UNKNOWN or body + size > len(data):
            break
        payload = data[body : body + size]
        if ident == _TIMESTAMP_SCALE:
            scale = int.from_bytes(payload, "big") or scale
        elif ident == _CLUSTER_TIMESTAMP:
            cluster = int.from_bytes(payload, "big")
        elif ident in (_SIMPLE_BLOCK, _BLOCK):
            try:
                track, track_len = _vint(payload, 0, keep_marker=False)
            except (ValueError, IndexError):
                break
            relative = int.from_bytes(payload[track_len : track_len + 2], "big", signed=True)
            stamp = cluster + relative
            if track not in seen:
                seen.add(track)
            else:
                first, last = spans.get(track, (stamp, stamp))
                spans[track] = (min(first, stamp), max(last, stamp))
        pos = body + size
    longest = max((last - first for first, last in spans.values()), default=0)
    return longest * scale / 1e9
