"""Rendering dossiers in child processes, so a batch uses every core and the DB thread stays
free (saves, the lock) while ReportLab works.

The parent reads each case on the thread that owns the vault and hands the
:class:`~app.dossier.builder.DossierSource` to a child through the pool's pipe (never a
temporary file); the child renders and sends the PDF bytes back. Children are *spawned*, not
forked: a forked child would carry a copy of the parent's memory, vault key and decrypted pages
included; a spawned one holds only what it is sent. The child imports ``app.dossier`` and no Qt
(the desktop app's entry points import no Qt at module level: ``python -m ui``, the bundle).
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

__all__ = ["process_pool"]


def process_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """A pool of at most ``workers`` (default: the cores, at most 4) spawned children; submit
    ``functools.partial(build_dossier, options=options)`` with a source."""
    count = workers or max(1, min(4, os.cpu_count() or 1))
    return ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn"))
