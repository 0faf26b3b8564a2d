"""Left-to-right islands in right-to-left text: paths, numbers, times, fingerprints.

In the Uyghur window a path or "2026-03-14 09:05" inside a sentence is otherwise reordered by
the bidi algorithm ("09:05 2026-03-14", a path's separators moved). A first-strong isolate
would take a Latin path's direction anyway, but a time has no strong character: LRI forces it.
"""

from __future__ import annotations

__all__ = ["LRI", "PDI", "ltr"]

LRI, PDI = "\u2066", "\u2069"


def ltr(text: str) -> str:
    """``text`` as a left-to-right isolate."""
    return f"{LRI}{text}{PDI}"
