"""Latin spellings of one sound brought together (for the name key): passport/English (zh, kh,
sh, ch), the 2021 Kazakh alphabet (j, q, ğ, ñ, ş, ç), ULY (x, gh, ng, é), informal messaging
Latin (Jaqsybekov, Qairat) and Turkish-style letters (ž, š, č, c).

Each digraph or letter maps to one sound class: a capital letter for a consonant class, "V"
for a vowel (key.py reads vowels by their quality). H (h, kh, x) is its own class: spellings
and Chinese transcription drop it or write it as k/q, so the similarity score counts it half.
"""

from __future__ import annotations

# Checked before single letters, longest first.
DIGRAPHS: dict[str, str] = {
    "dzh": "J",
    "shch": "S",
    "zh": "J",
    "dj": "J",
    "kh": "H",
    "gh": "G",
    "sh": "S",
    "ch": "C",
    "ts": "S",
    "ng": "N",
    "ph": "F",
}

LETTERS: dict[str, str] = {
    "a": "V",
    "ä": "V",
    "á": "V",
    "ə": "V",
    "e": "V",
    "é": "V",
    "i": "V",
    "ı": "V",
    "í": "V",
    "o": "V",
    "ö": "V",
    "ó": "V",
    "u": "V",
    "ū": "V",
    "ü": "V",
    "ú": "V",
    "y": "V",
    "b": "B",
    "p": "P",
    "v": "W",
    "w": "W",
    "f": "F",
    "d": "D",
    "t": "T",
    "j": "J",
    "ž": "J",
    "c": "J",
    "č": "C",
    "ç": "C",
    "s": "S",
    "ş": "S",
    "š": "S",
    "z": "Z",
    "k": "K",
    "q": "K",
    "x": "H",
    "h": "H",
    "g": "G",
    "ğ": "G",
    "l": "L",
    "m": "M",
    "n": "N",
    "ñ": "N",
    "r": "R",
}

# Pinyin (from pypinyin) reads some letters otherwise than Latin names do: its x and q are
# sh-like and ch-like, its c is ts.
PINYIN: dict[str, str] = {"x": "S", "q": "C", "c": "S", "h": "H", "zh": "J", "ch": "C", "sh": "S"}
