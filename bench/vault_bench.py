"""Vault benchmark: unlock, case list page, search, open case — encrypted vs plain SQLite.

Prints one JSON object. Generates (once, cached under $IZDEU_BENCH_DIR or /tmp/izdeu-bench) a
vault of fictional cases with three testimonies each, and an unencrypted SQLite copy of the same
schema and data; every figure is measured on both in the same run.

    .venv/bin/python bench/vault_bench.py [--cases 100000] [--rounds 200]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlcipher3  # noqa: E402

from app.model import Case, Name, PartialDate, Testimony, Translation  # noqa: E402
from app.store import CaseQuery, Store  # noqa: E402
from app.vault import DEFAULT_PARAMS, Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase, fictional data only"

# Fictional name parts. Combined, they give name frequencies like a real caseload: a common
# first name is shared by a few hundred cases, a full name by a handful.
KK_FIRST = [
    "Нұрлан",
    "Әсел",
    "Ғалым",
    "Қайрат",
    "Мөлдір",
    "Ұлан",
    "Үміт",
    "Іңкәр",
    "Серік",
    "Айгүл",
    "Бақыт",
    "Дәулет",
    "Жәнібек",
    "Гүлнар",
    "Ерлан",
    "Салтанат",
    "Арман",
    "Ботагөз",
    "Нұржан",
    "Динара",
    "Талғат",
    "Жазира",
    "Ержан",
    "Сәуле",
    "Мұрат",
    "Әйгерім",
    "Бауыржан",
    "Ләззат",
    "Қанат",
    "Гүлмира",
    "Асқар",
    "Маржан",
]
KK_LAST = [
    "Әбдіқадыров",
    "Нұрғалиев",
    "Қасымов",
    "Өтепова",
    "Жұмабаев",
    "Сейітқали",
    "Тұрсынов",
    "Оспанова",
    "Құдайберген",
    "Мұқанов",
    "Байжанов",
    "Ермекова",
    "Сәрсенбаев",
    "Төлеуов",
    "Ахметова",
    "Қалиев",
    "Бекболатов",
    "Шәріпова",
    "Әлімжанов",
    "Дүйсенов",
    "Қожахметов",
    "Рахымова",
    "Смағұлов",
    "Тоқтаров",
    "Ысқақов",
    "Жақсылықова",
    "Мамыров",
    "Нәбиев",
]
UG_FIRST = [
    "ئابدۇرېھىم",
    "مەرىيەم",
    "تۇرسۇن",
    "ئايگۈل",
    "مۇھەممەت",
    "گۈلنار",
    "ئەركىن",
    "زۆھرە",
    "ئابلەت",
    "پاتىگۈل",
    "ئىلھام",
    "ھەبىبە",
    "قۇربان",
    "رەيھان",
    "ئەخمەت",
    "سەنەم",
    "نۇرمەت",
    "مۇنىرە",
    "ياسىن",
    "ئامىنە",
]
UG_LAST = [
    "تۇرسۇن",
    "ئابدۇللا",
    "قادىر",
    "ھەسەن",
    "ئىمىن",
    "سابىر",
    "ئوسمان",
    "يۈسۈپ",
    "مەمەت",
    "ئىبراھىم",
    "نىياز",
    "قاسىم",
    "ئۆمەر",
    "ھاشىم",
]
ZH = [
    "阿依古丽",
    "努尔兰",
    "买买提",
    "古丽娜尔",
    "艾尔肯",
    "热依拉",
    "阿不都",
    "巴哈提",
    "帕提古丽",
    "伊力哈木",
    "吐尔逊",
    "热合曼",
    "赛乃姆",
    "库尔班",
    "米娜",
    "叶尔兰",
    "加娜尔",
    "别克",
]
TOWNS = [
    "Ghulja",
    "Altay",
    "Tacheng",
    "Qaramay",
    "Kashgar",
    "Hotan",
    "Aksu",
    "Urumqi",
    "Turpan",
    "Korla",
    "Bortala",
    "Chochek",
    "Nilqa",
    "Mongghulkure",
    "Tekes",
    "Qorghas",
]
_SYLLABLES = {
    "kk": [
        "ба",
        "қа",
        "лы",
        "ға",
        "ты",
        "ме",
        "нің",
        "дар",
        "сы",
        "ке",
        "тер",
        "жа",
        "ол",
        "ұл",
        "ар",
        "ін",
        "ды",
        "ма",
        "ра",
        "те",
        "әк",
        "ет",
        "ші",
        "ге",
    ],
    "ru": [
        "по",
        "ра",
        "ни",
        "ло",
        "ка",
        "то",
        "ве",
        "ст",
        "на",
        "ми",
        "бра",
        "дом",
        "ск",
        "ль",
        "за",
        "ре",
        "ти",
        "во",
        "ся",
        "ла",
        "ход",
        "чи",
        "ры",
        "ет",
    ],
    "ug": [
        "قا",
        "لى",
        "دى",
        "نى",
        "مە",
        "تۇ",
        "رۇ",
        "سى",
        "غا",
        "لار",
        "دا",
        "كە",
        "يى",
        "بو",
        "ئۇ",
        "چى",
        "ۋە",
        "شى",
        "زى",
        "ئا",
        "خە",
        "يە",
        "ما",
        "دۇ",
    ],
}
# Recurring words: a testimony mentions camps, police, passports in every language.
_COMMON = {
    "kk": [
        "ағам",
        "лагерьге",
        "әкетілді",
        "хабар",
        "жоқ",
        "полиция",
        "құжаттарын",
        "алды",
        "отбасы",
        "іздеуде",
        "түрмеде",
        "сот",
    ],
    "ru": ["брат", "увезли", "в", "лагерь", "нет", "вестей", "паспорт", "забрали", "суд", "приговор"],
    "ug": ["ئۇ", "2017-يىلى", "تۇتۇلدى", "لاگېر", "خەۋەر", "يوق", "ساقچى", "ئائىلە"],
}


def _vocabulary(lang: str, size: int, rng: random.Random) -> list[str]:
    syl = _SYLLABLES[lang]
    words = set(_COMMON[lang])
    while len(words) < size:
        words.add("".join(rng.choice(syl) for _ in range(rng.randint(2, 4))))
    ordered = list(_COMMON[lang]) + sorted(words - set(_COMMON[lang]))
    return ordered


def _text(rng: random.Random, vocab: list[str], weights: list[float], n: int) -> str:
    return " ".join(rng.choices(vocab, weights, k=n)) + "."


def generate(store: Store, cases: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    vocab = {lang: _vocabulary(lang, 4000, rng) for lang in _SYLLABLES}
    # Zipf-like word frequencies, as in real text.
    weights = [1.0 / (rank + 1) for rank in range(4000)]
    batch: list[Any] = []
    for i in range(cases):
        case = Case(
            case_number=f"IZ-B-{i:06d}",
            status=rng.choice(["open", "submitted", "closed"]),
            disappeared_on=PartialDate(rng.randint(2016, 2021), rng.randint(1, 12)),
            summary=_text(rng, vocab["ru"], weights, 12),
        )
        kk = f"{rng.choice(KK_FIRST)} {rng.choice(KK_LAST)}"
        case.person.names = [
            Name(kk, "kk-Cyrl"),
            Name(f"{rng.choice(UG_FIRST)} {rng.choice(UG_LAST)}", "ug-Arab"),
            Name(rng.choice(ZH) + rng.choice(ZH), "zh-Hans"),
        ]
        case.person.hometown.county = rng.choice(TOWNS)
        batch.append(case)
        for lang in ("kk", "ru", "ug"):
            batch.append(
                Testimony(
                    case_uuid=case.uuid,
                    language=lang,
                    original_text=_text(rng, vocab[lang], weights, 80),
                    translations=[Translation("en", "Translation of testimony.")],
                )
            )
        if len(batch) >= 20_000:
            store.save_many(batch, keep_times=True)
            batch.clear()
    if batch:
        store.save_many(batch, keep_times=True)


class PlainVault:
    """Just enough of Vault for Store, over an unencrypted SQLite file (the baseline)."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlcipher3.connect(str(path), isolation_level=None)
        # The vault's own settings, encryption apart.
        for pragma in (
            "PRAGMA temp_store = MEMORY",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA secure_delete = ON",
            "PRAGMA cache_size = -65536",
        ):
            self.conn.execute(pragma)

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def checkpoint(self) -> None:
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.conn.close()


