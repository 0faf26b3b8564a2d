"""Running one backup operation on the DB thread with progress and cancel.

The operation (from ``app.backup.ops``) runs on the single thread that owns the vault
(ui/worker.py). Progress is reported from that thread through a Qt signal of an object living
on the GUI thread, so the connection is queued; cancelling sets a thread-safe flag the
operation polls. Widgets never touch the vault.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.worker import DbSession, DbWorker

__all__ = ["BackupTask", "Progress"]

Progress = Callable[[str, int, int], None]


class BackupTask(QObject):
    """One operation at a time. ``run(fn)``: ``fn(session, progress, cancelled)``."""

    progress = Signal(str, int, int)  # phase, done, total (bytes)
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception (show it with ui.messages.user_message)

    def __init__(self, worker: DbWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._cancel = threading.Event()
        self.running = False

    def run(self, fn: Callable[[DbSession, Progress, Callable[[], bool]], Any]) -> None:
        if self.running:
            return
        self.running = True
        self._cancel.clear()
        cancelled = self._cancel.is_set
        last = [0.0]

        def emit(phase: str, done: int, total: int) -> None:
            # At most ~10 queued events a second: a flood of cross-thread events only delays
            # the GUI (and many still pending at shutdown crashed PySide6 in a test).
            now = time.monotonic()
            if now - last[0] >= 0.1 or done >= total:
                last[0] = now
                self.progress.emit(phase, done, total)

        def op(session: DbSession) -> Any:
            return fn(session, emit, cancelled)

        self._worker.submit(op, self._done, self._error, self)

    def cancel(self) -> None:
        self._cancel.set()

    def _done(self, result: Any) -> None:
        self.running = False
        self.finished.emit(result)

    def _error(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(exc)
