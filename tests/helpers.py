"""Constants and helpers shared by the tests (import these; conftest.py holds only fixtures)."""

from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

from app.vault import KdfParams

# Argon2id at the real cost takes ~0.5 s; tests use a cheap setting unless marked real_kdf.
FAST_KDF = KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
PASSPHRASE = "correct horse battery staple"


def as_store_before_statistics_columns(mp: pytest.MonkeyPatch) -> None:
    """Make the current store write a vault of a schema before 0006_tables_stats: no statistics
    columns (app/store/facts.py). For tests that build an older vault with today's store."""
    from app.store import facts, store, writes

    mp.setattr(facts, "case_facts", lambda case: {})
    mp.setattr(facts, "update_wgeid", lambda *args: None)
    mp.setitem(writes._DERIVED, "act", lambda record: {})
    mp.setitem(writes._DERIVED, "intervention", lambda record: {})
    mp.setitem(writes._AFTER, "act", lambda conn, case_uuid: None)
    mp.setattr(store.Store, "ensure_facts", lambda self: False)
    as_store_before_links(mp)


def as_store_before_links(mp: pytest.MonkeyPatch) -> None:
    """Make the current store write a vault of a schema before 0007_case_links: no
    ``duplicate_of`` column on cases, no table of links."""
    from app.store import schema, writes

    as_store_before_changes(mp)
    mp.delitem(schema.TABLES, "link")
    case_columns = writes._DERIVED["case"]
    mp.setitem(
        writes._DERIVED,
        "case",
        lambda case: {k: v for k, v in case_columns(case).items() if k != "duplicate_of"},
    )


def as_store_before_changes(mp: pytest.MonkeyPatch) -> None:
    """Make the current store write a vault of a schema before 0008_changes: no change log,
    so no triggers writing it (app/store/changes.py)."""
    from app.store import store

    mp.setattr(store.Store, "ensure_change_log", lambda self: False)


def pdf_words(pdf: bytes, tmp: Path) -> list[tuple[int, float, float, str]]:
    """(page from 1, y, x, word) of every word of ``pdf`` as pdftotext -bbox places it on the
    page (an Arabic-script word comes with its letters in page order, left to right)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp / "words.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        [tool, "-bbox", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>'
    return [
        (page_no, float(m[2]), float(m[1]), unescape(m[3]))
        for page_no, page in enumerate(html.split("<page ")[1:], 1)
        for m in re.finditer(pattern, page)
    ]