def prepare(folder: Path, cases: int) -> tuple[Path, Path, float]:
    folder.mkdir(parents=True, exist_ok=True)
    enc = folder / f"bench-v2-{cases}.izdeu"
    plain = folder / f"bench-v2-{cases}.plain.sqlite"
    gen_seconds = 0.0
    if not enc.exists() or not plain.exists():
        for p in (enc, plain):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        started = time.perf_counter()
        vault = Vault.create(enc, PASSPHRASE)
        generate(Store(vault, actor="bench"), cases)
        vault.conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        vault.conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        vault.conn.execute("DETACH DATABASE plain")
        vault.close()
        gen_seconds = time.perf_counter() - started
    return enc, plain, gen_seconds


# What volunteers type: mostly names (full, partial, in another spelling), places, a word or
# two from a testimony; a few very common words too.
QUERIES = [
    "Нұрлан Қасымов",
    "нурлан",
    "әбдіқадыров",
    "Ботагөз Ахметова",
    "лагерьге",
    "полиция құжаттарын",
    "брат",
    "паспорт забрали",
    "приговор",
    "ئابدۇرېھىم",
    "پاتىگۈل يۈسۈپ",
    "2017-يىلى",
    "ساقچى",
    "阿依古丽",
    "古丽",
    "努尔兰叶尔兰",
    "买买提",
    "Ghulja",
    "Mongghulkure",
    "мұқанов гүлнар",
    "Дәулет Смағұлов",
    "іздеуде",
    "ئائىلە خەۋەر",
    "巴哈提",
    "IZ-B-004217",
    "Шәріпова",
]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure(stores: dict[str, Store], rounds: int, seed: int = 3) -> dict[str, dict[str, Any]]:
    """Each operation on every store in turn (the order alternating), so that both see the
    same machine: on a shared 2-core machine, timing one after the other skews the ratio."""
    rng = random.Random(seed)
    names = list(stores)
    times: dict[str, dict[str, list[float]]] = {n: {} for n in names}

    def timed(key: str, i: int, call: Callable[[Store], Any]) -> list[Any]:
        results = []
        for name in names if i % 2 == 0 else names[::-1]:
            t = time.perf_counter()
            results.append(call(stores[name]))
            times[name].setdefault(key, []).append((time.perf_counter() - t) * 1000)
        return results

    for sort in ("case_number", "name", "disappeared", "updated"):
        for i in range(200):
            for rows in timed(
                f"list_page_ms_{sort}", i, lambda st, s=sort: st.list_cases(CaseQuery(sort=s), 0, 100)
            ):
                assert len(rows) == 100
    for i in range(5):
        timed("count_ms", i, lambda st: st.count_cases())
    empty: set[str] = set()
    for i in range(rounds):
        query = QUERIES[i % len(QUERIES)]
        for hits in timed("search_ms", i, lambda st, q=query: st.search(q, limit=50)):
            if not hits:
                empty.add(query)
    uuids = [r[0] for r in stores[names[0]].conn.execute("SELECT uuid FROM cases")]
    for i in range(rounds):
        uuid = rng.choice(uuids)
        timed("open_case_ms", i, lambda st, u=uuid: st.load_case(u))
    out: dict[str, dict[str, Any]] = {}
    for name in names:
        t = times[name]
        out[name] = {key + "_p50": round(pct(values, 0.5), 2) for key, values in t.items()}
        for key in ("search_ms", "open_case_ms"):
            out[name][key + "_p95"] = round(pct(t[key], 0.95), 2)
        out[name]["search_queries_without_hits"] = len(empty)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=240)
    parser.add_argument("--dir", default=os.environ.get("IZDEU_BENCH_DIR", "/tmp/izdeu-bench"))
    args = parser.parse_args()
    enc, plain, gen_seconds = prepare(Path(args.dir), args.cases)

    t = time.perf_counter()
    vault = Vault.open(enc, PASSPHRASE)
    store = Store(vault)
    store.list_cases(CaseQuery(), 0, 100)
    unlock_ms = (time.perf_counter() - t) * 1000
    testimonies = store.conn.execute("SELECT count(*) FROM testimonies").fetchone()[0]

    t = time.perf_counter()
    pv = PlainVault(plain)
    pstore = Store(pv)  # type: ignore[arg-type]
    pstore.list_cases(CaseQuery(), 0, 100)
    plain_open_ms = (time.perf_counter() - t) * 1000

    both = measure({"encrypted": store, "plain": pstore}, args.rounds)
    encrypted, baseline = both["encrypted"], both["plain"]
    vault.close()
    pv.close()

    ratios = {k: round(encrypted[k] / baseline[k], 2) if baseline[k] else None for k in encrypted}
    result = {
        "cases": args.cases,
        "testimonies": testimonies,
        "vault_mb": round(enc.stat().st_size / 1e6, 1),
        "generated_seconds": round(gen_seconds, 1),
        "kdf": {
            "memory_kib": DEFAULT_PARAMS.memory_kib,
            "time_cost": DEFAULT_PARAMS.time_cost,
            "parallelism": DEFAULT_PARAMS.parallelism,
        },
        "unlock_ms": round(unlock_ms, 1),
        "plain_open_ms": round(plain_open_ms, 1),
        "encrypted": encrypted,
        "plain": baseline,
        "ratio_encrypted_to_plain": ratios,
        "targets": {"list_page_ms": 50, "search_ms_p95": 50, "open_case_ms": 20, "ratio": 1.3},
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
