"""Verify a backup against the signers a vault trusts (nothing is written but, when a person
vouched for a new signer, that signer in the vault's trusted list)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pyrage

from app.backup.chain import FULL, Link, Member, order_chain
from app.backup.ops import settings
from app.backup.ops.chainread import check_link
from app.backup.ops.common import progress_adapter
from app.backup.ops.trust import ASKED, GIVEN, Ask, SignerPolicy
from app.backup.reader import VerifyReport, verify_backup
from app.vault import Vault

__all__ = ["verify_chain", "verify_file", "verify_for_vault"]


def verify_file(
    path: Path | str,
    *,
    identities: Iterable[pyrage.x25519.Identity | str] | None = None,
    passphrase: str | None = None,
    trusted_signers: Iterable[bytes] = (),
    signer: str | bytes | None = None,
    ask: Ask | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> VerifyReport:
    """Check decryption, layout, every member's hash, counts and the signature.

    The signer must be accepted by :class:`~app.backup.ops.trust.SignerPolicy`: one of
    ``trusted_signers``, or ``signer`` (fingerprint or public key a person compared), or a yes
    from ``ask``; a passphrase backup's signer is accepted. ``report.trust`` says which.
    """
    policy = SignerPolicy(trusted_signers, signer=signer, ask=ask)
    ids = list(identities) if identities is not None else None
    report = verify_backup(
        path,
        identities=ids,
        passphrase=passphrase,
        trusted_signers=policy.trusted,
        accept_signer=policy.accepts,
        progress=progress_adapter(path, progress),
        cancel=cancel,
    )
    return dataclasses.replace(report, trust=policy.verdict)


def verify_for_vault(
    vault: Vault,
    path: Path | str,
    *,
    signer: str | bytes | None = None,
    ask: Ask | None = None,
    label: str = "",
    **open_args: Any,  # verify_file's keyword arguments (identities, passphrase, progress…)
) -> VerifyReport:
    """:func:`verify_file` against ``vault``'s trusted devices; a signer a person vouched for
    (``signer`` or ``ask``) is remembered in the vault once the backup verified."""
    report = verify_file(
        path, trusted_signers=settings.trusted_signer_keys(vault), signer=signer, ask=ask, **open_args
    )
    if report.trust in (GIVEN, ASKED):
        settings.trust_signer(vault, report.signer_public_key, label or settings.first_contact_label(report))
    return report


def verify_chain(
    paths: Sequence[Path | str],
    *,
    verify: Callable[[Path], VerifyReport],
) -> list[VerifyReport]:
    """Check every file with ``verify`` (one of the functions above, with its keys and
    signer decisions), then that together they form one chain: a full backup and its
    increments, each of the full one's vault and on exactly the manifest before it. The
    reports in chain order; BackupChainError (or ForgedLinkError) if they do not."""
    files = [Path(p) for p in paths]
    reports = [verify(path) for path in files]
    if len(reports) == 1:
        return reports
    members = [Member(r.link or Link(FULL, ""), path.name) for r, path in zip(reports, files, strict=True)]
    ordered = [(files[i], reports[i]) for i in order_chain(members)]
    for (_path, previous), (path, report) in zip(ordered, ordered[1:], strict=False):
        check_link(report, previous, path.name)
    return [report for _path, report in ordered]
