"""Does the Qt binding drop references to True or False? One line per candidate API.

    .venv/bin/python -X dev bench/bool_refcount_probe.py [--n 25] [--json]

On Python 3.11 True and False are ordinary objects with a reference count: a C extension
that hands out a borrowed True as a new reference makes the count fall by one per call, and
when it reaches zero the interpreter aborts with "Fatal Python error: bool_dealloc". That is
how the editor crashed (PySide6 6.12.0: every Signal.emit() and successful disconnect() called
from Python). Each probe runs an operation ``n`` times and compares sys.getrefcount(True) and
sys.getrefcount(False) before and after; a sound binding leaves both unchanged.

Run it in a child process (tests/ui/test_editor_stress.py does): on a faulty binding a large
``n`` aborts the interpreter before it reports (True starts with a count of about 600), and
even a small one aborts it on exit, after the report. Exit code 0 when nothing drifted, 1 if
anything did.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as PYSIDE_VERSION  # noqa: E402
from PySide6.QtCore import QObject, QTimer, Signal  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)


class _Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)
    text = Signal(str)
    anything = Signal(object)


class _Receiver(QObject):
    def returns_true(self) -> bool:
        return True


_ALIVE: list[QObject] = []


def _nothing(*_args: object) -> None:
    pass


def _returns_true(*_args: object) -> bool:
    return True


def probes() -> dict[str, Callable[[], object]]:
    """Every API on the editor's path (and the ones suspected before), as zero-argument calls."""
    plain = _Emitter()
    plain.plain.connect(_nothing)
    plain.flag.connect(_nothing)
    plain.text.connect(_nothing)
    plain.anything.connect(_nothing)
    unconnected = _Emitter()
    to_bool = _Emitter()
    to_bool.plain.connect(_returns_true)
    receiver = _Receiver()
    to_method = _Emitter()
    to_method.plain.connect(receiver.returns_true)
    holder = QObject()
    widget = QWidget()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(60_000)
    line = QLineEdit()
    line.textChanged.connect(_nothing)
    area = QPlainTextEdit()
    area.textChanged.connect(_nothing)
    box = QCheckBox()
    box.toggled.connect(_nothing)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "a")
    tabs.addTab(QWidget(), "b")
    tabs.currentChanged.connect(_nothing)
    # A bound signal does not keep its QObject alive: hold every object until the end.
    _ALIVE.extend(
        (plain, unconnected, to_bool, receiver, to_method, holder, widget, timer, line, area, box, tabs)
    )
    keep = (receiver,)

    def connect_disconnect() -> None:
        emitter = _Emitter()
        emitter.plain.connect(_nothing)
        emitter.plain.disconnect(_nothing)

    def connect_only() -> None:
        emitter = _Emitter()
        emitter.plain.connect(_nothing)

    return {
        "Signal().emit() -> Python slot": plain.plain.emit,
        "Signal(bool).emit(True)": lambda: plain.flag.emit(True),
        "Signal(str).emit()": lambda: plain.text.emit("Әсел"),
        "Signal(object).emit()": lambda: plain.anything.emit(keep),
        "Signal().emit() with no slot": unconnected.plain.emit,
        "Signal().emit() -> slot returning True": to_bool.plain.emit,
        "Signal().emit() -> method returning True": to_method.plain.emit,
        "Signal.connect()": connect_only,
        "Signal.connect() + disconnect()": connect_disconnect,
        "QObject.blockSignals(True/False)": lambda: (holder.blockSignals(True), holder.blockSignals(False)),
        "QObject.setProperty(bool)": lambda: holder.setProperty("izdeu", True),
        "QObject.property() -> bool": lambda: holder.property("izdeu"),
        "QWidget.setWindowModified(True)": lambda: widget.setWindowModified(True),
        "QWidget.isWindowModified()": widget.isWindowModified,
        "QWidget.setEnabled() / isEnabled()": lambda: (widget.setEnabled(True), widget.isEnabled()),
        "QTimer.start() / isActive()": lambda: (timer.start(), timer.isActive()),
        "QTimer.singleShot(0, f)": lambda: QTimer.singleShot(0, _nothing),
        "QLineEdit.setText (C++ signal -> slot)": lambda: line.setText(line.text() + "ы"),
        "QPlainTextEdit.setPlainText (C++ signal)": lambda: area.setPlainText("艾"),
        "QCheckBox.toggle (C++ bool signal)": box.toggle,
        "QTabWidget.setCurrentIndex / setTabText": lambda: (
            tabs.setCurrentIndex(1 - tabs.currentIndex()),
            tabs.setTabText(0, "• x"),
        ),
    }


def measure(fn: Callable[[], object], n: int) -> tuple[int, int]:
    """(change of True's count, change of False's count) over ``n`` calls, after a warm-up."""
    fn()
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(n):
        fn()
    gc.collect()
    QApplication.processEvents()
    return sys.getrefcount(True) - before[0], sys.getrefcount(False) - before[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=25, help="calls per probe (default 25)")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    QApplication.processEvents()
    results = {name: measure(fn, args.n) for name, fn in probes().items()}
    del app
    drifted = sorted(name for name, delta in results.items() if delta != (0, 0))
    if args.json:
        print(
            json.dumps(
                {
                    "pyside6": PYSIDE_VERSION,
                    "python": sys.version.split()[0],
                    "n": args.n,
                    "results": results,
                    "drifted": drifted,
                }
            )
        )
    else:
        print(f"PySide6 {PYSIDE_VERSION}, Python {sys.version.split()[0]}, {args.n} calls each")
        for name, (true_delta, false_delta) in results.items():
            mark = "  <-- drops references" if (true_delta, false_delta) != (0, 0) else ""
            print(
                f"  True {true_delta / args.n:+6.2f}/call  False {false_delta / args.n:+6.2f}/call"
                f"  {name}{mark}"
            )
    sys.stdout.flush()
    return 1 if drifted else 0


if __name__ == "__main__":
    raise SystemExit(main())
