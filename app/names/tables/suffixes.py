"""Endings that Russian, Kazakh and English spellings add to or change in a father's name
(Жақсыбеков / Жақсыбекұлы / Zhaksybekuly / 加克斯别克): the key drops them so the stem is
compared. In Latin, as translit.py reads every script; longest first when matched."""

from __future__ import annotations

PATRONYMIC: tuple[str, ...] = (
    "ovich",
    "evich",
    "ovna",
    "evna",
    "kyzy",
    "qyzy",
    "kyzi",
    "qizi",
    "kizi",
    "ogly",
    "uly",
    "uli",
    "ulu",
    "ova",
    "eva",
    "ov",
    "ev",
)

# A stem shorter than this keeps its ending: "Ov" alone is not a name stem.
MIN_STEM = 3
