"""Whether two recorded persons may be the same person: one score and the reasons for it.

The names decide (the best pair of names across scripts, app/names/similarity.py); the birth
date, the hometown and the sex move the score up or down; the same PRC ID or IIN decides
outright, and two different numbers of one system rule the pair out (a person has one).

The parents' names, where both cases record them, are supporting evidence only: brothers share
a father and a mother, so a matching father's name adds to the score only when the persons'
own names agree (in full, or a given name alone found in the other's name: Нұрлан against
Nurlan Zhaksybekov) and nothing speaks against the pair. A clearly different father's or
mother's name speaks against it: namesakes are common (two men called Нұрлан Жақсыбеков, sons
of two different men called Жақсыбек).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.errors import InvalidInputError
from app.model.records import Person
from app.names.idnumbers import decode_id, id_digits
from app.names.key import word_keys
from app.names.similarity import name_similarity, partial_similarity

__all__ = ["Reason", "PersonMatch", "score_persons", "THRESHOLD", "NAME_THRESHOLD", "id_keys"]

# The name similarity from which two names count as one (chosen on the labelled set,
# tests/names_pairs.py: precision and recall in docs/performance.md).
NAME_THRESHOLD = 0.8
# The person score from which a pair is shown as a possible duplicate.
THRESHOLD = 0.75
# Parents' names from this similarity on are one name (a given name alone matches the full
# name); below PARENT_DIFFERS they are clearly two people (tests/names_pairs.py person_pairs).
PARENT_DIFFERS = 0.5
PARENT_SAME_WEIGHT = 0.15
# A father is named alike by every relative; a mother sometimes by another name (maiden or
# married): her name weighs less.
FATHER_DIFFERS_WEIGHT = -0.4
MOTHER_DIFFERS_WEIGHT = -0.35


@dataclass(frozen=True)
class Reason:
    """Why the score moved: ``code`` is one of the codes below; ``a``/``b`` what was compared
    (names or dates as recorded: shown to the person entering the case, never logged)."""

    code: str  # name, birth_same, birth_year_same, birth_differs, hometown_same, id_same,
    # id_differs, sex_differs, father_same, father_differs, mother_same, mother_differs
    weight: float
    a: str = ""
    b: str = ""


@dataclass
class PersonMatch:
    score: float
    reasons: list[Reason] = field(default_factory=list)


def id_keys(person: Person) -> dict[str, str]:
    """{system: canonical number} of the person's PRC ID and IIN that decode."""
    out: dict[str, str] = {}
    for doc in person.id_documents:
        try:
            decoded = decode_id(doc.number)
        except InvalidInputError:
            # A number that fails its check is no evidence either way: it is compared as typed.
            decoded = None
        if decoded is not None:
            out[decoded.system] = decoded.number
        elif id_digits(doc.number):
            out.setdefault("other:" + id_digits(doc.number), id_digits(doc.number))
    return out


def _names(person: Person) -> list[str]:
    return [n.text for n in person.names if word_keys(n.text)]


def _best_names(a: Person, b: Person) -> tuple[float, str, str]:
    best = (0.0, "", "")
    for na in _names(a):
        for nb in _names(b):
            score = name_similarity(na, nb)
            if score > best[0]:
                best = (score, na, nb)
    return best


def _names_consistent(a: Person, b: Person) -> bool:
    """Every word of one recorded name is in one of the other's (a given name alone, Нұрлан,
    against Nurlan Zhaksybekov): what a parent's name may then confirm."""
    return any(partial_similarity(na, nb) >= NAME_THRESHOLD for na in _names(a) for nb in _names(b))


