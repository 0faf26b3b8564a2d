"""Keys used by backups.

* Organisation key pair (headquarters, or a worker's own): an age X25519 identity. The public
  half is the short ``age1…`` text given to every device; the private half is written as an
  age-keygen style identity file, itself age-encrypted with a passphrase, so the standard
  ``age -d -i key-file.age`` can use it directly (age asks for the passphrase).
* Device signing key: Ed25519 (``cryptography``). Serialised as its raw 32 bytes so the vault
  can store it in its own encrypted database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from app.backup.errors import (
    BackupExistsError,
    BackupInputError,
    KeyFilePassphraseError,
    NotABackupError,
    storage_error_for,
)
from app.errors import NotFoundError, WeakPassphraseError
from app.fsutil import atomic_writer
from app.inputs import open_regular

__all__ = [
    "AGE_MAGIC",
    "SignerKey",
    "keygen",
    "save_org_identity",
    "generate_org_key",
    "load_org_identity",
    "parse_identity",
    "parse_recipient",
    "recipients_from",
    "identity_file_text",
    "generate_signing_key",
    "signing_key_to_bytes",
    "signing_key_from_bytes",
    "public_key_bytes",
    "public_key_from_bytes",
    "signer_fingerprint",
    "verify_signature",
    "trusted_key_set",
]

AGE_MAGIC = b"age-encryption.org/v1\n"
_SECRET_PREFIX = "AGE-SECRET-KEY-1"
# Identity files are a few hundred bytes; refuse to load something huge by mistake.
_MAX_KEY_FILE = 64 * 1024

SignerKey = Ed25519PublicKey | bytes


def _require_passphrase(passphrase: str) -> None:
    if not isinstance(passphrase, str) or not passphrase.strip():
        raise WeakPassphraseError("backup.keys.passphrase_must_empty")


def identity_file_text(identity: pyrage.x25519.Identity, *, comment: str | None = None) -> bytes:
    """The identity in age-keygen's file layout, which every age implementation reads."""
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [f"# created: {created}", f"# public key: {identity.to_public()}"]
    if comment:
        lines.append(f"# {comment}")
    lines.append(str(identity))
    return ("\n".join(lines) + "\n").encode("ascii")


def parse_identity(text: str | bytes) -> pyrage.x25519.Identity:
    """Read an ``AGE-SECRET-KEY-1…`` string or an age-keygen style identity file."""
    if isinstance(text, bytes):
        try:
            text = text.decode("ascii")
        except UnicodeDecodeError:
            raise BackupInputError("backup.keys.age_identity_secret_key") from None
    keys = [ln.strip() for ln in text.splitlines() if ln.strip().startswith(_SECRET_PREFIX)]
    if len(keys) != 1:
        raise BackupInputError("backup.keys.age_identity_secret_key")
    try:
        return pyrage.x25519.Identity.from_str(keys[0])
    except pyrage.IdentityError:
        raise BackupInputError("backup.keys.valid_age_identity_secret") from None


def parse_recipient(text: str) -> pyrage.x25519.Recipient:
    """Parse an ``age1…`` public key as given by a user or a configuration file."""
    if not isinstance(text, str) or not text.strip().startswith("age1"):
        raise BackupInputError("backup.keys.valid_age_public_key")
    try:
        return pyrage.x25519.Recipient.from_str(text.strip())
    except pyrage.RecipientError:
        raise BackupInputError("backup.keys.valid_age_public_key") from None


def generate_org_key(passphrase: str) -> tuple[str, bytes]:
    """Return ``(public key "age1…", passphrase-encrypted identity file bytes)``."""
    _require_passphrase(passphrase)
    identity = pyrage.x25519.Identity.generate()
    plain = identity_file_text(identity, comment="Izdeu organisation key")
    try:
        encrypted = pyrage.passphrase.encrypt(plain, passphrase)
    except pyrage.EncryptError:
        raise BackupInputError("backup.keys.key_could_encrypted") from None
    return str(identity.to_public()), encrypted


def save_org_identity(private_key_path: Path | str, identity: pyrage.x25519.Identity, passphrase: str) -> str:
    """Write ``identity`` (e.g. rebuilt from shares) as a protected key file; return ``age1…``."""
    _require_passphrase(passphrase)
    target = Path(private_key_path)
    if target.exists() or target.is_symlink():
        raise BackupExistsError("backup.keys.key_file_name_already")
    plain = identity_file_text(identity, comment="Izdeu organisation key")
    try:
        encrypted = pyrage.passphrase.encrypt(plain, passphrase)
    except pyrage.EncryptError:
        raise BackupInputError("backup.keys.key_could_encrypted") from None
    try:
        with atomic_writer(target) as fh:
            fh.write(encrypted)
    except OSError as exc:
        raise storage_error_for(exc) from None
    return str(identity.to_public())


