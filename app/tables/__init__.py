"""Spreadsheets in and out: reading CSV/XLSX (sheet.py), the fields a column fills and header
guesses (columns.py), mapping files (mapping.py), cell values (values.py), rows into cases
(rows.py), the import (importer.py) and the export (exporter.py). docs/table-format.md."""
