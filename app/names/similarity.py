"""How alike two names sound, 0..1: word keys compared with a weighted edit distance (close
sounds cost half), words paired in the best order, a name with fewer words scored lower.

Word order is free (Kazakh passports: given name first; Russian lists: surname first; Chinese:
given name · father's name), and a Chinese name written without its middle dot is compared
with the other name's words run together.
"""

from __future__ import annotations

import functools
import itertools

from app.names.key import WordKey, word_keys

__all__ = ["name_similarity", "partial_similarity", "word_similarity", "best_pairs"]

# Sounds that spellings swap: half the cost of another substitution.
_CLOSE = {
    frozenset(p)
    for p in ("ae", "ou", "KG", "KH", "GH", "SZ", "JC", "JZ", "BP", "DT", "BW", "WF", "SC", "JS", "LR")
}
# Chinese writes Turkic r as l (木拉提 Murat) and leaves out an initial h (艾山 Hesen): a first
# vowel against a first H costs half too.
_CLOSE |= {frozenset(("H", v)) for v in "aeiou"}
# Sounds that spellings leave out (Abdurehim / 阿不都热依木 ab-du-re-i-mu; Kazakh у read as a vowel
# or as w, Сәуле / ساۋلە): half an insertion.
_WEAK = frozenset("HW")
# The key outweighs the loose form: it is what all spellings share; the loose form only tells
# names of one skeleton apart (Бақыт / Бекет).
KEY_WEIGHT = 0.6


def _cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    return 0.5 if frozenset((a, b)) in _CLOSE or a.lower() == b.lower() else 1.0


# Substitution costs by pair of letters, filled as met (the alphabets are small).
_COSTS: dict[tuple[str, str], float] = {}


def _distance(a: str, b: str) -> float:
    """The weighted edit distance; the duplicate check runs it for every candidate's words,
    so costs are looked up, not worked out, in the inner loop."""
    weak = _WEAK
    indel_b = [0.5 if c in weak else 1.0 for c in b]
    prev = [0.0]
    for cost in indel_b:
        prev.append(prev[-1] + cost)
    costs = _COSTS
    for ca in a:
        indel_a = 0.5 if ca in weak else 1.0
        cur = [prev[0] + indel_a]
        for j, cb in enumerate(b, 1):
            sub = costs.get((ca, cb))
            if sub is None:
                sub = costs[(ca, cb)] = _cost(ca, cb)
            x, y, z = prev[j] + indel_a, cur[j - 1] + indel_b[j - 1], prev[j - 1] + sub
            cur.append(x if x < y and x < z else (y if y < z else z))
        prev = cur
    return prev[-1]


@functools.lru_cache(maxsize=262144)
def _ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    distance = _distance(a, b)
    # The first sound is the one spellings keep best: Нұрлан and Ерлан differ there.
    if _cost(a[0], b[0]) == 1.0:
        distance += 0.5
    return max(0.0, 1.0 - distance / max(len(a), len(b)))


@functools.lru_cache(maxsize=131072)
def word_similarity(a: WordKey, b: WordKey) -> float:
    key = _ratio(a.key, b.key)
    if a.han or b.han:
        # A Chinese reading's vowels are the transcription's own: the skeleton alone counts.
        return key
    return KEY_WEIGHT * key + (1 - KEY_WEIGHT) * _ratio(a.loose, b.loose)


def best_pairs(a: tuple[WordKey, ...], b: tuple[WordKey, ...]) -> list[tuple[int, int, float]]:
    """The pairing of the shorter name's words with the other's that scores best:
    (index in a, index in b, similarity)."""
    swap = len(a) > len(b)
    short, long_ = (b, a) if swap else (a, b)
    best: list[tuple[int, int, float]] = []
    best_total = -1.0
    for chosen in itertools.permutations(range(len(long_)), len(short)):
        pairs = [(i, j, word_similarity(short[i], long_[j])) for i, j in enumerate(chosen)]
        total = sum(p[2] for p in pairs)
        if total > best_total:
            best, best_total = pairs, total
    return [(j, i, s) for i, j, s in best] if swap else best


def _joined(keys: tuple[WordKey, ...]) -> WordKey:
    """Words run together, as a Chinese name without its dot is read."""
    key = keys[0].key + "".join(k.key[1:] if k.key[:1].islower() else k.key for k in keys[1:])
    return WordKey(key, "".join(k.loose for k in keys), any(k.han for k in keys))


def _alike(a: tuple[WordKey, ...], b: tuple[WordKey, ...]) -> tuple[float, float, float]:
    """How alike the paired words are, the share of the longer name's words paired, and (one
    Chinese word against several) how alike the Chinese word and the others run together."""
    pairs = best_pairs(a, b)
    mean = sum(p[2] for p in pairs) / len(pairs)
    # One word unlike its partner outweighs the others: brothers share a father's name.
    alike = (mean + min(p[2] for p in pairs)) / 2
    joined = 0.0
    if len(a) != len(b) and min(len(a), len(b)) == 1:
        one, many = (a, b) if len(a) == 1 else (b, a)
        if one[0].han:
            joined = max(word_similarity(one[0], _joined(m)) for m in (many, many[::-1]))
    return alike, len(pairs) / max(len(a), len(b)), joined


def _score(a: tuple[WordKey, ...], b: tuple[WordKey, ...]) -> float:
    if not a or not b:
        return 0.0
    alike, coverage, joined = _alike(a, b)
    # "Нұрлан" against "Nurlan Zhaksybekov" is a hint, not a match.
    return max(alike * (0.5 + 0.5 * coverage), joined)


def name_similarity(a: str, b: str) -> float:
    """0..1: how alike two names sound across scripts and spellings."""
    return _score(word_keys(a), word_keys(b))


def partial_similarity(a: str, b: str) -> float:
    """0..1 like :func:`name_similarity`, but a name given with fewer words is not marked down:
    a father named by his given name alone by one relative and in full by another is one name.
    For the names of someone else than the person compared (parents), who is told apart by
    the other evidence, not by how fully a witness named them."""
    ka, kb = word_keys(a), word_keys(b)
    if not ka or not kb:
        return 0.0
    alike, _coverage, joined = _alike(ka, kb)
    return max(alike, joined)
