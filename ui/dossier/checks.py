"""What the dossier window says before a WGEID dossier is saved: missing minimum elements, and a
case the Working Group would not take (not an enforced disappearance in its sense)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.dossier.builder import Dossier

__all__ = ["element_names", "missing_text", "not_enforced_text"]


def element_names() -> dict[str, str]:
    return {
        "a": QCoreApplication.translate("DossierChecks", "(a) the person's name"),
        "b": QCoreApplication.translate(
            "DossierChecks", "(b) the date of disappearance (at least month and year)"
        ),
        "c": QCoreApplication.translate("DossierChecks", "(c) the place"),
        "d": QCoreApplication.translate("DossierChecks", "(d) who is believed responsible"),
        "e": QCoreApplication.translate(
            "DossierChecks", "(e) steps taken, or why remedies were not possible"
        ),
        "f": QCoreApplication.translate("DossierChecks", "(f) the submitting organisation"),
    }


def missing_text(dossier: Dossier) -> str:
    """One warning naming every missing or incomplete element; "" when all are present."""
    if not dossier.missing_elements:
        return ""
    names = element_names()
    listed = "; ".join(names[key] for key in dossier.missing_elements)
    return QCoreApplication.translate(
        "DossierChecks", "The Working Group needs six elements to transmit a case. Missing or incomplete: %1."
    ).replace("%1", listed)


def not_enforced_text(dossier: Dossier) -> str:
    if not dossier.not_enforced:
        return ""
    return QCoreApplication.translate(
        "DossierChecks",
        "As recorded, this case is not an enforced disappearance in the Working Group's sense "
        "(the person is not known to be deprived of liberty, e.g. only a passport was confiscated). "
        "A ministry or an NGO can act on it: consider the ministry profile.",
    )
