"""Uyghur Cyrillic → Uyghur Latin (ULY): Абдурехим → Abdurehim, -жан → -jan."""

from __future__ import annotations

# Uyghur Cyrillic is told from Kazakh by Җ (and by Е for ې): these letters only.
MARKERS = frozenset("җ")

LETTERS: dict[str, str] = {
    "а": "a",
    "ә": "e",
    "б": "b",
    "в": "w",
    "г": "g",
    "ғ": "gh",
    "д": "d",
    "е": "é",
    "ж": "j",
    "җ": "j",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ng",
    "о": "o",
    "ө": "ö",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ү": "ü",
    "ф": "f",
    "х": "x",
    "һ": "h",
    "ч": "ch",
    "ш": "sh",
    "ю": "yu",
    "я": "ya",
}
