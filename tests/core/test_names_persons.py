"""The duplicate score of two persons: names across scripts, birth date, hometown, sex, IDs."""

from __future__ import annotations

from app.model import Hometown, IdDocument, Name, PartialDate, Person
from app.names import THRESHOLD, score_persons
from tests.core.test_names_ids import prc


def person(
    *names: str, born: PartialDate | None = None, sex: str = "", county: str = "", ids: tuple[str, ...] = ()
) -> Person:
    return Person(
        names=[Name(n) for n in names],
        birth_date=born or PartialDate(),
        sex=sex,
        hometown=Hometown(county=county),
        id_documents=[IdDocument("PRC resident ID", i) for i in ids],
    )


def codes(a: Person, b: Person) -> list[str]:
    return [r.code for r in score_persons(a, b).reasons]


def test_same_man_in_two_scripts_with_the_same_birth_date() -> None:
    a = person("Нұрлан Жақсыбеков", born=PartialDate(1985, 3, 12), county="Ғұлжа")
    b = person("努尔兰·加克斯别克", born=PartialDate(1985, 3, 12), county="Құлжа")
    match = score_persons(a, b)
    assert match.score >= THRESHOLD
    assert codes(a, b) == ["name", "birth_same", "hometown_same"]
    name = match.reasons[0]
    assert (name.a, name.b) == ("Нұрлан Жақсыбеков", "努尔兰·加克斯别克")


def test_birth_years_far_apart_rule_out_a_name_match() -> None:
    a = person("Нұрлан Жақсыбеков", born=PartialDate(1985))
    b = person("Nurlan Zhaksybekov", born=PartialDate(1962))
    assert score_persons(a, b).score < THRESHOLD
    assert "birth_differs" in codes(a, b)


def test_sex_differs_and_brothers() -> None:
    assert (
        score_persons(
            person("Nurlan Zhaksybekov", sex="male"), person("Нұрлан Жақсыбеков", sex="female")
        ).score
        < THRESHOLD
    )
    assert score_persons(person("Нұрлан Жақсыбеков"), person("Ерлан Жақсыбеков")).score < THRESHOLD


def test_the_same_prc_id_decides_and_two_ids_rule_out() -> None:
    number = prc("65402119850312001")
    a = person("Нұрлан Жақсыбеков", ids=(number,))
    b = person("Another Spelling", ids=(number[:6] + " " + number[6:],))
    match = score_persons(a, b)
    assert match.score >= 0.99 and match.reasons[0].code == "id_same"
    other = person("Nurlan Zhaksybekov", ids=(prc("65402119850312003"),))
    assert score_persons(a, other).score < THRESHOLD
    assert "id_differs" in codes(a, other)


def test_no_names_no_match() -> None:
    assert score_persons(person(), person("Нұрлан")).score == 0.0
    assert score_persons(person("\x00\x01"), person("🙂")).score == 0.0
