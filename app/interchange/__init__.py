"""The documented JSON case format (docs/case-format.md): export cases, import them losslessly.

Export writes one UTF-8 JSON file, atomically and owner-only; attachments are embedded as
base64. Import parses and validates the whole file first, then saves everything in one vault
transaction, so bad input leaves the vault unchanged.
"""

from app.interchange.exporter import ExportResult, case_document, export_cases
from app.interchange.format import FORMAT_NAME, FORMAT_VERSION, SECTIONS, ParsedCase, ParsedDocument
from app.interchange.importer import ON_EXISTING, ImportResult, import_cases, parse_document

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ON_EXISTING",
    "SECTIONS",
    "ExportResult",
    "ImportResult",
    "ParsedCase",
    "ParsedDocument",
    "case_document",
    "export_cases",
    "import_cases",
    "parse_document",
]