def keygen(private_key_path: Path | str, passphrase: str) -> str:
    """Create an organisation key pair; write the protected private key; return ``age1…``.

    The private key file is written atomically, owner-only, and never over an existing file
    (losing an organisation key makes every backup made for it unreadable).
    """
    target = Path(private_key_path)
    if target.exists() or target.is_symlink():
        raise BackupExistsError("backup.keys.key_file_name_already")
    public, encrypted = generate_org_key(passphrase)
    try:
        with atomic_writer(target) as fh:
            fh.write(encrypted)
    except OSError as exc:
        raise storage_error_for(exc) from None
    return public


def load_org_identity(source: Path | str | bytes, passphrase: str) -> pyrage.x25519.Identity:
    """Open a private key file written by :func:`keygen` (or by ``age -p`` of a key file)."""
    if isinstance(source, bytes):
        data = source
    else:
        with open_regular(source, None, "key file") as fh:
            data = fh.read(_MAX_KEY_FILE + 1)
    if len(data) > _MAX_KEY_FILE or not data.startswith(AGE_MAGIC):
        raise NotABackupError("backup.keys.izdeu_key_file")
    try:
        plain = pyrage.passphrase.decrypt(data, passphrase)
    except pyrage.DecryptError:
        raise KeyFilePassphraseError() from None
    return parse_identity(plain)


def generate_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def signing_key_to_bytes(key: Ed25519PrivateKey) -> bytes:
    """Raw 32-byte seed: the vault stores it inside its own encryption."""
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def signing_key_from_bytes(data: bytes) -> Ed25519PrivateKey:
    if not isinstance(data, bytes | bytearray) or len(data) != 32:
        raise BackupInputError("backup.keys.device_signing_key")
    return Ed25519PrivateKey.from_private_bytes(bytes(data))


def public_key_bytes(key: Ed25519PrivateKey | Ed25519PublicKey | bytes) -> bytes:
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    if isinstance(key, Ed25519PublicKey):
        return key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    if isinstance(key, bytes | bytearray) and len(key) == 32:
        return bytes(key)
    raise BackupInputError("backup.keys.ed25519_public_key")


def public_key_from_bytes(data: bytes) -> Ed25519PublicKey:
    if len(data) != 32:
        raise BackupInputError("backup.keys.ed25519_public_key")
    return Ed25519PublicKey.from_public_bytes(bytes(data))


def signer_fingerprint(key: Ed25519PrivateKey | Ed25519PublicKey | bytes) -> str:
    """Short human-comparable id of a device key: 128 bits of SHA-256, in groups of four."""
    digest = hashlib.sha256(public_key_bytes(key)).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def verify_signature(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    try:
        public_key_from_bytes(public_raw).verify(signature, message)
    except (InvalidSignature, ValueError, BackupInputError):
        return False
    return True


def trusted_key_set(keys: Iterable[SignerKey]) -> frozenset[bytes]:
    return frozenset(public_key_bytes(k) for k in keys)


_MAX_KEY_TEXT = 64 * 1024


def recipients_from(arg: str) -> list[str]:
    """An ``age1…`` key, or a file of them (``NAME.pub`` from keygen, one per line;
    an age-keygen identity file's ``# public key:`` line counts too)."""
    text = arg.strip()
    if text.startswith("age1"):
        parse_recipient(text)
        return [text]
    path = Path(arg)
    try:
        with open_regular(path, None, "key file") as fh:
            data = fh.read(_MAX_KEY_TEXT + 1)
    except NotFoundError:
        raise NotFoundError("backup.keys.key_file_give_age1", arg=arg) from None
    if data.startswith(AGE_MAGIC):
        raise BackupInputError("backup.keys.protected_private_key_file")
    try:
        lines = data.decode("ascii").splitlines()
    except UnicodeDecodeError:
        raise BackupInputError("backup.keys.key_file_holds_age1") from None
    found = []
    for line in lines:
        line = line.strip()
        if line.startswith("# public key:"):
            line = line.split(":", 1)[1].strip()
        if line.startswith("age1"):
            parse_recipient(line)
            found.append(line)
    if not found:
        raise BackupInputError("backup.keys.key_file_holds_age1")
    return found
