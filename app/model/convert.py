"""Generic conversion of records to and from plain dicts, and validation by declared type.

Both are driven by the dataclass fields (type hints and the ``spec`` of app/model/fields.py), so
a field added to a record is stored, exchanged and checked everywhere without more code.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInputError
from app.model.dates import PartialDate
from app.model.fields import Spec, check_value, spec_of

__all__ = ["to_plain", "from_plain", "validate", "MAX_ENTRIES"]

MAX_ENTRIES = 10_000  # names, translations, consent grants… of one record


@dataclass(frozen=True)
class _Slot:
    """How one field is checked: by its spec (scalars, lists of scalars) and/or recursively."""

    name: str
    spec: Spec | None
    nested: bool  # a dataclass, or a list of them
    is_list: bool
    plain_type: type | None  # bool or PartialDate: checked by type only


def to_plain(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    return value


_PLANS: dict[type, dict[str, Any]] = {}
_SLOTS: dict[type, list[_Slot]] = {}


def _plan(cls: type) -> dict[str, Any]:
    """Field name → type hint, computed once per class (type hints are slow to resolve)."""
    plan = _PLANS.get(cls)
    if plan is None:
        hints = typing.get_type_hints(cls)
        plan = _PLANS[cls] = {f.name: hints[f.name] for f in dataclasses.fields(cls)}
    return plan


def _slots(cls: type) -> list[_Slot]:
    slots = _SLOTS.get(cls)
    if slots is not None:
        return slots
    plan = _plan(cls)
    slots = []
    for f in dataclasses.fields(cls):
        hint = plan[f.name]
        is_list = typing.get_origin(hint) is list
        inner = typing.get_args(hint)[0] if is_list else hint
        nested = dataclasses.is_dataclass(inner) and inner is not PartialDate
        spec = spec_of(f)
        if spec is None and inner in (str, int):
            # A field without a declared type would go unchecked: fail loudly, in every test.
            raise TypeError(f"{cls.__name__}.{f.name} has no declared field type (app/model/fields.py)")
        plain_type = inner if inner in (bool, PartialDate) else None
        slots.append(_Slot(f.name, spec, nested, is_list, plain_type))
    _SLOTS[cls] = slots
    return slots


@functools.lru_cache(maxsize=4096)
def _parse_date(text: str) -> PartialDate:
    return PartialDate.parse(text)


def from_plain(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise InvalidInputError("interchange.importer.expected_object", where=where)
    plan = _plan(cls)
    kwargs: dict[str, Any] = {}
    for key, raw in data.items():
        hint = plan.get(key)
        if hint is None:
            # Unknown keys from a newer format are refused rather than silently dropped.
            raise InvalidInputError("model.convert.unknown_field", where=where, field=str(key)[:40])
        kwargs[key] = _convert(hint, raw, where, key)
    try:
        return cls(**kwargs)
    except TypeError:
        raise InvalidInputError("model.convert.malformed_record", where=where) from None


def _convert(hint: Any, raw: Any, where: str, key: str) -> Any:
    # The common cases first; the location string is only built for an error message.
    if hint is str:
        if type(raw) is not str:
            raise InvalidInputError("model.convert.expected_text", where=where, key=key)
        return raw
    if hint is PartialDate:
        if raw is None:
            return PartialDate()
        if type(raw) is not str:
            raise InvalidInputError("model.convert.expected_date_string", where=where, key=key)
        try:
            return _parse_date(raw)
        except InvalidInputError as exc:
            raise InvalidInputError("model.convert.at_key", where=where, key=key, detail=exc) from None
    if hint is bool:
        if not isinstance(raw, bool):
            raise InvalidInputError("model.convert.expected_true_false", where=where, key=key)
        return raw
    if hint is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise InvalidInputError("model.convert.expected_whole_number", where=where, key=key)
        return raw
    origin = typing.get_origin(hint)
    if origin is list:
        (inner,) = typing.get_args(hint)
        if not isinstance(raw, list):
            raise InvalidInputError("model.convert.expected_list", where=where, key=key)
        if len(raw) > MAX_ENTRIES:
            raise InvalidInputError("model.convert.too_many_entries", where=where, key=key)
        return [_convert(inner, item, where, key + "[]") for item in raw]
    if origin in (typing.Union, types.UnionType):
        return raw
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_plain(hint, raw, f"{where}.{key}")
    return raw


def validate(obj: Any, where: str, *, allow_future: bool = False, stored: bool = False) -> None:
    """Check every field of ``obj`` (and of the objects it holds) by its declared type.

    ``allow_future`` accepts times more than a day ahead (they are still real times): for
    records that already carry their times from a vault, where the caller has its own clock
    policy (merge, restore). ``stored`` relaxes text to the rules of every earlier version
    (app/model/text.py): only for restoring a vault's own backup."""
    for slot in _slots(type(obj)):
        value = getattr(obj, slot.name)
        label = f"{where}.{slot.name}"
        items = value if slot.is_list else [value]
        if slot.is_list:
            if not isinstance(value, list):
                raise InvalidInputError("model.convert.label_expected_list", label=label)
            if len(value) > MAX_ENTRIES:
                raise InvalidInputError("model.convert.label_too_many_entries", label=label)
        for index, item in enumerate(items):
            item_label = f"{label}[{index}]" if slot.is_list else label
            if slot.spec is not None:
                check_value(slot.spec, item, item_label, allow_future=allow_future, stored=stored)
            elif slot.nested:
                if not dataclasses.is_dataclass(item) or isinstance(item, type):
                    raise InvalidInputError("model.convert.expected_object", item_label=item_label)
                validate(item, item_label, allow_future=allow_future, stored=stored)
            elif slot.plain_type is not None and not isinstance(item, slot.plain_type):
                raise InvalidInputError("model.convert.wrong_type", item_label=item_label)
