"""PDF dossiers: layout of multi-script text and the documents built from it.

Typical use (on the thread that owns the store)::

    from app.dossier import DossierOptions, make_dossier, record_dossier, write_dossier

    dossier = make_dossier(store, case_uuid, DossierOptions("wgeid", "en", "Org name"))
    write_dossier(dossier, "IZ-2018-0001.pdf")  # atomic
    record_dossier(store, dossier, addressee="UN WGEID", create_intervention=True)

Names are imported lazily: ``app.cli`` imports ``app.dossier.cli`` for every command, and
ReportLab, Pillow and HarfBuzz should load only when a dossier is actually made.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "BatchFailure",
    "BatchResult",
    "ConsentedCase",
    "Dossier",
    "DossierOptions",
    "DossierSource",
    "PROFILES",
    "PROFILE_SCOPE",
    "WitnessView",
    "build_batch",
    "build_dossier",
    "dossier_file_name",
    "filter_testimonies",
    "is_urgent",
    "load_source",
    "make_dossier",
    "minimum_elements",
    "record_dossier",
    "safe_file_stem",
    "sign_dossier",
    "signature_options",
    "witness_view",
    "write_dossier",
]

_WHERE = {
    "BatchFailure": "batch",
    "BatchResult": "batch",
    "build_batch": "batch",
    "dossier_file_name": "batch",
    "safe_file_stem": "batch",
    "ConsentedCase": "consent",
    "PROFILES": "consent",
    "PROFILE_SCOPE": "consent",
    "WitnessView": "consent",
    "filter_testimonies": "consent",
    "witness_view": "consent",
    "Dossier": "builder",
    "DossierOptions": "builder",
    "DossierSource": "builder",
    "build_dossier": "builder",
    "load_source": "builder",
    "make_dossier": "builder",
    "write_dossier": "builder",
    "is_urgent": "wgeid",
    "minimum_elements": "wgeid",
    "record_dossier": "record",
    "sign_dossier": "signed",
    "signature_options": "signed",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'app.dossier' has no attribute {name!r}")
    return getattr(importlib.import_module(f"app.dossier.{module}"), name)


def __dir__() -> list[str]:
    return sorted(__all__)
