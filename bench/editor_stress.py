"""Stress the case editor through its real widgets until time or operations run out.

    .venv/bin/python -X dev -X faulthandler bench/editor_stress.py [--seconds 600] [--ops N]
        [--seed 1] [--home DIR]

Builds the whole app as ``ui.main`` does (offscreen), unlocks a fresh vault of fictional data
through the start window, then does random operations the way a volunteer would: types
Kazakh, Russian, Uyghur and Chinese text as key events into whatever field is shown (names,
person, case, timeline, witnesses, testimonies, interventions), presses Backspace, toggles
boxes, steps through combo boxes, adds, removes and reorders rows and records, selects
records, switches section tabs and case tabs, creates, closes and reopens cases, saves with
the toolbar and lets the autosave timer fire. At the end it locks (which saves), reopens the
vault without Qt and checks that every record the editors showed is stored exactly so.

Run it in a child process (tests/ui/test_editor_stress.py does): a reference-count bug in
the binding aborts the interpreter ("Fatal Python error", exit -6), which must be seen as a
failure, not kill the caller. Exit codes: 0 all well, 3 stored data differ from the editors.
Prints progress lines and, last, one JSON summary line.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as PYSIDE_VERSION  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

PASSPHRASE = "izdeu stress passphrase (fictional data)"
# Fictional words in the scripts volunteers type (Kazakh, Russian, Uyghur, Chinese), plus
# dates for the date fields.
WORDS = [
    "Ержан",
    "Серікұлы",
    "Әсел",
    "қызғалдақ",
    "базар",
    "Үрімжі",
    "Асель",
    "пропал",
    "в марте",
    "ئەركىن",
    "سادىق",
    "قەشقەر",
    "艾尔肯",
    "萨迪克",
    "伊犁",
    "No 17/4",
    "lagerь",
    "ғ ү ұ ң ө һ і",
    "«кавычки»",
    "—",
    "2018",
    "~2017-03",
]
DATES = ["2018", "2018-03", "2018-03-05", "~2017", "2019-1", "20"]


def _wait(app: QApplication, until: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise SystemExit("stress: timed out waiting for the app")
        app.processEvents()
        time.sleep(0.005)


def _keys(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _key(widget: QWidget, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def _click(widget: QWidget, pos: QPoint | None = None) -> None:
    QTest.mouseClick(
        widget,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        pos if pos is not None else widget.rect().center(),
    )


def _shown(root: QWidget, kind: type) -> list[Any]:
    return [w for w in root.findChildren(kind) if w.isVisible() and w.isEnabled()]


def summary(bundle: Any) -> dict[str, Any]:
    """What the editor shows of a case, comparable with what the store gives back."""

    def plain(record: Any) -> dict[str, Any]:
        data = dataclasses.asdict(record)
        data.pop("created", None)
        data.pop("updated", None)
        return data

    return {
        "case": plain(bundle.case),
        "acts": sorted((plain(r) for r in bundle.acts), key=lambda d: d["uuid"]),
        "witnesses": sorted((plain(r) for r in bundle.witnesses), key=lambda d: d["uuid"]),
        "testimonies": sorted((plain(r) for r in bundle.testimonies), key=lambda d: d["uuid"]),
        "interventions": sorted((plain(r) for r in bundle.interventions), key=lambda d: d["uuid"]),
    }


class Stress:
    def __init__(self, app: QApplication, seed: int) -> None:
        from ui.dialogs import FileDialogs
        from ui.main import build

        self.app = app
        self.rng = random.Random(seed)
        self.dialogs = FileDialogs()
        self.controller = build(app, None, self.dialogs)
        self.counts: Counter[str] = Counter()
        self.expected: dict[str, dict[str, Any]] = {}
        self.known_cases: list[str] = []
        self.modals: list[dict[str, str]] = []
        self.last_op = ""
        # A modal dialog would stop the run (and the idle lock would strike): close any at
        # once and count it, so the summary shows the harness pressed something it should not.
        self._watchdog = QTimer()
        self._watchdog.setInterval(200)
        self._watchdog.timeout.connect(self._close_modal)
        self._watchdog.start()

    def _close_modal(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.counts["modal_dialogs_closed"] += 1
            # What it was and what the harness had just done, so a failure explains itself.
            texts = [getattr(modal, "text", lambda: "")()] + [
                w.text() for w in modal.findChildren(QLabel) if w.isVisible() and w.text()
            ]
            self.modals.append(
                {
                    "class": type(modal).__name__,
                    "object": modal.objectName(),
                    "title": modal.windowTitle(),
                    "text": " | ".join(t for t in texts if t)[:400],
                    "after": self.last_op,
                }
            )
            modal.close()

    # --- setting up ------------------------------------------------------------------------

    def unlock(self) -> None:
        from app.vault import Vault

        paths = self.controller.paths
        paths.ensure()
        Vault.create(paths.default_vault, PASSPHRASE).close()
        self.controller.settings.last_vault = paths.default_vault
        self.controller.settings._set("autosave_seconds", 1)  # the timer fires during the run
        window = self.controller.start()
        _keys(window.unlock_passphrase, PASSPHRASE)
        _click(window.unlock_button)
        _wait(self.app, lambda: self.controller.main is not None)

    @property
    def main(self) -> Any:
        assert self.controller.main is not None
        return self.controller.main

    def idle(self) -> None:
        _wait(
            self.app,
            lambda: (
                self.controller.worker.pending == 0
                and all(e.is_loaded and not e.saving for e in self.main.editors())
            ),
        )

    def editor(self) -> Any:
        editor = self.main.current_editor()
        if editor is None:
            editors = self.main.editors()
            if not editors:
                return self.new_case()
            self._click_tab(self.main.tabs, self.main.tabs.indexOf(self.rng.choice(editors)))
            editor = self.main.current_editor()
        return editor

    # --- operations ------------------------------------------------------------------------

    def new_case(self) -> Any:
        before = {e.case_uuid for e in self.main.editors()}
        self.main.new_case_action.trigger()
        _wait(self.app, lambda: any(e.case_uuid not in before and e.is_loaded for e in self.main.editors()))
        editor = self.main.current_editor()
        self.known_cases.append(editor.case_uuid)
        return editor

    def close_case(self) -> bool | None:
        editor = self.main.current_editor()
        if editor is None or len(self.main.editors()) < 2:
            return False
        uuid = editor.case_uuid
        untouched_candidate = uuid in self.main._new_cases
        self.main.close_tab_action.trigger()  # Ctrl+W: saves (queued), then closes
        if editor.bundle is not None:
            self.expected[uuid] = summary(editor.bundle)
        if untouched_candidate:
            self._forget_if_discarded(uuid)

    def _forget_if_discarded(self, uuid: str) -> None:
        """A new case closed before it received any data is not kept (MainWindow._let_go)."""
        from ui.ops import DbOp

        held: list[bool] = []
        DbOp(None, lambda s: s.store.exists("case", uuid)).success(held.append).run(self.controller.worker)
        _wait(self.app, lambda: bool(held))
        if not held[0]:
            self.known_cases.remove(uuid)
            shown = self.expected.pop(uuid)
            assert not shown["case"]["person"]["names"] and not any(
                shown[k] for k in ("acts", "witnesses", "testimonies", "interventions")
            ), "a case with data was discarded"

    def reopen_case(self) -> bool | None:
        open_now = {e.case_uuid for e in self.main.editors()}
        closed = [u for u in self.known_cases if u not in open_now]
        if not closed:
            return False
        self.main.open_case(self.rng.choice(closed))
        _wait(
            self.app, lambda: self.main.current_editor() is not None and self.main.current_editor().is_loaded
        )

    def _click_tab(self, tabs: QTabWidget, index: int) -> None:
        bar = tabs.tabBar()
        if 0 <= index < bar.count():
            _click(bar, bar.tabRect(index).center())
            if tabs.currentIndex() != index:  # tab scrolled out of view: use the keyboard way
                tabs.setCurrentIndex(index)

    def switch_section(self) -> None:
        editor = self.editor()
        # Not Attachments (its buttons open file dialogs) nor History (read-only).
        pages = [
            i
            for i in range(editor.sections.count())
            if editor.sections.widget(i) not in (editor.attachments, editor.history)
        ]
        self._click_tab(editor.sections, self.rng.choice(pages))

    def switch_case(self) -> None:
        self._click_tab(self.main.tabs, self.rng.randrange(self.main.tabs.count()))

    def _section(self) -> tuple[Any, QWidget]:
        editor = self.editor()
        page = editor.sections.currentWidget()
        return editor, page

    def type_text(self) -> bool | None:
        _editor, page = self._section()
        fields = [w for w in _shown(page, QLineEdit) + _shown(page, QPlainTextEdit) if not w.isReadOnly()]
        if not fields:
            return self.add_record()
        field = self.rng.choice(fields)
        field.setFocus()
        from ui.editor.fields import DateEdit

        if isinstance(field, DateEdit):
            field.selectAll()
            _key(field, Qt.Key.Key_Backspace)
            _keys(field, self.rng.choice(DATES))
        else:
            if self.rng.random() < 0.2:
                _key(field, Qt.Key.Key_Backspace, self.rng.randint(1, 6))
            words = self.rng.sample(WORDS, self.rng.randint(1, 3))
            _keys(field, " ".join(words) + " ")
        self.counts["keystrokes"] += 1

    def toggle(self) -> bool | None:
        _editor, page = self._section()
        boxes: list[QWidget] = _shown(page, QCheckBox) + _shown(page, QComboBox)
        if not boxes:
            return False
        box = self.rng.choice(boxes)
        if isinstance(box, QCheckBox):
            _click(box)
        else:
            _key(box, self.rng.choice((Qt.Key.Key_Down, Qt.Key.Key_Up)))

    def add_record(self) -> bool | None:
        """Click one of the shown "Add …" buttons: a record, a name, an ID document, a translation."""
        _editor, page = self._section()
        adds = [b for b in _shown(page, QPushButton) if b.text().startswith("Add")]
        if not adds:
            return False
        _click(self.rng.choice(adds))

    def remove_record(self) -> bool | None:
        """Click a shown "Remove" (record: asks, answered yes) or "✕" (row: does not ask)."""
        _editor, page = self._section()
        removes = [b for b in _shown(page, QPushButton) if b.text() in ("Remove", "✕")]
        if not removes:
            return False
        button = self.rng.choice(removes)
        if button.text() == "Remove":
            self.dialogs.queue_confirm(True)
        _click(button)

    def move_record(self) -> bool | None:
        """Timeline events move earlier or later (▲ ▼)."""
        _editor, page = self._section()
        moves = [b for b in _shown(page, QPushButton) if b.text() in ("▲", "▼")]
        if not moves:
            return False
        _click(self.rng.choice(moves))

    def select_record(self) -> bool | None:
        _editor, page = self._section()
        lists = [w for w in _shown(page, QWidget) if w.objectName() == "recordList"]
        if not lists or not lists[0].count():
            return False
        view = lists[0]
        row = self.rng.randrange(view.count())
        _click(view.viewport(), view.visualItemRect(view.item(row)).center())

    def save(self) -> None:
        self.main.save_action.trigger()

    def autosave(self) -> None:
        """Pause like a volunteer does, long enough for the autosave timer (1 s here)."""
        deadline = time.monotonic() + 1.2
        while time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)

    # --- the run ---------------------------------------------------------------------------

    def run(self, seconds: float, max_ops: int, progress_every: int) -> dict[str, Any]:
        ops: list[tuple[Callable[[], Any], int]] = [
            (self.type_text, 50),
            (self.switch_section, 12),
            (self.toggle, 6),
            (self.add_record, 7),
            (self.remove_record, 4),
            (self.select_record, 6),
            (self.move_record, 2),
            (self.switch_case, 4),
            (self.save, 3),
            (self.autosave, 1),
            (self.new_case, 1),
            (self.close_case, 1),
            (self.reopen_case, 1),
        ]
        functions = [f for f, _ in ops]
        weights = [w for _, w in ops]
        self.unlock()
        self.new_case()
        start = time.monotonic()
        true_start = sys.getrefcount(True)
        true_min = true_start
        done = 0
        # Every kind of operation once first, so a short run still covers them all.
        tour = list(functions)
        while done < max_ops and time.monotonic() - start < seconds:
            op = tour.pop(0) if tour else self.rng.choices(functions, weights)[0]
            if op is self.new_case and len(self.main.editors()) >= 4:
                op = self.close_case
            self.last_op = op.__name__
            acted = op() is not False  # False: nothing to do here (e.g. no row to remove)
            self.app.processEvents()
            # What returning to the event loop does (processEvents alone does not): delete the
            # widgets that deleteLater() marked, so no op clicks a removed row.
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if acted:
                self.counts[op.__name__] += 1
            done += 1
            true_min = min(true_min, sys.getrefcount(True))
            if done % progress_every == 0:
                print(
                    f"stress: {done} operations, {time.monotonic() - start:.0f} s, "
                    f"refcount(True) {sys.getrefcount(True)} (start {true_start})",
                    flush=True,
                )
        elapsed = time.monotonic() - start
        self.main.save_all()
        self.idle()
        for editor in self.main.editors():
            self.expected[editor.case_uuid] = summary(editor.bundle)
        self.controller.lock()  # saves, closes the vault on the DB thread
        _wait(self.app, lambda: self.controller.worker.pending == 0)
        true_end = sys.getrefcount(True)
        mismatched = self.verify()
        self.controller.dispose()
        return {
            "pyside6": PYSIDE_VERSION,
            "python": sys.version.split()[0],
            "operations": done,
            "seconds": round(elapsed, 1),
            "counts": dict(self.counts),
            "modal_dialogs": self.modals,
            "cases_checked": len(self.expected),
            "mismatched_cases": mismatched,
            "refcount_true": {"start": true_start, "min": true_min, "end": true_end},
        }

    def verify(self) -> int:
        """Reopen the vault without Qt: every case must be stored as its editor showed it."""
        from app.store import Store
        from app.vault import Vault

        vault = Vault.open(self.controller.paths.default_vault, PASSPHRASE)
        try:
            store = Store(vault)
            bad = 0
            for uuid, shown in self.expected.items():
                if not store.exists("case", uuid):
                    # Closed by the lock before it received data: discarded, nothing lost.
                    empty = not shown["case"]["person"]["names"] and not any(
                        shown[k] for k in ("acts", "witnesses", "testimonies", "interventions")
                    )
                    discarded = [e.action for e in store.audit(uuid)][-1:] == ["discard"]
                    bad += not (empty and discarded)
                elif summary(store.load_case(uuid)) != shown:
                    bad += 1
            return bad
        finally:
            vault.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--ops", type=int, default=10**9, help="stop after this many operations")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--progress", type=int, default=500, help="a progress line every N ops")
    parser.add_argument("--home", type=Path, help="folder for the vault (default: a new temp one)")
    args = parser.parse_args(argv)
    home = args.home or Path(tempfile.mkdtemp(prefix="izdeu-stress-"))
    os.environ["IZDEU_HOME"] = str(home)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    result = Stress(app, args.seed).run(args.seconds, args.ops, args.progress)
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 3 if result["mismatched_cases"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
