"""Rendering dossiers in child processes, so a batch uses every core and the DB thread stays
free (saves, the lock) while ReportLab works.

The parent reads each case on the thread that owns the vault and hands the
:class:`~app.dossier.builder.DossierSource` to a child through the pool's pipe (never a
temporary file); the child renders and sends the PDF bytes back. Children are *spawned*, not
forked: a forked child would carry a copy of the parent's memory, vault key and decrypted pages
included; a spawned one holds only what it is sent. The child imports ``app.dossier`` and no Qt
(the desktop app's entry points import no Qt at module level: ``python -m ui``, the bundle).

Each child loads the fonts as it starts (about half a second), before its first case arrives
and while the parent still reads cases, not in the middle of the first dossier.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

__all__ = ["default_workers", "process_pool"]


def default_workers() -> int:
    """The cores, at most 4."""
    return max(1, min(4, os.cpu_count() or 1))


def _start_child() -> None:
    # Fonts only: the dossier modules import the store's SQLCipher binding, which a child
    # loads when its first case needs it, not before (tests/ui/test_ops.py).
    from app.dossier.text import fonts

    fonts()


def process_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """A pool of at most ``workers`` (default: :func:`default_workers`) spawned children;
    submit ``functools.partial(build_dossier, options=options)`` with a source."""
    return ProcessPoolExecutor(
        max_workers=workers or default_workers(),
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_child,
    )
