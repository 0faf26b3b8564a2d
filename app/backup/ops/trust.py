"""Who may have signed a backup: the ONE trust decision of restore, merge and verify.

A backup encrypted to the organisation's public keys can be made by anyone who has those
public keys (they are handed out to every laptop). What shows that a known device made it is
the Ed25519 signature inside. So a recipients-mode backup is used only when its signer is

* in the vault's trusted list (its own device key and the devices headquarters trusted), or
* pinned by the person running the operation: ``--signer FINGERPRINT|PUBLIC_KEY|KEYFILE``, or
* accepted by a person on first contact, after being shown the fingerprint (``ask``).

A passphrase backup proves who made it by the passphrase itself (only someone who knows it
could have written ``key.age``), so its signer is accepted, and the result says so.

Trust is always by the public key that verified the signature (or its fingerprint, computed
from that key): nothing the manifest *says* about a device name is looked at.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from app.backup.errors import BackupInputError
from app.backup.keys import public_key_bytes, signer_fingerprint
from app.backup.reader import MODE_PASSPHRASE, SignerInfo
from app.inputs import MAX_KEY_FILE, read_regular

__all__ = [
    "TRUSTED",
    "GIVEN",
    "ASKED",
    "BY_PASSPHRASE",
    "Ask",
    "SignerPolicy",
    "parse_signer",
    "device_key_file_text",
]

TRUSTED = "trusted"  # in the vault's list (or this vault's own key)
GIVEN = "given"  # pinned with --signer (a fingerprint or key a person compared)
ASKED = "asked"  # a person said yes to the fingerprint shown on first contact
BY_PASSPHRASE = "passphrase"  # a passphrase backup: the passphrase is the proof

Ask = Callable[[SignerInfo], bool]

_FINGERPRINT = re.compile(r"[0-9a-f]{32}")
_BAD_SIGNER = "backup.trust.bad_signer"


def _fingerprint_text(text: str) -> str | None:
    compact = text.replace(" ", "").lower()
    return compact if _FINGERPRINT.fullmatch(compact) else None


def _public_key_text(text: str) -> bytes | None:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def _key_from_file(path: Path) -> bytes:
    # Regular files only, bounded (app/inputs.py): a FIFO given as --signer must not hang.
    data = read_regular(path, MAX_KEY_FILE, "key file")
    try:
        lines = data.decode("ascii").splitlines()
    except UnicodeDecodeError:
        raise BackupInputError(_BAD_SIGNER) from None
    keys = set()
    for line in lines:
        line = line.strip()
        if line.startswith("#") or not line:
            continue
        if line.lower().startswith("public key:"):
            line = line.split(":", 1)[1].strip()
        raw = _public_key_text(line)
        if raw is None:
            raise BackupInputError(_BAD_SIGNER)
        keys.add(raw)
    if len(keys) != 1:
        raise BackupInputError(_BAD_SIGNER)
    return keys.pop()


def parse_signer(text: str) -> str | bytes:
    """``--signer``: a fingerprint (returned without spaces, lower case), or a public key as
    base64 or in a device key file (returned as its raw 32 bytes)."""
    if not isinstance(text, str) or not text.strip():
        raise BackupInputError(_BAD_SIGNER)
    fingerprint = _fingerprint_text(text)
    if fingerprint is not None:
        return fingerprint
    raw = _public_key_text(text)
    if raw is not None:
        return raw
    path = Path(text)
    if path.is_file():
        return _key_from_file(path)
    raise BackupInputError(_BAD_SIGNER)


def device_key_file_text(public_key: bytes, label: str = "") -> bytes:
    """A device key file (``izdeu devices --export``): what ``--signer KEYFILE`` reads."""
    lines = [
        "# Izdeu device signing key (public): give it to headquarters",
        f"# fingerprint: {signer_fingerprint(public_key)}",
    ]
    if label:
        lines.append(f"# device: {' '.join(label.split())[:100]}")
    lines.append(base64.b64encode(public_key_bytes(public_key)).decode("ascii"))
    return ("\n".join(lines) + "\n").encode("utf-8")


class SignerPolicy:
    """What the caller trusts, and after the read how the signer was accepted.

    Give ``accepts`` to the reader as its ``accept_signer``: it is asked only for a signer
    outside ``trusted``, once the backup is completely verified. ``learned`` is then the key a
    person vouched for (``--signer`` or a yes to ``ask``), which the caller remembers in a
    vault; a passphrase backup's signer is accepted but not remembered.
    """

    def __init__(
        self, trusted: Iterable[bytes] = (), *, signer: str | bytes | None = None, ask: Ask | None = None
    ) -> None:
        self.trusted = [public_key_bytes(k) for k in trusted]
        self.signer = parse_signer(signer) if isinstance(signer, str) else signer
        if isinstance(self.signer, bytes | bytearray):
            self.signer = public_key_bytes(bytes(self.signer))
        self.ask = ask
        self.verdict = TRUSTED
        self.learned: bytes | None = None

    def _pinned(self, info: SignerInfo) -> bool:
        if isinstance(self.signer, bytes):
            return self.signer == info.public_key
        return self.signer == info.fingerprint.replace(" ", "").lower()

    def accepts(self, info: SignerInfo) -> bool:
        if self.learned is not None and info.public_key == self.learned:
            return True  # vouched for already in this operation (the files of one chain)
        if self.signer is not None:
            # A person named the signer they expect: nothing else will do, whatever the mode.
            if not self._pinned(info):
                return False
            self.verdict, self.learned = GIVEN, info.public_key
            return True
        if info.mode == MODE_PASSPHRASE:
            self.verdict = BY_PASSPHRASE
            return True
        if self.ask is not None and self.ask(info):
            self.verdict, self.learned = ASKED, info.public_key
            return True
        return False
