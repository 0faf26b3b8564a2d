"""Reading and writing the case model: records, attachments, search and the audit log."""

from app.store.audit import AuditEntry
from app.store.casemerge import Difference
from app.store.conflicts import KEEP_CURRENT, TAKE_KEPT, OpenConflict
from app.store.links import RelatedCase
from app.store.prefs import INTERVIEW_LANGUAGES, VaultPrefs
from app.store.search import SearchHit, Snippet
from app.store.store import SORT_KEYS, TABLES, CaseBundle, CaseCommit, CaseQuery, CaseRow, Store

__all__ = [
    "AuditEntry",
    "CaseBundle",
    "CaseCommit",
    "CaseQuery",
    "CaseRow",
    "Difference",
    "INTERVIEW_LANGUAGES",
    "KEEP_CURRENT",
    "OpenConflict",
    "RelatedCase",
    "TAKE_KEPT",
    "SORT_KEYS",
    "SearchHit",
    "Snippet",
    "Store",
    "TABLES",
    "VaultPrefs",
]
