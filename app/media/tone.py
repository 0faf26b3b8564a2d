"""Generated audio for the self-test, the benchmark and the tests: no microphone needed."""

from __future__ import annotations

import numpy as np

__all__ = ["tone_pcm", "pattern_pcm"]


def tone_pcm(
    seconds: float, rate: int = 48000, channels: int = 1, hz: float = 440.0, start: int = 0
) -> bytes:
    """A sine tone as int16 PCM; ``start`` (in frames) lets consecutive blocks join smoothly."""
    n = int(round(seconds * rate))
    t = (np.arange(n) + start) / rate
    wave = (0.3 * 32767 * np.sin(2 * np.pi * hz * t)).astype("<i2")
    return np.repeat(wave, channels).tobytes() if channels > 1 else wave.tobytes()


def pattern_pcm(pattern: bytes, rate: int = 48000, symbol_seconds: float = 0.05) -> bytes:
    """Each bit of ``pattern`` as one of two tones: audio that carries a recognisable code."""
    blocks = []
    frame = 0
    for byte in pattern:
        for bit in range(8):
            hz = 1200.0 if byte >> bit & 1 else 700.0
            blocks.append(tone_pcm(symbol_seconds, rate, hz=hz, start=frame))
            frame += int(round(symbol_seconds * rate))
    return b"".join(blocks)
