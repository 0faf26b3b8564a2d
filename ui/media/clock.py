"""Times as a person reads them beside a recording, and as time marks in a testimony."""

from __future__ import annotations

from ui.isolate import isolate, ltr

__all__ = ["clock", "time_mark", "with_length"]


def clock(ms: float) -> str:
    """``mm:ss`` (minutes go past 59: an interview of 75 minutes reads 75:03)."""
    seconds = max(0, int(ms // 1000))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def time_mark(ms: float) -> str:
    """What "Insert time mark" puts in the text: ``[mm:ss]``."""
    return f"[{clock(ms)}]"


def with_length(name: str, ms: float) -> str:
    """A file's name with its length, for lists: each an isolate (ui/isolate.py) so that in a
    right-to-left list the length does not run into the digits of the name (display only)."""
    return f"{ltr(clock(ms))} · {isolate(name)}" if ms else name
