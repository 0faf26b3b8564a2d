"""``izdeu --self-test``: prove on this computer that Izdeu's parts work together (no Qt).

In a throw-away folder it creates a vault with the real key derivation, adds a fictional case
with names in every script, attaches an image made on the spot, builds a dossier, makes and
verifies a backup, then deletes everything. One line per step, ``PASS`` or ``FAIL`` with the
reason; the exit code is 0 only when every step passed. A step whose part of Izdeu is missing
fails and says so: nothing is skipped or pretended.

Everything it writes stays in its temporary folder, which is removed at the end (also after a
failure). It never touches the user's own vault, settings or backups. All data is fictional.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from app.cli import register_flag
from app.errors import EXIT_OK, EXIT_OTHER, IzdeuError
from app.selftest_steps import NAMES, QUERIES, StepFailed, Steps
from app.termsafe import terminal_safe

__all__ = ["NAMES", "QUERIES", "STEPS", "StepFailed", "StepResult", "SelfTest", "run_self_test"]

STEPS: tuple[str, ...] = (
    "resources",
    "vault",
    "case",
    "search",
    "attachment",
    "recording",
    "dossier",
    "backup",
    "restore",
    "delete",
    "cleanup",
)


@dataclass
class StepResult:
    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'}  {self.name:<10} {self.detail} ({self.seconds:.2f} s)"


class SelfTest(Steps):
    """Runs the steps in order; a step that needs an earlier one fails when that one failed."""

    def __init__(self, folder: Path, out: TextIO | None = None) -> None:
        super().__init__(folder)
        self.out = out
        self.results: list[StepResult] = []

    # --- running ---------------------------------------------------------------------------

    def run(self) -> list[StepResult]:
        try:
            for name in STEPS:
                self._run_step(name, getattr(self, f"step_{name}"))
        finally:
            self._close_vault()
            shutil.rmtree(self.state.folder, ignore_errors=True)
        return self.results

    def _run_step(self, name: str, step: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail, ok = step(), True
        except StepFailed as exc:
            detail, ok = str(exc), False
        except IzdeuError as exc:
            detail, ok = f"{type(exc).__name__}: {exc}", False
        except Exception as exc:  # noqa: BLE001 - reported as this step's failure
            if os.environ.get("IZDEU_DEBUG") == "1":
                traceback.print_exc()
            detail, ok = f"unexpected {type(exc).__name__}: {exc}", False
        result = StepResult(name, ok, detail, time.perf_counter() - started)
        self.results.append(result)
        if self.out is not None:
            _emit(self.out, result.line())


def _emit(out: TextIO, line: str) -> None:
    """One line, even on a console that cannot show every character of an error message."""
    line = terminal_safe(line)
    try:
        print(line, file=out, flush=True)
    except UnicodeEncodeError:
        print(line.encode("ascii", "backslashreplace").decode("ascii"), file=out, flush=True)


@contextlib.contextmanager
def _temporary_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="izdeu-selftest-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step, printing one line each to ``out``; return the exit code."""
    out = out if out is not None else sys.stdout
    import app

    started = time.perf_counter()
    _emit(
        out,
        f"Izdeu {app.__version__} self-test ({sys.platform}, Python {sys.version.split()[0]}"
        f"{', bundled' if getattr(sys, 'frozen', False) else ''})",
    )
    with _temporary_folder() as folder:
        results = SelfTest(folder, out).run()
    failed = [r.name for r in results if not r.ok]
    elapsed = time.perf_counter() - started
    if failed:
        _emit(
            out,
            f"self-test FAILED: {len(failed)} of {len(results)} steps ({', '.join(failed)}) "
            f"in {elapsed:.1f} s",
        )
        return EXIT_OTHER
    _emit(out, f"self-test passed: {len(results)} of {len(results)} steps in {elapsed:.1f} s")
    return EXIT_OK


@register_flag(
    "--self-test",
    help="check that this installation works: make a throw-away "
    "vault, case, dossier and backup, then delete them",
)
def _cli_handler(_args: argparse.Namespace, ctx: Any) -> int:
    return run_self_test(ctx.out)
