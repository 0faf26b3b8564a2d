"""The case list: lazily paged table, filters and full-text search."""
