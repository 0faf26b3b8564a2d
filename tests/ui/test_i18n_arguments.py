"""Every translation keeps its source's arguments: %1…%9, %n and {name} placeholders.

A translation that drops "%1" hides the file name or the count; one that invents "%2" shows a
raw "%2"; a changed "{field}" makes ``str.format`` fail and the English sentence appear.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from ui.i18n import FOLDER

_ARGUMENT = re.compile(r"%(?:[1-9]|n|L[1-9])|\{[A-Za-z_][A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}")


def arguments(text: str) -> Counter[str]:
    return Counter(_ARGUMENT.findall(text or ""))


def mismatches(code: str) -> list[str]:
    problems = []
    root = ET.parse(FOLDER / f"izdeu_{code}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for form in forms:
                if arguments(form) != arguments(source):
                    problems.append(f"{name}: {source!r} → {form!r}")
    return problems


@pytest.mark.parametrize("code", ["en", "ru", "kk", "ug"])  # en: its plural forms
def test_translations_keep_the_arguments_of_their_source(code: str) -> None:
    assert mismatches(code) == []


def test_the_check_sees_a_dropped_or_invented_argument() -> None:
    assert arguments("Restored into %1.") != arguments("Восстановлено.")
    assert arguments("%n case(s)") != arguments("%1 дел")
    assert arguments("{field}: expected text") != arguments("{поле}: ожидается текст")
    assert arguments("{count:,} records") == arguments("{count:,} жазба")
