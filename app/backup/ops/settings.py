"""Backup keys and settings kept inside the vault (its encrypted ``meta`` table).

* The device signing key (Ed25519) is made once, the first time it is needed, and never leaves
  the vault: it is not in any backup, so a restored vault signs with a new key of its own.
* The public keys (``age1…``) backups are encrypted to: headquarters, and the worker's own.
* The device keys whose backups this vault accepts for merging (headquarters' list of field
  laptops); the vault's own key is always trusted.
* When the last verified backup was made, for the "last backup is N days old" reminder.

Every change of a key list is written to the audit log (public keys and fingerprints only).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.backup.errors import BackupInputError
from app.backup.keys import (
    generate_signing_key,
    parse_recipient,
    public_key_bytes,
    signer_fingerprint,
    signing_key_from_bytes,
    signing_key_to_bytes,
)
from app.backup.reader import VerifyReport
from app.errors import IntegrityError
from app.store import audit as _audit
from app.store.listing import has_cases
from app.vault import Vault, metakeys

__all__ = [
    "META_DEVICE_KEY",
    "META_RECIPIENTS",
    "META_TRUSTED",
    "META_LAST_BACKUP",
    "META_KEEP",
    "META_REMIND_DAYS",
    "PRIVATE_META",
    "DEFAULT_KEEP",
    "DEFAULT_REMIND_DAYS",
    "TrustedSigner",
    "device_signing_key",
    "device_public_key",
    "device_fingerprint",
    "backup_recipients",
    "set_backup_recipients",
    "trusted_signers",
    "trusted_signer_keys",
    "trust_signer",
    "first_contact_label",
    "untrust_signer",
    "parse_public_key",
    "last_backup",
    "set_last_backup",
    "backup_age_days",
    "backup_due",
    "backup_keep",
    "set_backup_keep",
    "remind_days",
    "set_remind_days",
]

# The keys are declared in app/vault/metakeys.py; these names are this module's API.
META_DEVICE_KEY = metakeys.BACKUP_DEVICE_KEY
META_RECIPIENTS = metakeys.BACKUP_RECIPIENTS
META_TRUSTED = metakeys.BACKUP_TRUSTED
META_LAST_BACKUP = metakeys.BACKUP_LAST
META_KEEP = metakeys.BACKUP_KEEP
META_REMIND_DAYS = metakeys.BACKUP_REMIND_DAYS
PRIVATE_META = metakeys.PRIVATE

DEFAULT_KEEP = 10
DEFAULT_REMIND_DAYS = 7
_ACTOR = "backup settings"


@dataclass(frozen=True)
class TrustedSigner:
    public_key: bytes
    fingerprint: str
    label: str
    added: str


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _event(vault: Vault, action: str, detail: dict[str, object]) -> None:
    """An audit entry in the caller's transaction."""
    _audit.append_to(
        vault, actor=vault.meta(metakeys.OPERATOR) or _ACTOR, action=action, kind="backup", detail=detail
    )


# --- the device signing key -------------------------------------------------------------------


def device_signing_key(vault: Vault) -> Ed25519PrivateKey:
    """The vault's Ed25519 key; made and stored (in one transaction) the first time."""
    stored = vault.meta(META_DEVICE_KEY)
    if stored:
        try:
            return signing_key_from_bytes(base64.b64decode(stored, validate=True))
        except (binascii.Error, ValueError, BackupInputError):
            raise IntegrityError("backup.settings.signing_key_damaged") from None
    with vault.transaction():
        # Another call on this connection cannot interleave; re-read anyway inside the txn.
        stored = vault.meta(META_DEVICE_KEY)
        if stored:
            return signing_key_from_bytes(base64.b64decode(stored))
        key = generate_signing_key()
        vault.set_meta(META_DEVICE_KEY, base64.b64encode(signing_key_to_bytes(key)).decode())
        _event(vault, "device-key-created", {"fingerprint": signer_fingerprint(key)})
    return key


def device_public_key(vault: Vault) -> bytes:
    return public_key_bytes(device_signing_key(vault))


def device_fingerprint(vault: Vault) -> str:
    return signer_fingerprint(device_public_key(vault))


# --- recipients (who can open this vault's backups) -------------------------------------------


def backup_recipients(vault: Vault) -> list[str]:
    raw = vault.meta(META_RECIPIENTS)
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        raise IntegrityError("backup.settings.backup_keys_damaged") from None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise IntegrityError("backup.settings.backup_keys_damaged")
    return value


def set_backup_recipients(vault: Vault, recipients: list[str]) -> list[str]:
    """Replace the list of ``age1…`` keys backups are encrypted to (each one checked)."""
    cleaned = list(dict.fromkeys(r.strip() for r in recipients))
    for text in cleaned:
        parse_recipient(text)
    before = backup_recipients(vault)
    if cleaned == before:
        return cleaned
    with vault.transaction():
        vault.set_meta(META_RECIPIENTS, json.dumps(cleaned))
        _event(
            vault,
            "backup-keys-changed",
            {
                "added": [r for r in cleaned if r not in before],
                "removed": [r for r in before if r not in cleaned],
            },
        )
    return cleaned


# --- trusted signers (whose backups this vault accepts) ---------------------------------------


