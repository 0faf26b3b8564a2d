"""The vault's whole check: the file's pages and structure (the vault's own) and the audit
log's hash chain (the store's), in one report."""

from __future__ import annotations

from app.store.audit import verify_chain
from app.vault.vault import CheckReport, Vault

__all__ = ["check"]


def check(vault: Vault) -> CheckReport:
    """SQLCipher page HMACs, SQLite structure, and the audit log's hash chain."""
    report = vault.check()
    if report.readable:  # damaged pages: no chain to follow
        report.audit_errors = verify_chain(vault)
    return report
