"""Partial dates: families often know only "March 2018" or "around 2017"."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from app.errors import InvalidInputError
from app.model.date_words import MONTH_NAMES, RU_GENITIVE

__all__ = ["PartialDate"]

_MONTHS = MONTH_NAMES
_RU_GENITIVE = RU_GENITIVE
_AROUND = {"en": "around {}", "ru": "около {}", "kk": "шамамен {}", "ug": "تەخمىنەن {}"}
_UNKNOWN = {"en": "unknown", "ru": "неизвестно", "kk": "белгісіз", "ug": "نامەلۇم"}
# ASCII digits only: \d would also take Arabic-Indic or full-width digits, which int() then
# silently rewrites, so what is stored would differ from what was typed.
_ISO = re.compile(r"(~)?([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", re.ASCII)


@dataclass(frozen=True)
class PartialDate:
    """A date whose day, or day and month, may be unknown; ``approximate`` marks an estimate."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        if self.year is None:
            if self.month is not None or self.day is not None:
                raise InvalidInputError("model.dates.date_month_day_needs")
            return
        if not 1800 <= self.year <= 2200:
            raise InvalidInputError("model.dates.date_year_out_range")
        if self.month is None:
            if self.day is not None:
                raise InvalidInputError("model.dates.date_day_needs_month")
            return
        if not 1 <= self.month <= 12:
            raise InvalidInputError("model.dates.date_month_out_range")
        if self.day is not None:
            try:
                _dt.date(self.year, self.month, self.day)
            except ValueError:
                raise InvalidInputError("model.dates.date_such_day") from None

    @property
    def known(self) -> bool:
        return self.year is not None

    @property
    def precision(self) -> str:
        """One of ``unknown``, ``year``, ``month``, ``day``."""
        if self.year is None:
            return "unknown"
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def iso(self) -> str:
        """``2018``, ``2018-03``, ``2018-03-05``; ``~`` in front when approximate; ``""`` unknown."""
        if self.year is None:
            return ""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return ("~" if self.approximate else "") + text

    @classmethod
    def parse(cls, text: str | None) -> PartialDate:
        text = (text or "").strip()
        if not text:
            return cls()
        match = _ISO.fullmatch(text)
        if not match:
            raise InvalidInputError("model.dates.date_use_yyyy_yyyy")
        approx, year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None, bool(approx))

    @classmethod
    def read(
        cls, text: str | None, *, today: _dt.date | None = None, allow_future: bool = False
    ) -> PartialDate:
        """The date ``text`` says as a person types it ("March 2018", "12 марта 2018",
        "2018 жылғы наурыз", "about 1940", "today"…): app/model/date_input.py."""
        from app.model.date_input import read_date

        return read_date(text or "", today=today, allow_future=allow_future)

    def sort_key(self) -> int | None:
        """An integer that orders partial dates (unknown parts sort first within their period)."""
        if self.year is None:
            return None
        return self.year * 10_000 + (self.month or 0) * 100 + (self.day or 0)

    def earliest(self) -> _dt.date | None:
        if self.year is None:
            return None
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def display(self, lang: str = "en") -> str:
        """Human wording: ``5 March 2018``, ``March 2018``, ``around 2017``, ``unknown``."""
        lang = lang if lang in _MONTHS else "en"
        if self.year is None:
            return _UNKNOWN[lang]
        if self.month is None:
            text = str(self.year)
        elif lang == "kk":
            # Kazakh puts the year first: "2018 жылғы 5 наурыз".
            day = f"{self.day} " if self.day is not None else ""
            text = f"{self.year} жылғы {day}{_MONTHS['kk'][self.month - 1]}"
        elif lang == "ug":
            # Uyghur too, the day counted: "2018-يىلى 5-مارت".
            day = f"{self.day}-" if self.day is not None else ""
            text = f"{self.year}-يىلى {day}{_MONTHS['ug'][self.month - 1]}"
        elif self.day is None:
            text = f"{_MONTHS[lang][self.month - 1]} {self.year}"
        else:
            month = _RU_GENITIVE[self.month - 1] if lang == "ru" else _MONTHS[lang][self.month - 1]
            text = f"{self.day} {month} {self.year}"
        return _AROUND[lang].format(text) if self.approximate else text

    def __str__(self) -> str:
        return self.iso()
