"""The name-key index: every word of every recorded name by its phonetic key, and every
identity number, so that one check of a new name against the vault reads a few index entries
(app/names for the keys; docs/vault-format.md, `name_keys`)."""

from __future__ import annotations

from typing import Any

from app.model.records import Case, Person
from app.names import id_keys, word_keys
from app.names.key import KEY_VERSION, coarse_key

__all__ = [
    "KEY_VERSION",
    "clear",
    "index_case",
    "unindex_case",
    "person_keys",
    "candidates",
    "cases_with_keys",
]

# A key shorter than this (one or two sounds) matches too many names to choose candidates by.
_MIN_KEY = 3


def person_keys(person: Person) -> list[tuple[str, int]]:
    """(key, name index) of every name word and identity number of a person."""
    out: list[tuple[str, int]] = []
    for i, name in enumerate(person.names):
        for k in word_keys(name.text):
            out.append((k.key, i))
            # "~" + the coarse key: a candidate whose spelling differs by a swapped sound.
            if len(coarse := coarse_key(k.key)) >= 2:
                out.append(("~" + coarse, i))
    out += [(f"#{system}:{number}", -1) for system, number in id_keys(person).items()]
    return list(dict.fromkeys(out))


def clear(conn: Any) -> None:
    conn.execute("DELETE FROM name_keys")


def unindex_case(conn: Any, case_uuid: str) -> None:
    conn.execute("DELETE FROM name_keys WHERE case_uuid = ?", (case_uuid,))


def index_case(conn: Any, case: Case) -> None:
    unindex_case(conn, case.uuid)
    conn.executemany(
        "INSERT INTO name_keys(case_uuid, key, name_index) VALUES (?, ?, ?)",
        [(case.uuid, key, index) for key, index in person_keys(case.person)],
    )


def candidates(conn: Any, person: Person, exclude: str = "", limit: int = 20) -> list[str]:
    """Cases sharing the most keys with ``person`` (an identity number counts as many): the few
    the duplicate score is then computed for. Each key is one index range read."""
    keys = [k for k, _ in person_keys(person)]
    useful = [k for k in keys if k.startswith("#") or len(k.lstrip("~")) >= _MIN_KEY]
    if not useful:
        return []
    unique = list(dict.fromkeys(useful))
    marks = ",".join("?" * len(unique))
    # Counted in SQLite over the key index: an identity number weighs as much as ten words.
    rows = conn.execute(
        f"SELECT case_uuid, SUM(CASE WHEN substr(key, 1, 1) = '#' THEN 10 ELSE 1 END) AS shared"
        f" FROM name_keys WHERE key IN ({marks}) AND case_uuid != ?"
        f" GROUP BY case_uuid ORDER BY shared DESC, case_uuid LIMIT ?",
        (*unique, exclude, limit),
    ).fetchall()
    return [r[0] for r in rows]


def cases_with_keys(conn: Any, keys: list[str], prefix: bool, limit: int = 500) -> list[str]:
    """Cases whose names hold every key (as a prefix with ``prefix``), for search."""
    found: set[str] | None = None
    for key in keys:
        if prefix:
            rows = conn.execute(
                "SELECT DISTINCT case_uuid FROM name_keys WHERE key >= ? AND key < ? LIMIT ?",
                (key, key + "\U0010ffff", limit * 4),
            )
        else:
            rows = conn.execute(
                "SELECT DISTINCT case_uuid FROM name_keys WHERE key = ? LIMIT ?", (key, limit * 4)
            )
        these = {r[0] for r in rows}
        found = these if found is None else found & these
        if not found:
            return []
    return sorted(found or ())[:limit]
