"""Dates as people say them, in English, Russian, Kazakh and Uyghur (app/model/date_input.py)."""

from __future__ import annotations

import datetime as _dt

import pytest

from app.error_catalogue import MESSAGES
from app.errors import InvalidInputError
from app.model import PartialDate
from app.model.date_input import MAX_INPUT

TODAY = _dt.date(2026, 12, 2)

# (typed, ISO of the partial date it says: precision by length, "~" for an estimate)
READ = [
    # the stored form itself
    ("2018", "2018"),
    ("2018-03", "2018-03"),
    ("2018-03-12", "2018-03-12"),
    ("~2017", "~2017"),
    ("", ""),
    ("   ", ""),
    # numbers, day first
    ("03.2018", "2018-03"),
    ("3.2018", "2018-03"),
    ("03/2018", "2018-03"),
    ("12.03.2018", "2018-03-12"),
    ("1.3.2018", "2018-03-01"),
    ("12/03/2018", "2018-03-12"),
    ("12-03-2018", "2018-03-12"),
    ("2018.03.12", "2018-03-12"),
    ("12.03.2018 г.", "2018-03-12"),
    # English
    ("March 2018", "2018-03"),
    ("march, 2018", "2018-03"),
    ("Mar. 2018", "2018-03"),
    ("12 March 2018", "2018-03-12"),
    ("March 12, 2018", "2018-03-12"),
    ("12th of March 2018", "2018-03-12"),
    ("in Sept 2017", "2017-09"),
    ("about 1940", "~1940"),
    ("around March 1962", "~1962-03"),
    ("c. 1940", "~1940"),
    ("1940?", "~1940"),
    ("today", "2026-12-02"),
    # Russian
    ("март 2018", "2018-03"),
    ("Март 2018 г.", "2018-03"),
    ("в марте 2018 года", "2018-03"),
    ("12 марта 2018", "2018-03-12"),
    ("12 марта 2018 г.", "2018-03-12"),
    ("1-го мая 2019", "2019-05-01"),
    ("около 1940", "~1940"),
    ("примерно в 1955 году", "~1955"),
    ("2018 г.", "2018"),
    ("сегодня", "2026-12-02"),
    # Kazakh
    ("2018 жылғы наурыз", "2018-03"),
    ("2018 жылы наурызда", "2018-03"),
    ("2018 жылғы 12 наурыз", "2018-03-12"),
    ("12 наурыз 2018", "2018-03-12"),
    ("Қыркүйек 2017", "2017-09"),
    ("шамамен 1940", "~1940"),
    ("1940 жыл шамасында", "~1940"),
    ("2018 ж.", "2018"),
    ("бүгін", "2026-12-02"),
    # Uyghur
    ("2018-يىلى مارت", "2018-03"),
    ("2018-يىلى مارتتا", "2018-03"),
    ("2018-يىلى 12-مارت", "2018-03-12"),
    ("2018-يىلى 3-ئاينىڭ 12-كۈنى", "2018-03-12"),
    ("مارت 2018", "2018-03"),
    ("تەخمىنەن 1940", "~1940"),
    ("1940-يىلى ئەتراپىدا", "~1940"),
    ("٢٠١٨-يىلى مارت", "2018-03"),
    ("بۈگۈن", "2026-12-02"),
]

# (typed, the key of the one-line reason)
REFUSED = [
    ("31.02.2018", "date_such_day"),
    ("29.02.2019", "date_such_day"),
    ("31 апреля 2018", "date_such_day"),
    ("13.2018", "date_month_out_range"),
    ("2018-13", "date_month_out_range"),
    ("00.2018", "date_month_out_range"),
    ("20180", "date_year_out_range"),
    ("1700", "date_year_out_range"),
    ("12.03.20180", "date_year_out_range"),
    ("2031", "date_in_future"),
    ("January 2027", "date_in_future"),
    ("3 December 2026", "date_in_future"),
    ("12.03.18", "date_not_understood"),
    ("March", "date_month_needs_year"),
    ("наурыз", "date_month_needs_year"),
    ("12 2018", "date_not_understood"),
    ("12 13 March 2018", "date_not_understood"),
    ("March April 2018", "date_not_understood"),
    ("last spring", "date_not_understood"),
    ("2018 2019", "date_not_understood"),
    ("today 2018", "date_not_understood"),
    ("2018\x1b[2J", "date_not_understood"),
    ("2018\u202e", "date_not_understood"),
    ("1" * 5000, "date_not_understood"),
]


@pytest.mark.parametrize(("typed", "iso"), READ)
def test_dates_as_people_say_them(typed: str, iso: str) -> None:
    date = PartialDate.read(typed, today=TODAY)
    assert date.iso() == iso
    assert date == PartialDate.parse(iso)  # what is stored reads back as the same date


@pytest.mark.parametrize(("typed", "reason"), REFUSED)
def test_impossible_dates_are_refused_with_one_reason(typed: str, reason: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        PartialDate.read(typed, today=TODAY)
    assert caught.value.key == f"model.dates.{reason}"
    message = str(caught.value)
    assert "\n" not in message and message == MESSAGES[caught.value.key]
    assert typed.strip()[:4] not in message or typed[:4] in MESSAGES[caught.value.key]


def test_the_table_is_big_enough_and_covers_four_languages() -> None:
    assert len(READ) + len(REFUSED) >= 40
    typed = " ".join(t for t, _ in READ)
    for sample in ("March", "марта", "наурыз", "مارت"):
        assert sample in typed


def test_precision_and_estimate() -> None:
    assert PartialDate.read("March 2018", today=TODAY).precision == "month"
    assert PartialDate.read("12 марта 2018", today=TODAY).precision == "day"
    assert PartialDate.read("шамамен 1940", today=TODAY).approximate
    assert PartialDate.read("2026", today=TODAY).precision == "year"  # this year is not future
    assert PartialDate.read("December 2026", today=TODAY).iso() == "2026-12"


def test_planned_dates_may_be_in_the_future() -> None:
    assert PartialDate.read("January 2027", today=TODAY, allow_future=True).iso() == "2027-01"
    assert PartialDate.read("15.01.2027", today=TODAY, allow_future=True).iso() == "2027-01-15"


def test_a_long_input_is_refused_before_it_is_read() -> None:
    with pytest.raises(InvalidInputError, match="not understood"):
        PartialDate.read("March 2018 " * (MAX_INPUT // 5), today=TODAY)


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", "12 March 2018"),
        ("ru", "12 марта 2018"),
        ("kk", "2018 жылғы 12 наурыз"),
        ("ug", "2018-يىلى 12-مارت"),
    ],
)
def test_what_is_shown_reads_back(lang: str, shown: str) -> None:
    date = PartialDate(2018, 3, 12)
    assert date.display(lang) == shown
    assert PartialDate.read(shown, today=TODAY) == date
    around = PartialDate(1940, approximate=True)
    assert PartialDate.read(around.display(lang), today=TODAY) == around
