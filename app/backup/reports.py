"""What reading a backup reports: progress, the verification report, an unknown signer, and
the manifest entries the two passes compare."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage

from app.backup.chain import Link

MODE_RECIPIENTS = "recipients"
MODE_PASSPHRASE = "passphrase"
PROGRESS_STEP = 1024 * 1024

IdentityLike = pyrage.x25519.Identity | str


@dataclass(frozen=True)
class BackupProgress:
    """Reported while writing or verifying. Totals are the caller's to know (it has the vault)."""

    phase: str  # "writing", "verifying" or "reading"
    bytes_done: int
    records: int
    attachments: int


ProgressCallback = Callable[[BackupProgress], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    mode: str  # MODE_RECIPIENTS or MODE_PASSPHRASE
    format_version: int
    vault_id: str
    created: str
    signer_fingerprint: str
    signer_public_key: bytes
    records: int
    attachments: int
    attachment_bytes: int
    file_size: int
    info: dict[str, Any] = field(default_factory=dict)
    # How the signer was accepted (app/backup/ops/trust.py): "trusted" when it is in the list.
    trust: str = "trusted"
    # Its place in a chain (version 2; None: a version-1 file, a full backup without a name)
    # and the SHA-256 of its exact manifest.json, which an increment on it names.
    link: Link | None = None
    manifest_sha256: str = ""

    @property
    def is_increment(self) -> bool:
        return self.link is not None and self.link.is_increment


@dataclass(frozen=True)
class SignerInfo:
    """A verified backup's signer that is not in the trusted list, for the trust decision.

    Everything here comes from a manifest whose signature was checked against ``public_key``:
    the fingerprint is computed from that key, never read from the file.
    """

    fingerprint: str
    public_key: bytes
    mode: str
    vault_id: str
    created: str


# Called once per read, after the complete verification, only for a signer outside the
# trusted list: True accepts it (see app/backup/ops/trust.py, the one place that decides).
AcceptSigner = Callable[[SignerInfo], bool]


@dataclass(frozen=True)
class Entry:
    name: str
    size: int
    sha256: str
