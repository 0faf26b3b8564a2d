"""Running one backup operation on the DB thread with progress and cancel.

A thin shape over :class:`ui.ops.DbOp` and :class:`ui.ops.OpProgress` (the one way the UI runs
work) for the backup windows: they connect ``progress``/``finished``/``failed`` once and run
``fn(session, progress, cancelled)`` from ``app.backup.ops``. Widgets never touch the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.ops import DbOp, OpProgress
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
        self._progress = OpProgress(self)
        self._progress.changed.connect(self.progress)

    @property
    def running(self) -> bool:
        return self._progress.running

    def run(self, fn: Callable[[DbSession, Progress, Callable[[], bool]], Any]) -> None:
        if self.running:
            return
        report, cancelled = self._progress.report, self._progress.cancelled
        (
            DbOp(self, lambda session: fn(session, report, cancelled))
            .with_progress(self._progress)
            .success(self.finished.emit)
            .failure(self.failed.emit)
            .run(self._worker)
        )

    def cancel(self) -> None:
        self._progress.cancel()
