"""Counted nouns in the command line's English: "1 case" and "9 cases", never a bracketed plural.

The desktop app takes its plural forms from the translation catalogues (Qt's numerus
messages); the command line speaks English only (docs/cli.md), where one rule and a few
irregular nouns given by the caller are enough.
"""

from __future__ import annotations

__all__ = ["count"]


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun``, the noun in the plural unless ``n`` is exactly one.

    The last word of ``noun`` takes the plural ("possible duplicate" → "possible duplicates");
    ``plural`` gives an irregular one whole.
    """
    if n == 1:
        return f"{n} {noun}"
    return f"{n} {plural if plural is not None else _plural(noun)}"


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"
