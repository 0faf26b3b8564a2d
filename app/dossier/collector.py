"""The cycle collector paused while a dossier is drawn.

Drawing a dossier allocates hundreds of thousands of short-lived containers (table cells, glyph
runs, PDF objects); each 700 of them start a collection, every tenth of those walks the older
objects too, and now and then one walks everything the process holds (the fonts' tables, the
desktop app's windows): 5–7 % of a batch (docs/performance.md). A dossier's own garbage is
freed by reference counting as it goes; the few cycles it leaves (a document and its canvas)
wait until the collector runs again, right after the build. Several builds at once (threads)
keep it paused until the last ends, and a collector someone else turned off stays off.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["collector_paused"]

_lock = threading.Lock()
_depth = 0
_resume = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
