"""Names benchmark: matching quality on the labelled sets (name pairs; persons whose parents'
names decide), and the time to check one new person against a vault of 100,000 cases (the
duplicate lookup the editor runs while a name is typed), with a plain FTS search for the same
name as the baseline measured in the same run. Most recorded persons have a father's name and
some a mother's, so the check weighs parents too.

Prints one JSON object. The vault (fictional names only, in every script) is generated once
and cached under $IZDEU_BENCH_DIR or /tmp/izdeu-bench.

    .venv/bin/python bench/names_bench.py [--cases 100000] [--rounds 200]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from names_pairs import KAZAKH_GIVEN, UYGHUR_GIVEN, Side, labelled_pairs, person_pairs  # noqa: E402

from app.model import Case, Name, PartialDate, Person  # noqa: E402
from app.names import NAME_THRESHOLD, THRESHOLD, name_similarity, score_persons, to_latin  # noqa: E402
from app.store import Store  # noqa: E402
from app.vault import KdfParams, Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase, fictional data only"
# The key derivation is not what is measured here.
KDF = KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
# Syllables of fictional fathers' names, each with its usual Chinese transcription.
SYLLABLES = [
    ("ба", "巴"), ("қа", "哈"), ("лы", "勒"), ("ма", "马"), ("ра", "拉"), ("те", "特"),
    ("жа", "加"), ("ке", "克"), ("сы", "斯"), ("ды", "德"), ("мұ", "木"), ("нұр", "努尔"),
    ("бек", "别克"), ("тұр", "吐尔"), ("сын", "逊"), ("жан", "江"), ("хан", "汗"), ("ер", "叶尔"),
    ("ай", "阿依"), ("ос", "奥斯"), ("пан", "潘"), ("сей", "赛"), ("ит", "依提"), ("ым", "木"),
    ("ас", "阿斯"), ("қар", "卡尔"), ("құр", "库尔"), ("ман", "曼"), ("бай", "拜"), ("ғали", "哈力"),
]  # fmt: skip


def person(rng: random.Random) -> list[Name]:
    given, _ru, given_zh, sex = rng.choice(KAZAKH_GIVEN)
    parts = rng.sample(SYLLABLES, rng.choice((2, 3)))
    stem = "".join(p[0] for p in parts).capitalize()
    stem_zh = "".join(p[1] for p in parts)
    surname = stem + ("ов" if sex == "m" else "ова")
    roll = rng.random()
    if roll < 0.15:
        ar, uly, _cy, zh, _sex = rng.choice(UYGHUR_GIVEN)
        return [Name(f"{uly} {to_latin(stem)}", "ug-Latn"), Name(f"{zh}·{stem_zh}", "zh-Hans")]
    names = [Name(f"{given} {surname}", "kk-Cyrl")]
    if roll < 0.5:
        names.append(Name(to_latin(f"{given} {surname}"), "kk-Latn"))
    if roll > 0.8:
        names.append(Name(f"{given_zh}·{stem_zh}", "zh-Hans"))
    return names


def parents(rng: random.Random) -> tuple[str, str]:
    """A father's name (his given name from the syllables, his father's as a patronymic) for
    80 % of persons, a mother's for 40 %."""
    father = "".join(p[0] for p in rng.sample(SYLLABLES, 2)).capitalize()
    grandfather = "".join(p[0] for p in rng.sample(SYLLABLES, 2)).capitalize()
    mother_given, _ru, _zh, _sex = rng.choice([g for g in KAZAKH_GIVEN if g[3] == "f"])
    return (
        f"{father} {grandfather}ұлы" if rng.random() < 0.8 else "",
        f"{mother_given} {grandfather}қызы" if rng.random() < 0.4 else "",
    )


def build(path: Path, cases: int) -> None:
    rng = random.Random(100)
    with Vault.create(path, PASSPHRASE, params=KDF) as vault:
        store = Store(vault)
        for start in range(0, cases, 2000):
            with store.batch(keep_times=False, audit=False) as batch:
                for i in range(start, min(cases, start + 2000)):
                    case = Case(case_number=f"B-{i:06d}")
                    father, mother = parents(rng)
                    case.person = Person(
                        names=person(rng),
                        birth_date=PartialDate(1950 + rng.randrange(50)),
                        father_name=father,
                        mother_name=mother,
                    )
                    batch.save(case)
            print(f"built {min(cases, start + 2000)}", file=sys.stderr, flush=True)


