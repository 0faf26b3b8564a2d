"""Search across scripts: a query's words by their name keys (app/names), so «Жақсыбеков»,
"Zhaksybekov" and "Nuerlan" find 努尔兰·加克斯别克. Ranked after every ordinary match; the
snippet highlights the recorded spelling whose key matched."""

from __future__ import annotations

from typing import Any

from app.names import WordKey, word_keys
from app.names.similarity import word_similarity
from app.names.translit import split_words
from app.store import namekeys

__all__ = ["KEY_RANK", "key_rows", "key_highlights"]

# Ranks of key matches start here: after bm25 ranks (negative), before cross-record matches.
KEY_RANK = 1e3
# A key this short as a prefix would match a large part of the vault.
_MIN_PREFIX = 3


def _query_keys(query: str) -> list[WordKey]:
    return list(word_keys(query))


def _allowed(conn: Any, uuids: list[str], filters: tuple[str, list[str], list[Any]]) -> list[str]:
    """The cases among ``uuids`` that the search filters keep (``join``, conditions, values)."""
    join, where, args = filters
    if not join:
        return uuids
    marks = ",".join("?" * len(uuids))
    sql = f"SELECT c.uuid FROM cases c WHERE c.uuid IN ({marks}) AND {' AND '.join(where)}"
    return [r[0] for r in conn.execute(sql, (*uuids, *args))]


def key_rows(
    conn: Any, query: str, filters: tuple[str, list[str], list[Any]], seen: set[str], limit: int
) -> list[tuple[str, str, str, float]]:
    """(case_uuid, case_uuid, "names", rank) for cases whose names hold every word of the
    query by key and that the search ``filters`` keep; not those in ``seen``."""
    keys = _query_keys(query)
    if not keys:
        return []
    found = namekeys.cases_with_keys(conn, [k.key for k in keys], prefix=False)
    last = keys[-1].key
    if len(found) < limit and len(last) >= _MIN_PREFIX:
        # The last word may be half typed ("Zhaksy"): its key as a prefix.
        exact = [k.key for k in keys[:-1]]
        prefixed = set(namekeys.cases_with_keys(conn, [last], prefix=True))
        if exact:
            prefixed &= set(namekeys.cases_with_keys(conn, exact, prefix=False))
        found += sorted(prefixed - set(found))
    found = [u for u in found if u not in seen]
    if not found:
        return []
    kept = set(_allowed(conn, found, filters))
    return [(u, u, "names", KEY_RANK + i) for i, u in enumerate(found) if u in kept][:limit]


def _word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word of ``text`` as split_words reads it."""
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for word in split_words(text):
        # split_words drops inner marks (Nu'erlan): find the word's first letter and extend
        # over what it skipped.
        start = text.find(word[0], pos)
        if start < 0:
            break
        end, taken = start, 0
        while end < len(text) and taken < len(word):
            if text[end] == word[taken]:
                taken += 1
            end += 1
        spans.append((start, end, word))
        pos = end
    return spans


def key_highlights(text: str, query: str) -> list[tuple[int, int]]:
    """Spans of the words of ``text`` (a names field) that sound like a query word."""
    keys = _query_keys(query)
    if not keys:
        return []
    out = []
    for start, end, word in _word_spans(text):
        mine = word_keys(word)
        if not mine:
            continue
        for key in keys:
            if (
                mine[0].key == key.key
                or word_similarity(mine[0], key) >= 0.8
                or (key is keys[-1] and len(key.key) >= _MIN_PREFIX and mine[0].key.startswith(key.key))
            ):
                out.append((start, end))
                break
    return out
