"""The "Dossier…" dialog: preview, save, print and batch PDF dossiers (app.dossier)."""

from ui.dossier.dialog import DossierDialog

__all__ = ["DossierDialog"]
