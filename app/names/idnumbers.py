"""Identity numbers that decode themselves: the PRC resident identity number and the
Kazakhstan IIN (individual identification number).

PRC: 18 characters = 6-digit administrative code + birth date YYYYMMDD + 3-digit sequence (odd
for men) + an ISO 7064 MOD 11-2 check character (X for 10); the 15-digit numbers issued before
1999 (2-digit year, no check digit) are converted. The county is named from python-stdnum's
table, whose entries carry the years each code was in use: the code is the one in force when
the card was *issued*, so a code newer than the birth date is normal and never a reason to
refuse a number. IIN: YYMMDD + a century/sex digit + 4 digits + a check digit.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from app.errors import InvalidInputError

__all__ = ["DecodedId", "decode_id", "decode_prc", "decode_iin", "id_digits", "load_county_table"]

_SEPARATORS = re.compile(r"[\s\-./·]")


@dataclass(frozen=True)
class DecodedId:
    system: str  # "prc" or "iin"
    number: str  # the canonical form: 18 characters for PRC (a 15-digit one converted), 12 for IIN
    birth_date: _dt.date
    sex: str  # app.model.Sex values: "male" / "female"
    province: str = ""  # PRC only, in Chinese as the state's table names them
    prefecture: str = ""
    county: str = ""
    county_years: str = ""  # "2001-": when the code was in use; "" when always
    converted: bool = False  # a 15-digit number, converted to 18

    @property
    def region(self) -> str:
        """Province, prefecture, county, the larger first, without repeats."""
        parts: list[str] = []
        for part in (self.province, self.prefecture, self.county):
            if part and part not in parts and part != "市辖区":
                parts.append(part)
        return " ".join(parts)


def id_digits(number: str) -> str:
    """The number without spaces, dashes, dots; upper case (the PRC check character X)."""
    return _SEPARATORS.sub("", number[:64]).upper()


def _prc_check(body17: str) -> str:
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def _county_name(entry: str, year: int) -> tuple[str, str]:
    """The county's name from one table entry ("[1984-2001]伊宁市,[2001-]伊宁县"): the name in use
    in ``year`` or later (the issue year is unknown, never before the birth), else the newest."""
    choices: list[tuple[int, int, str, str]] = []
    for part in entry.split(","):
        if not part.startswith("["):
            return part, ""
        years, name = part[1:].split("]", 1)
        first, last = years.split("-")
        choices.append((int(first or 0), int(last or 9999), name, years))
    for _first, until, label, span in choices:
        if until >= year:
            return label, span
    return choices[-1][2], choices[-1][3]


def load_county_table() -> None:
    """Read stdnum's county table (about 0.4 s the first time, then kept): a window calls this
    off the GUI thread before the first number is decoded."""
    from stdnum import numdb

    numdb.get("cn/loc").info("110000")


def _region(code: str, year: int) -> tuple[str, str, str, str]:
    from stdnum import numdb

    table = numdb.get("cn/loc")

    def lookup(six: str) -> tuple[str, str]:
        info = {k: v for _part, props in table.info(six) for k, v in props.items()}
        entry = info.get("county", "")
        return _county_name(entry, year) if entry else ("", "")

    province = next((p.get("province", "") for _c, p in table.info(code) if "province" in p), "")
    prefecture, _ = lookup(code[:4] + "00") if code[4:] != "00" else ("", "")
    county, years = lookup(code)
    return province, prefecture, county, years


def decode_prc(number: str) -> DecodedId:
    """Validate and decode a PRC resident identity number (18 or 15 characters)."""
    raw = id_digits(number)
    converted = False
    if len(raw) == 15 and raw.isdigit():
        body = raw[:6] + "19" + raw[6:]
        raw = body + _prc_check(body)
        converted = True
    if len(raw) != 18:
        raise InvalidInputError("names.ids.prc_length")
    if not raw[:17].isdigit() or not (raw[17].isdigit() or raw[17] == "X"):
        raise InvalidInputError("names.ids.prc_characters")
    if _prc_check(raw[:17]) != raw[17]:
        raise InvalidInputError("names.ids.check_digit")
    try:
        born = _dt.date(int(raw[6:10]), int(raw[10:12]), int(raw[12:14]))
    except ValueError:
        raise InvalidInputError("names.ids.birth_date") from None
    if born.year < 1880:
        raise InvalidInputError("names.ids.birth_date")
    province, prefecture, county, years = _region(raw[:6], born.year)
    return DecodedId(
        "prc",
        raw,
        born,
        "male" if int(raw[16]) % 2 else "female",
        province,
        prefecture,
        county,
        years,
        converted,
    )


def _iin_check(digits: str) -> int:
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        value = sum(int(d) * w for d, w in zip(digits[:11], weights, strict=True)) % 11
        if value != 10:
            return value
    return -1


def decode_iin(number: str) -> DecodedId:
    """Validate and decode a Kazakhstan IIN (12 digits)."""
    raw = id_digits(number)
    if len(raw) != 12:
        raise InvalidInputError("names.ids.iin_length")
    if not raw.isdigit():
        raise InvalidInputError("names.ids.iin_characters")
    if _iin_check(raw) != int(raw[11]):
        raise InvalidInputError("names.ids.check_digit")
    century_sex = int(raw[6])
    if not 1 <= century_sex <= 6:
        raise InvalidInputError("names.ids.iin_century")
    century = 1800 + 100 * ((century_sex - 1) // 2)
    try:
        born = _dt.date(century + int(raw[:2]), int(raw[2:4]), int(raw[4:6]))
    except ValueError:
        raise InvalidInputError("names.ids.birth_date") from None
    return DecodedId("iin", raw, born, "male" if century_sex % 2 else "female")


def decode_id(number: str) -> DecodedId | None:
    """The number decoded as whichever system its form says (18/15 → PRC, 12 → IIN); None for
    another kind of number (a passport). Raises InvalidInputError for a number of one of these
    forms that fails its check."""
    raw = id_digits(number)
    if len(raw) == 12 and raw.isdigit():
        return decode_iin(raw)
    if (len(raw) == 18 and raw[:17].isdigit()) or (len(raw) == 15 and raw.isdigit()):
        return decode_prc(raw)
    return None
