"""Validation of text that goes into the vault.

Text must round-trip exactly (mixed RTL/LTR, combining marks, emoji), so it is never normalised
here; what is refused is what UTF-8/SQLite cannot hold faithfully and what can drive a terminal
or reorder text invisibly:

- every control character (Unicode category Cc: C0, DEL, C1 such as U+009B CSI, U+0085 NEL),
  except TAB and LF in multi-line fields;
- the line and paragraph separators U+2028/U+2029 in one-line fields;
- the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 everywhere: they
  reorder the text that follows them ("Trojan Source") and Unicode's own advice is not to store
  them in plain text;
- the bidi marks LRM, RLM and ALM (U+200E, U+200F, U+061C) in one-line fields, where a hidden
  mark would make two equal-looking names or case numbers differ; in multi-line text they are
  how a writer of Uyghur fixes a number or a Latin word at the end of a line, so they stay.

ZWNJ and ZWJ (U+200C, U+200D) are allowed everywhere: Uyghur and Persian shaping and emoji
sequences need them, and they do not reorder anything.
"""

from __future__ import annotations

import re

from app.errors import InvalidInputError

__all__ = ["check_text", "replace_forbidden", "SHORT", "MEDIUM", "LONG", "NAME"]

NAME = 200  # a person's name, a case number
SHORT = 500  # other one-line fields: places, agencies, languages
MEDIUM = 20_000  # notes, descriptions
LONG = 5_000_000  # testimonies and translations

# Category Cc is exactly U+0000–U+001F and U+007F–U+009F. One C-level regex search per string
# keeps a 5 MB testimony cheap to check.
_REORDERING = "\u202a-\u202e\u2066-\u2069"
_MULTILINE_BAD = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_REORDERING}]")
_ONE_LINE_BAD = re.compile(f"[\x00-\x1f\x7f-\x9f{_REORDERING}\u200e\u200f\u061c\u2028\u2029]")


def _describe(char: str, multiline: bool) -> str:
    """The message key naming what kind of character ``char`` is."""
    if "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069":
        return "model.text.bidi_control"
    if char in "\u200e\u200f\u061c":
        return "model.text.bidi_mark"
    if char in "\n\r\u2028\u2029\x85":
        return "model.text.line_break" if not multiline else "model.text.control"
    return "model.text.control"


def check_text(
    value: object, field: str, limit: int = SHORT, *, multiline: bool = False, stored: bool = False
) -> str:
    """Return ``value`` unchanged if it is storable text, else raise InvalidInputError.

    The message names the field, never its content. ``stored`` is for text a vault already
    held (a restored backup): only what every Izdeu version refused (no text, NUL, lone
    surrogates, more than LONG characters), so a backup made by an older version can always be
    restored; the CLI escapes what it prints (app/termsafe.py) and editing such a record asks
    for valid text.
    """
    if stored:
        limit, multiline = LONG, True
    if not isinstance(value, str):
        raise InvalidInputError("model.text.expected_text", field=field)
    if len(value) > limit:
        # Checked first: no character scan over a string that is refused anyway.
        raise InvalidInputError(
            "model.text.too_long_characters_limit", field=field, count=len(value), limit=limit
        )
    if "\x00" in value:
        raise InvalidInputError("model.text.contains_nul_character", field=field)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInputError("model.text.contains_invalid_character_lone", field=field) from None
    bad = None if stored else (_MULTILINE_BAD if multiline else _ONE_LINE_BAD).search(value)
    if bad is not None:
        raise InvalidInputError(_describe(bad.group(), multiline), field=field)
    return value


def replace_forbidden(value: str) -> str:
    """``value`` with every character a one-line field refuses replaced by U+FFFD.

    For text nobody typed, such as the name a handed-over file came with: keep what can be
    kept, visibly marked, rather than refuse the file.
    """
    return _ONE_LINE_BAD.sub("\ufffd", value)
