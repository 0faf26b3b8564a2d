"""Which script a typed name is written in, so a name row can default its script and warn when
the chosen script does not match what was typed.

Only letters count (spaces, digits, hyphens and dots say nothing). A name mixing scripts of
different families (Cyrillic and Latin, Arabic and Chinese…) gets no answer: one name row holds
one spelling. Within a family the answer is a best guess a person can change:

- Cyrillic is Kazakh (kk-Cyrl) unless it carries a Russian patronymic or surname ending and no
  letter only Kazakh has; Russian letters are all in the Kazakh alphabet, so most names here —
  Kazakh names — cannot be told apart otherwise, and Kazakh is the default of a new row.
- Arabic script is Uyghur (ug-Arab) unless it carries the Kazakh high hamza or the Kazakh vowel
  letters with it (U+0674–U+0678), which Uyghur writing does not use: then it is Kazakh in
  Arabic script (kk-Arab, the töte alphabet of the Kazakhs of Xinjiang).
- Latin is Kazakh Latin with its own letters (ä ğ ñ ı ş), Uyghur Latin with é and no pinyin
  tone mark, pinyin with tone marks or when every word splits into pinyin syllables, and a
  passport (English) spelling otherwise.
"""

from __future__ import annotations

import re
import unicodedata

from app.model.codes import NameScript

__all__ = ["detect_script", "script_family"]

_KK_CYRILLIC = frozenset("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
_RU_ENDINGS = re.compile(r"(ович|евич|ьич|овна|евна|ична|ский|ская|цкий|цкая)$")
_KK_ARABIC = frozenset("\u0674\u0675\u0676\u0677\u0678")
_KK_LATIN = frozenset("ÄäĞğÑñıŞşİ")
_UG_LATIN = frozenset("Éé")
_PINYIN_TONES = frozenset("āáǎàēěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒĚÈĪÍǏÌŌÓǑÒŪÚǓÙ")
_PINYIN_SYLLABLE = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu"
    r"|ua|uo|ui|ve|er|a|o|e|i|u|v))"
)
_PINYIN_WORD = re.compile(rf"{_PINYIN_SYLLABLE}+")

_FAMILY = {
    NameScript.KK_CYRL: "cyrillic",
    NameScript.RU: "cyrillic",
    NameScript.KK_LATN: "latin",
    NameScript.UG_LATN: "latin",
    NameScript.PINYIN: "latin",
    NameScript.EN: "latin",
    NameScript.UG_ARAB: "arabic",
    NameScript.KK_ARAB: "arabic",
    NameScript.ZH_HANS: "han",
}


def script_family(script: str) -> str:
    """ "cyrillic", "latin", "arabic" or "han" for a NameScript code ("" if unknown)."""
    for code, family in _FAMILY.items():
        if code.value == script:
            return family
    return ""


def _letter_family(char: str) -> str:
    if char in _KK_ARABIC:
        return "arabic"
    if not char.isalpha():
        return ""
    name = unicodedata.name(char, "")
    for prefix, family in (
        ("CYRILLIC", "cyrillic"),
        ("LATIN", "latin"),
        ("ARABIC", "arabic"),
        ("CJK", "han"),
    ):
        if name.startswith(prefix):
            return family
    return "other"


def _latin(text: str) -> NameScript:
    letters = set(text)
    if letters & _KK_LATIN:
        return NameScript.KK_LATN
    if letters & _PINYIN_TONES:
        return NameScript.PINYIN
    if letters & _UG_LATIN:
        return NameScript.UG_LATN
    words = [w for w in re.split(r"[^a-zü]+", text.lower().replace("ü", "v")) if w]
    if words and all(_PINYIN_WORD.fullmatch(w) for w in words):
        return NameScript.PINYIN
    return NameScript.EN


def detect_script(text: str) -> NameScript | None:
    """The script ``text`` is written in, or None (nothing to tell, or several families)."""
    families = {f for f in map(_letter_family, text) if f}
    if len(families) != 1:
        return None
    family = families.pop()
    if family == "han":
        return NameScript.ZH_HANS
    if family == "arabic":
        if set(text) & _KK_ARABIC:
            return NameScript.KK_ARAB
        return NameScript.UG_ARAB
    if family == "cyrillic":
        if set(text) & _KK_CYRILLIC:
            return NameScript.KK_CYRL
        words = re.split(r"\W+", text.lower())
        return NameScript.RU if any(_RU_ENDINGS.search(w) for w in words if w) else NameScript.KK_CYRL
    if family == "latin":
        return _latin(text)
    return None
