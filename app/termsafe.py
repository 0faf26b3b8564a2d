"""Text made safe for a terminal: what the CLI prints can never drive it.

The model refuses control and bidi characters in new data (app/model/text.py), but a vault may
hold older data, and a message may quote a path someone else chose. A terminal obeys ESC
sequences (clear the screen, rewrite the title, OSC 52 to set the clipboard), C1 controls
(U+009B is CSI on some terminals), CR and LF (forged lines), backspace; bidi overrides and
isolates reorder what follows them. Every CLI printer (app/cli.py) passes its text through
:func:`terminal_safe`, which writes each such character as a visible escape (``\\x1b``,
``\\u202e``) instead.
"""

from __future__ import annotations

import re

__all__ = ["terminal_safe", "json_terminal_safe"]

# Cc (C0, DEL, C1), the bidi embeddings/overrides/isolates and marks, the line and paragraph
# separators, and U+FEFF, which some terminals show as nothing at all.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
# In JSON output C0 characters are already escaped by json.dumps; the rest are legal raw in a
# JSON string, so \uXXXX keeps the output valid JSON that decodes to the same text.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every character that can control a terminal shown as an escape."""
    return _UNSAFE.sub(_escape, text)


def json_terminal_safe(text: str) -> str:
    """JSON text (from json.dumps) with such characters as ``\\uXXXX`` escapes, still valid
    JSON for the same values; the newlines of indented output are kept."""
    return _UNSAFE_IN_JSON.sub(_json_escape, text)
