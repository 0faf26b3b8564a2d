"""Display labels of the core's codes (statuses, scripts, act kinds…) in the interface language.

The wording is the one registry's (app/labels), looked up by the language the interface runs
in, so the interface, dossiers and CLI cannot drift apart and a code added to the model is
labelled in every language or a test fails.
"""

from __future__ import annotations

from enum import StrEnum

from app.labels import choices as registry_choices
from app.labels import coded_label as registry_coded_label
from app.labels import label as registry_label
from ui.i18n import current_language

__all__ = ["label", "coded_label", "choices"]


def label(enum: type[StrEnum], code: str) -> str:
    """The label of ``code`` in the current language; an unknown code is shown as it is."""
    return registry_label(enum, code, current_language())


def coded_label(enum: type[StrEnum], value: str) -> str:
    """A coded field's value (a code or ``other:`` words) in the current language."""
    return registry_coded_label(enum, value, current_language())


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, label) for every code of ``enum``, in declaration order."""
    return registry_choices(enum, current_language())
