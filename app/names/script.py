"""Which script (and which language's use of it) a word is written in: enough to choose a
transliteration table. Decided by letters only one of the candidates uses."""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from app.names.tables import kk_arab_latn, ug_arab_latn, ug_cyrl_latn

__all__ = ["Script", "detect", "is_han"]

_KAZAKH_CYRILLIC = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


class Script(StrEnum):
    LATIN = "latn"
    CYRILLIC = "cyrl"  # Kazakh or Russian: one table serves both
    UYGHUR_CYRILLIC = "ug-cyrl"
    UYGHUR_ARABIC = "ug-arab"
    KAZAKH_ARABIC = "kk-arab"
    HAN = "han"
    OTHER = "other"


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3134F
    )


def _family(ch: str) -> Script | None:
    cp = ord(ch)
    if is_han(ch):
        return Script.HAN
    if 0x0400 <= cp <= 0x04FF:
        return Script.CYRILLIC
    if 0x0600 <= cp <= 0x06FF or 0xFB50 <= cp <= 0xFEFF:
        return Script.UYGHUR_ARABIC
    if ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"):
        return Script.LATIN
    return None


def detect(word: str) -> Script:
    """The script most of ``word``'s letters are in, refined by marker letters."""
    counts: dict[Script, int] = {}
    for ch in word:
        family = _family(ch)
        if family is not None:
            counts[family] = counts.get(family, 0) + 1
    if not counts:
        return Script.OTHER
    family = max(counts, key=lambda s: counts[s])
    lower = word.lower()
    if family is Script.CYRILLIC:
        if any(c in ug_cyrl_latn.MARKERS for c in lower):
            return Script.UYGHUR_CYRILLIC
        return Script.CYRILLIC
    if family is Script.UYGHUR_ARABIC:
        kazakh = sum(c in kk_arab_latn.MARKERS for c in word)
        uyghur = sum(c in ug_arab_latn.MARKERS for c in word)
        return Script.KAZAKH_ARABIC if kazakh > uyghur else Script.UYGHUR_ARABIC
    return family


def kazakh_letters(word: str) -> bool:
    return any(c in _KAZAKH_CYRILLIC for c in word)
