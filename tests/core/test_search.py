from __future__ import annotations

import pytest

from app.model import Case, Name, PartialDate, Testimony, Translation
from app.store import Store
from app.store.fold import fold
from app.store.search import make_snippet, match_expression
from app.vault import Vault


@pytest.fixture
def cases(store: Store) -> dict[str, Case]:
    def add(key: str, names: list[tuple[str, str]], testimony: str = "", **fields: object) -> None:
        case = Case(case_number=f"IZ-S-{len(out) + 1}", **fields)  # type: ignore[arg-type]
        case.person.names = [Name(t, s) for t, s in names]
        store.save(case)
        if testimony:
            store.save(
                Testimony(
                    case_uuid=case.uuid,
                    original_text=testimony,
                    translations=[Translation("en", "Translated: " + key)],
                )
            )
        out[key] = case

    out: dict[str, Case] = {}
    add(
        "kazakh",
        [("Нұрлан Әбдіқадыров", "kk-Cyrl"), ("Nurlan Äbdiqadyrov", "kk-Latn")],
        "Ағам 2018 жылы наурызда лагерьге әкетілді.",
        disappeared_on=PartialDate(2018, 3),
    )
    add(
        "uyghur",
        [("ئابدۇرېھىم تۇرسۇن", "ug-Arab"), ("Abduréhim Tursun", "ug-Latn")],
        "ئۇ 2017-يىلى تۇتۇلدى",
        status="submitted",
        disappeared_on=PartialDate(2017),
    )
    add(
        "chinese",
        [("阿依古丽·买买提", "zh-Hans"), ("Ayiguli Maimaiti", "pinyin")],
        "她在2019年被带到教育转化培训中心",
        disappeared_on=PartialDate(2019, 5),
    )
    add("russian", [("Ерлан Ёлкин", "ru")], "Пропал без вести в Кульдже.")
    return out


def _found(store: Store, query: str, **kw: object) -> set[str]:
    return {h.case_uuid for h in store.search(query, **kw)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("Нұрлан", "kazakh"),
        ("нурлан", "kazakh"),
        ("НҰРЛАН", "kazakh"),
        ("абдикадыров", "kazakh"),  # Kazakh letters folded onto Russian ones
        ("Äbdi", "kazakh"),
        ("abdiqadyrov", "kazakh"),
        ("лагерь", "kazakh"),
        ("ئابدۇرېھىم", "uyghur"),
        ("تۇرسۇن", "uyghur"),
        ("2017", "uyghur"),
        ("abdurehim", "uyghur"),
        ("阿依古丽", "chinese"),
        ("古丽", "chinese"),
        ("买", "chinese"),
        ("培训中心", "chinese"),
        ("ayiguli", "chinese"),
        ("ёлкин", "russian"),
        ("елкин", "russian"),
        ("кульдже", "russian"),
        ("translated", "kazakh"),
    ],
)
def test_found_in_every_script(store: Store, cases: dict[str, Case], query: str, key: str) -> None:
    assert cases[key].uuid in _found(store, query)


def test_all_terms_must_match(store: Store, cases: dict[str, Case]) -> None:
    assert _found(store, "Нұрлан лагерь") == {cases["kazakh"].uuid}
    assert _found(store, "Нұрлан Кульдже") == set()


def test_filters_combine_with_search(store: Store, cases: dict[str, Case]) -> None:
    assert _found(store, "2017", status="submitted") == {cases["uyghur"].uuid}
    assert _found(store, "2017", status="open") == set()
    assert _found(store, "古丽", year=2019) == {cases["chinese"].uuid}
    assert _found(store, "古丽", year=2018) == set()


def test_snippets_are_cut_from_the_original_text_with_highlights(
    store: Store, cases: dict[str, Case]
) -> None:
    hit = store.search("лагерь")[0]
    snippet = hit.snippets[0]
    assert snippet.field == "testimony"
    assert "[лагерь]ге" in snippet.marked()
    ((start, end),) = snippet.highlights
    assert snippet.text[start:end] == "лагерь"
    chinese = store.search("培训")[0].snippets[0]
    assert chinese.marked() == "她在2019年被带到教育转化[培训]中心"


def test_ranked_best_first(store: Store) -> None:
    strong = Case(case_number="A")
    strong.person.names = [Name("Гүлнар Гүлнар", "kk-Cyrl")]
    weak = Case(case_number="B", notes="бір жерде Гүлнар деген " + "сөз " * 200)
    for c in (weak, strong):
        store.save(c)
    assert [h.case_uuid for h in store.search("гүлнар")] == [strong.uuid, weak.uuid]


