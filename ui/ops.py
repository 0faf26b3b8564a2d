"""The one way the UI runs work: :class:`DbOp` (in the spirit of Anki's ``CollectionOp``).

    DbOp(self, lambda s: s.store.audit(uuid)).success(self._show).run(worker)

- the operation runs on the DB thread (ui/worker.py), in submission order;
- ``.then(render, pool)`` hands what the DB thread loaded to a pool (ReportLab, image
  scaling), so the DB thread is free for saves and the lock while it renders;
- ``success`` / ``failure`` run on the GUI thread; with no ``failure`` given, the error's
  translated one-liner is shown (:func:`ui.failure.report_failure`), never dropped;
- ``.with_progress(progress)``: an :class:`OpProgress` carries progress and cancel;
- ``.latest(ticket)``: only the newest operation of a :class:`Latest` delivers (a preview
  made with old options, a page of a query since changed);
- when ``parent`` (the widget or model the callbacks belong to) is deleted, nothing is called.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.errors import CancelledError
from ui.failure import report_failure
from ui.worker import DbSession, DbWorker

__all__ = ["DbOp", "Latest", "OpProgress", "render_pool"]

T = TypeVar("T")
R = TypeVar("R")

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def render_pool() -> ThreadPoolExecutor:
    """Threads for a single preview and for thumbnails: ReportLab and QImage scaling release
    the GIL often enough, and nothing has to cross a process boundary."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="izdeu-render")
        return _pool


class OpProgress(QObject):
    """Progress and cancel for running operations; ``report`` and ``cancelled`` may be called
    from any thread (the signal is queued to the GUI thread)."""

    changed = Signal(str, int, int)  # phase, done, total

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._last = 0.0
        self.running = False

    def start(self) -> None:
        self._cancel.clear()
        self._last = 0.0
        self.running = True

    def report(self, phase: str, done: int, total: int) -> None:
        # At most ~10 queued events a second: a flood of cross-thread events only delays the
        # GUI (and many still pending at shutdown crashed PySide6 in a test).
        now = time.monotonic()
        if (now - self._last >= 0.1 or done >= total) and shiboken6.isValid(self):
            self._last = now
            self.changed.emit(phase, done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Latest:
    """Tickets for operations where only the newest answer counts."""

    def __init__(self) -> None:
        self.current = 0

    def take(self) -> int:
        self.current += 1
        return self.current

    def invalidate(self) -> None:
        """Answers of every operation started so far are dropped."""
        self.current += 1


class DbOp(Generic[T]):
    """One operation: DB thread, optionally a pool stage, then callbacks on the GUI thread."""

    def __init__(self, parent: QObject | None, op: Callable[[DbSession], Any]) -> None:
        self._parent = parent
        self._op = op
        self._stages: list[tuple[Callable[[Any], Any], Executor]] = []
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: OpProgress | None = None
        self._latest: Latest | None = None
        self._ticket = 0

    def then(self, fn: Callable[[T], R], pool: Executor | None = None) -> DbOp[R]:
        """Run ``fn(result)`` in ``pool`` (default :func:`render_pool`), off the DB thread.
        ``fn`` must not touch the vault or any QObject but a QImage."""
        self._stages.append((fn, pool or render_pool()))
        return self  # type: ignore[return-value]  # the same op, now ending in R

    def success(self, fn: Callable[[T], None]) -> DbOp[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> DbOp[T]:
        self._failure = fn
        return self

    def with_progress(self, progress: OpProgress) -> DbOp[T]:
        self._progress = progress
        return self

    def latest(self, latest: Latest) -> DbOp[T]:
        self._latest = latest
        return self

    def run(self, worker: DbWorker) -> None:
        if self._latest is not None:
            self._ticket = self._latest.take()
        if self._progress is not None:
            self._progress.start()
        worker.submit(
            self._op, lambda result: self._next(worker, 0, result), self._failed, context=self._parent
        )

    # --- GUI thread ------------------------------------------------------------------------

    def _wanted(self) -> bool:
        if self._parent is not None and not shiboken6.isValid(self._parent):
            return False
        return self._latest is None or self._latest.current == self._ticket

    def _next(self, worker: DbWorker, stage: int, result: Any) -> None:
        if stage == len(self._stages):
            self._finish()
            if self._wanted() and self._success is not None:
                self._success(result)
            return
        if not self._wanted():  # no one waits for it: do not render at all
            self._finish()
            return
        fn, pool = self._stages[stage]
        if self._progress is not None and self._progress.cancelled():
            self._failed(CancelledError())
            return
        try:
            future = pool.submit(fn, result)
        except RuntimeError as exc:  # the pool was shut down meanwhile (its window closed)
            self._failed(exc)
            return
        worker.hold()

        def arrived(done: Future[Any]) -> None:  # on a pool thread: hop to the GUI thread
            worker.call_in_gui(lambda: self._arrived(worker, stage, done))

        future.add_done_callback(arrived)

    def _arrived(self, worker: DbWorker, stage: int, done: Future[Any]) -> None:
        worker.release()
        if done.cancelled():  # the pool was shut down with this still waiting
            self._failed(CancelledError())
            return
        error = done.exception()
        if error is not None:
            self._failed(error)
        else:
            self._next(worker, stage + 1, done.result())

    def _finish(self) -> None:
        if self._progress is not None and shiboken6.isValid(self._progress):
            self._progress.running = False

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if not self._wanted():
            return
        if self._failure is not None:
            self._failure(error)
        else:
            report_failure(self._parent, error)
