"""Declared types of record fields: each field says what it holds, and is checked by that.

A field is declared with one of the helpers below (``name: str = short(NAME)``); the type and
limit travel in the dataclass field's metadata, so validation never guesses from a field's name
(the old name lookup gave a person's ``names[].text`` the 5,000,000-character testimony limit).
A ``str``, ``int`` or ``list[str]`` field declared without a helper is a programming error,
caught the first time its class is validated.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
import uuid as _uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.errors import InvalidInputError
from app.model.coded import OTHER_PREFIX, is_coded
from app.model.text import LONG, MEDIUM, SHORT, check_text

__all__ = [
    "Spec",
    "short",
    "multiline",
    "long_text",
    "choice",
    "coded",
    "coded_list",
    "timestamp",
    "uuid_ref",
    "integer",
    "sha256",
    "spec_of",
    "check_value",
    "check_timestamp",
    "FUTURE_SLACK",
]

# Clocks of volunteers' laptops drift, and a record saved seconds ago elsewhere may arrive with a
# slightly later time; a day is far beyond drift yet stops a record that would always win a
# merge by its update time.
FUTURE_SLACK = _dt.timedelta(days=1)
_EARLIEST = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)
_TIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]{1,6}))?Z",
    re.ASCII,
)
_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)


@dataclass(frozen=True)
class Spec:
    """What a field holds, and the limits it is checked by."""

    kind: str  # text, choice, coded, time, uuid, int, sha256
    limit: int = SHORT
    multiline: bool = False
    choices: type[StrEnum] | None = None  # "choice", "coded": the code list (app/model/codes.py)
    allow_empty: bool = False
    low: int = 0
    high: int = 0


def _field(
    spec: Spec,
    default: Any = dataclasses.MISSING,
    default_factory: Callable[[], Any] | Any = dataclasses.MISSING,
) -> Any:
    return dataclasses.field(default=default, default_factory=default_factory, metadata={"spec": spec})


def short(limit: int = SHORT, default: str = "") -> Any:
    """One line of text: no control characters, no line breaks, no bidi controls."""
    return _field(Spec("text", limit), default)


def multiline(limit: int = MEDIUM) -> Any:
    """Notes and descriptions: tabs and line breaks allowed."""
    return _field(Spec("text", limit, multiline=True), "")


def long_text() -> Any:
    """Testimonies and translations."""
    return multiline(LONG)


def choice(choices: type[StrEnum], default: StrEnum) -> Any:
    """One code of ``choices``; the default is stored as its plain string value."""
    if default not in choices:  # pragma: no cover - a typo in a declaration
        raise TypeError(f"{default!r} is not a {choices.__name__}")
    return _field(Spec("choice", choices=choices), str(default.value))


def coded(choices: type[StrEnum]) -> Any:
    """A code of ``choices``, ``other:`` and one line of text, or "" (app/model/coded.py)."""
    return _field(Spec("coded", choices=choices), "")


def coded_list(choices: type[StrEnum]) -> Any:
    """A list of coded values of ``choices`` (citizenships)."""
    return _field(Spec("coded", choices=choices), default_factory=list)


def timestamp(default_factory: Callable[[], str] | None = None) -> Any:
    """A UTC time as :func:`app.model.records.now_iso` writes it; without a factory, may be ""."""
    if default_factory is None:
        return _field(Spec("time", allow_empty=True), "")
    return _field(Spec("time"), default_factory=default_factory)


def uuid_ref(
    *, allow_empty: bool = True, many: bool = False, default_factory: Callable[[], Any] | None = None
) -> Any:
    spec = Spec("uuid", allow_empty=allow_empty)
    if many:
        return _field(spec, default_factory=list)
    if default_factory is not None:
        return _field(spec, default_factory=default_factory)
    return _field(spec, "")


def integer(low: int, high: int, default: int = 0) -> Any:
    return _field(Spec("int", low=low, high=high), default)


def sha256() -> Any:
    """Lower-case hex SHA-256, or "" where none was computed yet."""
    return _field(Spec("sha256", allow_empty=True), "")


def spec_of(f: dataclasses.Field[Any]) -> Spec | None:
    spec = f.metadata.get("spec")
    return spec if isinstance(spec, Spec) else None


def check_timestamp(
    value: object,
    label: str,
    *,
    allow_empty: bool = False,
    allow_future: bool = False,
    now: _dt.datetime | None = None,
) -> str:
    """A real UTC time in ASCII digits, not before 1970 and (unless ``allow_future``) at most
    a day in the future."""
    if allow_empty and value == "":
        return ""
    if not isinstance(value, str) or (match := _TIME.fullmatch(value)) is None:
        raise InvalidInputError("model.fields.expected_utc_time_like", label=label)
    year, month, day, hour, minute, second, _fraction = match.groups()
    try:
        moment = _dt.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), tzinfo=_dt.UTC
        )
    except ValueError:
        raise InvalidInputError("model.fields.such_date_time", label=label) from None
    if moment < _EARLIEST:
        raise InvalidInputError("model.fields.time_before_1970", label=label)
    if not allow_future and moment > (now or _dt.datetime.now(_dt.UTC)) + FUTURE_SLACK:
        raise InvalidInputError("model.fields.more_than_day_future", label=label)
    return value


def _is_code(enum: type[StrEnum], value: object) -> bool:
    """By the enum's own lookup (a dict): a bulk import checks millions of these."""
    if not isinstance(value, str):
        return False
    try:
        enum(value)
    except ValueError:
        return False
    return True


def _check_coded(spec: Spec, value: Any, label: str, stored: bool) -> None:
    if spec.choices is None or not is_coded(spec.choices, value):
        raise InvalidInputError(
            "model.fields.must_code_or_other", label=label, choices=", ".join(spec.choices or ())
        )
    if value.startswith(OTHER_PREFIX):
        check_text(value, label, spec.limit, stored=stored)


def check_value(
    spec: Spec, value: Any, label: str, *, allow_future: bool = False, stored: bool = False
) -> None:
    """Raise InvalidInputError (naming ``label``, never the value) unless ``value`` fits."""
    if spec.kind == "text":
        check_text(value, label, spec.limit, multiline=spec.multiline, stored=stored)
    elif spec.kind == "choice":
        if spec.choices is None or not _is_code(spec.choices, value):
            raise InvalidInputError(
                "model.fields.must_one", label=label, choices=", ".join(spec.choices or ())
            )
    elif spec.kind == "coded":
        _check_coded(spec, value, label, stored)
    elif spec.kind == "time":
        check_timestamp(value, label, allow_empty=spec.allow_empty, allow_future=allow_future)
    elif spec.kind == "uuid":
        if spec.allow_empty and value == "":
            return
        try:
            canonical = str(_uuid.UUID(value)) if isinstance(value, str) else None
        except ValueError:
            canonical = None
        if canonical != value:
            raise InvalidInputError("model.fields.expected_uuid_lower_case", label=label)
    elif spec.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInputError("model.fields.expected_whole_number", label=label)
        if not spec.low <= value <= spec.high:
            raise InvalidInputError("model.fields.out_range", label=label, low=spec.low, high=spec.high)
    elif spec.kind == "sha256":
        if not (spec.allow_empty and value == "") and not (
            isinstance(value, str) and _SHA256.fullmatch(value)
        ):
            raise InvalidInputError("model.fields.expected_sha_256_lower", label=label)
    else:  # pragma: no cover - a typo in a declaration
        raise TypeError(f"unknown field kind {spec.kind!r}")
