from __future__ import annotations

import pytest

from app.errors import InvalidInputError
from app.model import (
    Case,
    ConsentGrant,
    Name,
    PartialDate,
    Testimony,
    Translation,
    Witness,
    check_text,
    record_class,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", PartialDate()),
        ("2018", PartialDate(2018)),
        ("2018-03", PartialDate(2018, 3)),
        ("2018-03-05", PartialDate(2018, 3, 5)),
        ("~2017", PartialDate(2017, approximate=True)),
    ],
)
def test_partial_dates_parse_and_print(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected
    assert expected.iso() == text


def test_partial_date_display_in_three_languages() -> None:
    assert PartialDate(2018, 3).display("en") == "March 2018"
    assert PartialDate(2017, approximate=True).display("en") == "around 2017"
    assert PartialDate(2018, 3).display("kk") == "2018 жылғы наурыз"
    assert PartialDate(2018, 3, 5).display("kk") == "2018 жылғы 5 наурыз"
    assert PartialDate(2018, 3, 5).display("ru") == "5 марта 2018"
    assert PartialDate(2018, 3).display("ru") == "март 2018"
    assert PartialDate().display("en") == "unknown"
    assert PartialDate(2018, 3).precision == "month"


@pytest.mark.parametrize("bad", ["2018-13", "2018-02-30", "18", "March", "2018-3", "1700"])
def test_bad_dates_are_refused(bad: str) -> None:
    with pytest.raises(InvalidInputError):
        PartialDate.parse(bad)


TRICKY = [
    "Нұрлан Әбдіқадыров",
    "ئابدۇرېھىم تۇرسۇن 2017-يىلى (لاگېر)",
    "努尔兰·阿布都卡德尔",
    "mixed: Айгүл ئايگۈل 艾古丽 Aigül",
    # ZWJ in the emoji and ZWNJ in the Uyghur word are part of the text (bidi overrides are not:
    # test_validation.py).
    "e\u0301 combining, emoji 👩\u200d👧 and ZWNJ ئۇ\u200cيغۇر",
]


@pytest.mark.parametrize("text", TRICKY)
def test_text_round_trips_exactly_through_dicts(text: str) -> None:
    case = Case(case_number="IZ-1", summary=text)
    case.person.names.append(Name(text, "ug-Arab"))
    case.validate()
    again = Case.from_dict(case.to_dict())
    assert again == case
    assert again.summary == text


@pytest.mark.parametrize("bad", ["a\x00b", "lone \ud800 surrogate"])
def test_nul_and_lone_surrogates_are_rejected_with_the_field_named(bad: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        check_text(bad, "person.names")
    assert "person.names" in str(info.value)
    assert bad not in str(info.value)


def test_length_limits() -> None:
    case = Case(case_number="x" * 1001)
    with pytest.raises(InvalidInputError, match="too long"):
        case.validate()
    Testimony(original_text="ы" * 1_000_000).validate()  # a megabyte-long testimony is fine


def test_choices_are_checked() -> None:
    with pytest.raises(InvalidInputError, match="status"):
        Case(status="lost").validate()
    witness = Witness(consent=[ConsentGrant("tv", "full")])
    with pytest.raises(InvalidInputError, match="scope"):
        witness.validate()


def test_unknown_fields_and_wrong_types_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="unknown field"):
        Case.from_dict({"case_number": "1", "secret_extra": 1})
    with pytest.raises(InvalidInputError, match="expected"):
        Case.from_dict({"case_number": 5})
    with pytest.raises(InvalidInputError, match="unknown record kind"):
        record_class("person-of-interest")


def test_consent_grant_lookup_and_withdrawal() -> None:
    witness = Witness(consent=[ConsentGrant("wgeid", "initials", contact=False)])
    grant = witness.grant_for("wgeid")
    assert grant is not None and grant.identity == "initials"
    assert witness.grant_for("publish") is None
    witness.consent_withdrawn = PartialDate(2026, 1)
    assert witness.grant_for("wgeid") is None


def test_nested_lists_round_trip() -> None:
    testimony = Testimony(
        case_uuid="c", translations=[Translation("en", "He was taken.", "T.")], attachment_uuids=["a", "b"]
    )
    assert Testimony.from_dict(testimony.to_dict()) == testimony
