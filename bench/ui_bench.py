"""UI benchmark: start-up, unlock to first painted page with 100,000 cases, memory.

    .venv/bin/python bench/ui_bench.py [--cases 100000] [--cache /tmp/izdeu-ui-bench]

Prints one JSON object. The big vault is generated once (fictional cases from app.demo's bulk
generator) and cached under /tmp; its passphrase is a fixed bench value. Each measurement runs
in a fresh child process so start-up is measured from a cold interpreter.

Targets: start → unlock window shown < 1.5 s; unlock → first page painted < 0.5 s after the key
is derived; RSS with the vault open < 400 MB; "Start an interview" → its first field focused
< 100 ms; saving an interview step < 50 ms (beside, as baselines of the same run: New case →
first name focused, and an editor save of the same kind of change).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "izdeu bench passphrase (fictional data)"


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def ensure_vault(cache: Path, cases: int) -> Path:
    path = cache / f"bench-{cases}.izdeu"
    if path.exists():
        return path
    from app.demo import bulk_generate
    from app.store import Store
    from app.vault import Vault

    cache.mkdir(parents=True, exist_ok=True)
    partial = cache / f"bench-{cases}.partial.izdeu"
    for suffix in ("", "-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    started = time.monotonic()
    vault = Vault.create(partial, PASSPHRASE)
    try:
        bulk_generate(
            Store(vault, actor="bench"),
            cases,
            progress=lambda done, total: print(f"generating {done}/{total}", file=sys.stderr),
        )
        vault.checkpoint()
    finally:
        vault.close()
    partial.rename(path)
    print(f"generated {cases} cases in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return path


def child(vault: Path, t0: float) -> dict[str, float]:
    """Runs in a fresh process: start the app, measure, unlock, measure, report."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from app.paths import Paths
    from ui.main import build

    home = Path(tempfile.mkdtemp(prefix="izdeu-bench-home-"))
    paths = Paths(home)
    controller = build(app, paths)
    controller.settings.last_vault = vault
    window = controller.start()
    app.processEvents()
    window.repaint()
    shown = time.time() - t0

    loop = QEventLoop()
    marks: dict[str, float] = {}

    def unlocked() -> None:
        marks["opened"] = time.perf_counter()
        model = controller.main.case_list.model

        def page(number: int) -> None:
            if number == 0 and "page" not in marks:
                table = controller.main.case_list.table
                table.viewport().repaint()
                marks["page"] = time.perf_counter()
                loop.quit()

        model.page_loaded.connect(page)

    controller.unlocked.connect(unlocked)
    window.unlock_passphrase.setText(PASSPHRASE)
    marks["click"] = time.perf_counter()
    window.unlock_button.click()
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    main = controller.main
    rows = main.case_list.model.rowCount()

    # Scroll to the middle and to the end: a page fetch each, not the whole list.
    table = main.case_list.table
    scroll: list[float] = []
    waiting: list[QEventLoop] = []
    # (no Signal.disconnect: it corrupts True's refcount in PySide6 6.12 on Python 3.11)
    main.case_list.model.page_loaded.connect(lambda _page: waiting and waiting[-1].quit())
    for target in (rows // 2, rows - 1):
        wait = QEventLoop()
        waiting.append(wait)
        start = time.perf_counter()
        table.scrollTo(main.case_list.model.index(target, 0))
        table.viewport().repaint()
        QTimer.singleShot(10_000, wait.quit)
        wait.exec()
        table.viewport().repaint()
        scroll.append(time.perf_counter() - start)
    interview = _interview_marks(app, main)
    result = {
        **interview,
        "start_to_unlock_window_s": round(shown, 3),
        "unlock_click_to_vault_open_s": round(marks["opened"] - marks["click"], 3),
        "vault_open_to_first_page_painted_s": round(marks["page"] - marks["opened"], 3),
        "unlock_click_to_first_page_painted_s": round(marks["page"] - marks["click"], 3),
        "scroll_to_middle_s": round(scroll[0], 3),
        "scroll_to_end_s": round(scroll[1], 3),
        "cases": rows,
        "rss_mb_with_vault_open": round(_rss_mb(), 1),
    }
    controller.dispose()
    QCoreApplication.processEvents()
    return result


def _until(app: object, condition: object, timeout: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication) and callable(condition)
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("ui_bench: timed out")
        app.processEvents()


def _interview_marks(app: object, main: object) -> dict[str, float]:
    """Interview start → first field focused, and one step saved (left, committed, answered),
    each beside its baseline from the ordinary editor, best of five."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.main_window import MainWindow

    assert isinstance(main, MainWindow)
    worker = main._worker
    marks: dict[str, list[float]] = {k: [] for k in ("start", "new", "step", "save")}
    for round_ in range(5):
        start = time.perf_counter()
        main.new_case_action.trigger()
        _until(
            app,
            lambda: (
                (e := main.current_editor()) is not None
                and main.focusWidget() is (e.person.names.rows()[0][0] if e.is_loaded else None)
            ),
        )
        marks["new"].append(time.perf_counter() - start)
        editor = main.current_editor()
        assert editor is not None
        editor.case_section.summary.setPlainText(f"bench {round_}")
        editor.mark_dirty()
        start = time.perf_counter()
        editor.save()
        _until(app, lambda e=editor: not e.saving and worker.pending == 0)
        marks["save"].append(time.perf_counter() - start)

        start = time.perf_counter()
        main.interview_action.trigger()
        _until(
            app,
            lambda: (
                (e := main.current_editor()) is not None
                and e.interview is not None
                and main.focusWidget() is e.interview.speaking.name
            ),
        )
        marks["start"].append(time.perf_counter() - start)
        flow = main.current_editor().interview
        flow.speaking.name.setText(f"Bench witness {round_}")
        start = time.perf_counter()
        flow.next()
        _until(app, lambda f=flow: not f.editor.saving and worker.pending == 0)
        marks["step"].append(time.perf_counter() - start)
        main.close_editors()
        _until(app, lambda: worker.pending == 0)
        # The closed tabs are destroyed now, not inside the next round's measurement.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
    return {
        "interview_start_to_first_field_focused_s": round(min(marks["start"]), 4),
        "baseline_new_case_to_first_name_focused_s": round(min(marks["new"]), 4),
        "interview_step_saved_s": round(min(marks["step"]), 4),
        "baseline_editor_save_s": round(min(marks["save"]), 4),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/izdeu-ui-bench"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", type=Path)
    parser.add_argument("--t0", type=float)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.t0)))
        return 0
    vault = ensure_vault(args.cache, args.cases)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    runs = []
    for _ in range(args.runs):
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(vault), "--t0", str(t0)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = {key: min(r[key] for r in runs) if key != "cases" else runs[0][key] for key in runs[0]}
    print(
        json.dumps(
            {"platform": env["QT_QPA_PLATFORM"], "runs": len(runs), "best": best, "all": runs}, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
