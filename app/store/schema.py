"""Which table holds which kind of record: the one place that maps the model onto tables."""

from __future__ import annotations

__all__ = ["TABLES", "CHILD_KINDS", "KIND_OF_TABLE", "case_column"]

TABLES: dict[str, str] = {
    "case": "cases",
    "status_change": "status_changes",
    "act": "acts",
    "witness": "witnesses",
    "testimony": "testimonies",
    "intervention": "interventions",
    "attachment": "attachments",
    "link": "case_links",
}
CHILD_KINDS = ("status_change", "act", "witness", "testimony", "intervention", "attachment", "link")
KIND_OF_TABLE = {table: kind for kind, table in TABLES.items()}


def case_column(kind: str) -> str:
    """The column naming a record's case: a case is its own."""
    return "uuid" if kind == "case" else "case_uuid"
