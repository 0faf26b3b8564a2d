"""Uyghur Arabic script (UEY) → Uyghur Latin (ULY): é for ې, x for خ, gh for غ, ng for ڭ,
q for ق, zh for ژ, ch for چ, sh for ش, w for ۋ. The hamza carrier ئ only starts a vowel."""

from __future__ import annotations

# Letters Uyghur writes and Kazakh töte does not (töte writes ۆ too, for в).
MARKERS = frozenset("ېئۈ")

LETTERS: dict[str, str] = {
    "ا": "a",
    "ە": "e",
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ج": "j",
    "چ": "ch",
    "خ": "x",
    "د": "d",
    "ر": "r",
    "ز": "z",
    "ژ": "zh",
    "س": "s",
    "ش": "sh",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "گ": "g",
    "ڭ": "ng",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ھ": "h",
    "ه": "h",
    "و": "o",
    "ۇ": "u",
    "ۆ": "ö",
    "ۈ": "ü",
    "ۋ": "w",
    "ې": "é",
    "ى": "i",
    "ي": "y",
    "ئ": "",
    "ء": "",
}
