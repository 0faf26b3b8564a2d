"""PAdES baseline B signatures on a finished PDF, with pyHanko.

The signature is an incremental update: the signed file is the original bytes followed by a
new revision holding an invisible signature field (a zero-size widget, which PDF/A allows
without an appearance) and the CMS signature (``ETSI.CAdES.detached``, SHA-256, the signing
certificate as a signed attribute). What a reader sees is drawn into the page by the dossier
itself before signing ("Signed by … certificate fingerprint …", in the dossier's language), so
it is shaped text in every script rather than a stamp in one font.
"""

from __future__ import annotations

import io

from app.signing.identity import SigningIdentity, wipe

__all__ = ["SIGNATURE_FIELD", "sign_pdf", "signing_producer"]

SIGNATURE_FIELD = "IzdeuSignature"


def signing_producer() -> str:
    """The producer a signed file ends with: pyHanko writes its own name into the XMP."""
    from pyhanko.pdf_utils.metadata.model import VENDOR

    return str(VENDOR)


def sign_pdf(pdf: bytes, identity: SigningIdentity, *, reason: str = "") -> bytes:
    """``pdf`` signed by ``identity``: the original bytes and one signed revision after them."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = bytearray(
        identity.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    try:
        key = asn1_keys.PrivateKeyInfo.load(bytes(der))
    finally:
        wipe(der)
    certificate = asn1_x509.Certificate.load(identity.certificate.public_bytes(serialization.Encoding.DER))
    chain = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in identity.chain]
    signer = signers.SimpleSigner(
        signing_cert=certificate,
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([certificate, *chain]),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        name=identity.organisation,
    )
    out = signers.sign_pdf(writer, metadata, signer=signer)
    return bytes(out.getvalue())
