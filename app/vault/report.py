"""The vault file's part of the integrity check: SQLCipher's page HMACs, SQLite's structure.

The audit chain is the store's (app/store/integrity.py runs both and fills ``audit_errors``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlcipher3

__all__ = ["CheckReport", "check_pages"]


@dataclass
class CheckReport:
    cipher_errors: list[str] = field(default_factory=list)
    sqlite_errors: list[str] = field(default_factory=list)
    audit_errors: list[str] = field(default_factory=list)
    readable: bool = True  # False: the pages could not be read, nothing further was checked

    @property
    def ok(self) -> bool:
        return not (self.cipher_errors or self.sqlite_errors or self.audit_errors)

    def lines(self) -> list[str]:
        out = [f"page encryption: {'ok' if not self.cipher_errors else 'FAILED'}"]
        out += [f"  {e}" for e in self.cipher_errors[:20]]
        out.append(f"database structure: {'ok' if not self.sqlite_errors else 'FAILED'}")
        out += [f"  {e}" for e in self.sqlite_errors[:20]]
        out.append(f"audit log chain: {'ok' if not self.audit_errors else 'FAILED'}")
        out += [f"  {e}" for e in self.audit_errors[:20]]
        return out


def check_pages(conn: Any) -> CheckReport:
    """Every page's HMAC and the structure of the open vault ``conn``; reads only."""
    report = CheckReport()
    try:
        report.cipher_errors = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        report.sqlite_errors = [] if rows == ["ok"] else rows
    except sqlcipher3.Error:
        report.sqlite_errors.append("the database could not be read (damaged pages)")
        report.readable = False
    return report
