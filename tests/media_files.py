"""Audio and video files as phones make them (AAC in m4a, H.264 + AAC in mp4, and the video
recorder's Matroska of MPEG-4 Part 2 + AAC), written by PyAV with a known length, a tone that
differs from file to file and a picture of one known colour, so a test can tell what played.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np

RATE = 48000
FPS = 25
SIZE = (320, 240)  # width, height
COLOUR = (40, 160, 90)  # the picture's background, RGB

# name → (PyAV's muxer, video codec or None for sound only)
KINDS = {
    "m4a": ("ipod", None),  # "ftypM4A": what phones' voice recorders write
    "mp4": ("mp4", "libx264"),
    "mkv": ("matroska", "mpeg4"),  # ui/media/video_recording.py's format
}


def _picture(i: int) -> np.ndarray:
    """The background colour with a white square moving along the top edge (frames differ)."""
    width, height = SIZE
    image = np.empty((height, width, 3), np.uint8)
    image[:] = COLOUR
    x = (i * 8) % (width - 32)
    image[4:36, x : x + 32] = 255
    return image


def write_media(
    path: Path, kind: str, seconds: float, seed: int = 1, rate: int = RATE, channels: int = 1
) -> Path:
    """Write ``seconds`` of sound (and of pictures for video kinds) to ``path``."""
    import av  # a test dependency: the callers skip without it

    muxer, video_codec = KINDS[kind]
    rng = np.random.default_rng(seed)
    with av.open(str(path), "w", format=muxer) as container:
        video = None
        if video_codec is not None:
            video = container.add_stream(video_codec, rate=FPS)
            video.width, video.height = SIZE
            video.pix_fmt = "yuv420p"
            if video_codec == "libx264":
                video.options = {"preset": "ultrafast"}
        layout = "stereo" if channels == 2 else "mono"
        audio = container.add_stream("aac", rate=rate, layout=layout)
        if video is not None:
            for i in range(round(seconds * FPS)):
                frame = av.VideoFrame.from_ndarray(_picture(i), format="rgb24").reformat(format="yuv420p")
                frame.pts = i
                frame.time_base = Fraction(1, FPS)
                for packet in video.encode(frame):
                    container.mux(packet)
            for packet in video.encode():
                container.mux(packet)
        total = round(seconds * rate)
        t = np.arange(total) / rate
        hz = 220 + 40 * seed
        sound = 0.3 * np.sin(2 * np.pi * hz * t) + 0.02 * rng.standard_normal(total)
        block = 1024
        for start in range(0, total, block):
            part = np.tile(sound[start : start + block].astype(np.float32), (channels, 1))
            frame = av.AudioFrame.from_ndarray(part, format="fltp", layout=layout)
            frame.sample_rate = rate
            frame.pts = start
            frame.time_base = Fraction(1, rate)
            for packet in audio.encode(frame):
                container.mux(packet)
        for packet in audio.encode():
            container.mux(packet)
    return path


def probed_seconds(path: Path) -> float:
    """The container's own length as FFmpeg (PyAV) reads it."""
    import av

    with av.open(str(path)) as container:
        return float(container.duration or 0) / 1_000_000
