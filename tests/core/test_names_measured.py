"""Matching quality on the labelled set (tests/names_pairs.py): a quality assertion, no timing."""

from __future__ import annotations

from app.names import NAME_THRESHOLD, name_similarity
from tests.names_pairs import labelled_pairs


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
