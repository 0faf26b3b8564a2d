"""Fictional demo cases for trying Izdeu, screenshots, tests and benchmarks.

Every person, relative, village, facility number, reference number and phone number here is
generated from fictional parts: names are built from syllables (Kazakh, Uyghur) with their
spellings in every script, so no real person is named. Prefectures and counties are real places
in Xinjiang (families name them); townships and villages are invented.

The package: ``names`` (word tables), ``files`` (generated PNG and PDF), ``generator`` (the
seeded case generator), ``showcase`` (hand-written cases), ``fill`` (into a store or a new
vault; the bulk generator for benchmarks).

Generation is deterministic for a given seed and "today" (recent and follow-up dates are
relative to today so the urgent case stays urgent). Attachments stored with
:meth:`Store.add_attachment` get fresh UUIDs, as every attachment does.
"""

from app.demo.base import DEFAULT_CASES, DEFAULT_SEED, SHOWCASE_COUNT, DemoCase, DemoFile, DemoStats
from app.demo.files import photo_png, scan_pdf
from app.demo.fill import bulk_generate, create_demo_vault, generate_cases, populate

__all__ = [
    "DEFAULT_SEED",
    "DEFAULT_CASES",
    "SHOWCASE_COUNT",
    "DemoCase",
    "DemoFile",
    "DemoStats",
    "generate_cases",
    "populate",
    "create_demo_vault",
    "bulk_generate",
    "photo_png",
    "scan_pdf",
]
