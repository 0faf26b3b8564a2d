"""Coded fields: a code of a list, or ``other:`` and the words the list has no entry for.

A coded value is one string: ``""`` (not recorded), a code of its ``StrEnum`` (``male``), or
``other:`` followed by one line of text (``other:Dungan``). One string keeps the stored JSON
and the case format a plain text per field, and lets a list (citizenships) mix codes and
other entries.

Before these lists existed the fields were free text. :func:`code_for` turns such text into a
code where it is one of the code's words in any of the four languages (app/model/code_words.py;
case, spacing and final full stops do not count), else into ``other:`` and the text, cleaned of
what a one-line field may not hold. :func:`upgrade_plain` does it for a whole record as
``Record.to_dict`` has it: the vault's migration, the import of older case files and backups
made by older versions use it, and it leaves values that are already coded as they are.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import typing
from enum import StrEnum
from typing import Any

from app.model.code_words import WORDS
from app.model.text import SHORT, replace_forbidden

__all__ = [
    "OTHER_PREFIX",
    "is_coded",
    "other_text",
    "make_other",
    "code_for",
    "upgrade_plain",
]

OTHER_PREFIX = "other:"
_SPACES = re.compile(r"\s+")
_TRIM = " \t.,;:!?-–—()[]\"'«»“”"


def other_text(value: str) -> str | None:
    """The person's words of an ``other:`` value (stripped); None for a code or ``""``."""
    if value.startswith(OTHER_PREFIX):
        return value[len(OTHER_PREFIX) :].strip()
    return None


def make_other(text: str) -> str:
    """``other:`` and ``text`` (stripped); ``""`` when nothing is left."""
    text = text.strip()
    return OTHER_PREFIX + text if text else ""


def is_coded(enum: type[StrEnum], value: object) -> bool:
    """Whether ``value`` has the shape of a coded value of ``enum`` (its text not yet checked)."""
    if not isinstance(value, str):
        return False
    if value == "" or value in enum._value2member_map_:
        return True
    words = other_text(value)
    return bool(words)


def _key(text: str) -> str:
    return _SPACES.sub(" ", text.casefold()).strip(_TRIM)


_INDEX: dict[type[StrEnum], dict[str, str]] = {}


def _index(enum: type[StrEnum]) -> dict[str, str]:
    index = _INDEX.get(enum)
    if index is None:
        index = {}
        for member in enum:
            index[_key(member.value)] = member.value
            for word in WORDS.get(member, ()):
                index.setdefault(_key(word), member.value)
        _INDEX[enum] = index
    return index


def code_for(enum: type[StrEnum], text: str) -> str:
    """The coded value of free ``text`` typed before ``enum`` was a list (see the module).

    A value that is already coded is returned as it is, so upgrading twice changes nothing."""
    if text == "" or text in enum._value2member_map_:
        return text
    words = other_text(text)
    if words and _clean(words) == words and len(text) <= SHORT:
        return text
    source = text if words is None else words
    code = _index(enum).get(_key(source))
    if code is not None:
        return code
    cleaned = _clean(source)
    return make_other(cleaned[: SHORT - len(OTHER_PREFIX)])


def _clean(text: str) -> str:
    """One line of text: what a one-line field refuses becomes a space."""
    return _SPACES.sub(" ", replace_forbidden(text).replace("\ufffd", " ")).strip()


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, type[StrEnum] | None, bool, type | None], ...]:
    """(field, code list, is a list, nested class) of the fields that hold coded values, or
    objects that do; computed once per class (type hints are slow to resolve)."""
    hints = typing.get_type_hints(cls)
    plan: list[tuple[str, type[StrEnum] | None, bool, type | None]] = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        is_list = typing.get_origin(hint) is list
        inner = typing.get_args(hint)[0] if is_list else hint
        spec: Any = f.metadata.get("spec")
        if getattr(spec, "kind", "") == "coded":
            plan.append((f.name, spec.choices, is_list, None))
        elif dataclasses.is_dataclass(inner) and isinstance(inner, type) and _plan(inner):
            plan.append((f.name, None, is_list, inner))
    return tuple(plan)


def upgrade_plain(cls: type, data: Any) -> Any:
    """``data`` (a record or value object of ``cls`` as plain dicts) with every coded field's
    free text turned into its coded value; other content is left for validation to judge."""
    plan = _plan(cls)
    if not plan or not isinstance(data, dict):
        return data
    out = dict(data)
    for name, enum, is_list, nested in plan:
        if name not in out:
            continue
        raw = out[name]
        if enum is not None:
            if is_list and isinstance(raw, list):
                out[name] = _unique([code_for(enum, v) if isinstance(v, str) else v for v in raw])
            elif not is_list and isinstance(raw, str):
                out[name] = code_for(enum, raw)
        elif nested is not None:
            if is_list and isinstance(raw, list):
                out[name] = [upgrade_plain(nested, v) for v in raw]
            elif not is_list:
                out[name] = upgrade_plain(nested, raw)
    return out


def _unique(values: list[Any]) -> list[Any]:
    """Without empties and repeats ("PRC, China" are one code), in their first order."""
    seen: list[Any] = []
    for value in values:
        if value != "" and value not in seen:
            seen.append(value)
    return seen
