"""Counted nouns on the command line: "1 case", "9 cases", never "9 case(s)"."""

from __future__ import annotations

import pytest

from app.counts import count


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [
        (0, "case", "0 cases"),
        (1, "case", "1 case"),
        (2, "case", "2 cases"),
        (21, "case", "21 cases"),  # English has no "21 case" (unlike Russian's 21 дело)
        (1, "possible duplicate", "1 possible duplicate"),
        (3, "possible duplicate", "3 possible duplicates"),
        (2, "record line", "2 record lines"),
        (2, "match", "2 matches"),
        (2, "copy", "2 copies"),
        (2, "day", "2 days"),
        (-1, "case", "-1 cases"),
    ],
)
def test_regular_nouns(n: int, noun: str, expected: str) -> None:
    assert count(n, noun) == expected


def test_an_irregular_plural_is_given_whole() -> None:
    assert count(1, "person", "people") == "1 person"
    assert count(4, "person", "people") == "4 people"


def test_no_command_prints_a_noun_with_s_in_brackets() -> None:
    import re
    from pathlib import Path

    app = Path(__file__).resolve().parents[2] / "app"
    in_a_string = re.compile(r'"[^"]*\w\(s\)[^"]*"')  # "… case(s) …", not label(s) in code
    found = [
        f"{path.relative_to(app.parent)}:{number}"
        for path in app.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if in_a_string.search(line)
    ]
    assert found == []
