"""The one thread that owns the vault: every vault/store call runs here, in order.

A SQLCipher connection belongs to the thread that opened it, so the vault is opened, used and
closed on this single worker thread. The GUI submits operations (plain callables that receive
the :class:`DbSession`) and gets the result or the error back on the GUI thread through a queued
signal. A callback whose context QObject has been deleted is dropped (KeePassXC's
``runThenCallback``); an error with no handler is shown (ui/failure.py), never dropped, except
"the vault is locked" for work asked for after the GUI closed the vault (the user locked it).
Call sites use :class:`ui.ops.DbOp`, which is built on ``submit``.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from app.errors import VaultLockedError
from ui.failure import report_failure

if TYPE_CHECKING:  # imported on the DB thread when first needed: faster start-up
    from app.store import Store
    from app.vault import Vault

__all__ = ["DbSession", "DbWorker"]


@dataclass
class DbSession:
    """What operations get: the open vault and its store (only valid on the worker thread)."""

    vault: Vault | None = None
    store_: Store | None = None

    @property
    def store(self) -> Store:
        if self.store_ is None:
            raise VaultLockedError()
        return self.store_


Callback = Callable[[Any], None]


@dataclass
class _Job:
    fn: Callable[[DbSession], Any]
    on_done: Callback | None
    on_error: Callback | None
    context: QObject | None
    result: Any = None
    error: BaseException | None = None
    waiter: threading.Event | None = None  # set instead of a delivery (``call_blocking``)
    after_lock: bool = False  # submitted after the GUI asked for the vault to be closed


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it (queued across threads)."""

    finished = Signal(object)
    call = Signal(object)  # a callable to run on the GUI thread (results of pool stages)


class DbWorker(QObject):
    """Single DB thread. ``submit`` from the GUI thread only."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = DbSession()
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._relay.call.connect(self._call)
        self._pending = 0
        self._locked = False  # the GUI closed the vault and has not asked to open one since
        self._thread = threading.Thread(target=self._run, name="izdeu-db", daemon=True)
        self._thread.start()

    # --- GUI side --------------------------------------------------------------------------

    def submit(
        self,
        fn: Callable[[DbSession], Any],
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        context: QObject | None = None,
    ) -> None:
        """Run ``fn(session)`` on the DB thread; ``on_done(result)``/``on_error(exc)`` on the GUI."""
        if not self._thread.is_alive():
            return
        self.hold()
        self._queue.put(_Job(fn, on_done, on_error, context, after_lock=self._locked))

    @property
    def pending(self) -> int:
        """Operations not yet delivered, pool stages of ui.ops.DbOp included."""
        return self._pending

    def hold(self) -> None:
        """One more piece of work in flight outside the DB thread (GUI thread only)."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

    def release(self) -> None:
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self.busy_changed.emit(False)

    def call_in_gui(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the GUI thread; may be called from any thread."""
        if shiboken6.isValid(self._relay):
            self._relay.call.emit(fn)

    def call_blocking(self, fn: Callable[[DbSession], Any], timeout: float = 30.0) -> Any:
        """Run ``fn(session)`` on the DB thread and wait for its result, from any other thread.

        For readers that Qt calls synchronously on threads of its own (a media player's
        demuxer reading a recording's chunks): nothing is delivered to the GUI, so the busy
        indicator and ``pending`` are not touched. The error ``fn`` raised is raised here.
        """
        if threading.current_thread() is self._thread:
            return fn(self._session)
        if not self._thread.is_alive():
            raise VaultLockedError()
        job = _Job(fn, None, None, None, waiter=threading.Event())
        self._queue.put(job)
        assert job.waiter is not None
        deadline = time.monotonic() + timeout
        # Not one long wait: a thread that shut down meanwhile never runs the job (closing the
        # app must not wait for a reader's timeout).
        while not job.waiter.wait(0.2):
            if not self._thread.is_alive():
                raise VaultLockedError()
            if time.monotonic() > deadline:
                raise TimeoutError("the vault did not answer in time")
        if job.error is not None:
            raise job.error
        return job.result

    def open_vault(
        self,
        path: Path,
        passphrase: str | bytearray,
        *,
        create: bool,
        strong: bool = False,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        context: QObject | None = None,
    ) -> None:
        """Derive the key and open (or create) the vault on the DB thread.

        A bytearray passphrase is wiped once the key has been derived. ``strong``: a new vault
        with the stronger key derivation (app/vault/kdf.py).
        """

        def op(session: DbSession) -> Path:
            from app.media.recovery import finish_left_recordings
            from app.store import Store
            from app.vault import STRONG_PARAMS, Vault

            try:
                if session.vault is not None:
                    _close(session)
                if create:
                    vault = Vault.create(path, passphrase, params=STRONG_PARAMS if strong else None)
                else:
                    vault = Vault.open(path, passphrase)
            finally:
                if isinstance(passphrase, bytearray):
                    for i in range(len(passphrase)):
                        passphrase[i] = 0
            session.vault = vault
            session.store_ = Store(vault)
            finish_left_recordings(session.store_)
            return vault.path

        self._locked = False
        self.submit(op, on_done, on_error, context)

    def preload(self) -> None:
        """Import the storage modules on the DB thread while the user types the passphrase."""

        def op(_session: DbSession) -> None:
            import app.store  # noqa: F401
            import app.vault  # noqa: F401

        self.submit(op)

    def close_vault(self, on_done: Callback | None = None, context: QObject | None = None) -> None:
        self.submit(_close, on_done, None, context)
        self._locked = True

    def shutdown(self, timeout: float = 10.0) -> None:
        """Close the vault and join the thread (queued work runs first)."""
        if not self._thread.is_alive():
            return
        self._queue.put(_Job(_close, None, None, None))
        self._queue.put(None)
        self._thread.join(timeout)

    @Slot(object)
    def _call(self, fn: Callable[[], None]) -> None:
        fn()

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        self.release()
        if job.context is not None and not shiboken6.isValid(job.context):
            return
        if job.after_lock and isinstance(job.error, VaultLockedError):
            # A window of the session just locked, not yet deleted, asked for more (a save
            # delivered during the lock refreshes the case list): the vault was closed on
            # purpose, so there is nothing to report, and a box over the start window saying
            # "the vault is locked" would only alarm.
            return
        if job.error is not None:
            if job.on_error is not None:
                job.on_error(job.error)
            else:
                report_failure(job.context, job.error)
            return
        if job.on_done is not None:
            job.on_done(job.result)

    # --- DB thread -------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                job.result = job.fn(self._session)
            except BaseException as exc:  # delivered to the GUI, never printed
                job.error = exc
            if job.waiter is not None:
                job.waiter.set()
                continue
            if shiboken6.isValid(self._relay):
                self._relay.finished.emit(job)


def _close(session: DbSession) -> None:
    vault, session.vault, session.store_ = session.vault, None, None
    if vault is not None:
        vault.close()
