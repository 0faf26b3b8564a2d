"""Reading a name in any supported script as Latin: words, per-script tables, pinyin for Han.

A word is read into segments (Latin text, whether it came from pypinyin): the name key folds
pinyin's letters by their own values (latn_sounds.PINYIN). :func:`to_latin` gives the readable
transliteration (passport practice for Kazakh and Russian, ULY for Uyghur).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from app.names.script import Script, detect, is_han
from app.names.tables import cyrl_latn, kk_arab_latn, ug_arab_latn, ug_cyrl_latn, zh_turkic

__all__ = ["Segment", "MAX_NAME", "arabic_hint", "read_word", "split_words", "to_latin"]

# Longer input is cut: a name is at most a few hundred characters (app/model/text.py NAME).
MAX_NAME = 400
_LONGEST_PART = max(map(len, zh_turkic.PARTS))
# Marks inside a word that are not letters and do not split it (Nu'erlan, O‘ralbay).
_INNER = frozenset("'’ʼ‘`ʻ\u200c\u200d\u0640")


@dataclass(frozen=True)
class Segment:
    text: str
    pinyin: bool = False


def split_words(text: str) -> list[str]:
    """The words of a name: runs of letters (with their marks); anything else separates."""
    words: list[str] = []
    word: list[str] = []
    for ch in text[:MAX_NAME]:
        if ch in _INNER:
            continue
        cat = unicodedata.category(ch)
        if cat[0] == "L" or cat in ("Mn", "Mc"):
            # Han and other scripts glued together still make separate words.
            if word and is_han(ch) != is_han(word[-1]):
                words.append("".join(word))
                word = []
            word.append(ch)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return words


def _table(word: str, letters: dict[str, str]) -> str:
    return "".join(letters.get(ch, ch) for ch in word.lower())


def _tote(word: str) -> str:
    front = kk_arab_latn.HAMZA in word
    out = []
    for ch in word:
        if front and ch in kk_arab_latn.FRONT:
            out.append(kk_arab_latn.FRONT[ch])
        else:
            out.append(kk_arab_latn.LETTERS.get(ch, ch))
    return "".join(out).replace(kk_arab_latn.HAMZA, "")


def _han(word: str) -> tuple[Segment, ...]:
    from pypinyin import Style, lazy_pinyin

    out: list[Segment] = []
    i = 0
    while i < len(word):
        for size in range(min(_LONGEST_PART, len(word) - i), 0, -1):
            part = zh_turkic.PARTS.get(word[i : i + size])
            if part is not None:
                out.append(Segment(part))
                i += size
                break
        else:
            out += [Segment(s, True) for s in lazy_pinyin(word[i], style=Style.NORMAL) if s.isalpha()]
            i += 1
    return tuple(out)


def arabic_hint(words: list[str]) -> Script | None:
    """Töte for every Arabic-script word of a name when one of them has a töte letter: a
    name is written in one script, and most of its words look the same in both."""
    if any(detect(w) is Script.KAZAKH_ARABIC for w in words):
        return Script.KAZAKH_ARABIC
    return None


@functools.lru_cache(maxsize=65536)
def read_word(word: str, hint: Script | None = None) -> tuple[Segment, ...]:
    """One word as Latin segments, lower case; ``hint`` from :func:`arabic_hint`."""
    script = detect(word)
    if hint is not None and script is Script.UYGHUR_ARABIC:
        script = hint
    if script is Script.HAN:
        return _han(word)
    if script is Script.CYRILLIC:
        return (Segment(_table(word, cyrl_latn.LETTERS)),)
    if script is Script.UYGHUR_CYRILLIC:
        return (Segment(_table(word, ug_cyrl_latn.LETTERS)),)
    if script is Script.UYGHUR_ARABIC:
        return (Segment(_table(word, ug_arab_latn.LETTERS)),)
    if script is Script.KAZAKH_ARABIC:
        return (Segment(_tote(word)),)
    return (Segment(word.lower()),)


def to_latin(text: str) -> str:
    """A readable Latin transliteration of a name in any supported script: Kazakh and Russian
    Cyrillic as in passports (Нұрлан Жақсыбеков → Nurlan Zhaksybekov), Uyghur as ULY
    (ئابدۇرېھىم → Abduréhim), Kazakh töte, Chinese through the Turkic name parts and pinyin
    (努尔兰·加克斯别克 → Nurlan Jaksbek). Latin text is kept as written; every word is
    capitalised; separators become single spaces."""
    words = []
    split = split_words(text)
    hint = arabic_hint(split)
    for word in split:
        if detect(word) is Script.LATIN:
            words.append(word)
            continue
        latin = "".join(s.text for s in read_word(word, hint))
        if latin:
            words.append(latin[:1].upper() + latin[1:])
    return " ".join(words)
