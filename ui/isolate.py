"""Left-to-right islands in right-to-left text: paths, numbers, times, fingerprints.

In the Uyghur window a path or "2026-03-14 09:05" inside a sentence is otherwise reordered by
the bidi algorithm ("09:05 2026-03-14", a path's separators moved). A first-strong isolate
would take a Latin path's direction anyway, but a time has no strong character: LRI forces it.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["FSI", "LRI", "PDI", "RLM", "isolate", "joined", "ltr"]

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
RLM = "\u200f"


def ltr(text: str) -> str:
    """``text`` as a left-to-right isolate."""
    return f"{LRI}{text}{PDI}"


def isolate(text: str) -> str:
    """``text`` in its own direction (its first strong character's): a Latin name keeps its
    full stop at its end in the Uyghur window, an Uyghur name stays right to left."""
    return f"{FSI}{text}{PDI}"


def joined(parts: Iterable[str], separator: str, rtl: bool) -> str:
    """``parts`` (case numbers, names in any script) each in its own direction, in the order of
    the interface: read from the right in Uyghur. Without the mark, a line that starts with a
    Latin case number is laid out left to right and the Uyghur parts come out in reverse."""
    text = separator.join(isolate(p) for p in parts)
    return RLM + text if rtl else text
