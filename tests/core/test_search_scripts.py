"""Search across scripts and the name-key index (app/store/namesearch.py, namekeys.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.model import Case, IdDocument, Name, Person
from app.store import Store, namekeys
from app.vault import Vault
from app.vault import migrations as mig
from tests.core.test_names_ids import prc
from tests.helpers import PASSPHRASE, as_store_before_statistics_columns


def add(store: Store, number: str, *names: tuple[str, str]) -> Case:
    case = Case(case_number=number)
    case.person.names = [Name(t, s) for t, s in names]
    store.save(case)
    return case


@pytest.fixture
def nurlan(store: Store) -> Case:
    add(store, "OTHER-1", ("Ерлан Жақсыбеков", "kk-Cyrl"))  # his brother: not found by «Нурлан»
    add(store, "OTHER-2", ("Гүлнар Сейітова", "kk-Cyrl"))
    return add(store, "N-1", ("Нұрлан Жақсыбеков", "kk-Cyrl"), ("努尔兰·加克斯别克", "zh-Hans"))


@pytest.mark.parametrize(
    "query",
    [
        "Nurlan Zhaksybekov",
        "Nuerlan",
        "Нурлан Жаксыбеков",
        "Жақсыбеков Нұрлан",
        "Nurlan Jaqsybekuly",
        "Zhaksyb",
    ],
)
def test_a_query_in_any_script_finds_the_person(store: Store, nurlan: Case, query: str) -> None:
    hits = store.search(query)
    assert nurlan.uuid in [h.case_uuid for h in hits]
    hit = next(h for h in hits if h.case_uuid == nurlan.uuid)
    assert hit.snippets and hit.snippets[0].field == "names"
    assert hit.snippets[0].highlights  # which spelling matched is marked


def test_brothers_are_found_by_the_shared_surname_only(store: Store, nurlan: Case) -> None:
    found = [h.case_uuid for h in store.search("Nurlan Zhaksybekov")]
    assert len(found) == 1
    assert len(store.search("Zhaksybekov")) == 2


def test_the_snippet_shows_the_spelling_that_matched(store: Store, nurlan: Case) -> None:
    snippet = store.search("Nuerlan")[0].snippets[0]
    assert snippet.marked() == "[Нұрлан] Жақсыбеков · [努尔兰]·加克斯别克"


def test_exact_matches_rank_before_matches_by_sound(store: Store, nurlan: Case) -> None:
    latin = add(store, "L-1", ("Nurlan Zhaksybekov", "kk-Latn"))
    hits = [h.case_uuid for h in store.search("Nurlan Zhaksybekov")]
    assert hits == [latin.uuid, nurlan.uuid]


def test_chinese_query_finds_the_cyrillic_record(store: Store) -> None:
    case = add(store, "C-1", ("Нұрлан Жақсыбеков", "kk-Cyrl"))
    assert [h.case_uuid for h in store.search("努尔兰·加克斯别克")] == [case.uuid]
    assert [h.case_uuid for h in store.search("ئابدۇرېھىم")] == []


def test_filters_apply_to_matches_by_sound(store: Store, nurlan: Case) -> None:
    assert store.search("Nuerlan", status="submitted") == []
    assert [h.case_uuid for h in store.search("Nuerlan", status="open")] == [nurlan.uuid]


def test_id_numbers_are_searchable(store: Store) -> None:
    case = add(store, "ID-1", ("Серік Оспанов", "kk-Cyrl"))
    number = prc("65402119850312001")
    case.person.id_documents = [IdDocument("PRC resident ID", number)]
    store.save(case)
    assert [h.case_uuid for h in store.search(number)] == [case.uuid]


def test_name_keys_follow_saves_and_deletes(store: Store, nurlan: Case) -> None:
    def keys() -> set[str]:
        return {
            r[0] for r in store.conn.execute("SELECT key FROM name_keys WHERE case_uuid = ?", (nurlan.uuid,))
        }

    assert {"NRLN", "JKSBK"} <= keys()
    nurlan.person.names = [Name("Ғалым Тоқтаров", "kk-Cyrl")]
    store.save(nurlan)
    assert "NRLN" not in keys()
    store.delete("case", nurlan.uuid)
    assert keys() == set()


def test_a_vault_made_before_name_keys_is_reindexed(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    every = list(mig.MIGRATIONS)
    mine = next(m for m in every if m.name == "name_keys")
    # The vault as an Izdeu before name keys made it: the schema before that migration, and a
    # store that wrote no name keys.
    monkeypatch.setattr(mig, "MIGRATIONS", [m for m in mig.MIGRATIONS if m.version < mine.version])
    with monkeypatch.context() as old_code:
        for name in ("index_case", "unindex_case", "clear"):
            old_code.setattr(namekeys, name, lambda *a: None)
        as_store_before_statistics_columns(old_code)
        with Vault.create(vault_path, PASSPHRASE) as old:
            store = Store(old)
            case = add(store, "OLD-1", ("Нұрлан Жақсыбеков", "kk-Cyrl"))
            old.conn.execute("DELETE FROM meta WHERE key = 'name_keys'")
            assert (
                old.conn.execute("SELECT name FROM sqlite_master WHERE name = 'name_keys'").fetchall() == []
            )
    monkeypatch.setattr(mig, "MIGRATIONS", every)
    with Vault.open(vault_path, PASSPHRASE) as upgraded:
        assert upgraded.migrated_from == mine.version - 1
        store = Store(upgraded)
        assert [h.case_uuid for h in store.search("Nuerlan")] == [case.uuid]
        assert Store(upgraded).ensure_search_index() is False  # once only


@pytest.mark.parametrize(
    "hostile",
    ["Нұр\x00лан\x1b[31m", "x" * 10_000, "Nurlan 努尔兰 ئابدۇرېھىم Абдурехим " * 50, "🙂 ·· --", "\u202e"],
)
def test_hostile_queries_give_a_clean_result(store: Store, nurlan: Case, hostile: str) -> None:
    hits = store.search(hostile)
    assert all(h.case_uuid for h in hits)
    found = store.duplicate_matches(Person(names=[Name(hostile)]))
    assert all(0.75 <= m.score <= 1.0 for _row, m in found)


def test_whole_vault_scan_reports_progress_and_stops(store: Store, nurlan: Case) -> None:
    from app.errors import CancelledError

    add(store, "N-2", ("Nurlan Zhaksybekov", "kk-Latn"))
    seen: list[tuple[int, int]] = []
    pairs = list(store.all_duplicates(progress=lambda d, t: seen.append((d, t))))
    assert len(pairs) == 1 and seen[-1] == (4, 4)
    with pytest.raises(CancelledError):
        list(store.all_duplicates(cancelled=lambda: True))
