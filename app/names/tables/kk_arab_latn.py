"""Kazakh in Arabic script (töte, used by Kazakhs in Xinjiang) → Latin. A word starting with the
hamza ٴ has front vowels: its ا ۇ و ى read ä ü ö i."""

from __future__ import annotations

HAMZA = "ٴ"

# Letters töte writes and Uyghur does not (the hamza, the precomposed hamza vowels, ع and ح).
MARKERS = frozenset("ٴٵٶٷٸعح")

LETTERS: dict[str, str] = {
    "ا": "a",
    "ٵ": "ä",
    "ە": "e",
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ج": "zh",
    "چ": "ch",
    "ح": "h",
    "ھ": "h",
    "د": "d",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ع": "g",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "گ": "g",
    "ڭ": "n",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "و": "o",
    "ٶ": "ö",
    "ۇ": "u",
    "ٷ": "ü",
    "ۋ": "u",
    "ۆ": "v",
    "ى": "y",
    "ٸ": "i",
    "ي": "y",
    "ء": "",
}

# What a front-vowel word (hamza first) reads for the back-vowel letters.
FRONT: dict[str, str] = {"ا": "ä", "و": "ö", "ۇ": "ü", "ى": "i"}
