"""A batch of dossiers from the desktop app: read on the DB thread, render in child processes.

Each case is one short DB operation to read it, a render in the process pool (both cores
busy, app/dossier/pool.py), and one short DB operation to write the file atomically and record
it. Between them the DB thread is free, so an editor's save or the lock never waits for a
whole batch. At most ``in_flight`` cases are read ahead, which bounds the memory held: by
default two per child, so that a child finds its next case waiting when it finishes one
instead of idling while the DB thread writes a file and reads the next case.

Cancel is checked before each case; after it nothing more is written (a dossier rendered but
not yet written is dropped), files already written stay (each is complete).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.dossier.batch import BatchFailure, BatchItem, BatchResult, failure_reason, plan_batch
from app.dossier.builder import Dossier, DossierOptions, build_dossier, load_source, write_dossier
from app.dossier.covering import listed_dossier, load_name, write_covering_list
from app.dossier.pool import default_workers, process_pool
from app.dossier.record import record_dossier
from app.dossier.signed import sign_dossier
from app.signing import SigningIdentity
from ui.ops import DbOp, OpProgress
from ui.worker import DbSession, DbWorker

__all__ = ["BatchRun"]


class BatchRun(QObject):
    """One batch; ``start()`` once. Progress (``"dossiers"``, done, total) and cancel go
    through ``progress``; the end is ``finished(BatchResult)`` or ``failed(exc)`` (the folder
    could not be made or already holds these files)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        case_uuids: list[str],
        folder: Path,
        options: DossierOptions,
        progress: OpProgress,
        parent: QObject | None = None,
        *,
        in_flight: int | None = None,
        pool: Callable[[], Executor] = process_pool,
        identity: SigningIdentity | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._uuids = list(case_uuids)
        self._folder = folder
        self._options = options
        self._progress = progress
        self._in_flight = in_flight or 2 * default_workers()
        self._make_pool = pool
        # Signing happens in this process (a render thread), never in the children: the key
        # is not sent to them.
        self._identity = identity
        self._pool: Executor | None = None
        self._plan: list[BatchItem] = []
        self._next_index = 0
        self._active = 0
        self._done = 0
        self.result = BatchResult()

    def start(self) -> None:
        uuids, folder, options = self._uuids, self._folder, self._options
        self._progress.start()
        (
            DbOp(self, lambda s: plan_batch(s.store, uuids, folder, options))
            .success(self._planned)
            .failure(self._end_failed)
            .run(self._worker)
        )

    def stop(self) -> None:
        """Let the children finish what they hold, start nothing more (dialog closed)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    # --- GUI thread ------------------------------------------------------------------------

    def _planned(self, plan: list[BatchItem]) -> None:
        self._plan = plan
        self._pool = self._make_pool()
        for _ in range(min(self._in_flight, len(plan)) or 1):
            self._next()

    def _next(self) -> None:
        if self._pool is None:
            return
        if self._next_index < len(self._plan) and self._progress.cancelled():
            self.result.cancelled = True
            self._next_index = len(self._plan)
        if self._next_index >= len(self._plan):
            if self._active == 0:
                self._end()
            return
        item = self._plan[self._next_index]
        self._next_index += 1
        self._active += 1
        uuid = item.case_uuid
        op = DbOp(self, lambda s: load_source(s.store, uuid)).then(
            partial(build_dossier, options=self._options), self._pool
        )
        if self._identity is not None:
            op = op.then(partial(sign_dossier, identity=self._identity))
        (
            op.success(lambda dossier: self._write(item, dossier))
            .failure(lambda exc: self._case_done(item, exc))
            .run(self._worker)
        )

    def _write(self, item: BatchItem, dossier: Dossier) -> None:
        if self._progress.cancelled():
            self.result.cancelled = True
            self._case_done(item, None)
            return

        def op(session: DbSession) -> str | None:
            # Checked again on the DB thread: a cancel clicked while this write waited in the
            # queue still stops it.
            if self._progress.cancelled():
                return None
            write_dossier(dossier, item.target)
            record_dossier(session.store, dossier, file_name=item.target.name)
            name = load_name(session.store, item.case_uuid, dossier.lang)
            self.result.listed.append(listed_dossier(dossier, item.target, name))
            return dossier.sha256

        def written(sha256: str | None) -> None:
            if sha256 is None:
                self.result.cancelled = True
            else:
                self.result.written.append((item.case_uuid, item.target, sha256))
            self._case_done(item, None)

        (DbOp(self, op).success(written).failure(lambda exc: self._case_done(item, exc)).run(self._worker))

    def _case_done(self, item: BatchItem, error: BaseException | None) -> None:
        self._active -= 1
        self._done += 1
        if error is not None:  # one bad case must not stop 199 good ones
            self.result.failed.append(BatchFailure(item.case_uuid, item.case_number, failure_reason(error)))
        self._progress.report("dossiers", self._done, len(self._plan))
        self._next()

    def _end(self) -> None:
        self.stop()
        order = {item.case_uuid: i for i, item in enumerate(self._plan)}
        self.result.written.sort(key=lambda w: order[w[0]])
        files = {item.target.name: i for i, item in enumerate(self._plan)}
        self.result.listed.sort(key=lambda entry: files.get(entry.file, 0))
        if not self.result.listed or self.result.cancelled:
            self._finish(None)
            return
        listed, folder, options, identity = (
            list(self.result.listed),
            self._folder,
            self._options,
            self._identity,
        )
        (
            DbOp(self, lambda _session: listed)
            .then(lambda entries: write_covering_list(entries, folder, options, identity))
            .success(self._finish)
            .failure(lambda _exc: self._finish(None))
            .run(self._worker)
        )

    def _finish(self, covering_list: Path | None) -> None:
        self.result.covering_list = covering_list
        self._progress.running = False
        self.finished.emit(self.result)

    def _end_failed(self, exc: BaseException) -> None:
        self._progress.running = False
        self.failed.emit(exc)
