"""Bidirectional levels for one paragraph of plain text (Unicode UAX #9, rules P2-I2).

python-bidi's public API only returns the reordered string, not the levels, and its pure-Python
fallback has no bracket-pair rule (N0), which Uyghur text with "(...)" needs. So the levels are
resolved here from ``unicodedata`` character types. Dossier text is plain user input, so the
explicit embedding/isolate controls (LRE, RLI, ...) are removed beforehand rather than
interpreted; LRM/RLM/ALM are kept and act as the strong characters they are.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Literal

from bidi import get_base_level

from app.dossier.text.chars import RTL_CANDIDATES

__all__ = [
    "Direction",
    "EXPLICIT_CONTROLS",
    "base_level",
    "mirror",
    "reorder_runs",
    "resolve_levels",
    "visual_order",
]

Direction = Literal["auto", "ltr", "rtl"]

# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
EXPLICIT_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Bidi_Paired_Bracket pairs (BidiBrackets.txt) that can plausibly occur in dossiers.
_PAIRS = (
    "()[]{}\u0f3a\u0f3b\u0f3c\u0f3d\u169b\u169c\u2045\u2046\u207d\u207e\u208d\u208e"
    "\u2329\u232a\u2768\u2769\u276a\u276b\u276c\u276d\u27e6\u27e7\u27e8\u27e9\u27ea\u27eb"
    "\u2983\u2984\u2985\u2986\u3008\u3009\u300a\u300b\u300c\u300d\u300e\u300f\u3010\u3011"
    "\u3014\u3015\u3016\u3017\u3018\u3019\u301a\u301b\ufe59\ufe5a\ufe5b\ufe5c\ufe5d\ufe5e"
    "\uff08\uff09\uff3b\uff3d\uff5b\uff5d\uff5f\uff60\uff62\uff63"
)
_OPENING = {_PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)}
_CLOSING = {v: k for k, v in _OPENING.items()}
# Canonical equivalents that must pair with each other (BD16 note).
_CANON = {"\u2329": "\u3008", "\u232a": "\u3009"}

# Bidi_Mirroring_Glyph for the characters a glyph-level mirror is needed for; HarfBuzz mirrors
# these itself in RTL runs, this table only serves :func:`visual_order`.
_MIRROR = {
    **_OPENING,
    **_CLOSING,
    "<": ">",
    ">": "<",
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",
    "\u2039": "\u203a",
    "\u203a": "\u2039",
}

_NEUTRAL = frozenset(("B", "S", "WS", "ON"))


def base_level(text: str, direction: Direction = "auto") -> int:
    """Paragraph embedding level: 0 for LTR, 1 for RTL; ``auto`` uses the first strong char."""
    if direction == "ltr":
        return 0
    if direction == "rtl":
        return 1
    # Rules P2/P3; text without any strong character is LTR.
    return get_base_level(text) if text else 0


def _types(text: str) -> list[str]:
    out = []
    for ch in text:
        t = unicodedata.bidirectional(ch) or "L"  # unassigned code points count as L
        if t in ("LRI", "RLI", "FSI", "PDI", "LRE", "RLE", "LRO", "RLO", "PDF"):
            t = "BN"
        out.append(t)
    return out


def resolve_levels(text: str, base: int) -> list[int]:
    """Embedding level of every character of ``text`` (one paragraph, no explicit controls)."""
    n = len(text)
    if not n:
        return []
    if base == 0 and RTL_CANDIDATES.search(text) is None:
        # No R, AL or AN character: in a left-to-right paragraph every rule below resolves
        # every character to level 0 (numbers follow the L before them or sos, W7).
        return [0] * n
    types = _types(text)
    e_dir = "R" if base % 2 else "L"
    sos = e_dir

    # X9: boundary neutrals (BN) take the type of the character before them so that the
    # following rules see through them; they get a level below like their neighbour.
    prev = sos
    for i, t in enumerate(types):
        if t == "BN":
            types[i] = prev if prev in ("L", "R", "AL", "EN", "AN") else "ON"
        prev = types[i]

    # W1: NSM takes the type of the previous character.
    prev = sos
    for i, t in enumerate(types):
        if t == "NSM":
            types[i] = "ON" if prev in ("LRI", "RLI", "FSI", "PDI") else prev
        prev = types[i]
    # W2: EN after AL becomes AN.  W3: AL becomes R.
    last_strong = sos
    for i, t in enumerate(types):
        if t in ("L", "R", "AL"):
            last_strong = t
        elif t == "EN" and last_strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: single ES/CS between two numbers of the same kind.
    for i in range(1, n - 1):
        t, a, b = types[i], types[i - 1], types[i + 1]
        if t == "ES" and a == b == "EN":
            types[i] = "EN"
        elif t == "CS" and a == b and a in ("EN", "AN"):
            types[i] = a
    # W5: ET sequences adjacent to EN become EN.
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                for k in range(i, j):
                    types[k] = "EN"
            i = j
        else:
            i += 1
    # W6: remaining separators and terminators become ON.
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]
    # W7: EN after L (or an L start) becomes L.
    last_strong = sos
    for i, t in enumerate(types):
        if t in ("L", "R"):
            last_strong = t
        elif t == "EN" and last_strong == "L":
            types[i] = "L"

    _resolve_brackets(text, types, e_dir, sos)

    # N1/N2: neutral sequences between two strongs of one direction take it, else e_dir.
    def strong_of(t: str) -> str:
        return "R" if t in ("R", "EN", "AN") else t

    i = 0
    while i < n:
        if types[i] in _NEUTRAL:
            j = i
            while j < n and types[j] in _NEUTRAL:
                j += 1
            before = strong_of(types[i - 1]) if i > 0 else sos
            after = strong_of(types[j]) if j < n else sos  # eos equals sos: one level run
            fill = before if before == after else e_dir
            for k in range(i, j):
                types[k] = fill
            i = j
        else:
            i += 1

    # I1/I2.
    levels = []
    for t in types:
        if base % 2 == 0:
            levels.append(base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0))
        else:
            levels.append(base + (1 if t in ("L", "EN", "AN") else 0))
    return levels


def _resolve_brackets(text: str, types: list[str], e_dir: str, sos: str) -> None:
    """Rule N0: a bracket pair takes the direction of the text it encloses (and its context)."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if types[i] != "ON":
            continue
        ch = _CANON.get(ch, ch)
        if ch in _OPENING:
            if len(stack) == 63:  # BD16: stop looking for pairs on overflow
                break
            stack.append((_CANON.get(_OPENING[ch], _OPENING[ch]), i))
        elif ch in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    pairs.sort()

    def strong_of(t: str) -> str | None:
        if t == "L":
            return "L"
        if t in ("R", "EN", "AN"):
            return "R"
        return None

    for open_i, close_i in pairs:
        inside = {strong_of(types[k]) for k in range(open_i + 1, close_i)} - {None}
        if not inside:
            continue
        if e_dir in inside:
            new = e_dir
        else:
            before = sos
            for k in range(open_i - 1, -1, -1):
                s = strong_of(types[k])
                if s:
                    before = s
                    break
            new = before if before != e_dir else e_dir
        types[open_i] = types[close_i] = new
        # Non-spacing marks after a bracket follow it (they were given ON by W1).
        for idx in (open_i, close_i):
            k = idx + 1
            while k < len(text) and unicodedata.category(text[k]) == "Mn":
                types[k] = new
                k += 1


def reorder_runs(levels: Sequence[int]) -> list[int]:
    """Rule L2 over items: the display order (indices) of items with the given levels."""
    order = list(range(len(levels)))
    if not order:
        return order
    highest = max(levels)
    lowest_odd = min(lv for lv in levels) | 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def mirror(ch: str) -> str:
    """The mirrored form of a bracket-like character (itself if it has none we know)."""
    return _MIRROR.get(ch, ch)


def visual_order(text: str, direction: Direction = "auto") -> str:
    """Characters of one line in display order, mirrored where at an odd level.

    For tests and debugging: the renderer reorders shaped runs, not characters.
    """
    text = "".join(ch for ch in text if ch not in EXPLICIT_CONTROLS)
    levels = resolve_levels(text, base_level(text, direction))
    return "".join(mirror(text[i]) if levels[i] % 2 else text[i] for i in reorder_runs(levels))