def parse_public_key(text: str) -> bytes:
    """A device public key as shown by ``izdeu backup-keys``: base64 of the raw 32 bytes."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise BackupInputError("backup.settings.device_public_key_base64")
    return raw


def trusted_signers(vault: Vault) -> list[TrustedSigner]:
    raw = vault.meta(META_TRUSTED)
    if not raw:
        return []
    try:
        items = json.loads(raw)
        out = []
        for item in items:
            public = base64.b64decode(item["public_key"], validate=True)
            out.append(
                TrustedSigner(
                    public, signer_fingerprint(public), str(item.get("label", "")), str(item.get("added", ""))
                )
            )
        return out
    except (ValueError, KeyError, TypeError, binascii.Error, BackupInputError):
        raise IntegrityError("backup.settings.trusted_keys_damaged") from None


def trusted_signer_keys(vault: Vault) -> list[bytes]:
    """Raw public keys accepted as backup signers: this vault's own plus the trusted list.

    Reading it never makes the device key (a failed merge must leave the vault unchanged); a
    vault without one has signed nothing.
    """
    own = [device_public_key(vault)] if vault.meta(META_DEVICE_KEY) else []
    return [*own, *(s.public_key for s in trusted_signers(vault))]


def first_contact_label(report: VerifyReport) -> str:
    """The label of a device trusted on first contact: which backup it was learnt from (the
    manifest's vault id and time are signed; nothing in it names a device)."""
    return f"first seen in a backup of vault {report.vault_id[:8]} made {report.created}"[:200]


def _store_trusted(vault: Vault, signers: list[TrustedSigner]) -> None:
    vault.set_meta(
        META_TRUSTED,
        json.dumps(
            [
                {"public_key": base64.b64encode(s.public_key).decode(), "label": s.label, "added": s.added}
                for s in signers
            ]
        ),
    )


def trust_signer(vault: Vault, public_key: bytes, label: str = "", *, in_transaction: bool = False) -> bool:
    """Add a device key to the trusted list; False if it was already trusted.

    ``in_transaction``: the caller holds the vault's transaction (a merge that trusts the key
    only if it succeeds).
    """
    public = public_key_bytes(public_key)
    current = trusted_signers(vault)
    if any(s.public_key == public for s in current):
        return False
    if len(label) > 200:
        raise BackupInputError("backup.settings.label_too_long")
    signer = TrustedSigner(public, signer_fingerprint(public), label, _now())

    def write() -> None:
        _store_trusted(vault, [*current, signer])
        _event(vault, "signer-trusted", {"fingerprint": signer.fingerprint, "label": label})

    if in_transaction:
        write()
    else:
        with vault.transaction():
            write()
    return True


def untrust_signer(vault: Vault, fingerprint: str) -> bool:
    wanted = fingerprint.replace(" ", "").lower()
    current = trusted_signers(vault)
    kept = [s for s in current if s.fingerprint.replace(" ", "") != wanted]
    if len(kept) == len(current):
        return False
    with vault.transaction():
        _store_trusted(vault, kept)
        _event(vault, "signer-untrusted", {"fingerprint": fingerprint})
    return True


# --- reminder and rotation settings -----------------------------------------------------------


def last_backup(vault: Vault) -> datetime | None:
    raw = vault.meta(META_LAST_BACKUP)
    if not raw:
        return None
    try:
        return datetime.strptime(raw, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def set_last_backup(vault: Vault, when: datetime | None = None) -> None:
    """Caller's transaction: recorded together with the audit entry of the backup."""
    stamp = (when or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    vault.set_meta(META_LAST_BACKUP, stamp)


def backup_age_days(vault: Vault, now: datetime | None = None) -> float | None:
    """Days since the last verified backup; None if there never was one."""
    last = last_backup(vault)
    if last is None:
        return None
    return max(0.0, ((now or datetime.now(UTC)) - last).total_seconds() / 86400)


def backup_due(vault: Vault, days: float | None = None, now: datetime | None = None) -> bool:
    """True when the last backup is older than ``days`` (default: the vault's setting), or
    when there never was one and the vault holds at least one case."""
    limit = remind_days(vault) if days is None else days
    age = backup_age_days(vault, now)
    if age is None:
        return has_cases(vault)
    return age >= limit


def _int_meta(vault: Vault, key: str, default: int) -> int:
    raw = vault.meta(key)
    return int(raw) if raw.isdigit() and int(raw) > 0 else default


def backup_keep(vault: Vault) -> int:
    return _int_meta(vault, META_KEEP, DEFAULT_KEEP)


def remind_days(vault: Vault) -> int:
    return _int_meta(vault, META_REMIND_DAYS, DEFAULT_REMIND_DAYS)


def _set_int(vault: Vault, key: str, value: int, refusal: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 10_000:
        raise BackupInputError(refusal)
    with vault.transaction():
        vault.set_meta(key, str(value))


def set_backup_keep(vault: Vault, keep: int) -> None:
    _set_int(vault, META_KEEP, keep, "backup.settings.keep_range")


def set_remind_days(vault: Vault, days: int) -> None:
    _set_int(vault, META_REMIND_DAYS, days, "backup.settings.remind_range")
