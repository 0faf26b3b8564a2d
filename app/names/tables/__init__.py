"""Transliteration tables, one module per script pair. They are data: each module holds plain
dicts (and tuples of rules) that app/names reads; tests/core/names check every rule."""
