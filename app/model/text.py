"""Validation of text that goes into the vault.

Text must round-trip exactly (mixed RTL/LTR, combining marks, emoji), so it is never normalised
here; only what SQLite/UTF-8 cannot hold faithfully is refused.
"""

from __future__ import annotations

from app.errors import InvalidInputError

__all__ = ["check_text", "SHORT", "MEDIUM", "LONG"]

SHORT = 1_000  # names, numbers, places
MEDIUM = 20_000  # notes, descriptions
LONG = 5_000_000  # testimonies and translations


def check_text(value: object, field: str, limit: int = SHORT) -> str:
    """Return ``value`` unchanged if it is storable text, else raise InvalidInputError.

    The message names the field, never its content.
    """
    if not isinstance(value, str):
        raise InvalidInputError(f"{field}: expected text")
    if "\x00" in value:
        raise InvalidInputError(f"{field}: contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInputError(f"{field}: contains an invalid character (lone surrogate)") from None
    if len(value) > limit:
        raise InvalidInputError(f"{field}: too long ({len(value):,} characters; limit {limit:,})")
    return value
