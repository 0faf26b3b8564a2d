"""The user guides stay true to the program: pictures exist, commands and options exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.cli import build_parser, commands

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDES = [DOCS / "user-guide.md", DOCS / "user-guide.ru.md"]


def code_spans(text: str) -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
    spans = re.findall(r"`([^`\n]+)`", re.sub(r"```.*?```", "", text, flags=re.S))
    return [line for block in blocks for line in block.splitlines()] + spans


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_pictures_exist(guide: Path) -> None:
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide.read_text(encoding="utf-8"))
    assert pictures
    for picture in pictures:
        assert (guide.parent / picture).is_file(), picture


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_commands_and_options_exist(guide: Path) -> None:
    registered = commands()
    parser = build_parser()
    global_flags = {o for a in parser._actions for o in a.option_strings}
    used = 0
    for span in code_spans(guide.read_text(encoding="utf-8")):
        match = re.match(r"(?:~/\.local/bin/)?izdeu((?:\s+--vault\s+\S+)?)\s+([\w-]+)(.*)", span.strip())
        if not match:
            continue
        used += 1
        name, rest = match.group(2), match.group(3)
        if name.startswith("-") or span.strip().split()[1].startswith("--"):
            flag = span.strip().split()[1]
            assert flag in global_flags, span
            continue
        assert name in registered, f"{span}: no command {name!r}"
        sub = argparse_subparser(parser, name)
        options = {o for a in sub._actions for o in a.option_strings}
        for option in re.findall(r"(?<!\S)(--?[a-z][\w-]*)", rest):
            assert option in options, f"{span}: {name} has no option {option}"
    assert used >= 8


def argparse_subparser(parser, name: str):
    for action in parser._actions:
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict) and name in choices:
            return choices[name]
    raise AssertionError(name)


def test_both_languages_have_the_same_sections_and_pictures() -> None:
    english, russian = (g.read_text(encoding="utf-8") for g in GUIDES)
    assert len(re.findall(r"^## \d", english, re.M)) == len(re.findall(r"^## \d", russian, re.M)) == 8
    pictures = [sorted(re.findall(r"\]\((screenshots/[^)]+)\)", t)) for t in (english, russian)]
    assert pictures[0] == pictures[1]


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_inline_code_stays_on_one_line(guide: Path) -> None:
    # A `span` broken over two lines would hide its command from the checks above.
    prose = re.sub(r"```.*?```", "", guide.read_text(encoding="utf-8"), flags=re.S)
    for number, line in enumerate(prose.splitlines(), 1):
        assert line.count("`") % 2 == 0, f"{guide.name}: line {number}: {line}"
