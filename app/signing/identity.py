"""The organisation's signing identity: a private key and its X.509 certificate.

Made here (RSA 3072 with a self-issued certificate naming the organisation, valid ten years:
every PDF reader and poppler's ``pdfsig`` check RSA) or imported from a PKCS#12 file the
organisation already has. It is kept either inside the vault (``vault.py``, encrypted with the
vault) or in a PKCS#12 file protected by a passphrase (:func:`identity_to_pkcs12`). Serialised
key material passes through bytearrays that are zeroed once parsed.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.errors import InvalidInputError

__all__ = [
    "MAX_ORGANISATION",
    "SigningIdentity",
    "create_identity",
    "identity_from_pkcs12",
    "identity_to_pkcs12",
    "wipe",
]

MAX_ORGANISATION = 200  # characters; an X.509 name attribute is limited to 64, see _name
_VALID_YEARS = 10

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


@dataclass(frozen=True)
class SigningIdentity:
    key: PrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()  # issuers given with an imported certificate

    @property
    def organisation(self) -> str:
        """The signer as the certificate names it: its organisation, else its common name."""
        subject = self.certificate.subject
        for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
            values = subject.get_attributes_for_oid(oid)
            if values:
                return str(values[0].value)
        return subject.rfc4514_string()

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate (DER), as ``AB:CD:…``: what recipients compare."""
        return ":".join(f"{b:02X}" for b in self.certificate.fingerprint(hashes.SHA256()))

    def certificate_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def wipe(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))


def _name(organisation: str) -> x509.Name:
    # X.509 (RFC 5280) limits O and CN to 64 characters: a longer name is cut, not refused.
    short = organisation[:64]
    return x509.Name(
        [x509.NameAttribute(NameOID.ORGANIZATION_NAME, short), x509.NameAttribute(NameOID.COMMON_NAME, short)]
    )


def create_identity(organisation: str, *, now: _dt.datetime | None = None) -> SigningIdentity:
    """A new key pair and a self-issued certificate for ``organisation``."""
    organisation = " ".join(organisation.split())
    if not organisation or len(organisation) > MAX_ORGANISATION or not organisation.isprintable():
        raise InvalidInputError("signing.organisation_invalid", limit=MAX_ORGANISATION)
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    start = (now or _dt.datetime.now(_dt.UTC)).replace(microsecond=0) - _dt.timedelta(days=1)
    name = _name(organisation)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + _dt.timedelta(days=365 * _VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return SigningIdentity(key, certificate)


def identity_to_pkcs12(identity: SigningIdentity, passphrase: str | None) -> bytes:
    """The identity as PKCS#12; ``None``: unencrypted (only for storage inside the vault)."""
    if passphrase is not None and not passphrase:
        raise InvalidInputError("signing.passphrase_empty")
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase is not None
        else serialization.NoEncryption()
    )
    return pkcs12.serialize_key_and_certificates(
        b"izdeu-signing", identity.key, identity.certificate, list(identity.chain) or None, encryption
    )


def identity_from_pkcs12(data: bytes | bytearray, passphrase: str | None) -> SigningIdentity:
    """Read a PKCS#12 file's key and certificate; a wrong passphrase or a damaged file refuses."""
    secret = bytearray(passphrase.encode("utf-8")) if passphrase else None
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(
            bytes(data), bytes(secret) if secret is not None else None
        )
    except (ValueError, TypeError):
        raise InvalidInputError("signing.pkcs12_unreadable") from None
    finally:
        if secret is not None:
            wipe(secret)
    if certificate is None or not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise InvalidInputError("signing.pkcs12_no_key")
    spki = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    if certificate.public_key().public_bytes(*spki) != key.public_key().public_bytes(*spki):
        raise InvalidInputError("signing.pkcs12_no_key")
    return SigningIdentity(key, certificate, tuple(chain or ()))
