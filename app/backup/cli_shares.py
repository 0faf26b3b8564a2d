"""The split organisation key on the command line: ``izdeu keygen --shares N --threshold K``
writes the shares (app/backup/cli.py calls :func:`write_shares`), ``izdeu recover-key``
rebuilds the key from K of them (files, or typed one per line)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pyrage

from app.backup.errors import BackupExistsError
from app.backup.keys import save_org_identity
from app.backup.shares import combine_shares
from app.backup.sharesheet import check_share_set, write_share_set
from app.backup.sheet_texts import SHEET_LANGUAGES
from app.cli import CliContext, register
from app.errors import EXIT_OK, InvalidInputError
from app.fsutil import atomic_write_bytes
from app.inputs import read_regular

__all__ = ["add_share_arguments", "check_share_arguments", "write_shares"]

_MAX_SHARE_FILE = 16 * 1024


def add_share_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--shares", type=int, metavar="N", help="also split the key into N printable shares")
    p.add_argument("--threshold", type=int, metavar="K", help="any K shares rebuild the key (with --shares)")
    p.add_argument(
        "--sheet-language",
        choices=SHEET_LANGUAGES,
        default="en",
        help="language of the printable share sheets, the trustees' (default: en)",
    )


def check_share_arguments(args: argparse.Namespace) -> None:
    if (args.shares is None) != (args.threshold is None):
        raise InvalidInputError("backup.shares.both_flags")
    if args.shares is not None:
        check_share_set(args.output, args.shares, args.threshold)


def write_shares(ctx: CliContext, args: argparse.Namespace, identity: pyrage.x25519.Identity) -> None:
    """One words file and one printable sheet per trustee, owner-only."""
    write_share_set(identity, args.output, args.shares, args.threshold, args.sheet_language)
    ctx.print(
        f"{args.shares} shares, any {args.threshold} of which rebuild the key: "
        f"{args.output.name}.share-1.pdf … share-{args.shares}.pdf (print one per trustee, "
        "then delete the files)"
    )


def _configure_recover_key(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-o", "--output", required=True, type=Path, metavar="NAME", help="new key file NAME and NAME.pub"
    )
    p.add_argument(
        "shares",
        nargs="*",
        type=Path,
        metavar="SHARE",
        help="share files; without them, type one share per line",
    )
    p.epilog = "The new key file's passphrase comes from $IZDEU_KEY_PASSPHRASE or is asked twice."


def _typed_shares(ctx: CliContext) -> list[str]:
    print("Type one share per line (its words separated by spaces); an empty line ends.", file=ctx.err)
    lines: list[str] = []
    for line in sys.stdin:
        if not line.strip():
            break
        lines.append(line)
    return lines


@register(
    "recover-key", help="rebuild the organisation key from K of its shares", configure=_configure_recover_key
)
def _cmd_recover_key(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.backup.cli import secret

    public_path = args.output.with_name(args.output.name + ".pub")
    for path in (args.output, public_path):
        if path.exists() or path.is_symlink():
            raise BackupExistsError("backup.cli.already_exists_key_files", path=str(path))
    if args.shares:
        texts = [read_regular(p, _MAX_SHARE_FILE, "key file").decode("utf-8", "replace") for p in args.shares]
    else:
        texts = _typed_shares(ctx)
    identity = combine_shares(texts)
    passphrase = secret(ctx, "IZDEU_KEY_PASSPHRASE", "Passphrase for the new key file: ", twice=True)
    public = save_org_identity(args.output, identity, passphrase)
    atomic_write_bytes(public_path, f"{public}\n".encode("ascii"))
    ctx.print(f"rebuilt the organisation key: {args.output} (public key {public_path})")
    ctx.print(public)
    if os.environ.get("IZDEU_KEY_PASSPHRASE") is None:
        ctx.print("keep the key file and its passphrase apart")
    return EXIT_OK