def _parents(a: Person, b: Person, supported: Callable[[], bool], reasons: list[Reason]) -> float:
    """What the fathers' and mothers' names change. A clearly different name lowers the score;
    a matching one adds only to names that agree (``supported()``, asked only then) and only
    when nothing speaks against the pair (another birth date, sex or parent): it confirms, it
    never outweighs."""
    same: list[Reason] = []
    change = 0.0
    for parent, x, y, differs in (
        ("father", a.father_name, b.father_name, FATHER_DIFFERS_WEIGHT),
        ("mother", a.mother_name, b.mother_name, MOTHER_DIFFERS_WEIGHT),
    ):
        if not (x.strip() and y.strip() and word_keys(x) and word_keys(y)):
            continue
        alike = partial_similarity(x, y)
        if alike >= NAME_THRESHOLD:
            same.append(Reason(parent + "_same", PARENT_SAME_WEIGHT, x, y))
        elif alike < PARENT_DIFFERS:
            reasons.append(Reason(parent + "_differs", differs, x, y))
            change += differs
    counts = bool(same) and all(r.weight >= 0 for r in reasons) and supported()
    for reason in same:
        # Shown either way (the person entering the case sees it), weighed only when it counts.
        reasons.append(reason if counts else Reason(reason.code, 0.0, reason.a, reason.b))
        change += reason.weight if counts else 0.0
    return change


def score_persons(a: Person, b: Person, decide_at: float | None = None) -> PersonMatch:
    """0..1 and the reasons; THRESHOLD and above is a possible duplicate.

    With ``decide_at`` (a threshold), a pair the parents' names could not lift to it is scored
    without comparing them: whether it reaches ``decide_at`` is the same, only faster (the
    duplicate check of a vault scores twenty candidates per keystroke)."""
    reasons: list[Reason] = []
    names, na, nb = _best_names(a, b)
    # Below the name threshold the names speak against the pair: the score falls faster.
    score = names if names >= NAME_THRESHOLD else names * 0.8
    if names > 0:
        reasons.append(Reason("name", round(names, 2), na, nb))
    da, db = a.birth_date, b.birth_date
    if da.known and db.known:
        if da.iso() == db.iso() and da.month:
            score += 0.1
            reasons.append(Reason("birth_same", 0.1, da.iso(), db.iso()))
        elif da.year == db.year:
            score += 0.05
            reasons.append(Reason("birth_year_same", 0.05, da.iso(), db.iso()))
        elif abs((da.year or 0) - (db.year or 0)) > (2 if da.approximate or db.approximate else 1):
            score -= 0.3
            reasons.append(Reason("birth_differs", -0.3, da.iso(), db.iso()))
    # The county or village in any spelling (Ғұлжа / Құлжа / Ghulja): compared like names.
    pairs = ((a.hometown.county, b.hometown.county), (a.hometown.village, b.hometown.village))
    if any(x.strip() and y.strip() and name_similarity(x, y) >= NAME_THRESHOLD for x, y in pairs):
        score += 0.05
        reasons.append(Reason("hometown_same", 0.05, a.hometown.display(), b.hometown.display()))
    if a.sex.strip() and b.sex.strip() and a.sex.strip().casefold() != b.sex.strip().casefold():
        score -= 0.4
        reasons.append(Reason("sex_differs", -0.4, a.sex, b.sex))
    # Brothers share their parents: a parent's name confirms names that agree, never others.
    if decide_at is None or score + 2 * PARENT_SAME_WEIGHT >= decide_at:
        score += _parents(a, b, lambda: names >= NAME_THRESHOLD or _names_consistent(a, b), reasons)
    ids_a, ids_b = id_keys(a), id_keys(b)
    for system in sorted(set(ids_a) & set(ids_b)):
        if ids_a[system] == ids_b[system]:
            score = max(score, 0.99)
            reasons.insert(0, Reason("id_same", 1.0, ids_a[system], ids_b[system]))
            break
        if not system.startswith("other:"):
            score -= 0.5
            reasons.append(Reason("id_differs", -0.5, ids_a[system], ids_b[system]))
    return PersonMatch(max(0.0, min(1.0, score)), reasons)
