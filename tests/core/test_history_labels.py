"""Every field, record kind and action the audit log can name has words in en, ru, kk and ug."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from app.labels import LANGS
from app.labels.history import ACTIONS, FIELDS, action_label, field_label, kind_label
from app.labels.history import KINDS as KIND_WORDS
from app.model.records import KINDS, record_class

ROOT = Path(__file__).resolve().parents[2]
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _check(table: dict, name: str) -> list[str]:
    problems = []
    entry = table[name]
    for lang in LANGS:
        text = entry.get(lang)
        if not text.strip():
            problems.append(f"{name}: empty in {lang}")
    if not _ARABIC.search(entry.ug) or _CYRILLIC.search(entry.ug):
        problems.append(f"{name}: Uyghur not in Arabic script")
    if not _CYRILLIC.search(entry.ru) or not _CYRILLIC.search(entry.kk):
        problems.append(f"{name}: Russian or Kazakh not in Cyrillic")
    return problems


def test_every_declared_field_has_words_in_every_language() -> None:
    declared = {f.name for cls in (record_class(k) for k in KINDS) for f in dataclasses.fields(cls)}
    assert declared - set(FIELDS) == set()
    problems = [p for name in sorted(declared) for p in _check(FIELDS, name)]
    assert problems == []


def test_every_field_name_the_core_logs_has_words() -> None:
    """Names the store writes in an event's detail that are no record field ("file" when an
    attachment's content is added): the Uyghur history showed "file" in English."""
    logged = set()
    for path in (ROOT / "app").rglob("*.py"):
        for names in re.findall(r'"fields": \[([^\]]*)\]', path.read_text(encoding="utf-8")):
            logged |= set(re.findall(r'"([a-z_]+)"', names))
    assert "file" in logged
    assert logged - set(FIELDS) == set()


def test_every_field_a_case_merge_asks_about_has_words() -> None:
    """The merge window named the person's fields by their code ("sex", "residence_kz")."""
    from app.store.casemerge import FIELDS as MERGED
    from app.store.casemerge import LISTS

    names = {path.rsplit(".", 1)[-1] for path in (*MERGED, *LISTS)}
    assert names - set(FIELDS) == set()
    assert [p for name in sorted(names) for p in _check(FIELDS, name)] == []


def test_every_kind_has_words_in_every_language() -> None:
    assert set(KINDS) <= set(KIND_WORDS)
    assert [p for name in KIND_WORDS for p in _check(KIND_WORDS, name)] == []


def test_every_action_written_by_the_core_has_words() -> None:
    written = set()
    for path in (ROOT / "app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        written |= set(re.findall(r'action(?:_name)?="([a-z-]+)"', text))
        written |= set(re.findall(r'record_event\(\s*"([a-z-]+)"', text))
        written |= set(re.findall(r'_refuse\("([a-z-]+)"', text))
        written |= set(re.findall(r'(?:_event\(\s*vault,\s*|action = )"([a-z-]+)"', text))
    written -= {"store_true", "append", "version"}  # argparse's, not the log's
    assert {"create", "update", "delete", "merge-conflict-resolved", "backup-keys-changed"} <= written
    assert written - set(ACTIONS) == set()
    assert [p for name in ACTIONS for p in _check(ACTIONS, name)] == []


@pytest.mark.parametrize(
    ("lang", "field", "kind", "action"),
    [
        ("ru", "адресата", "обращение", "изменено"),
        ("ug", "ئەۋەتىلگۈچى", "مۇراجىئەت", "ئۆزگەرتىلدى"),
    ],
)
def test_code_names_in_words(lang: str, field: str, kind: str, action: str) -> None:
    assert field in field_label("addressee_kind", lang)
    assert kind_label("intervention", lang) == kind
    assert action_label("update", lang) == action
    # A name a newer version wrote is shown as it is.
    assert field_label("some_new_field", lang) == "some_new_field"


def test_every_field_the_merge_window_compares_has_words() -> None:
    from app.store.casemerge import FIELDS as MERGED

    names = {path.split(".")[-1] for path in MERGED}
    assert names - set(FIELDS) == set()
    assert [p for name in sorted(names) for p in _check(FIELDS, name)] == []
