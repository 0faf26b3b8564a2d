"""The editor under thousands of real widget operations, and the binding's bool refcounts.

Both run in a child process: the crash this guards against is "Fatal Python error:
bool_dealloc", an abort that would take pytest down with it. PySide6 6.12.0 dropped a
reference to True on every Python-side Signal.emit() (each keystroke emits two), so the app
died after a few hundred keystrokes; pyproject.toml pins a release without the leak.

IZDEU_STRESS_SECONDS makes the stress run longer (default 40 s); bench/editor_stress.py is
the same harness for hand runs of any length.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRESS_SECONDS = float(os.environ.get("IZDEU_STRESS_SECONDS", "40"))


def _run(script: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-X", "dev", "-X", "faulthandler", str(ROOT / "bench" / script), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def _stderr(done: subprocess.CompletedProcess[str]) -> str:
    """The end of the child's stderr, without the offscreen platform's notes."""
    lines = [line for line in done.stderr.splitlines() if not line.startswith("This plugin does not support")]
    return "\n".join(lines)[-3000:]


def _summary(stdout: str) -> dict:
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    assert lines, f"no summary line; the child printed:\n{stdout[-2000:]}"
    return json.loads(lines[-1])


def test_binding_does_not_drop_references_to_true_or_false():
    """Fast and direct: 25 calls of each API on the crash path leave True's count as it was.

    25 is enough (a leak is exactly one reference per call) and small enough that a faulty
    binding still reports which APIs leak before True's count runs out."""
    done = _run("bool_refcount_probe.py", "--n", "25", "--json", timeout=120)
    result = _summary(done.stdout)
    assert result["drifted"] == [], (
        f"PySide6 {result['pyside6']} drops references to True/False in: {result['drifted']}"
    )
    assert "Fatal Python error" not in done.stderr, _stderr(done)
    assert len(result["results"]) >= 20
    assert done.returncode == 0, _stderr(done)


@pytest.mark.slow
def test_editor_survives_thousands_of_edits_and_stores_what_it_showed(tmp_path):
    done = _run(
        "editor_stress.py",
        "--seconds",
        str(STRESS_SECONDS),
        "--progress",
        "1000",
        "--home",
        str(tmp_path / "home"),
        timeout=STRESS_SECONDS + 180,
    )
    assert "Fatal Python error" not in done.stderr, _stderr(done)
    assert done.returncode == 0, _stderr(done)
    # An exception in a slot is printed and the app goes on: here it counts as a failure.
    assert "Traceback" not in done.stderr, _stderr(done)
    result = _summary(done.stdout)
    counts = result["counts"]
    assert result["operations"] >= 300, result  # about 1,500 in 40 s on an idle machine
    for op in (
        "type_text",
        "add_record",
        "remove_record",
        "select_record",
        "switch_section",
        "switch_case",
        "toggle",
        "save",
        "autosave",
        "new_case",
        "close_case",
    ):
        assert counts.get(op, 0) > 0, (op, counts)
    assert "modal_dialogs_closed" not in counts, result["modal_dialogs"]
    # Every case the editors showed (open at the end or closed during the run) reads back
    # from the vault exactly so.
    assert result["cases_checked"] >= 2
    assert result["mismatched_cases"] == 0
