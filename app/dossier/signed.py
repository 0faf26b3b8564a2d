"""Signed dossiers: the note on the cover, then the organisation's PAdES signature.

The options of a dossier to be signed carry a :class:`~app.dossier.builder.SignatureNote`
(made by :func:`signature_options`) so the cover says who signs and with which certificate;
:func:`sign_dossier` then signs the rendered file. Rendering may run in a child process; the
signing key never goes there: signing happens where the identity was loaded.
"""

from __future__ import annotations

import dataclasses
import hashlib

from app.dossier.builder import Dossier, DossierOptions, SignatureNote
from app.dossier.labels import label
from app.signing import SigningIdentity, sign_pdf

__all__ = ["sign_dossier", "signature_options"]


def signature_options(options: DossierOptions, identity: SigningIdentity) -> DossierOptions:
    """``options`` with the cover note of ``identity``'s signature."""
    return dataclasses.replace(options, signature=SignatureNote(identity.organisation, identity.fingerprint))


def sign_dossier(dossier: Dossier, identity: SigningIdentity) -> Dossier:
    """The dossier signed: new bytes, so a new SHA-256 (the one to record and compare)."""
    pdf = sign_pdf(dossier.pdf, identity, reason=label("title", dossier.lang))
    return dataclasses.replace(
        dossier, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(), signer=identity.fingerprint
    )