def test_deleted_and_updated_text_is_no_longer_found(store: Store, cases: dict[str, Case]) -> None:
    case = cases["russian"]
    case.person.names = [Name("Другое Имя", "ru")]
    store.save(case)
    assert _found(store, "ёлкин") == set()
    assert _found(store, "другое") == {case.uuid}
    store.delete("case", cases["chinese"].uuid)
    assert _found(store, "古丽") == set()


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "AND OR NOT", "(", "NEAR(", "-", "'; DROP"])
def test_odd_queries_do_not_break(store: Store, cases: dict[str, Case], query: str) -> None:
    store.search(query)  # no exception


def test_match_expression_quotes_terms() -> None:
    assert match_expression('ab"c OR') == '"ab"* AND "c" AND "or"*'
    assert match_expression("古丽 xy") == '"古 丽" AND "xy"*'


def test_fold_and_snippet_keep_rtl_words_whole() -> None:
    assert fold("ҚАЗАҚ") == "казак"
    text = "باشقا سۆز " * 30 + "ئابدۇرېھىم" + " سۆز" * 30
    snippet = make_snippet("testimony", text, "ئابدۇرېھىم")
    assert "[ئابدۇرېھىم]" in snippet.marked()
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert not snippet.text.strip("…").startswith(("اشقا", "ۆز"))


def test_a_case_number_finds_its_case_first(store: Store, cases: dict[str, Case]) -> None:
    hits = store.search(cases["uyghur"].case_number)
    assert hits[0].case_uuid == cases["uyghur"].uuid


def test_broad_queries_rank_names_first_then_newest(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store import search as search_module

    # Seven matching records fill the candidates: the broad-query ranking applies.
    monkeypatch.setattr(search_module, "CANDIDATES", 7)
    named = Case(case_number="N")
    named.person.names = [Name("Самал Ерікқызы", "kk-Cyrl")]
    store.save(named)
    others = []
    for i in range(6):
        case = Case(case_number=f"T{i}")
        store.save(case)
        store.save(Testimony(case_uuid=case.uuid, original_text=f"Самал {i} туралы айтты"))
        others.append(case)
    hits = store.search("самал")
    # The name match comes first though it is the oldest; testimonies follow newest first.
    assert [h.case_uuid for h in hits] == [named.uuid, *(c.uuid for c in reversed(others))]


def test_possible_duplicates_by_name_in_any_spelling(store: Store) -> None:
    def add(*names: tuple[str, str]) -> Case:
        case = Case(case_number=f"D{len(made)}")
        case.person.names = [Name(t, s) for t, s in names]
        store.save(case)
        made.append(case)
        return case

    made: list[Case] = []
    first = add(("Нұрлан Әбдіқадыров", "kk-Cyrl"), ("努尔兰", "zh-Hans"))
    russian = add(("Нурлан Абдикадыров", "ru"))  # another relative, Russian spelling
    chinese = add(("努尔兰", "zh-Hans"))
    add(("Нұрлан Сейітов", "kk-Cyrl"))  # same first name only: not a match
    add(("Нұрланбек Әбдіқадыров", "kk-Cyrl"))  # whole words, no prefixes
    found = [row.uuid for row in store.possible_duplicates(first.uuid)]
    assert set(found) == {russian.uuid, chinese.uuid}
    assert [row.uuid for row in store.possible_duplicates(russian.uuid)] == [first.uuid]


def test_soft_signs_of_russian_spellings_fold_away(store: Store) -> None:
    case = Case(case_number="S1")
    case.person.names = [Name("Асель Кудайбергенова", "ru")]
    store.save(case)
    assert [h.case_uuid for h in store.search("Әсел")] == [case.uuid]
    assert store.search("Әсел")[0].snippets[0].marked() == "[Асель] Кудайбергенова"


def test_index_built_with_older_folding_is_rebuilt_on_open(vault: Vault, store: Store) -> None:
    case = Case(case_number="OLD-1")
    case.person.names = [Name("Гүлнар Сейітова", "kk-Cyrl")]
    store.save(case)
    store.save(Testimony(case_uuid=case.uuid, original_text="ескі индекс"))
    # As if an older Izdeu had built the index differently: its tokens no longer match.
    vault.conn.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
    vault.conn.execute("DELETE FROM search_docs")
    vault.conn.execute("DELETE FROM name_keys")
    vault.set_meta("search_fold", "1")
    assert store.search("гүлнар") == []
    again = Store(vault)
    assert [h.case_uuid for h in again.search("гүлнар")] == [case.uuid]
    assert [h.case_uuid for h in again.search("индекс")] == [case.uuid]
    assert again.ensure_search_index() is False  # once only
