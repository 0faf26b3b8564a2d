"""Reading a date as a person types it: "March 2018", "03.2018", "12 марта 2018",
"2018 жылғы наурыз", "2018-يىلى 12-مارت", "about 1940", "около 1940", "шамамен 1940", "today".

:func:`read_date` gives the partial date with its precision (year, month or day) and marks an
estimate; the stored form stays the ISO text of :meth:`PartialDate.iso`. What it refuses, it
refuses with one reason (an :class:`InvalidInputError` key of model.dates): no such day
(31.02.2018), month out of range (13.2018), year out of range (20180, 1700), in the future
(unless the field is a planned date such as a follow-up), or not understood.

Numbers are day first (12.03.2018 is 12 March), as in Kazakhstan and Russia; a two-digit year
is refused rather than guessed.
"""

from __future__ import annotations

import datetime as _dt
import re

from app.errors import InvalidInputError
from app.model.date_words import ABOUT, DAY_WORDS, FILLER, MONTH_NUMBER_WORDS, MONTH_WORDS, TODAY, YEAR_WORDS
from app.model.dates import PartialDate

__all__ = ["read_date", "MAX_INPUT"]

MAX_INPUT = 100  # a date said in words is short; anything longer is not one
# Arabic-Indic and Eastern Arabic-Indic digits read as the digits they are (a Uyghur keyboard
# may give them); the date is stored as ASCII ISO text either way.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DMY = re.compile(r"([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{1,5})", re.ASCII)
_YMD = re.compile(r"([0-9]{3,5})[./-]([0-9]{1,2})(?:[./-]([0-9]{1,2}))?", re.ASCII)
_MY = re.compile(r"([0-9]{1,2})[./-]([0-9]{3,5})", re.ASCII)
_NUMBER_SUFFIX = re.compile(r"([0-9]+)-?(\D+)")
# "12th", "12-го", "12-сі", "12-ші": a day said as an ordinal.
_ORDINAL = frozenset(
    {"st", "nd", "rd", "th", "го", "е", "ое", "сі", "сы", "ші", "шы", "і", "ы", "نچى", "ىنچى"}
)
_PUNCTUATION = str.maketrans({c: " " for c in ",;()«»\"'"})


class _Parts:
    def __init__(self) -> None:
        self.year: int | None = None
        self.month: int | None = None
        self.day: int | None = None
        self.small: list[int] = []  # numbers that can only be a day
        self.about = False
        self.today = False

    def put(self, name: str, value: int) -> None:
        if getattr(self, name) is not None:
            raise InvalidInputError("model.dates.date_not_understood")
        setattr(self, name, value)


def _year(digits: str) -> int:
    if len(digits) < 3:
        raise InvalidInputError("model.dates.date_not_understood")  # "18": which century is not guessed
    if len(digits) > 4:
        raise InvalidInputError("model.dates.date_year_out_range")
    return int(digits)


def _numeric(token: str, parts: _Parts) -> bool:
    """12.03.2018 and 03.2018 (day first), 2018.03.12 and 2018-03 (the year first)."""
    if match := _DMY.fullmatch(token):
        day, month, year = match.groups()
    elif match := _YMD.fullmatch(token):
        year, month, day = match.groups()
    elif match := _MY.fullmatch(token):
        (month, year), day = match.groups(), None
    else:
        return False
    parts.put("year", _year(year))
    parts.put("month", int(month))
    if day is not None:
        parts.put("day", int(day))
    return True


def _word(word: str, parts: _Parts) -> None:
    if word in MONTH_WORDS:
        parts.put("month", MONTH_WORDS[word])
    elif word in ABOUT:
        parts.about = True
    elif word in TODAY:
        parts.today = True
    elif word not in FILLER and word not in YEAR_WORDS:
        raise InvalidInputError("model.dates.date_not_understood")


def _token(token: str, parts: _Parts) -> None:
    token = token.strip(".")
    if not token:
        return
    if token.startswith("~"):
        parts.about = True
        token = token[1:]
        if not token:
            return
    if token.endswith("?"):
        parts.about = True
        token = token.rstrip("?")
    if token.isascii() and token.isdigit():
        if len(token) <= 2:
            parts.small.append(int(token))
        else:
            parts.put("year", _year(token))
        return
    if _numeric(token, parts):
        return
    suffixed = _NUMBER_SUFFIX.fullmatch(token)
    if suffixed is not None:
        number, word = suffixed.group(1), suffixed.group(2).strip("-.")
        if word in YEAR_WORDS:
            parts.put("year", _year(number))
        elif word in MONTH_NUMBER_WORDS:
            parts.put("month", int(number))
        elif word in DAY_WORDS or word in _ORDINAL:
            parts.put("day", int(number))
        elif word in MONTH_WORDS:  # "12-مارت": the day, then the month
            parts.put("day", int(number))
            parts.put("month", MONTH_WORDS[word])
        else:
            raise InvalidInputError("model.dates.date_not_understood")
        return
    _word(token, parts)


def read_date(text: str, *, today: _dt.date | None = None, allow_future: bool = False) -> PartialDate:
    """The partial date ``text`` says (see the module); ``""`` is the unknown date."""
    today = today or _dt.date.today()
    text = (text or "").strip()
    if not text:
        return PartialDate()
    if len(text) > MAX_INPUT:
        raise InvalidInputError("model.dates.date_not_understood")
    try:
        date = PartialDate.parse(text)  # the stored form: 2018, 2018-03, 2018-03-12, ~2017
    except InvalidInputError:
        date = _read_words(text, today)
    if not allow_future and _after(date, today):
        raise InvalidInputError("model.dates.date_in_future")
    return date


def _read_words(text: str, today: _dt.date) -> PartialDate:
    parts = _Parts()
    cleaned = text.translate(_DIGITS).translate(_PUNCTUATION).casefold()
    for token in cleaned.split():
        _token(token, parts)
    if parts.today:
        if parts.year is not None or parts.month is not None or parts.small or parts.day is not None:
            raise InvalidInputError("model.dates.date_not_understood")
        return PartialDate(today.year, today.month, today.day, parts.about)
    if parts.small:
        # A bare small number is a day only beside a month word: "12 марта 2018".
        if len(parts.small) > 1 or parts.month is None:
            raise InvalidInputError("model.dates.date_not_understood")
        parts.put("day", parts.small[0])
    if parts.year is None:
        if parts.month is not None:
            raise InvalidInputError("model.dates.date_month_needs_year")
        raise InvalidInputError("model.dates.date_not_understood")
    if parts.day is not None and parts.month is None:
        raise InvalidInputError("model.dates.date_day_needs_month")
    return PartialDate(parts.year, parts.month, parts.day, parts.about)


def _after(date: PartialDate, today: _dt.date) -> bool:
    """Whether every day ``date`` may mean is after ``today``."""
    if date.year is None:
        return False
    return (date.year, date.month or 0, date.day or 0) > (
        today.year,
        today.month if date.month is not None else 0,
        today.day if date.day is not None else 0,
    )
