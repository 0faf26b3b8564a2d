"""Where the signing identity is kept: inside the vault, or in a passphrase-protected file.

In the vault it is one meta value (``metakeys.SIGNING_IDENTITY``): an unencrypted PKCS#12,
base64, protected by the vault's own encryption. It travels with the vault's backups (they are
encrypted to the backup recipients), so a headquarters laptop restored from a backup still signs
as the organisation. Making and importing it (which replaces the one kept) are audit events
(fingerprint only).
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from app.errors import IntegrityError, NotFoundError
from app.fsutil import atomic_write_bytes
from app.inputs import MAX_KEY_FILE, read_regular
from app.signing.identity import (
    SigningIdentity,
    check_importable,
    identity_from_pkcs12,
    identity_to_pkcs12,
    wipe,
)
from app.store import audit as _audit
from app.vault import Vault, metakeys

__all__ = [
    "has_identity",
    "identity_from_file",
    "identity_to_file",
    "import_identity",
    "keep_identity",
    "vault_identity",
]

_ACTOR = "signing"


def has_identity(vault: Vault) -> bool:
    return bool(vault.meta(metakeys.SIGNING_IDENTITY))


def vault_identity(vault: Vault) -> SigningIdentity:
    """The identity kept in the vault; NotFoundError when there is none."""
    stored = vault.meta(metakeys.SIGNING_IDENTITY)
    if not stored:
        raise NotFoundError("signing.no_identity")
    try:
        raw = bytearray(base64.b64decode(stored, validate=True))
    except (binascii.Error, ValueError):
        raise IntegrityError("signing.identity_damaged") from None
    try:
        return identity_from_pkcs12(raw, None)
    except Exception:  # noqa: BLE001 - whatever fails to parse, the stored value is damaged
        raise IntegrityError("signing.identity_damaged") from None
    finally:
        wipe(raw)


def keep_identity(vault: Vault, identity: SigningIdentity, *, how: str) -> None:
    """Store ``identity`` in the vault (replacing any), with an audit entry; ``how``: created/imported."""
    raw = bytearray(identity_to_pkcs12(identity, None))
    try:
        with vault.transaction():
            vault.set_meta(metakeys.SIGNING_IDENTITY, base64.b64encode(raw).decode("ascii"))
            _audit.append_to(
                vault,
                actor=vault.meta(metakeys.OPERATOR) or _ACTOR,
                action=f"signing-identity-{how}",
                kind="signing",
                detail={"fingerprint": identity.fingerprint},
            )
    finally:
        wipe(raw)


def identity_from_file(path: Path | str, passphrase: str | bytearray | None) -> SigningIdentity:
    """A PKCS#12 file (``.p12``/``.pfx``) given by the user."""
    raw = bytearray(read_regular(path, MAX_KEY_FILE, "key file"))
    try:
        return identity_from_pkcs12(raw, passphrase)
    finally:
        wipe(raw)


def import_identity(vault: Vault, path: Path | str, passphrase: str | bytearray | None) -> SigningIdentity:
    """The organisation's own PKCS#12 file taken into the vault (replacing any identity there),
    if its certificate is valid today; the caller has asked before replacing one."""
    identity = identity_from_file(path, passphrase)
    check_importable(identity)
    keep_identity(vault, identity, how="imported")
    return identity


def identity_to_file(identity: SigningIdentity, path: Path | str, passphrase: str) -> None:
    """Write the identity as a passphrase-protected PKCS#12 file (atomic, owner-only)."""
    raw = bytearray(identity_to_pkcs12(identity, passphrase))
    try:
        atomic_write_bytes(path, bytes(raw))
    finally:
        wipe(raw)
