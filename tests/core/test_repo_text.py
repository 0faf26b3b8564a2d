"""No merge-conflict markers left in the project's text files (a half-merged doc or module)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_MARKER = re.compile(r"^(<{7} |>{7} |={7}$)", re.M)
_TEXT = (".py", ".md", ".ts", ".toml", ".sql", ".cfg", ".txt", ".spec", ".iss", ".sh", ".yml")


def _tracked() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: no list of tracked files")
    return [ROOT / name for name in out.splitlines() if name.endswith(_TEXT) or name == "Makefile"]


def test_no_conflict_markers() -> None:
    files = _tracked()
    assert files
    bad = [
        str(p.relative_to(ROOT))
        for p in files
        if p.is_file() and _MARKER.search(p.read_text(encoding="utf-8", errors="replace"))
    ]
    assert not bad, bad
