"""A printable sheet for one trustee: one share of the organisation key, its words numbered.

Plain ReportLab with the built-in Helvetica: the SLIP-39 words are ASCII, and the sheet says
in English what the share is and how it is used (headquarters' working language for keys).
Written atomically and owner-only, like every file Izdeu makes.
"""

from __future__ import annotations

import io
from pathlib import Path

import pyrage
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.backup.errors import BackupExistsError
from app.backup.shares import check_counts, split_identity
from app.fsutil import atomic_write_bytes

__all__ = ["share_paths", "share_sheet_pdf", "write_share_set", "write_share_sheet"]

_LINES = (
    "This sheet holds one share of the Izdeu organisation key (the key that opens the",
    "organisation's backups). Any {threshold} of the {shares} shares rebuild the key with",
    "`izdeu recover-key`; fewer than {threshold} reveal nothing of it.",
    "Keep this sheet apart from the other shares, away from the laptops. Do not photograph it.",
    "Every word counts, in order: a wrong word is detected when the key is rebuilt.",
)


def share_sheet_pdf(words: str, number: int, shares: int, threshold: int, public_key: str) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=True)
    canvas.setTitle(f"Izdeu organisation key: share {number} of {shares}")
    width, height = A4
    y = height - 60
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(50, y, f"Izdeu organisation key - share {number} of {shares}")
    y -= 22
    canvas.setFont("Helvetica", 10)
    canvas.drawString(50, y, f"Any {threshold} of {shares} shares rebuild the key.  Public key:")
    y -= 14
    canvas.setFont("Courier", 8)
    canvas.drawString(50, y, public_key)
    y -= 24
    canvas.setFont("Helvetica", 10)
    for line in _LINES:
        canvas.drawString(50, y, line.format(threshold=threshold, shares=shares))
        y -= 14
    y -= 16
    canvas.setFont("Courier-Bold", 12)
    items = words.split()
    rows = (len(items) + 2) // 3
    for i, word in enumerate(items):
        col, row = divmod(i, rows)
        canvas.drawString(60 + col * 170, y - row * 20, f"{i + 1:2d}. {word}")
    y -= rows * 20 + 20
    canvas.setFont("Helvetica", 9)
    canvas.drawString(
        50, y, "Trustee: ______________________    Received on: ____________    Signature: ____________"
    )
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def write_share_sheet(
    target: Path, words: str, number: int, shares: int, threshold: int, public_key: str
) -> None:
    atomic_write_bytes(target, share_sheet_pdf(words, number, shares, threshold, public_key))


def share_paths(key_path: Path, shares: int) -> list[Path]:
    """``NAME.share-I.txt`` and ``NAME.share-I.pdf`` beside the key file ``NAME``, I = 1…N."""
    return [
        key_path.with_name(f"{key_path.name}.share-{i}.{ext}")
        for i in range(1, shares + 1)
        for ext in ("txt", "pdf")
    ]


def check_share_set(key_path: Path, shares: int, threshold: int) -> None:
    """Refuse before anything is written: bad counts, or a share file that exists."""
    check_counts(shares, threshold)
    for path in share_paths(key_path, shares):
        if path.exists() or path.is_symlink():
            raise BackupExistsError("backup.cli.already_exists_key_files", path=str(path))


def write_share_set(
    identity: pyrage.x25519.Identity, key_path: Path, shares: int, threshold: int
) -> list[Path]:
    """Split ``identity``; one words file and one printable sheet per trustee, owner-only."""
    check_share_set(key_path, shares, threshold)
    mnemonics = split_identity(identity, shares, threshold)
    public = str(identity.to_public())
    paths = share_paths(key_path, shares)
    for number, words in enumerate(mnemonics, 1):
        text_path, pdf_path = paths[2 * number - 2 : 2 * number]
        atomic_write_bytes(text_path, (words + "\n").encode("ascii"))
        write_share_sheet(pdf_path, words, number, shares, threshold, public)
    return paths
