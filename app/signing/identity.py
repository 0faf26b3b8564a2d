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

from asn1crypto.pkcs12 import Pfx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.errors import InvalidInputError

__all__ = [
    "MAX_ORGANISATION",
    "SigningIdentity",
    "check_importable",
    "create_identity",
    "identity_from_pkcs12",
    "identity_to_pkcs12",
    "wipe",
]

MAX_ORGANISATION = 200  # characters; an X.509 name attribute is limited to 64, see _name
_VALID_YEARS = 10
_MIN_RSA_BITS = 2048
_CURVES = frozenset({"secp256r1", "secp384r1", "secp521r1"})

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


def _is_pkcs12(data: bytes) -> bool:
    """Whether ``data`` is a PKCS#12 structure (PFX v3 around a ContentInfo), whatever its
    password: what tells a wrong password from a file that is not PKCS#12 at all, which
    OpenSSL reports alike."""
    try:
        pfx = Pfx.load(data, strict=True)
        return bool(pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native)
    except (ValueError, TypeError, KeyError):
        return False


def _key_kind(key: object) -> str | None:
    """None for a key Izdeu signs with (RSA of 2048 bits or more, EC on a NIST curve: what
    poppler's pdfsig and every PDF reader verify); else a short name of the kind for the error."""
    if isinstance(key, rsa.RSAPrivateKey):
        return None if key.key_size >= _MIN_RSA_BITS else f"RSA {key.key_size}"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return None if key.curve.name in _CURVES else f"EC {key.curve.name}"
    return type(key).__name__.removesuffix("PrivateKey").lstrip("_") or "unknown"


def identity_from_pkcs12(data: bytes | bytearray, passphrase: str | bytearray | None) -> SigningIdentity:
    """Read a PKCS#12 file's key and certificate; each reason to refuse has its own message
    (not PKCS#12 or damaged, wrong password, no private key, a key of a kind Izdeu does not
    sign with, a key that is not the certificate's)."""
    if isinstance(passphrase, bytearray):
        secret = bytearray(passphrase) if passphrase else None
    else:
        secret = bytearray(passphrase.encode("utf-8")) if passphrase else None
    raw = bytes(data)
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(
            raw, bytes(secret) if secret is not None else None
        )
    except (ValueError, TypeError):
        if _is_pkcs12(raw):
            raise InvalidInputError("signing.pkcs12_wrong_password") from None
        raise InvalidInputError("signing.pkcs12_unreadable") from None
    finally:
        if secret is not None:
            wipe(secret)
    if certificate is None or key is None:
        raise InvalidInputError("signing.pkcs12_no_key")
    kind = _key_kind(key)
    if kind is not None or not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise InvalidInputError("signing.pkcs12_key_unsupported", kind=kind or "unknown")
    spki = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    if certificate.public_key().public_bytes(*spki) != key.public_key().public_bytes(*spki):
        raise InvalidInputError("signing.pkcs12_key_mismatch")
    return SigningIdentity(key, certificate, tuple(chain or ()))


def check_importable(identity: SigningIdentity, *, now: _dt.datetime | None = None) -> None:
    """Refuse to take on a certificate that is not valid today: every dossier signed with it
    would be reported invalid by the recipient's reader."""
    moment = now or _dt.datetime.now(_dt.UTC)
    certificate = identity.certificate
    if certificate.not_valid_after_utc < moment:
        raise InvalidInputError(
            "signing.pkcs12_expired", date=certificate.not_valid_after_utc.date().isoformat()
        )
    if certificate.not_valid_before_utc > moment:
        raise InvalidInputError(
            "signing.pkcs12_not_yet_valid", date=certificate.not_valid_before_utc.date().isoformat()
        )
