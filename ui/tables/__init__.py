"""Spreadsheet windows: import with its column mapping, export of the case list."""
