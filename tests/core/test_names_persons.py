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


# --- parents' names: supporting evidence, never enough alone ----------------------------------


def with_parents(base: Person, father: str = "", mother: str = "") -> Person:
    base.father_name, base.mother_name = father, mother
    return base


def test_a_given_name_alone_is_matched_by_the_fathers_name_and_birth_year() -> None:
    full = with_parents(person("Nurlan Zhaksybekov", born=PartialDate(1985)), "Zhaksybek Omaruly")
    alone = person("Нұрлан", born=PartialDate(1985))
    assert score_persons(alone, full).score < THRESHOLD  # the given name is only a hint
    son = with_parents(alone, "Жақсыбек")  # his given name alone: one name with the full one
    match = score_persons(son, full)
    assert match.score >= THRESHOLD
    father = next(r for r in match.reasons if r.code == "father_same")
    assert (father.a, father.b, father.weight) == ("Жақсыбек", "Zhaksybek Omaruly", 0.15)


def test_brothers_with_the_same_parents_stay_apart() -> None:
    for born in (PartialDate(1985), PartialDate(1987)):  # twins, or a year or two apart
        a = with_parents(
            person("Нұрлан Жақсыбеков", born=PartialDate(1985)), "Жақсыбек Омарұлы", "Гүлнар Сейітқызы"
        )
        b = with_parents(person("Ерлан Жақсыбеков", born=born), "Zhaksybek Omaruly", "Gulnar Seitkyzy")
        match = score_persons(a, b)
        assert match.score < THRESHOLD
        # Shown, but weighed nothing: the names themselves do not agree.
        assert [(r.code, r.weight) for r in match.reasons if r.code.endswith("_same")][-2:] == [
            ("father_same", 0.0),
            ("mother_same", 0.0),
        ]


def test_a_parents_match_never_outweighs_what_speaks_against_the_pair() -> None:
    # Мұрат / Марат are one vowel apart: brothers whose names the score takes for one.
    a = with_parents(person("Мұрат Омарбеков", born=PartialDate(1968)), "Омарбек Әлімұлы", "Гүлмира")
    b = with_parents(person("Марат Омарбекұлы", born=PartialDate(1971)), "Омарбек Әлімов", "Гүлмира")
    assert score_persons(a, b).score < THRESHOLD
    assert ("father_same", 0.0) in [(r.code, r.weight) for r in score_persons(a, b).reasons]


def test_a_clearly_different_father_or_mother_tells_namesakes_apart() -> None:
    a = person("Нұрлан Жақсыбеков", born=PartialDate(1985))
    b = person("Nurlan Zhaksybekov", born=PartialDate(1985))
    assert score_persons(a, b).score >= THRESHOLD  # without parents: one man
    fathers = score_persons(with_parents(a, "Жақсыбек Омарұлы"), with_parents(b, "Zhaksybek Seitovich"))
    assert fathers.score < THRESHOLD
    assert [r.code for r in fathers.reasons][-1] == "father_differs"
    a2 = with_parents(person("Нұрлан Жақсыбеков", born=PartialDate(1985)), mother="Гүлнар Сейітқызы")
    b2 = with_parents(person("Nurlan Zhaksybekov", born=PartialDate(1985)), mother="Aigul Omarova")
    assert score_persons(a2, b2).score < THRESHOLD
    assert "mother_differs" in codes(a2, b2)
    # A father named by his given name alone is the same father, not a different one.
    same = score_persons(with_parents(a, "Жақсыбек"), with_parents(b, "Zhaksybek Omaruly"))
    assert "father_differs" not in [r.code for r in same.reasons] and same.score >= THRESHOLD


def test_a_parent_recorded_on_one_side_only_changes_nothing() -> None:
    a = person("Нұрлан Жақсыбеков", born=PartialDate(1985))
    b = person("Nurlan Zhaksybekov", born=PartialDate(1985))
    plain = score_persons(a, b)
    one_side = score_persons(with_parents(a, "Жақсыбек", "Гүлнар"), b)
    assert one_side.score == plain.score and one_side.reasons == plain.reasons
