"""Every key of the vault's ``meta`` table, declared once (docs/vault-format.md, "meta")."""

from __future__ import annotations

__all__ = [
    "FORMAT",
    "VAULT_ID",
    "CREATED",
    "OPERATOR",
    "DEMO",
    "AUDIT_HEAD",
    "SEARCH_FOLD",
    "FACTS",
    "TABLE_MAPPINGS",
    "BACKUP_DEVICE_KEY",
    "BACKUP_RECIPIENTS",
    "BACKUP_TRUSTED",
    "BACKUP_LAST",
    "BACKUP_KEEP",
    "BACKUP_REMIND_DAYS",
    "PRIVATE",
]

FORMAT = "format"  # the vault format's name: what makes an encrypted database a vault
VAULT_ID = "vault_id"
CREATED = "created"
OPERATOR = "operator"  # the name audit entries give as actor
DEMO = "demo"  # "1" in a vault of fictional demo cases
AUDIT_HEAD = "audit_head"  # "seq:hash" of the newest audit entry
SEARCH_FOLD = "search_fold"  # the text folding the search index was built with
TABLE_MAPPINGS = "tables.mappings"  # spreadsheet column mappings saved by name (headers, field keys)
FACTS = "facts"  # the version of the statistics columns (app/store/facts.py) last derived
BACKUP_DEVICE_KEY = "backup.device_key"
BACKUP_RECIPIENTS = "backup.recipients"
BACKUP_TRUSTED = "backup.trusted_signers"
BACKUP_LAST = "backup.last"
BACKUP_KEEP = "backup.keep"
BACKUP_REMIND_DAYS = "backup.remind_days"

# Never copied into a backup (the device key) or recomputed by the vault that holds them.
PRIVATE = frozenset({BACKUP_DEVICE_KEY, BACKUP_LAST, AUDIT_HEAD, FORMAT})
