"""``izdeu dossier``: one case to a PDF, or every case into a folder (registered via app.cli)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import JSON_VERSION, CliContext, refuse_existing, register
from app.counts import count
from app.errors import EXIT_CANCELLED, EXIT_OK, EXIT_OTHER, UsageError

__all__: list[str] = []


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("case", nargs="?", metavar="CASE", help="case number or UUID")
    p.add_argument("--all", action="store_true", help="a dossier for every case, into folder -o")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT",
        help="the PDF file (one case) or the folder (--all)",
    )
    p.add_argument(
        "--profile",
        choices=("wgeid", "ministry", "public"),
        default="wgeid",
        help="recipient: UN WGEID, a ministry (covering letter first), or NGO/public "
        "(default wgeid); witness identities follow each witness's consent "
        "for that recipient",
    )
    p.add_argument(
        "--lang",
        choices=("en", "ru", "kk"),
        default="en",
        help="language of labels and letter (content is printed as recorded)",
    )
    p.add_argument(
        "--org",
        default="",
        metavar="NAME",
        help="the submitting organisation (cover, PDF author, WGEID element f)",
    )
    p.add_argument(
        "--addressee",
        default="",
        metavar="NAME",
        help="ministry profile: to whom the covering letter is addressed",
    )
    p.add_argument(
        "--sent-to",
        default="",
        metavar="NAME",
        help="also record the dossier as a step taken (intervention) sent to NAME",
    )
    p.add_argument(
        "--reference",
        default="",
        metavar="REF",
        help="with --sent-to: the reference number given by the recipient",
    )
    p.add_argument(
        "--summary",
        action="store_true",
        help="a one-page summary sheet per case (protest file, press briefing) instead of the dossier",
    )
    p.add_argument(
        "--sign",
        action="store_true",
        help="sign each dossier as the organisation (PAdES; the identity kept in the vault, "
        "see `izdeu signing`, or --signing-key)",
    )
    p.add_argument(
        "--signing-key",
        type=Path,
        metavar="FILE.p12",
        help="with --sign: a PKCS#12 key file (passphrase from $IZDEU_SIGNING_PASSPHRASE or asked)",
    )
    p.add_argument("--force", action="store_true", help="replace existing files")
    p.add_argument("--json", action="store_true", help="machine-readable output (docs/cli.md)")


@register(
    "dossier",
    help="make a PDF dossier of a case for the UN WGEID, a ministry or an NGO",
    configure=_configure,
)
def _cmd_dossier(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.dossier.batch import build_batch
    from app.dossier.builder import DossierOptions, make_dossier, write_dossier
    from app.dossier.record import record_dossier
    from app.dossier.signed import sign_dossier, signature_options
    from app.signing.cli import load_identity

    if args.all == bool(args.case):
        raise UsageError("dossier.cli.give_either_case_all")
    if args.all and args.sent_to:
        raise UsageError("dossier.cli.sent_records_one_dossier")
    if args.signing_key is not None and not args.sign:
        raise UsageError("dossier.cli.signing_key_without_sign")
    options = DossierOptions(
        profile=args.profile,
        lang=args.lang,
        organisation=args.org,
        addressee=args.addressee,
        sheet=args.summary,
    )
    # A key file is opened before the vault: a wrong passphrase costs nothing.
    identity = load_identity(ctx, args.signing_key) if args.signing_key is not None else None
    if not args.all:
        refuse_existing(args.output, force=args.force, offer_force=True)
        with ctx.open_store() as store:
            if args.sign and identity is None:
                identity = load_identity(ctx, None, store)
            if identity is not None:
                options = signature_options(options, identity)
            case = store.find_case(args.case)
            dossier = make_dossier(store, case.uuid, options)
            if identity is not None:
                dossier = sign_dossier(dossier, identity)
            write_dossier(dossier, args.output)
            record_dossier(
                store,
                dossier,
                addressee=args.sent_to,
                reference=args.reference,
                create_intervention=bool(args.sent_to),
                file_name=args.output.name,
            )
        if args.json:
            ctx.print_json(
                {
                    "format": "izdeu-dossier",
                    "version": JSON_VERSION,
                    "case_number": dossier.case_number,
                    "file": str(args.output),
                    "sha256": dossier.sha256,
                    "pages": dossier.pages,
                    "profile": dossier.profile,
                    "lang": dossier.lang,
                    "testimonies_included": dossier.testimonies_included,
                    "testimonies_excluded": dossier.testimonies_excluded,
                    "signer": dossier.signer or None,
                }
            )
        else:
            ctx.print(f"wrote {args.output} ({dossier.pages} pages)")
            ctx.print(f"SHA-256 {dossier.sha256}")
            if dossier.signer:
                ctx.print(f"signed, certificate fingerprint {dossier.signer}")
            if dossier.testimonies_excluded:
                ctx.print(f"{dossier.testimonies_excluded} testimony(ies) left out by consent")
        return EXIT_OK

    with ctx.open_store() as store:
        if args.sign and identity is None:
            identity = load_identity(ctx, None, store)
        # A case marked as a duplicate of another is the same person: one dossier, not two.
        uuids = [u for u in store.case_uuids() if not store.get_case(u).duplicate_of]
        duplicates = store.count_cases() - len(uuids)
        interactive = not args.json and sys.stderr.isatty()

        def progress(done: int, total: int, _number: str) -> None:
            if interactive:
                print(f"\r{done}/{total} dossiers", end="", file=ctx.err, flush=True)

        result = build_batch(
            store, uuids, args.output, options, progress=progress, overwrite=args.force, identity=identity
        )
        if interactive:
            print(file=ctx.err)
    if args.json:
        ctx.print_json(
            {
                "format": "izdeu-dossier-batch",
                "version": JSON_VERSION,
                "folder": str(args.output),
                "written": [{"file": p.name, "sha256": sha} for _, p, sha in result.written],
                "covering_list": result.covering_list.name if result.covering_list else None,
                "failed": [{"case_number": f.case_number, "reason": f.reason} for f in result.failed],
                "duplicates_left_out": duplicates,
            }
        )
    else:
        ctx.print(f"wrote {count(len(result.written), 'dossier')} to {args.output}")
        if result.covering_list is not None:
            ctx.print(f"covering list {result.covering_list.name}")
        if duplicates:
            ctx.print(f"left out {count(duplicates, 'case')} marked as a duplicate of another")
        for failure in result.failed:
            ctx.warn(f"case {failure.case_number or failure.case_uuid}: {failure.reason}")
    if result.cancelled:
        return EXIT_CANCELLED
    return EXIT_OTHER if result.failed else EXIT_OK
