"""The "Dossier…" dialog: preview, save, print and batch PDF dossiers (app.dossier)."""

from ui.dossier.dialog import DossierDialog, Submit

__all__ = ["DossierDialog", "Submit"]
