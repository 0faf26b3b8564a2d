"""Left-to-right islands in right-to-left text: paths, numbers, times, fingerprints.

In the Uyghur window a path or "2026-03-14 09:05" inside a sentence is otherwise reordered by
the bidi algorithm ("09:05 2026-03-14", a path's separators moved). A first-strong isolate
would take a Latin path's direction anyway, but a time has no strong character: LRI forces it.
"""

from __future__ import annotations

__all__ = ["FSI", "LRI", "PDI", "isolate", "ltr"]

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def ltr(text: str) -> str:
    """``text`` as a left-to-right isolate."""
    return f"{LRI}{text}{PDI}"


def isolate(text: str) -> str:
    """``text`` in its own direction (its first strong character's): a Latin name keeps its
    full stop at its end in the Uyghur window, an Uyghur name stays right to left."""
    return f"{FSI}{text}{PDI}"
