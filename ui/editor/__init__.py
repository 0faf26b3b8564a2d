"""The case editor, one section per part of a case."""
