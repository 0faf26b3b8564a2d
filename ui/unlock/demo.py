"""Creating the demo vault of fictional cases (runs on the DB worker thread)."""

from __future__ import annotations

from pathlib import Path

from app.demo import create_demo_vault

__all__ = ["create_demo"]


def create_demo(path: Path, passphrase: str, cases: int = 40) -> None:
    """Create and fill the demo vault; it is closed afterwards (opened like any other)."""
    create_demo_vault(path, passphrase, cases)
