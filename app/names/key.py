"""The name key: a phonetic skeleton in Latin that the spellings of one name share.

Every word is read as Latin (translit.py), its patronymic ending dropped (suffixes.py), and its
letters folded into sound classes (latn_sounds.py). The *key* keeps the first sound (a vowel as
its quality) and then the consonants only, so the vowels Chinese transcription inserts
(nu-er-lan) and the vowels spellings disagree on (Abduvali / Abduweli) do not count; the
*loose* form keeps vowel qualities too, for the similarity score to tell Бақыт from Бекет.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from app.names.script import Script, detect
from app.names.tables import latn_sounds, suffixes
from app.names.translit import Segment, arabic_hint, read_word, split_words

__all__ = ["KEY_VERSION", "WordKey", "coarse_key", "word_keys", "name_key", "MAX_WORDS"]

# Bumped whenever keys change (tables, rules): a vault whose name-key index was built with
# another version is re-indexed when opened (Store.ensure_search_index).
KEY_VERSION = 2

# A name with more words than this is cut: no real name has them, and the similarity score
# compares words pairwise.
MAX_WORDS = 8

_VOWEL_QUALITY = {
    "a": "a",
    "á": "a",
    "ä": "e",
    "ə": "e",
    "e": "e",
    "é": "e",
    "i": "i",
    "ı": "i",
    "í": "i",
    "y": "i",
    "o": "o",
    "ö": "o",
    "ó": "o",
    "u": "u",
    "ū": "u",
    "ü": "u",
    "ú": "u",
    "v": "u",  # pypinyin writes ü as v
}


# The coarse key merges the sounds that spellings and Chinese transcription swap (r/l, k/g/h,
# the sibilants, b/p/w/f, d/t) and drops h and a first vowel: candidates for the similarity
# score are looked up by it too (app/store/namekeys.py), so 拉吐尔 finds Ратұров.
_COARSE = str.maketrans(
    {"R": "L", "G": "K", "Z": "S", "J": "S", "C": "S", "P": "B", "W": "B", "F": "B", "D": "T", "H": None}
)


def coarse_key(key: str) -> str:
    body = key[1:] if key[:1].islower() else key
    merged = body.translate(_COARSE)
    return "".join(c for i, c in enumerate(merged) if i == 0 or c != merged[i - 1])


@dataclass(frozen=True)
class WordKey:
    key: str  # first sound, then consonant classes: "nRLN" for Nurlan
    loose: str  # every sound: "nuRLaN"
    han: bool  # read from Chinese characters (its vowels are the transcription's)


def _plain(text: str) -> str:
    """Lower case Latin with its diacritics kept only where they tell sounds apart."""
    return unicodedata.normalize("NFC", text.lower())


def _strip_patronymic(latin: str) -> str:
    flat = "".join(c for c in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(c))
    flat = flat.replace("ı", "i")
    for ending in suffixes.PATRONYMIC:
        if flat.endswith(ending) and len(flat) - len(ending) >= suffixes.MIN_STEM:
            return latin[: len(latin) - len(ending)] if len(flat) == len(latin) else flat[: -len(ending)]
    return latin


def _sounds(segment: Segment) -> list[str]:
    """Sound classes: consonants as capital letters, vowels as their quality letter."""
    text = _plain(segment.text)
    out: list[str] = []
    i = 0
    while i < len(text):
        for size in (4, 3, 2):
            piece = text[i : i + size]
            if len(piece) < size:
                continue
            sound = (latn_sounds.PINYIN.get(piece) if segment.pinyin else None) or latn_sounds.DIGRAPHS.get(
                piece
            )
            if sound:
                out.append(sound)
                i += size
                break
        else:
            ch = text[i]
            i += 1
            if segment.pinyin and ch in latn_sounds.PINYIN:
                out.append(latn_sounds.PINYIN[ch])
            elif ch in _VOWEL_QUALITY and (ch != "v" or segment.pinyin):
                out.append(_VOWEL_QUALITY[ch])
            elif ch in latn_sounds.LETTERS:
                out.append(latn_sounds.LETTERS[ch])
    return out


def _word_key(segments: tuple[Segment, ...], han: bool) -> WordKey | None:
    sounds: list[str] = []
    for segment in segments:
        sounds += _sounds(segment)
    # One sound written twice (Маммат, Aliyya) is one sound.
    collapsed = [s for i, s in enumerate(sounds) if i == 0 or s != sounds[i - 1]]
    if not collapsed:
        return None
    loose = "".join(collapsed)
    consonants = [s for s in collapsed[1:] if s.isupper()]
    # Chinese transcription doubles consonants across syllables (买买提 mai-mai-ti stays MMT).
    key = collapsed[0] + "".join(consonants)
    return WordKey(key, loose, han)


@functools.lru_cache(maxsize=65536)
def _keys(text: str) -> tuple[WordKey, ...]:
    words = split_words(text)[:MAX_WORDS]
    hint = arabic_hint(words)
    out: list[WordKey] = []
    for word in words:
        han = detect(word) is Script.HAN
        segments = read_word(word, hint)
        if not han and segments:
            segments = (Segment(_strip_patronymic(segments[0].text), segments[0].pinyin),)
        key = _word_key(segments, han)
        if key is not None:
            out.append(key)
    return tuple(out)


def word_keys(text: str) -> tuple[WordKey, ...]:
    """The key of every word of a name, in order (at most MAX_WORDS)."""
    return _keys(text)


def name_key(text: str) -> str:
    """The keys of a name's words joined by spaces: equal for equal-sounding spellings."""
    return " ".join(k.key for k in _keys(text))
