"""Update the .ts catalogues from the sources, keeping what is maintained by hand and the files'
layout: ``python -m ui.i18n_update [translations.json]``.

``pyside6-lupdate -no-obsolete`` on the catalogues themselves would drop the context
``Errors`` (the core's sentences, looked up by key, see ui/messages.py) and, for Uyghur, which
has no qtbase catalogue, Qt's standard buttons, edit menus, file dialog and message boxes
(``QPlatformTheme``, ``QLineEdit``, ``QWidgetTextControl``, ``QFileDialog``,
``QFileSystemModel``, ``QMessageBox``), and
re-indent every line, so every branch touching a catalogue would conflict with every other.
This runs lupdate on a copy only to learn which strings the windows use now, then edits the
catalogue in place: messages no source has any more go, new ones are added at the end of their
context. A new message takes its translation from the JSON file given, shaped
``{"ru": {"Context": {"source": "translation" or ["plural", "forms"]}}}``; without one it is
``type="unfinished"`` (tests/ui/test_i18n.py then fails until it is translated).

izdeu_en.ts holds only the plural messages (English needs a catalogue for its two plural forms,
the sources are the English of everything else), so only numerus messages are kept or added
there, the JSON giving ``{"en": {"Context": {"%n case(s)": ["%n case", "%n cases"]}}}``.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from ui.i18n_build import TRANSLATIONS

__all__ = ["HAND_CONTEXTS", "PLURAL_ONLY", "update"]

PLURAL_ONLY = "izdeu_en"  # the catalogue of English plural forms, and nothing else

HAND_CONTEXTS = frozenset(
    {
        "Errors",
        "QPlatformTheme",
        "QLineEdit",
        "QWidgetTextControl",
        "QFileDialog",
        "QFileSystemModel",
        "QMessageBox",
        "QAbstractFileIconProvider",
    }
)
_ROOT = TRANSLATIONS.parent.parent
_CONTEXT = re.compile(r"(<context>\s*<name>(.*?)</name>)(.*?)(\n\s*</context>)", re.S)
_MESSAGE = re.compile(r"\n[ \t]*<message( numerus=\"yes\")?>\s*<source>(.*?)</source>.*?</message>", re.S)


def _used(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) → numerus, of every string the sources use now."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts.name
        copy.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1"></TS>\n')
        sources = sorted(str(p) for p in (_ROOT / "ui").rglob("*.py"))
        lupdate = Path(sys.executable).parent / "pyside6-lupdate"
        subprocess.run([str(lupdate), *sources, "-ts", str(copy)], check=True, capture_output=True)
        root = ET.parse(copy).getroot()
    used: dict[tuple[str, str], bool] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            used[(name, message.findtext("source") or "")] = message.get("numerus") == "yes"
    return used


def _message(source: str, numerus: bool, translation: Any) -> str:
    head = '        <message numerus="yes">' if numerus else "        <message>"
    lines = [head, f"            <source>{escape(source)}</source>"]
    if translation is None:
        lines.append('            <translation type="unfinished"></translation>')
    elif numerus:
        forms = translation if isinstance(translation, list) else [translation]
        lines.append("            <translation>")
        lines += [f"                <numerusform>{escape(f)}</numerusform>" for f in forms]
        lines.append("            </translation>")
    else:
        lines.append(f"            <translation>{escape(translation)}</translation>")
    lines.append("        </message>")
    return "\n" + "\n".join(lines)


def update(ts: Path, translations: dict[str, dict[str, Any]] | None = None) -> list[tuple[str, str]]:
    """Bring ``ts`` up to date; returns the (context, source) added without a translation."""
    translations = translations or {}
    used = _used(ts)
    if ts.stem == PLURAL_ONLY:
        used = {key: numerus for key, numerus in used.items() if numerus}
    text = ts.read_text(encoding="utf-8")
    present: set[tuple[str, str]] = set()
    untranslated: list[tuple[str, str]] = []

    def prune(match: re.Match[str]) -> str:
        head, name, body, tail = match.group(1), match.group(2), match.group(3), match.group(4)
        if name in HAND_CONTEXTS:
            return match.group(0)

        def keep(message: re.Match[str]) -> str:
            key = (name, html.unescape(message.group(2)))
            if key not in used or key in present:
                return ""
            present.add(key)
            return message.group(0)

        body = _MESSAGE.sub(keep, body)
        if not _MESSAGE.search(body):
            return ""
        return head + body + tail

    text = re.sub(r"[ \t]*" + _CONTEXT.pattern + r"\n?", lambda m: _keep_line(prune, m), text, flags=re.S)
    new: dict[str, list[tuple[str, bool]]] = {}
    for (name, source), numerus in used.items():
        if name not in HAND_CONTEXTS and (name, source) not in present:
            new.setdefault(name, []).append((source, numerus))
    for name, messages in new.items():
        given = translations.get(name, {})
        added = ""
        for source, numerus in messages:
            translation = given.get(source)
            if translation is None:
                untranslated.append((name, source))
            added += _message(source, numerus, translation)
        blocks = [m for m in _CONTEXT.finditer(text) if m.group(2) == name]
        if blocks:
            at = blocks[-1].start(4)
            text = text[:at] + added + text[at:]
        else:
            block = f"    <context>\n        <name>{escape(name)}</name>{added}\n    </context>\n"
            text = text.replace("</TS>", block + "</TS>")
    ts.write_text(text, encoding="utf-8")
    return untranslated


def _keep_line(prune: Any, match: re.Match[str]) -> str:
    inner = _CONTEXT.search(match.group(0))
    assert inner is not None
    kept = prune(inner)
    if not kept:
        return ""
    return match.group(0).replace(inner.group(0), kept)


def main(argv: list[str]) -> int:
    given: dict[str, Any] = json.loads(Path(argv[0]).read_text(encoding="utf-8")) if argv else {}
    for ts in sorted(TRANSLATIONS.glob("izdeu_*.ts")):
        code = ts.stem.split("_", 1)[1]
        missing = update(ts, given.get(code, {}))
        print(f"{ts.name}: {len(missing)} without a translation")
        for context, source in missing:
            print(f"  {context}: {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
