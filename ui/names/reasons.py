"""The reasons of a duplicate score (app/names/persons.py), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from app.names import PersonMatch, Reason

__all__ = ["reason_text", "match_text", "in_reading_order", "html_in_reading_order"]


def in_reading_order(text: str) -> str:
    """A sentence that may start with a Latin case number or name, set in the interface's
    direction: in Uyghur it would otherwise be laid out left to right, its words reordered."""
    return "\u200f" + text if QGuiApplication.isRightToLeft() else text


def html_in_reading_order(html: str) -> str:
    """The same for rich text (a label with links): the paragraphs take the interface's
    direction and side."""
    return f'<div dir="rtl" align="right">{html}</div>' if QGuiApplication.isRightToLeft() else html


def reason_text(reason: Reason) -> str:
    texts = {
        "name": QCoreApplication.translate("Duplicates", "names sound alike: {a} ≈ {b}"),
        "birth_same": QCoreApplication.translate("Duplicates", "same birth date {a}"),
        "birth_year_same": QCoreApplication.translate("Duplicates", "same birth year: {a} / {b}"),
        "birth_differs": QCoreApplication.translate("Duplicates", "birth dates differ: {a} / {b}"),
        "hometown_same": QCoreApplication.translate("Duplicates", "same hometown: {a} / {b}"),
        "id_same": QCoreApplication.translate("Duplicates", "same identity number {a}"),
        "id_differs": QCoreApplication.translate("Duplicates", "different identity numbers: {a} / {b}"),
        "sex_differs": QCoreApplication.translate("Duplicates", "sex differs: {a} / {b}"),
        "father_same": QCoreApplication.translate("Duplicates", "same father's name: {a} / {b}"),
        "father_differs": QCoreApplication.translate("Duplicates", "fathers' names differ: {a} / {b}"),
        "mother_same": QCoreApplication.translate("Duplicates", "same mother's name: {a} / {b}"),
        "mother_differs": QCoreApplication.translate("Duplicates", "mothers' names differ: {a} / {b}"),
    }
    # Names may be right-to-left: each is isolated so the sentence keeps its order.
    a, b = (f"\u2068{x}\u2069" for x in (reason.a, reason.b))
    return texts.get(reason.code, reason.code).format(a=a, b=b)


def match_text(match: PersonMatch) -> str:
    return "; ".join(reason_text(r) for r in match.reasons)
