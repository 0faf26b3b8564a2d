"""The organisation's signing identity and signed PDF dossiers (PAdES baseline B, pyHanko).

    from app.signing import create_identity, keep_identity, vault_identity, sign_pdf

    keep_identity(store.vault, create_identity("Org name"), how="created")
    signed = sign_pdf(pdf_bytes, vault_identity(store.vault))

Nothing here knows what a case is; ``app.dossier`` draws the visible note and calls
:func:`sign_pdf` on the finished file.
"""

from app.signing.identity import (
    SigningIdentity,
    create_identity,
    identity_from_pkcs12,
    identity_to_pkcs12,
)
from app.signing.kept import (
    has_identity,
    identity_from_file,
    identity_to_file,
    import_identity,
    keep_identity,
    vault_identity,
)
from app.signing.pdf import SIGNATURE_FIELD, sign_pdf, signing_producer

__all__ = [
    "SIGNATURE_FIELD",
    "SigningIdentity",
    "create_identity",
    "has_identity",
    "identity_from_file",
    "identity_from_pkcs12",
    "identity_to_file",
    "identity_to_pkcs12",
    "import_identity",
    "keep_identity",
    "sign_pdf",
    "signing_producer",
    "vault_identity",
]
