"""docs/security.md names the test that keeps each promise: those tests must exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "security.md"
_REF = re.compile(r"`(tests/[\w/]+\.py)::(\w+)")


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
    }


def test_every_test_named_in_security_md_exists() -> None:
    refs = _REF.findall(DOC.read_text(encoding="utf-8"))
    assert len(refs) > 50  # the page is built around these references
    missing = []
    for file, name in refs:
        path = ROOT / file
        if not path.is_file() or name not in _test_names(path):
            missing.append(f"{file}::{name}")
    assert not missing, missing


def test_each_defect_of_the_trust_issue_has_a_promise() -> None:
    text = DOC.read_text(encoding="utf-8")
    for number in range(1, 12):
        assert f"defect {number})" in text or f"defect {number}," in text, number
