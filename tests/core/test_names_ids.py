"""PRC resident identity numbers and Kazakhstan IINs decode themselves."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.cn import ric

from app.errors import InvalidInputError
from app.names import decode_id, decode_iin, decode_prc


def prc(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


def iin(body11: str) -> str:
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        value = sum(int(d) * w for d, w in zip(body11, weights, strict=True)) % 11
        if value != 10:
            return body11 + str(value)
    raise AssertionError("no check digit for this body")


GOOD = prc("65010219850312001")
WRONG_CHECK = GOOD[:-1] + ("1" if GOOD[-1] != "1" else "2")


def test_prc_number_decodes_birth_sex_and_county() -> None:
    number = prc("65010219850312001")
    decoded = decode_prc(number)
    assert decoded.birth_date == dt.date(1985, 3, 12)
    assert decoded.sex == "male"  # sequence 001: odd
    assert decoded.region == "新疆维吾尔自治区 乌鲁木齐市 天山区"
    assert decode_prc(prc("65010219850312002")).sex == "female"
    # Spaces and dashes as people copy them; a lower-case x check character.
    spaced = f"{number[:6]} {number[6:14]}-{number[14:]}".lower()
    assert decode_prc(spaced).number == number


def test_county_code_newer_than_the_birth_is_named_not_refused() -> None:
    # 654021 (Yining county) is in use from 2001: a man born 1985 got his card later.
    number = prc("65402119850312001")
    assert not ric.is_valid(number)  # stdnum alone would refuse it
    decoded = decode_prc(number)
    assert decoded.county == "伊宁县"
    assert decoded.county_years == "2001-"
    assert decoded.prefecture == "伊犁哈萨克自治州"


def test_old_15_digit_number_is_converted() -> None:
    decoded = decode_prc("650102850312002")
    assert decoded.converted
    assert decoded.number == prc("65010219850312002")
    assert decoded.birth_date == dt.date(1985, 3, 12)


def test_check_character_x() -> None:
    body = next(
        b for b in (f"6501021985031200{i}" for i in range(10)) if ric.calc_check_digit(b + "0") == "X"
    )
    assert decode_prc(body + "X").number.endswith("X")


@pytest.mark.parametrize(
    ("number", "key"),
    [
        ("65010219850312001", "names.ids.prc_length"),
        ("6501021985031200A1", "names.ids.prc_characters"),
        (WRONG_CHECK, "names.ids.check_digit"),
        (prc("65010219850230001"), "names.ids.birth_date"),
        ("6" * 10_000, "names.ids.prc_length"),
        ("650102\x0019850312001", "names.ids.prc_characters"),
    ],
)
def test_bad_prc_numbers_give_one_clear_error(number: str, key: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        decode_prc(number)
    assert err.value.key == key


def test_unknown_region_still_decodes() -> None:
    decoded = decode_prc(prc("99999919850312001"))
    assert decoded.county == "" and decoded.birth_date.year == 1985


def test_iin_decodes_birth_and_sex() -> None:
    male = decode_iin(iin("85031230012"))
    assert (male.birth_date, male.sex) == (dt.date(1985, 3, 12), "male")
    female = decode_iin(iin("01020560012"))
    assert (female.birth_date, female.sex) == (dt.date(2001, 2, 5), "female")
    assert decode_iin(iin("99123140012")).birth_date == dt.date(1999, 12, 31)


@pytest.mark.parametrize(
    ("number", "key"),
    [
        ("8503123001", "names.ids.iin_length"),
        ("85031230O12a", "names.ids.iin_characters"),
        ("850312700123", "names.ids.check_digit"),
        ("853112300123", "names.ids.check_digit"),
    ],
)
def test_bad_iins(number: str, key: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        decode_iin(number)
    assert err.value.key == key


def test_iin_century_digit_and_impossible_date() -> None:
    with pytest.raises(InvalidInputError) as err:
        decode_iin(iin("85031270012"))
    assert err.value.key == "names.ids.iin_century"
    with pytest.raises(InvalidInputError) as err:
        decode_iin(iin("85023030012"))
    assert err.value.key == "names.ids.birth_date"


def test_decode_id_tells_the_system_by_form() -> None:
    assert decode_id(prc("65010219850312001")).system == "prc"  # type: ignore[union-attr]
    assert decode_id(iin("85031230012")).system == "iin"  # type: ignore[union-attr]
    assert decode_id("N1234567") is None  # a passport number
