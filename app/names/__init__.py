"""Names across scripts: reading any supported script as Latin, a name key that brings the
spellings of one name together, a similarity score, and the duplicate score of two persons.

Qt-free; may import ``base`` and ``app.model`` only (docs/architecture.md)."""

from __future__ import annotations

from app.names.translit import to_latin

__all__ = ["to_latin"]
