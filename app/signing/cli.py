"""``izdeu signing``: the organisation's dossier signing identity (registered via app.cli).

    izdeu signing create --org NAME              # in the vault
    izdeu signing create --org NAME --file K.p12 # in a passphrase-protected PKCS#12 file
    izdeu signing import K.p12                   # an existing PKCS#12 into the vault
    izdeu signing show [--signing-key K.p12]
    izdeu signing cert -o org.pem [--signing-key K.p12]

The passphrase of a PKCS#12 file comes from $IZDEU_SIGNING_PASSPHRASE or is asked without echo.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import JSON_VERSION, CliContext, refuse_existing, register
from app.errors import EXIT_OK, InvalidInputError

if TYPE_CHECKING:
    from app.signing import SigningIdentity
    from app.store import Store

__all__ = ["load_identity", "signing_passphrase"]

PASSPHRASE_ENV = "IZDEU_SIGNING_PASSPHRASE"


def signing_passphrase(ctx: CliContext, *, new: bool = False) -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    first = ctx._ask("Signing key passphrase: ")
    if new and first != ctx._ask("Repeat the signing key passphrase: "):
        raise InvalidInputError("cli.two_passphrases_differ_nothing")
    return first


def load_identity(ctx: CliContext, key_file: Path | None, store: Store | None = None) -> SigningIdentity:
    """The identity of ``--signing-key FILE``, else the one kept in the vault (``store``)."""
    from app.signing import identity_from_file, vault_identity

    if key_file is not None:
        return identity_from_file(key_file, signing_passphrase(ctx))
    if store is not None:
        return vault_identity(store.vault)
    with ctx.open_store() as opened:
        return vault_identity(opened.vault)


def _configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="make a key pair and a self-issued certificate")
    create.add_argument("--org", required=True, metavar="NAME", help="the organisation (certificate subject)")
    create.add_argument(
        "--file",
        type=Path,
        metavar="FILE.p12",
        help="keep it in this protected file, not the vault",
    )
    create.add_argument("--force", action="store_true", help="replace the identity or file there already")
    imp = sub.add_parser("import", help="keep an existing PKCS#12 identity in the vault")
    imp.add_argument("file", type=Path, metavar="FILE.p12")
    imp.add_argument("--force", action="store_true", help="replace the identity already in the vault")
    for name, text in (
        ("show", "organisation, fingerprint and validity"),
        ("cert", "export the certificate"),
    ):
        q = sub.add_parser(name, help=text)
        q.add_argument("--signing-key", type=Path, metavar="FILE.p12", help="a key file instead of the vault")
        q.add_argument("--json", action="store_true", help="machine-readable output")
        if name == "cert":
            q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pem")
            q.add_argument("--force", action="store_true", help="replace an existing file")


@register("signing", help="the organisation's identity that signs dossiers", configure=_configure)
def _cmd_signing(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.fsutil import atomic_write_bytes
    from app.signing import (
        create_identity,
        has_identity,
        identity_to_file,
        import_identity,
        keep_identity,
    )

    identity: SigningIdentity
    if args.action == "create":
        if args.file is not None:
            refuse_existing(args.file, force=args.force, offer_force=True)
            identity = create_identity(args.org)
            identity_to_file(identity, args.file, signing_passphrase(ctx, new=True))
            ctx.print(f"wrote {args.file}")
        else:
            with ctx.open_store() as store:
                if has_identity(store.vault) and not args.force:
                    raise InvalidInputError("signing.identity_exists")
                identity = create_identity(args.org)
                keep_identity(store.vault, identity, how="created")
            ctx.print("the signing identity is kept in the vault")
    elif args.action == "import":
        phrase = signing_passphrase(ctx)
        with ctx.open_store() as store:
            if has_identity(store.vault) and not args.force:
                raise InvalidInputError("signing.identity_exists")
            identity = import_identity(store.vault, args.file, phrase)
        ctx.print("the signing identity is kept in the vault")
    else:
        identity = load_identity(ctx, args.signing_key)
        if args.action == "cert":
            refuse_existing(args.output, force=args.force, offer_force=True)
            atomic_write_bytes(args.output, identity.certificate_pem())
            if not args.json:
                ctx.print(f"wrote {args.output}")
        if getattr(args, "json", False):
            ctx.print_json(_describe(identity))
            return EXIT_OK
    info = _describe(identity)
    ctx.print(f"organisation {info['organisation']}")
    ctx.print(f"SHA-256 fingerprint {info['fingerprint']}")
    ctx.print(f"valid {info['valid_from']} to {info['valid_until']}")
    return EXIT_OK


def _describe(identity: SigningIdentity) -> dict[str, object]:
    certificate = identity.certificate
    return {
        "format": "izdeu-signing-identity",
        "version": JSON_VERSION,
        "organisation": identity.organisation,
        "fingerprint": identity.fingerprint,
        "valid_from": certificate.not_valid_before_utc.date().isoformat(),
        "valid_until": certificate.not_valid_after_utc.date().isoformat(),
    }
