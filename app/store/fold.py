"""Folding text for search: case, diacritics, Kazakh-specific letters (in Cyrillic and in
Arabic script), CJK per character.

The same folding is applied to indexed text and to queries. It keeps a map back to positions
in the original text so snippets and highlights are cut from the text as recorded.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["FOLD_VERSION", "fold", "fold_with_map", "is_cjk", "quick_fold", "query_terms"]

# Kazakh letters folded onto their Russian look-alikes: families and officials spell the same
# name both ways (Нұрлан / Нурлан), and Kazakh Latin's dotless ı onto i. Russian spellings of
# Kazakh names add soft and hard signs (Әсел / Асель, Гүл / Гуль): they are dropped.
_KAZAKH = str.maketrans(
    {
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "ı": "i",
        "ё": "е",
        "ь": None,
        "ъ": None,
        # Arabic script. Kazakh töte marks a front-vowel word with a high hamza (ٴ; in ٵ ٶ ٷ ٸ
        # it falls out of NFKD) that is often left out, and Uyghur writes a hamza seat (ئ)
        # before a vowel that Kazakh does not: both are dropped, so ٴالىم = الىم and
        # ئاقجول = اقجول. Uyghur ö and ü (ۆ ۈ) meet töte's ٶ ٷ without their hamza (و ۇ);
        # the Persian keyboard's yeh, keheh and heh (ی ک ه) are the letters Uyghur and Kazakh
        # write (ى ك ە).
        # Arabic keyboards give yeh (ي) and alef maksura (ى) side by side: one letter here.
        "\u0674": None,
        "\u0621": None,
        "\u06c6": "\u0648",
        "\u06c8": "\u06c7",
        "\u06cc": "\u0649",
        "\u064a": "\u0649",
        "\u06a9": "\u0643",
        "\u0647": "\u06d5",
    }
)
# Bumped whenever folding changes: a vault whose index was built with another version is
# re-indexed when opened (Store.ensure_search_index).
FOLD_VERSION = 3
# Invisible characters that must not split or change a word: joiners, bidi controls, tatweel.
_DROP = {
    0x200B,
    0x200C,
    0x200D,
    0x200E,
    0x200F,
    0x061C,
    0x0640,
    0xFEFF,
    0x00AD,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
}


# Uyghur's hamza seat, dropped before NFKD would split it into yeh and a hamza (see _KAZAKH).
_ARABIC_SEATS = frozenset({"\u0626"})


@functools.lru_cache(maxsize=65536)
def is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3134F
        or 0x3040 <= cp <= 0x30FF
        or 0xAC00 <= cp <= 0xD7AF
    )


@functools.lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    if ord(ch) in _DROP or ch in _ARABIC_SEATS:
        return ""
    out = []
    for c in unicodedata.normalize("NFKD", ch.casefold()):
        if unicodedata.category(c) == "Mn" and not ("\u0600" <= c <= "\u06ff"):
            continue
        out.append(c)
    return "".join(out).translate(_KAZAKH)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the index of its source character."""
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if is_cjk(ch):
            # Each Han character becomes its own token, so any substring is a phrase query.
            if chars and chars[-1] != " ":
                chars.append(" ")
                origin.append(i)
            chars.extend((ch, " "))
            origin.extend((i, i))
            continue
        folded = _fold_char(ch)
        chars.extend(folded)
        origin.extend([i] * len(folded))
    return "".join(chars), origin


def quick_fold(text: str) -> str | None:
    """Case and Kazakh-letter folding that keeps every position (no diacritic or CJK handling);
    None when folding would change the length. Used to find a match fast in long text."""
    folded = text.casefold().translate(_KAZAKH)
    return folded if len(folded) == len(text) else None


@functools.lru_cache(maxsize=65536)
def _fold_piece(ch: str) -> str:
    if is_cjk(ch):
        return f" {ch} "
    return _fold_char(ch)


def fold(text: str) -> str:
    """The folded text alone (indexing): the same tokens as :func:`fold_with_map`."""
    # Spacing around CJK may differ from fold_with_map (doubled spaces); tokens do not.
    return "".join(map(_fold_piece, text))


def _is_word_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "LN" or cat in ("Mn", "Mc", "Co")


def query_terms(query: str) -> list[tuple[str, bool]]:
    """Split a query into (folded term, is_phrase_of_cjk) items, in order."""
    terms: list[tuple[str, bool]] = []
    word: list[str] = []
    cjk: list[str] = []

    def flush_word() -> None:
        if word:
            terms.append(("".join(word), False))
            word.clear()

    def flush_cjk() -> None:
        if cjk:
            terms.append((" ".join(cjk), True))
            cjk.clear()

    for ch in query:
        if is_cjk(ch):
            flush_word()
            cjk.append(ch)
            continue
        flush_cjk()
        folded = _fold_char(ch)
        if folded and all(_is_word_char(c) for c in folded):
            word.append(folded)
        elif folded or ch.isspace() or not ch:
            flush_word()
    flush_word()
    flush_cjk()
    return terms
