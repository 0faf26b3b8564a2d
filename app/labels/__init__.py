"""The one registry of labels for model codes, used by the interface, dossiers and CLI.

The codes are declared once (app/model/codes.py); their wording in every language lives in
app/labels/data.py. Callers name the enum and the code, so a code read from a vault or a file
that no enum knows (an older or newer version, or free text in a suggested-values field) is
shown as it is instead of failing.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from app.labels.data import LABELS
from app.labels.wording import Wording
from app.model.coded import other_text

__all__ = ["LANGS", "Lang", "Wording", "label", "coded_label", "choices", "wording", "all_texts"]

Lang = Literal["en", "ru", "kk", "ug"]
LANGS: tuple[Lang, ...] = ("en", "ru", "kk", "ug")


def wording(enum: type[StrEnum], code: str) -> Wording | None:
    """The registry entry of ``code``, or None when ``enum`` has no such code."""
    try:
        member = enum(code)
    except ValueError:
        return None
    return LABELS[enum][member]


def label(enum: type[StrEnum], code: str, lang: str, *, document: bool = False) -> str:
    """``code`` in words in ``lang`` (English for an unknown language); ``document``: the
    wording a dossier prints. An unknown code is returned unchanged."""
    entry = wording(enum, code)
    if entry is None:
        return code
    return (entry.document or entry).get(lang) if document else entry.get(lang)


def coded_label(enum: type[StrEnum], value: str, lang: str, *, document: bool = False) -> str:
    """A coded field's value in words (app/model/coded.py): a code by its label, an ``other:``
    value by the words that were typed, ``""`` as ``""``."""
    words = other_text(value)
    if words is not None:
        return words
    return label(enum, value, lang, document=document) if value else ""


def choices(enum: type[StrEnum], lang: str) -> list[tuple[str, str]]:
    """(code, label) for every code of ``enum``, in declaration order: what a form offers."""
    return [(member.value, label(enum, member.value, lang)) for member in enum]


def all_texts(langs: tuple[str, ...] = LANGS) -> frozenset[str]:
    """Every wording (short and document) in ``langs``: fixed text, never case data."""
    texts: set[str] = set()
    for table in LABELS.values():
        for entry in table.values():
            for form in (entry, entry.document or entry):
                texts.update(form.get(lang) for lang in langs)
    return frozenset(texts)
