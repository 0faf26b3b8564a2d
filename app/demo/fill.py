"""Demo cases into a store or a new vault, and the bulk generator for benchmarks."""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Callable, Iterator
from pathlib import Path

from app.demo.base import DEFAULT_CASES, DEFAULT_SEED, SHOWCASE_COUNT, DemoCase, DemoFile, DemoStats
from app.demo.files import photo_png
from app.demo.generator import Generator
from app.demo.showcase import showcase
from app.model import (
    Record,
    Testimony,
)
from app.store import Store
from app.vault import KdfParams, Vault, metakeys

_LATIN_SCRIPTS = ("kk-Latn", "ug-Latn", "en", "pinyin")


def generate_cases(
    cases: int = DEFAULT_CASES, *, seed: int = DEFAULT_SEED, today: _dt.date | None = None, files: bool = True
) -> Iterator[DemoCase]:
    """The showcase cases, then generated ones, ``cases`` in all (at least the showcase)."""
    gen = Generator(seed, today or _dt.date.today())
    for index, demo in enumerate(showcase(gen)):
        if index >= cases:
            return
        if not files:
            demo.files = []
        yield demo
    for index in range(SHOWCASE_COUNT, cases):
        demo = gen.case(index)
        if files and index % 10 == 0:
            # Latin initials: the picture's font has no Arabic, Cyrillic or Chinese letters.
            names = demo.case.person.names
            latin = next((n.text for n in names if n.script in _LATIN_SCRIPTS), "")
            initials = "".join(p[0] for p in latin.split()[:2]) or "?"
            demo.files.append(
                DemoFile(f"photo-{index}.png", photo_png(initials, index), "фото (демо)", "photo")
            )
        yield demo


def populate(
    store: Store,
    cases: int = DEFAULT_CASES,
    *,
    seed: int = DEFAULT_SEED,
    today: _dt.date | None = None,
    files: bool = True,
) -> DemoStats:
    """Add demo cases (records with their own times) and their files to an open vault."""
    stats = DemoStats()
    batch: list[Record] = []
    with_files: list[DemoCase] = []
    for demo in generate_cases(cases, seed=seed, today=today, files=files):
        batch += demo.records
        stats.cases += 1
        stats.records += len(demo.records)
        stats.testimonies += sum(isinstance(r, Testimony) for r in demo.records)
        if demo.files:
            with_files.append(demo)
    store.save_many(batch, keep_times=True)
    for demo in with_files:
        case = demo.case
        testimony = next((r for r in demo.records if isinstance(r, Testimony)), None)
        for item in demo.files:
            attachment = store.add_attachment(
                case.uuid,
                io.BytesIO(item.data),
                item.name,
                description=item.description,
                handed_over_by="семья (демо)",
            )
            stats.attachments += 1
            if item.role == "photo":
                case.person.photo_attachment = attachment.uuid
                store.save(case)
            elif item.role == "testimony" and testimony is not None:
                testimony.attachment_uuids.append(attachment.uuid)
                store.save(testimony)
    return stats


def create_demo_vault(
    path: Path | str,
    passphrase: str,
    cases: int = DEFAULT_CASES,
    *,
    seed: int = DEFAULT_SEED,
    params: KdfParams | None = None,
    today: _dt.date | None = None,
    files: bool = True,
) -> DemoStats:
    """Create a new vault at ``path`` filled with demo cases; the vault is closed afterwards."""
    vault = Vault.create(path, passphrase, params=params)
    try:
        vault.set_meta(metakeys.DEMO, "1")
        return populate(Store(vault, actor="demo"), cases, seed=seed, today=today, files=files)
    finally:
        vault.close()


def bulk_generate(
    store: Store,
    cases: int = 100_000,
    *,
    testimonies_per_case: int = 3,
    seed: int = DEFAULT_SEED,
    today: _dt.date | None = None,
    batch_cases: int = 2_000,
    progress: Callable[[int, int], None] | None = None,
) -> DemoStats:
    """Many lean cases for benchmarks, after the showcase cases; no files; large transactions.

    ``progress(done, total)`` is called after each batch.
    """
    gen = Generator(seed, today or _dt.date.today(), number_width=5)

    def all_cases() -> Iterator[DemoCase]:
        yield from showcase(gen)[:cases]
        for index in range(SHOWCASE_COUNT, cases):
            yield gen.case(index, bulk=True, testimonies=testimonies_per_case)

    stats = DemoStats()
    batch: list[Record] = []
    for index, demo in enumerate(all_cases()):
        batch += demo.records
        stats.cases += 1
        stats.records += len(demo.records)
        stats.testimonies += sum(isinstance(r, Testimony) for r in demo.records)
        if stats.cases % batch_cases == 0 or index == cases - 1:
            store.save_many(batch, keep_times=True)
            batch = []
            if progress is not None:
                progress(stats.cases, cases)
    return stats
