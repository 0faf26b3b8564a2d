"""The consent filter and the WGEID checks: pure functions, no PDF. All data fictional."""

from __future__ import annotations

import datetime as _dt

import pytest

from app.dossier.batch import safe_file_stem
from app.dossier.consent import (
    PROFILE_SCOPE,
    Redactor,
    filter_testimonies,
    initials,
    witness_view,
)
from app.dossier.wgeid import disappearance_date, is_urgent, minimum_elements
from app.model import (
    Act,
    Case,
    ConsentGrant,
    Intervention,
    Name,
    PartialDate,
    Person,
    Testimony,
    Witness,
)


def _witness(*grants: ConsentGrant, withdrawn: PartialDate | None = None) -> Witness:
    return Witness(
        name="Айгерім Ақжолқызы",
        relation="daughter",
        how_known="lived together",
        contact="+7 700 000 11 22",
        consent=list(grants),
        consent_withdrawn=withdrawn or PartialDate(),
    )


def test_profiles_map_to_scopes() -> None:
    assert PROFILE_SCOPE == {"wgeid": "wgeid", "ministry": "ministry", "public": "publish"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Айгерім Ақжолқызы", "А. А."),
        ("aqjol bektaiūly", "A. B."),
        ("阿克卓勒·别克泰", "阿. 别."),
        ("ئاقجول بەكتاي", "ئ. ب."),
        ("  ", ""),
        ("Jean-Paul", "J. P."),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_full_identity_with_contact_only_where_granted() -> None:
    w = _witness(
        ConsentGrant("wgeid", "full", True),
        ConsentGrant("ministry", "full", False),
        ConsentGrant("publish", "initials", True),
    )
    wgeid = witness_view(w, "wgeid")
    assert (wgeid.name, wgeid.contact, wgeid.relation, wgeid.how_known) == (
        "Айгерім Ақжолқызы",
        "+7 700 000 11 22",
        "daughter",
        "lived together",
    )
    ministry = witness_view(w, "ministry")
    assert ministry.name == "Айгерім Ақжолқызы" and ministry.contact is None
    public = witness_view(w, "publish")
    # Initials: no full name, and how they know (identifying) is dropped; contact as granted.
    assert (public.name, public.contact, public.how_known) == ("А. А.", "+7 700 000 11 22", None)
    # An ngo grant is not a publish grant, and no grant means "a relative" only.
    ngo = witness_view(w, "ngo")
    assert (ngo.identity, ngo.name, ngo.relation, ngo.contact, ngo.testimony_allowed) == (
        "none",
        None,
        None,
        None,
        False,
    )


def test_anonymous_shows_relation_only() -> None:
    view = witness_view(_witness(ConsentGrant("wgeid", "anonymous", False)), "wgeid")
    assert view.anonymous and view.relation == "daughter"
    assert view.contact is None and view.how_known is None and view.testimony_allowed


def test_anonymous_with_contact_keeps_contact() -> None:
    view = witness_view(_witness(ConsentGrant("wgeid", "anonymous", True)), "wgeid")
    assert view.name is None and view.contact == "+7 700 000 11 22"


@pytest.mark.parametrize("scope", ["wgeid", "ministry", "ngo", "publish", "store"])
def test_store_only_consent_is_never_more_than_a_relative(scope: str) -> None:
    view = witness_view(_witness(ConsentGrant("store", "full", True)), scope)
    assert (view.identity, view.name, view.relation, view.contact, view.how_known) == (
        "none",
        None,
        None,
        None,
        None,
    )
    assert not view.testimony_allowed


def test_withdrawn_consent_overrides_every_grant() -> None:
    w = _witness(ConsentGrant("wgeid", "full", True), withdrawn=PartialDate(2024, 6))
    view = witness_view(w, "wgeid")
    assert view.withdrawn and view.name is None and view.contact is None
    assert not view.testimony_allowed


def test_filter_testimonies_counts_and_withholds_files() -> None:
    ok = _witness(ConsentGrant("wgeid", "initials"))
    store_only = _witness(ConsentGrant("store", "full", True))
    gone = _witness(ConsentGrant("wgeid", "full"), withdrawn=PartialDate(2024))
    shared = "shared-file"
    testimonies = [
        Testimony(witness_uuid=ok.uuid, attachment_uuids=["ok-file", shared]),
        Testimony(witness_uuid=store_only.uuid, attachment_uuids=["store-file"]),
        Testimony(witness_uuid=gone.uuid, attachment_uuids=["gone-file", shared]),
        Testimony(witness_uuid=gone.uuid),
        Testimony(witness_uuid="no-such-witness", attachment_uuids=["orphan-file"]),
    ]
    result = filter_testimonies([ok, store_only, gone], testimonies, "wgeid")
    assert result.testimonies == testimonies[:1]
    assert result.withdrawn_testimonies == 2
    assert result.unconsented_testimonies == 2  # store-only and the unknown witness
    # A file also attached to an included testimony stays.
    assert result.withheld_attachments == {"store-file", "gone-file", "orphan-file"}
    assert result.view("no-such-witness").name is None


@pytest.mark.parametrize(
    ("number", "stem"),
    [
        ("IZ-2024-0042", "IZ-2024-0042"),
        ("IZ/2024/../0042", "IZ_2024_.._0042"),
        ("../../etc/passwd", "etc_passwd"),
        ("Іс №5", "5"),  # Cyrillic and "№" replaced, leading "_" stripped
        ("", "case-abcdef12"),
        ("CON", "case-CON"),
        ("nul.txt", "case-nul.txt"),
        (".hidden", "hidden"),
    ],
)
def test_safe_file_stem(number: str, stem: str) -> None:
    result = safe_file_stem(number, "abcdef12-0000")
    assert result == stem
    assert "/" not in result and "\\" not in result and not result.startswith(".")


# --- WGEID ----------------------------------------------------------------------------------


def _case(**kwargs: object) -> Case:
    return Case(case_number="IZ-1", person=Person(names=[Name("Сайхан", "kk-Cyrl")]), **kwargs)  # type: ignore[arg-type]


def test_elements_for_a_case_with_only_a_name() -> None:
    states = {e.key: e.state for e in minimum_elements(_case(), [], [], "")}
    assert states == {
        "a": "present",
        "b": "missing",
        "c": "missing",
        "d": "missing",
        "e": "missing",
        "f": "missing",
    }


def test_elements_all_present_and_fallbacks_from_acts() -> None:
    act = Act(kind="arrest", date_from=PartialDate(2018, 3), place="Ақсай ауылы", agency="County police")
    elements = minimum_elements(_case(remedies="family threatened"), [act], [], "Org")
    assert {e.key: e.state for e in elements} == dict.fromkeys("abcdef", "present")
    values = {e.key: e.value for e in elements}
    assert values["b"] == "March 2018" and values["c"] == "Ақсай ауылы"
    assert values["d"] == "County police" and values["f"] == "Org"


def test_year_only_date_is_incomplete() -> None:
    elements = minimum_elements(
        _case(disappeared_on=PartialDate(2017, approximate=True)), [], [Intervention()], "Org"
    )
    assert elements[1].state == "incomplete" and elements[4].state == "present"


def test_disappearance_date_prefers_the_case() -> None:
    act = Act(kind="contact-lost", date_from=PartialDate(2019))
    assert disappearance_date(_case(disappeared_on=PartialDate(2018, 3)), [act]).iso() == "2018-03"
    assert disappearance_date(_case(), [act]).iso() == "2019"
    assert not disappearance_date(_case(), [Act(kind="release")]).known


@pytest.mark.parametrize(
    ("date", "urgent"),
    [
        (PartialDate(2026, 10, 1), True),  # 58 days
        (PartialDate(2026, 8, 29), True),  # 91 days
        (PartialDate(2026, 8, 1), False),  # 119 days
        (PartialDate(2026, 9), True),  # September: may be within three months
        (PartialDate(2026, 11), True),  # this month, day unknown
        (PartialDate(2026, 7), False),
        (PartialDate(2026), False),  # a year alone cannot show it
        (PartialDate(), False),
    ],
)
def test_urgent_procedure(date: PartialDate, urgent: bool) -> None:
    today = _dt.date(2026, 11, 28)
    assert is_urgent(_case(disappeared_on=date), [], today) is urgent


def test_urgent_when_the_case_says_so() -> None:
    assert is_urgent(_case(procedure="urgent"), [], _dt.date(2026, 11, 28))


# --- names and numbers quoted in free text ---------------------------------------------------


def test_redactor_replaces_names_and_contacts_not_consented() -> None:
    full = _witness(ConsentGrant("wgeid", "full", True), ConsentGrant("publish", "initials"))
    store_only = Witness(
        name="Ерлан Ақжолұлы",
        contact="+7 700 000 55 66; WhatsApp @erlan_demo",
        consent=[ConsentGrant("store", "full", True)],
    )
    redact = Redactor([full, store_only], "wgeid", "[name withheld]", "[contact withheld]")
    text = "Айгерім Ақжолқызы (+7 700 000 11 22) and ерлан ақжолұлы, +7 700 000 55 66, WhatsApp @erlan_demo"
    assert redact(text) == (
        "Айгерім Ақжолқызы (+7 700 000 11 22) and [name withheld], [contact withheld], [contact withheld]"
    )
    public = Redactor([full, store_only], "publish", "[name withheld]", "[contact withheld]")
    assert public("Айгерім Ақжолқызы, +7 700 000 11 22") == "А. А., [contact withheld]"
    nothing = Redactor([], "wgeid", "x", "y")
    assert nothing("Айгерім") == "Айгерім"


def test_redactor_ignores_very_short_names() -> None:
    short = Witness(name="Ай", consent=[])
    assert Redactor([short], "wgeid", "[x]", "[y]")("Айгерім Ай") == "Айгерім Ай"


def test_redactor_finds_numbers_written_otherwise() -> None:
    son = Witness(name="Ерлан Ақжолұлы", contact="+7 700 000 55 66 (home, demo)", consent=[])
    redact = Redactor([son], "wgeid", "[name withheld]", "[contact withheld]")
    assert redact("call +77000005566 or 8-700-000-55-66? 2018-03-05") == (
        "call [contact withheld] or [contact withheld]? 2018-03-05"
    )
