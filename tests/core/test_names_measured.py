"""Matching quality on the labelled sets (tests/names_pairs.py): quality assertions, no timing."""

from __future__ import annotations

from app.model import Name, PartialDate, Person
from app.names import NAME_THRESHOLD, THRESHOLD, name_similarity, score_persons
from tests.names_pairs import PersonPair, Side, labelled_pairs, person_pairs


def test_labelled_set_covers_every_script_pair_and_hard_negatives() -> None:
    pairs = labelled_pairs()
    assert len(pairs) >= 1000
    kinds = {p.kind for p in pairs}
    assert {"same", "sibling", "common-given"} <= kinds
    scripts = {frozenset(p.scripts.split("/")) for p in pairs if p.same}
    kazakh = ["kk-Cyrl", "ru", "latn-passport", "latn-2021", "latn-informal", "kk-Arab", "zh"]
    uyghur = ["ug-Arab", "ug-Latn", "ug-Cyrl", "en", "zh"]
    for group in (kazakh, uyghur):
        for a in group:
            for b in group:
                if a < b:
                    assert frozenset((a, b)) in scripts, (a, b)


def test_recall_and_precision_at_the_chosen_threshold() -> None:
    pairs = labelled_pairs()
    scored = [(name_similarity(p.a, p.b) >= NAME_THRESHOLD, p.same) for p in pairs]
    tp = sum(hit and same for hit, same in scored)
    fp = sum(hit and not same for hit, same in scored)
    fn = sum(same and not hit for hit, same in scored)
    assert tp / (tp + fn) >= 0.95
    assert tp / (tp + fp) >= 0.90


def _person(side: Side, parents: bool) -> Person:
    return Person(
        names=[Name(side.name)],
        father_name=side.father if parents else "",
        mother_name=side.mother if parents else "",
        birth_date=PartialDate(side.born) if side.born else PartialDate(),
    )


def _precision_recall(pairs: list[PersonPair], parents: bool) -> tuple[float, float]:
    scored = [
        (score_persons(_person(p.a, parents), _person(p.b, parents)).score >= THRESHOLD, p.same)
        for p in pairs
    ]
    tp = sum(hit and same for hit, same in scored)
    fp = sum(hit and not same for hit, same in scored)
    fn = sum(same and not hit for hit, same in scored)
    return tp / (tp + fp), tp / (tp + fn)


def test_persons_whose_parents_names_decide() -> None:
    pairs = person_pairs()
    assert len(pairs) >= 1000
    assert {p.kind for p in pairs} == {"same-parents", "given-only", "namesake", "brother"}
    precision, recall = _precision_recall(pairs, parents=True)
    assert precision >= 0.90 and recall >= 0.95
    # The set does test the parents: without their names the same pairs are half wrong.
    blind_precision, blind_recall = _precision_recall(pairs, parents=False)
    assert blind_precision < 0.7 and blind_recall < 0.7
    # Brothers and sisters with the same father and mother are never taken for one person.
    brothers = [p for p in pairs if p.kind == "brother"]
    assert not any(score_persons(_person(p.a, True), _person(p.b, True)).score >= THRESHOLD for p in brothers)


def test_the_fast_path_of_the_duplicate_check_decides_the_same() -> None:
    # duplicates.matches() scores with decide_at: pairs the parents could not lift skip them.
    for p in person_pairs():
        a, b = _person(p.a, True), _person(p.b, True)
        full, fast = score_persons(a, b), score_persons(a, b, decide_at=THRESHOLD)
        assert (full.score >= THRESHOLD) == (fast.score >= THRESHOLD), p
        if fast.score >= THRESHOLD:
            assert fast == full  # what is shown is the whole score and every reason


def test_the_edit_distance_is_the_textbook_one() -> None:
    import random

    from app.names import similarity

    def textbook(a: str, b: str) -> float:
        def indel(c: str) -> float:
            return 0.5 if c in similarity._WEAK else 1.0

        prev = [0.0]
        for cb in b:
            prev.append(prev[-1] + indel(cb))
        for ca in a:
            cur = [prev[0] + indel(ca)]
            for j, cb in enumerate(b, 1):
                cur.append(
                    min(prev[j] + indel(ca), cur[j - 1] + indel(cb), prev[j - 1] + similarity._cost(ca, cb))
                )
            prev = cur
        return prev[-1]

    rng = random.Random(5)
    letters = "aeiouHWKGSZJCBPDTFLRMNYQX"  # close pairs, weak sounds, the rest
    for _ in range(3000):
        a = "".join(rng.choice(letters) for _ in range(rng.randrange(0, 9)))
        b = "".join(rng.choice(letters) for _ in range(rng.randrange(0, 9)))
        assert similarity._distance(a, b) == textbook(a, b), (a, b)