def _person(side: Side, with_parents: bool) -> Person:
    return Person(
        names=[Name(side.name)],
        father_name=side.father if with_parents else "",
        mother_name=side.mother if with_parents else "",
        birth_date=PartialDate(side.born) if side.born else PartialDate(),
    )


def person_quality() -> dict[str, object]:
    """Persons whose parents' names decide, scored with and without those names."""
    pairs = person_pairs()
    out: dict[str, object] = {"pairs": len(pairs), "same": sum(p.same for p in pairs), "threshold": THRESHOLD}
    for label, with_parents in (("with_parents", True), ("without_parents", False)):
        hits = [
            (score_persons(_person(p.a, with_parents), _person(p.b, with_parents)).score >= THRESHOLD, p)
            for p in pairs
        ]
        tp = sum(h and p.same for h, p in hits)
        fp = sum(h and not p.same for h, p in hits)
        fn = sum(p.same and not h for h, p in hits)
        wrong: dict[str, int] = {}
        for h, p in hits:
            if h != p.same:
                wrong[p.kind] = wrong.get(p.kind, 0) + 1
        out[label] = {
            "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 4),
            "wrong_by_kind": wrong,
        }
    return out


def quality() -> dict[str, float | int]:
    pairs = labelled_pairs()
    hits = [(name_similarity(p.a, p.b) >= NAME_THRESHOLD, p.same) for p in pairs]
    tp = sum(h and s for h, s in hits)
    fp = sum(h and not s for h, s in hits)
    fn = sum(s and not h for h, s in hits)
    return {
        "pairs": len(pairs),
        "same": sum(p.same for p in pairs),
        "threshold": NAME_THRESHOLD,
        "precision": round(tp / (tp + fp), 4),
        "recall": round(tp / (tp + fn), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    folder = Path(os.environ.get("IZDEU_BENCH_DIR", "/tmp/izdeu-bench"))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"names-parents-{args.cases}.izdeu"  # persons with parents' names
    built = 0.0
    if not path.exists():
        t = time.perf_counter()
        build(path, args.cases)
        built = time.perf_counter() - t
    rng = random.Random(7)
    with Vault.open(path, PASSPHRASE, params=KDF) as vault:
        store = Store(vault)
        queries = []
        for _ in range(args.rounds):
            names = person(rng)
            father, mother = parents(rng)
            # The new report is in another script than most recorded ones: Russian or Latin.
            queries.append(
                Person(
                    names=[Name(to_latin(names[0].text), "kk-Latn")],
                    father_name=to_latin(father),
                    mother_name=mother,
                )
            )
        # The first check loads pypinyin's dictionary and fills the key caches: measured apart.
        t = time.perf_counter()
        store.duplicate_matches(Person(names=[Name("努尔兰·加克斯别克", "zh-Hans")]))
        first = time.perf_counter() - t
        fts, check, plain, found = [], [], [], 0
        for i, query in enumerate(queries):
            t = time.perf_counter()
            store.search(query.names[0].text, limit=10)
            fts.append(time.perf_counter() - t)
            # The same check without the parents' names (what weighing them costs), before or
            # after it by turns: the first of the two warms the page cache for the second.
            for with_parents in (True, False) if i % 2 else (False, True):
                t = time.perf_counter()
                if with_parents:
                    found += bool(store.duplicate_matches(query))
                    check.append(time.perf_counter() - t)
                else:
                    store.duplicate_matches(Person(names=query.names))
                    plain.append(time.perf_counter() - t)
        result = {
            "cases": store.count_cases(),
            "rounds": args.rounds,
            "build_seconds": round(built, 1),
            "quality": quality(),
            "person_quality": person_quality(),
            "person_threshold": THRESHOLD,
            "first_check_ms": round(first * 1000, 1),
            "duplicate_check_ms": {
                "median": round(statistics.median(check) * 1000, 2),
                "p95": round(sorted(check)[int(len(check) * 0.95) - 1] * 1000, 2),
                "max": round(max(check) * 1000, 2),
            },
            "check_without_parents_ms": {
                "median": round(statistics.median(plain) * 1000, 2),
                "p95": round(sorted(plain)[int(len(plain) * 0.95) - 1] * 1000, 2),
            },
            "baseline_fts_search_ms": {
                "median": round(statistics.median(fts) * 1000, 2),
                "p95": round(sorted(fts)[int(len(fts) * 0.95) - 1] * 1000, 2),
            },
            "checks_with_a_candidate": found,
        }
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
