"""Validation by each field's declared type: control characters, lengths, times, dates, UUIDs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from app.errors import InvalidInputError
from app.model import (
    KINDS,
    Act,
    Attachment,
    Case,
    Name,
    PartialDate,
    Testimony,
    Translation,
    Witness,
    record_class,
)
from app.model.convert import validate
from app.model.fields import spec_of
from app.model.records import Hometown, IdDocument, Person
from app.model.text import LONG, NAME

SECRET = "Qz7-fictional"  # must never appear in an error message


def _case_with_name(text: str) -> Case:
    case = Case(case_number="IZ-1")
    case.person.names.append(Name(text, "ug-Arab"))
    return case


def _refused(record: Any, label: str) -> str:
    with pytest.raises(InvalidInputError) as info:
        record.validate()
    message = str(info.value)
    assert message.startswith(label + ":"), message
    assert SECRET not in message and "\n" not in message
    return message


# --- control and bidi characters, per field type --------------------------------------------

ONE_LINE_BAD = {
    "ESC (clear screen)": "\x1b[2J",
    "OSC (title)": "\x1b]0;owned\x07",
    "CR": "\r",
    "LF": "\n",
    "TAB": "\t",
    "backspace": "\x08",
    "DEL": "\x7f",
    "C1 CSI": "\x9b2J",
    "NEL": "\x85",
    "RLO override": "\u202e",
    "LRE embedding": "\u202a",
    "RLI isolate": "\u2067",
    "PDI": "\u2069",
    "RLM mark": "\u200f",
    "LRM mark": "\u200e",
    "ALM mark": "\u061c",
    "line separator": "\u2028",
}

ONE_LINE_FIELDS: dict[str, tuple[Callable[[str], Any], str]] = {
    "name": (_case_with_name, "case.person.names[0].text"),
    "case number": (lambda t: Case(case_number=t), "case.case_number"),
    "place": (lambda t: Case(disappeared_place=t), "case.disappeared_place"),
    "hometown": (lambda t: Case(person=Person(hometown=Hometown(village=t))), "case.person.hometown.village"),
    "ID number": (
        lambda t: Case(person=Person(id_documents=[IdDocument(number=t)])),
        "case.person.id_documents[0].number",
    ),
    "witness name": (lambda t: Witness(name=t), "witness.name"),
    "citizenship": (lambda t: Case(person=Person(citizenships=[t])), "case.person.citizenships[0]"),
    "attachment name": (lambda t: Attachment(original_name=t), "attachment.original_name"),
}


@pytest.mark.parametrize("char", ONE_LINE_BAD.values(), ids=ONE_LINE_BAD.keys())
@pytest.mark.parametrize("field", ONE_LINE_FIELDS, ids=ONE_LINE_FIELDS.keys())
def test_one_line_fields_refuse_control_and_bidi_characters(field: str, char: str) -> None:
    make, label = ONE_LINE_FIELDS[field]
    _refused(make(f"{SECRET}{char}IZ-FAKE"), label)


LONG_FIELDS: dict[str, tuple[Callable[[str], Any], str]] = {
    "testimony": (lambda t: Testimony(original_text=t), "testimony.original_text"),
    "translation": (
        lambda t: Testimony(translations=[Translation("ru", t)]),
        "testimony.translations[0].text",
    ),
    "notes": (lambda t: Case(notes=t), "case.notes"),
    "act reason": (lambda t: Act(official_reason=t), "act.official_reason"),
}
LONG_BAD = {
    k: v
    for k, v in ONE_LINE_BAD.items()
    if k not in ("LF", "TAB", "RLM mark", "LRM mark", "ALM mark", "line separator")
}


@pytest.mark.parametrize("char", LONG_BAD.values(), ids=LONG_BAD.keys())
@pytest.mark.parametrize("field", LONG_FIELDS, ids=LONG_FIELDS.keys())
def test_multi_line_fields_refuse_controls_but_keep_line_breaks(field: str, char: str) -> None:
    make, label = LONG_FIELDS[field]
    _refused(make(f"{SECRET}{char}"), label)
    # Line breaks, tabs and the bidi marks an Uyghur writer uses are text here.
    make("Бірінші жол\n\tекінші жол 2017\u200f ئۇيغۇر\u200c").validate()


def test_zwnj_and_zwj_are_text_everywhere() -> None:
    # Uyghur/Persian shaping and emoji sequences need them; they reorder nothing.
    case = _case_with_name("ئۇ\u200cيغۇر 👩\u200d👧")
    case.case_number = "IZ\u200d-1"
    case.validate()
    assert Case.from_dict(case.to_dict()) == case


# --- lengths by declared type, not by name -------------------------------------------------


def test_a_five_million_character_name_is_refused_a_five_mb_testimony_is_not() -> None:
    message = _refused(_case_with_name("ы" * 5_000_000), "case.person.names[0].text")
    assert "limit 200" in message
    _refused(_case_with_name("ы" * (NAME + 1)), "case.person.names[0].text")
    _case_with_name("ы" * NAME).validate()
    testimony = Testimony(original_text=("Бір сөйлем.\n" * 420_000)[:LONG])
    assert len(testimony.original_text.encode()) > 5_000_000
    testimony.validate()
    _refused(Testimony(original_text="ы" * (LONG + 1)), "testimony.original_text")
    # The field called "text" of a translation is long text; the one of a name is not.
    Testimony(translations=[Translation("ru", "ы" * 100_000)]).validate()


def test_every_text_and_number_field_declares_its_type() -> None:
    classes = {record_class(k) for k in KINDS} | {Name, Person, Hometown, IdDocument, Translation}
    for cls in classes:
        for f in dataclasses.fields(cls):
            if f.type in ("str", "int", "list[str]"):
                assert spec_of(f) is not None, f"{cls.__name__}.{f.name}"
        validate(cls(), cls.__name__)  # the defaults are valid


# --- choices, UUIDs, integers ---------------------------------------------------------------


def test_choice_uuid_and_integer_fields_are_checked_by_their_type() -> None:
    _refused(Act(kind="open"), "act.kind")  # a case status is not an act kind
    Act(kind="arrest").validate()
    _refused(Case(status="arrest"), "case.status")
    _refused(Case(person=Person(names=[Name("Айгүл", "kk-Cyrl", "nick")])), "case.person.names[0].kind")
    _refused(Act(case_uuid="no-such-case"), "act.case_uuid")
    _refused(Act(case_uuid="6F9619FF-8B86-D011-B42D-00CF4FC964FF"), "act.case_uuid")
    _refused(Testimony(attachment_uuids=[""]), "testimony.attachment_uuids[0]")
    _refused(Act(position=-1), "act.position")
    _refused(Act(position=10**30), "act.position")
    _refused(Attachment(size=-5), "attachment.size")
    _refused(Attachment(sha256="ABC"), "attachment.sha256")


# --- times and dates ------------------------------------------------------------------------

BAD_TIMES = {
    "impossible": "2018-13-45T99:99:99Z",
    "no 30 February": "2024-02-30T10:00:00.000000Z",
    "hour 24": "2024-05-01T24:00:00Z",
    "leap second": "2024-05-01T10:00:60Z",
    "full-width digits": "２０２４-05-01T10:00:00Z",
    "Arabic-Indic digits": "٢٠٢٤-05-01T10:00:00Z",
    "no Z": "2024-05-01T10:00:00",
    "trailing newline": "2024-05-01T10:00:00Z\n",
    "before 1970": "1969-12-31T23:59:59Z",
    "empty": "",
}


@pytest.mark.parametrize("value", BAD_TIMES.values(), ids=BAD_TIMES.keys())
def test_impossible_or_non_ascii_times_are_refused(value: str) -> None:
    _refused(Case(created=value), "case.created")
    _refused(Act(updated=value), "act.updated")


def test_times_more_than_a_day_ahead_are_refused() -> None:
    def at(delta: dt.timedelta) -> str:
        return (dt.datetime.now(dt.UTC) + delta).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    assert "future" in _refused(Case(updated=at(dt.timedelta(days=2))), "case.updated")
    _refused(Witness(created=at(dt.timedelta(days=400))), "witness.created")
    _refused(Attachment(received_at="2999-01-01T00:00:00Z"), "attachment.received_at")
    Case(updated=at(dt.timedelta(hours=3))).validate()  # clock drift is tolerated
    Attachment(received_at="").validate()  # not known
    # Records that carry a vault's own times (merge, restore) are checked by the caller's
    # clock policy; they must still be real times.
    Case(updated=at(dt.timedelta(days=400))).validate(allow_future=True)
    _refused(Case(updated="2099-02-30T00:00:00Z"), "case.updated")
    with pytest.raises(InvalidInputError):
        Case(updated="2099-02-30T00:00:00Z").validate(allow_future=True)


@pytest.mark.parametrize("text", ["٢٠١٨-٠٣", "２０１８", "2018-０３-05", "۲۰۱۸"])
def test_partial_dates_take_ascii_digits_only(text: str) -> None:
    # Before, \d took these and int() silently rewrote them to 2018-03.
    with pytest.raises(InvalidInputError):
        PartialDate.parse(text)
    with pytest.raises(InvalidInputError) as info:
        Case.from_dict({"disappeared_on": text})
    assert str(info.value).startswith("case.disappeared_on:")
