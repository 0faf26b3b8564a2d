"""The built-in ``izdeu`` commands on a vault and its cases: init, demo, list, search, attach,
export-attachment, passwd, check (docs/cli.md). ``show`` is in app/cli_show.py, ``duplicates``
and ``decode-id`` in app/names/cli.py.

They register through the same registry as every other command (app/cli.py); export and import
are in app/interchange/cli.py, backups in app/backup/cli.py, dossiers in app/dossier/cli.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import JSON_VERSION, CliContext, refuse_existing, register
from app.counts import count
from app.errors import (
    EXIT_INTEGRITY,
    EXIT_OK,
    InvalidInputError,
    NotFoundError,
)
from app.paths import Paths

__all__: list[str] = []  # commands are reached through the registry only

# export and import are registered by app/interchange/cli.py, through the same registry.


def _strong_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--strong-kdf",
        action="store_true",
        help="stronger key derivation: Argon2id with 256 MiB (about 1-2 s to unlock) instead of 64 MiB",
    )


def _kdf_params(args: argparse.Namespace) -> Any:
    from app.vault import kdf

    return kdf.STRONG_PARAMS if args.strong_kdf else None


def _configure_init(p: argparse.ArgumentParser) -> None:
    p.epilog = "The new passphrase comes from $IZDEU_NEW_PASSPHRASE (or $IZDEU_PASSPHRASE) or is asked twice."
    _strong_flag(p)


@register("init", help="create a new, empty vault", configure=_configure_init)
def _cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.vault import Vault

    refuse_existing(ctx.vault_path)
    Vault.create(ctx.vault_path, ctx.new_passphrase(allow_current_env=True), params=_kdf_params(args)).close()
    ctx.print(f"created the vault {ctx.vault_path}")
    return EXIT_OK


def _configure_demo(p: argparse.ArgumentParser) -> None:
    from app.demo import DEFAULT_CASES, DEFAULT_SEED

    p.add_argument(
        "--cases",
        type=int,
        default=DEFAULT_CASES,
        metavar="N",
        help=f"how many cases (default {DEFAULT_CASES}; the first are hand-written)",
    )
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    p.add_argument(
        "--bulk", action="store_true", help="lean generated cases without files, for benchmarks (fast)"
    )
    p.add_argument(
        "--testimonies", type=int, default=3, metavar="N", help="testimonies per case with --bulk (default 3)"
    )


@register(
    "demo",
    help="create a vault of fictional demo cases (default: demo.izdeu in the data folder)",
    configure=_configure_demo,
)
def _cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from app import demo
    from app.store import Store
    from app.vault import Vault, metakeys

    if args.cases < 1 or args.testimonies < 0:
        raise InvalidInputError("commands.demo_counts")
    path = ctx.vault_path if ctx.vault_given else Paths.default().demo_vault
    refuse_existing(path)
    passphrase = ctx.new_passphrase(allow_current_env=True)
    if args.bulk:
        vault = Vault.create(path, passphrase)
        try:
            vault.set_meta(metakeys.DEMO, "1")

            def progress(done: int, total: int) -> None:
                print(f"\r{done:,}/{total:,} cases", end="", file=ctx.err, flush=True)

            stats = demo.bulk_generate(
                Store(vault, actor="demo"),
                args.cases,
                seed=args.seed,
                testimonies_per_case=args.testimonies,
                progress=progress,
            )
            print(file=ctx.err)
        finally:
            vault.close()
    else:
        stats = demo.create_demo_vault(path, passphrase, args.cases, seed=args.seed)
    ctx.print(
        f"created the demo vault {path}: {stats.cases} cases, {stats.testimonies} "
        f"testimonies, {stats.attachments} attachments (all fictional)"
    )
    return EXIT_OK


def row_json(row: Any) -> dict[str, Any]:
    return {
        "uuid": row.uuid,
        "case_number": row.case_number,
        "names": row.names,
        "status": row.status,
        "person_status": row.person_status,
        "disappeared": row.disappeared,
        "hometown": row.hometown,
        "updated": row.updated,
        "next_follow_up": row.next_follow_up,
    }


def _configure_list(p: argparse.ArgumentParser) -> None:
    from app.model.codes import CaseStatus
    from app.store import SORT_KEYS

    p.add_argument("--json", action="store_true", help="machine-readable output (docs/cli.md)")
    p.add_argument("--status", choices=[s.value for s in CaseStatus])
    p.add_argument("--year", type=int, help="year of the disappearance")
    p.add_argument("--hometown", metavar="TEXT", help="part of the hometown (any level)")
    p.add_argument(
        "--follow-up-due", action="store_true", help="only cases with a follow-up due today or earlier"
    )
    p.add_argument("--sort", choices=sorted(SORT_KEYS), default="case_number")
    p.add_argument("--descending", action="store_true")
    p.add_argument("--limit", type=int, default=0, metavar="N", help="at most N cases (0: all)")


@register("list", help="list cases", configure=_configure_list)
def _cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.store import CaseQuery

    query = CaseQuery(
        status=args.status,
        year=args.year,
        hometown=args.hometown,
        follow_up_due=args.follow_up_due,
        sort=args.sort,
        descending=args.descending,
    )
    with ctx.open_store() as store:
        total = store.count_cases(query)
        limit = total if args.limit <= 0 else min(args.limit, total)
        rows = store.list_cases(query, 0, max(limit, 1))[:limit] if limit else []
    if args.json:
        ctx.print_json(
            {
                "format": "izdeu-case-list",
                "version": JSON_VERSION,
                "total": total,
                "cases": [row_json(r) for r in rows],
            }
        )
        return EXIT_OK
    for row in rows:
        # Names last: right-to-left names must not push the other columns around.
        follow = f"  follow-up {row.next_follow_up}" if row.next_follow_up else ""
        ctx.print(
            f"{row.case_number or '-':<14} {row.status:<9} {row.person_status:<20} "
            f"{row.disappeared or '?':<10}{follow}  {row.names or '(no name)'}"
        )
    ctx.print(f"{len(rows)} of {count(total, 'case')}")
    return EXIT_OK


def _configure_search(p: argparse.ArgumentParser) -> None:
    from app.model.codes import CaseStatus

    p.add_argument("query", metavar="QUERY", help="words in any script; all must occur")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.add_argument("--status", choices=[s.value for s in CaseStatus])
    p.add_argument("--year", type=int)
    p.add_argument("--hometown", metavar="TEXT")


@register("search", help="full-text search in names, testimonies and notes", configure=_configure_search)
def _cmd_search(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.open_store() as store:
        hits = store.search(
            args.query, limit=max(args.limit, 1), status=args.status, hometown=args.hometown, year=args.year
        )
        rows = {r.uuid: r for r in store.case_rows([h.case_uuid for h in hits])}
    if args.json:
        ctx.print_json(
            {
                "format": "izdeu-search",
                "version": JSON_VERSION,
                "query": args.query,
                "hits": [
                    {
                        "case_uuid": h.case_uuid,
                        "case_number": rows[h.case_uuid].case_number if h.case_uuid in rows else "",
                        "names": rows[h.case_uuid].names if h.case_uuid in rows else "",
                        "rank": h.rank,
                        "snippets": [
                            {"field": s.field, "text": s.text, "highlights": [list(x) for x in s.highlights]}
                            for s in h.snippets
                        ],
                    }
                    for h in hits
                ],
            }
        )
        return EXIT_OK
    for hit in hits:
        row = rows.get(hit.case_uuid)
        ctx.print(f"{row.case_number if row else hit.case_uuid}  {row.names if row else ''}")
        for snippet in hit.snippets:
            ctx.print(f"    {snippet.field}: {snippet.marked()}")
    ctx.print(f"{count(len(hits), 'case')} found")
    return EXIT_OK


def _configure_attach(p: argparse.ArgumentParser) -> None:
    p.add_argument("case", metavar="CASE", help="case number or UUID")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--description", default="", help="what the file is")
    p.add_argument("--handed-over-by", default="", help="who gave it")


@register("attach", help="store a file (photo, scan, recording) in a case", configure=_configure_attach)
def _cmd_attach(args: argparse.Namespace, ctx: CliContext) -> int:
    if not args.file.is_file():
        raise NotFoundError("commands.cannot_read_file")
    with ctx.open_store() as store:
        case = store.find_case(args.case)
        attachment = store.add_attachment_file(
            case.uuid, args.file, description=args.description, handed_over_by=args.handed_over_by
        )
    ctx.print(f"{attachment.uuid}  {attachment.size:,} bytes  sha256 {attachment.sha256}")
    return EXIT_OK


def _configure_export_attachment(p: argparse.ArgumentParser) -> None:
    p.add_argument("attachment", metavar="ATTACHMENT", help="attachment UUID (see `show`)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument(
        "--strip-metadata",
        action="store_true",
        help="an image without its GPS position, camera, author, comments and "
        "thumbnails (the original in the vault is not changed)",
    )


@register(
    "export-attachment",
    help="write a copy of an attachment to a file (unencrypted)",
    configure=_configure_export_attachment,
)
def _cmd_export_attachment(args: argparse.Namespace, ctx: CliContext) -> int:
    refuse_existing(args.output, force=args.force, offer_force=True)
    with ctx.open_store() as store:
        store.export_attachment(args.attachment, args.output, strip_metadata=args.strip_metadata)
    ctx.print(f"wrote {args.output}" + (" (image metadata removed)" if args.strip_metadata else ""))
    return EXIT_OK


@register("passwd", help="change the vault's passphrase", configure=_strong_flag)
def _cmd_passwd(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.vault import Vault

    vault = Vault.open(ctx.require_vault_file(), ctx.passphrase("Current passphrase: "))
    try:
        vault.change_passphrase(ctx.new_passphrase(), params=_kdf_params(args))
    finally:
        vault.close()
    ctx.print("the passphrase was changed")
    return EXIT_OK


@register("check", help="check encryption, structure and the audit log of the vault")
def _cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.open_store() as store:
        report = store.check()
    for line in report.lines():
        ctx.print(line)
    return EXIT_OK if report.ok else EXIT_INTEGRITY
