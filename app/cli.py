"""The ``izdeu`` command line: a thin layer over ``app/`` (no Qt), see docs/cli.md.

Errors are one line on stderr (``izdeu: error: …``) with the exit code of the error class in
app/errors.py; no traceback is ever printed, because exception text can quote case data.

Other modules add commands through a small registry, without editing this file: a module
``app/<package>/cli.py`` (or one named in :data:`PLUGIN_MODULES`) is imported when the parser is
built and calls :func:`register` (a subcommand) or :func:`register_flag` (a global flag such as
``--self-test``)::

    from app.cli import CliContext, register

    @register("verify", help="verify a backup", configure=lambda p: p.add_argument("FILE"))
    def _verify(args: argparse.Namespace, ctx: CliContext) -> int:
        with ctx.open_store() as store:
            ...
        return 0
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import getpass
import importlib
import importlib.util
import json
import os
import pkgutil
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import app
from app.errors import (
    EXIT_INTEGRITY,
    EXIT_OK,
    EXIT_OTHER,
    CancelledError,
    InvalidInputError,
    IzdeuError,
    NotFoundError,
    UsageError,
)
from app.paths import Paths

__all__ = [
    "PROG",
    "JSON_VERSION",
    "Command",
    "GlobalFlag",
    "CliContext",
    "Handler",
    "register",
    "register_flag",
    "refuse_existing",
    "PLUGIN_MODULES",
    "commands",
    "build_parser",
    "main",
]

PROG = "izdeu"
JSON_VERSION = 1  # version of every --json output shape (docs/cli.md)
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace, "CliContext"], int]
Configure = Callable[[argparse.ArgumentParser], None]


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Configure
    run: Handler
    module: str = ""


@dataclass(frozen=True)
class GlobalFlag:
    flag: str  # e.g. "--self-test"
    help: str
    run: Handler


_COMMANDS: dict[str, Command] = {}
_FLAGS: dict[str, GlobalFlag] = {}


def _no_arguments(_parser: argparse.ArgumentParser) -> None:
    return None


def register(name: str, *, help: str, configure: Configure | None = None
             ) -> Callable[[Handler], Handler]:
    """Decorator: add subcommand ``name``; ``configure`` adds its arguments to its subparser.

    The handler gets the parsed arguments and a :class:`CliContext` and returns an exit code.
    """
    def decorate(run: Handler) -> Handler:
        if name in _COMMANDS and _COMMANDS[name].run is not run:
            raise ValueError(f"the command {name!r} is registered twice")
        _COMMANDS[name] = Command(name, help, configure or _no_arguments, run,
                                  getattr(run, "__module__", ""))
        return run
    return decorate


def register_flag(flag: str, *, help: str, run: Handler) -> None:
    """Add a global flag (``izdeu --self-test``) whose handler runs instead of a subcommand."""
    if not flag.startswith("--"):
        raise ValueError("global flags start with --")
    _FLAGS[flag] = GlobalFlag(flag, help, run)


def commands() -> dict[str, Command]:
    """The registered subcommands (built-in and from plugin modules) by name."""
    _load_plugins()
    return dict(_COMMANDS)


# --- context given to every handler ----------------------------------------------------------


def _getpass(prompt: str) -> str:
    """Ask on the terminal without echo (a seam for tests)."""
    try:
        with open("/dev/tty", "rb"):
            pass
        has_tty = True
    except OSError:
        has_tty = sys.stdin is not None and sys.stdin.isatty()
    if not has_tty:
        # getpass would fall back to reading stdin with the passphrase echoed.
        raise UsageError("no terminal to ask for the passphrase on; set IZDEU_PASSPHRASE "
                         "(and IZDEU_NEW_PASSPHRASE for a new one)")
    return getpass.getpass(prompt)


@dataclass
class CliContext:
    """What a command handler needs: paths, streams, passphrases, an open store."""

    vault_path: Path
    vault_given: bool = False  # --vault was on the command line
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    # output

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def warn(self, text: str) -> None:
        print(f"{PROG}: warning: {text}", file=self.err)

    def print_json(self, value: Any) -> None:
        encoding = (getattr(self.out, "encoding", None) or "utf-8").lower().replace("-", "")
        # Readable text in every script when the terminal can show it, \\u escapes otherwise;
        # either way the output is valid JSON.
        print(json.dumps(value, ensure_ascii=encoding != "utf8", indent=2), file=self.out)

    # passphrases

    def passphrase(self, prompt: str = "Passphrase: ") -> str:
        """The current passphrase: $IZDEU_PASSPHRASE, or asked without echo."""
        env = os.environ.get("IZDEU_PASSPHRASE")
        if env is not None:
            return env
        return self._ask(prompt)

    def new_passphrase(self, *, allow_current_env: bool = False) -> str:
        """A new passphrase: $IZDEU_NEW_PASSPHRASE, or asked twice without echo.

        ``allow_current_env`` also accepts $IZDEU_PASSPHRASE (for ``init`` and ``demo``, where
        there is no old one to confuse it with).
        """
        for name in ("IZDEU_NEW_PASSPHRASE", "IZDEU_PASSPHRASE") if allow_current_env else (
                "IZDEU_NEW_PASSPHRASE",):
            env = os.environ.get(name)
            if env is not None:
                return env
        first = self._ask("New passphrase: ")
        if first != self._ask("Repeat the new passphrase: "):
            raise InvalidInputError("the two passphrases differ; nothing was changed")
        return first

    @staticmethod
    def _ask(prompt: str) -> str:
        try:
            return _getpass(prompt)
        except EOFError:
            raise CancelledError("no passphrase given") from None

    # the vault

    def require_vault_file(self) -> Path:
        if not self.vault_path.exists():
            raise NotFoundError(f"no vault at {self.vault_path} (create one with `izdeu init` "
                                "or choose one with --vault)")
        return self.vault_path

    @contextlib.contextmanager
    def open_store(self) -> Iterator[Any]:
        """Open the vault (asking for its passphrase) and yield a Store; always closes it."""
        from app.store import Store
        from app.vault import Vault

        path = self.require_vault_file()
        vault = Vault.open(path, self.passphrase())
        try:
            yield Store(vault)
        finally:
            vault.close()


def refuse_existing(path: Path, *, force: bool = False, offer_force: bool = False) -> None:
    """Commands never overwrite a file unless told to (exit 7)."""
    if path.exists() and not force:
        raise InvalidInputError(f"{path} already exists; choose another name"
                                + (" or use --force" if offer_force else ""))


# --- parser and dispatch ---------------------------------------------------------------------

_PLUGINS_LOADED = False


# Modules known to register commands. Packages with a cli.py are also found by scanning app/,
# but a frozen build (PyInstaller) may not list its packages, and single-module plugins such as
# app/selftest.py are never scanned, so they are named here.
PLUGIN_MODULES: tuple[str, ...] = ("app.interchange.cli", "app.backup.cli", "app.dossier.cli",
                                   "app.merge.cli", "app.selftest")


def _plugin_candidates() -> list[str]:
    names = list(PLUGIN_MODULES)
    for info in pkgutil.iter_modules(app.__path__):
        if info.ispkg and f"app.{info.name}.cli" not in names:
            names.append(f"app.{info.name}.cli")
    return names


def _load_plugins() -> None:
    """Import the plugin modules that exist so they can register their commands."""
    global _PLUGINS_LOADED
    if _PLUGINS_LOADED:
        return
    _PLUGINS_LOADED = True
    for name in _plugin_candidates():
        try:
            if importlib.util.find_spec(name) is None:
                continue
        except ModuleNotFoundError:  # its package does not exist (yet)
            continue
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - one broken plugin must not break every command
            print(f"{PROG}: warning: the commands of {name} could not be loaded",
                  file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse with our error format (usage errors exit 2, as argparse's do)."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{PROG}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    _load_plugins()
    parser = _Parser(prog=PROG, description="Izdeu: encrypted intake of missing-person cases. "
                     "Without a command, the desktop app opens.")
    parser.add_argument("--version", action="version", version=f"{PROG} {app.__version__}")
    parser.add_argument("--vault", metavar="PATH", type=Path, default=None,
                        help="the vault file (default: the vault in the Izdeu data folder)")
    for flag in _FLAGS.values():
        parser.add_argument(flag.flag, action="store_true", help=flag.help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in _COMMANDS.values():
        child = sub.add_parser(command.name, help=command.help, description=command.help)
        command.configure(child)
        child.set_defaults(_handler=command.run)
    return parser


def _open_desktop(ctx: CliContext) -> int:
    if ctx.vault_given:
        ctx.warn("--vault is for the commands; the desktop app opens its last vault")
    try:
        module = importlib.import_module("ui.main")
    except Exception:  # noqa: BLE001 - any failure here means the same thing to the user
        raise IzdeuError("the desktop app is not available (is Izdeu installed with its user "
                         "interface?); see `izdeu --help` for the commands") from None
    result = module.main()
    return int(result or 0)


def _dispatch(args: argparse.Namespace, ctx: CliContext) -> int:
    for flag in _FLAGS.values():
        if getattr(args, flag.flag[2:].replace("-", "_"), False):
            return flag.run(args, ctx)
    handler = getattr(args, "_handler", None)
    if handler is None:
        return _open_desktop(ctx)
    return int(handler(args, ctx))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (the console script passes it to sys.exit)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            # A console or file in a legacy code page cannot show every script: escape what it
            # cannot show rather than fail half-way through the output.
            stream.reconfigure(errors="backslashreplace")
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_OTHER
    ctx = CliContext(args.vault or Paths.default().default_vault, vault_given=args.vault is not None)
    try:
        return _dispatch(args, ctx)
    except IzdeuError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `izdeu list | head`: the reader went away; nothing to report.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:  # noqa: BLE001 - the text of an unknown error may quote case data
        if os.environ.get("IZDEU_DEBUG") == "1":
            traceback.print_exc()
        print(f"{PROG}: error: an unexpected error occurred (details are not shown because they "
              "may contain case data; set IZDEU_DEBUG=1 to see them)", file=sys.stderr)
        return EXIT_OTHER

# --- built-in commands -----------------------------------------------------------------------
# export and import are registered by app/interchange/cli.py, through the same registry.


def _configure_init(p: argparse.ArgumentParser) -> None:
    p.epilog = "The new passphrase comes from $IZDEU_NEW_PASSPHRASE (or $IZDEU_PASSPHRASE) or is asked twice."


@register("init", help="create a new, empty vault", configure=_configure_init)
def _cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.vault import Vault

    refuse_existing(ctx.vault_path)
    Vault.create(ctx.vault_path, ctx.new_passphrase(allow_current_env=True)).close()
    ctx.print(f"created the vault {ctx.vault_path}")
    return EXIT_OK


def _configure_demo(p: argparse.ArgumentParser) -> None:
    from app.demo import DEFAULT_CASES, DEFAULT_SEED

    p.add_argument("--cases", type=int, default=DEFAULT_CASES, metavar="N",
                   help=f"how many cases (default {DEFAULT_CASES}; the first are hand-written)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    p.add_argument("--bulk", action="store_true",
                   help="lean generated cases without files, for benchmarks (fast)")
    p.add_argument("--testimonies", type=int, default=3, metavar="N",
                   help="testimonies per case with --bulk (default 3)")


@register("demo", help="create a vault of fictional demo cases (default: demo.izdeu in the data "
          "folder)", configure=_configure_demo)
def _cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from app import demo
    from app.store import Store
    from app.vault import Vault

    if args.cases < 1 or args.testimonies < 0:
        raise InvalidInputError("--cases must be at least 1 and --testimonies not negative")
    path = ctx.vault_path if ctx.vault_given else Paths.default().demo_vault
    refuse_existing(path)
    passphrase = ctx.new_passphrase(allow_current_env=True)
    if args.bulk:
        vault = Vault.create(path, passphrase)
        try:
            vault.set_meta("demo", "1")

            def progress(done: int, total: int) -> None:
                print(f"\r{done:,}/{total:,} cases", end="", file=ctx.err, flush=True)

            stats = demo.bulk_generate(Store(vault, actor="demo"), args.cases, seed=args.seed,
                                       testimonies_per_case=args.testimonies, progress=progress)
            print(file=ctx.err)
        finally:
            vault.close()
    else:
        stats = demo.create_demo_vault(path, passphrase, args.cases, seed=args.seed)
    ctx.print(f"created the demo vault {path}: {stats.cases} cases, {stats.testimonies} "
              f"testimonies, {stats.attachments} attachments (all fictional)")
    return EXIT_OK


def _row_json(row: Any) -> dict[str, Any]:
    return {"uuid": row.uuid, "case_number": row.case_number, "names": row.names,
            "status": row.status, "person_status": row.person_status,
            "disappeared": row.disappeared, "hometown": row.hometown, "updated": row.updated,
            "next_follow_up": row.next_follow_up}


def _configure_list(p: argparse.ArgumentParser) -> None:
    from app.model.records import CASE_STATUSES
    from app.store import SORT_KEYS

    p.add_argument("--json", action="store_true", help="machine-readable output (docs/cli.md)")
    p.add_argument("--status", choices=CASE_STATUSES)
    p.add_argument("--year", type=int, help="year of the disappearance")
    p.add_argument("--hometown", metavar="TEXT", help="part of the hometown (any level)")
    p.add_argument("--follow-up-due", action="store_true",
                   help="only cases with a follow-up due today or earlier")
    p.add_argument("--sort", choices=sorted(SORT_KEYS), default="case_number")
    p.add_argument("--descending", action="store_true")
    p.add_argument("--limit", type=int, default=0, metavar="N", help="at most N cases (0: all)")


@register("list", help="list cases", configure=_configure_list)
def _cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.store import CaseQuery

    query = CaseQuery(status=args.status, year=args.year, hometown=args.hometown,
                      follow_up_due=args.follow_up_due, sort=args.sort,
                      descending=args.descending)
    with ctx.open_store() as store:
        total = store.count_cases(query)
        limit = total if args.limit <= 0 else min(args.limit, total)
        rows = store.list_cases(query, 0, max(limit, 1))[:limit] if limit else []
    if args.json:
        ctx.print_json({"format": "izdeu-case-list", "version": JSON_VERSION, "total": total,
                        "cases": [_row_json(r) for r in rows]})
        return EXIT_OK
    for row in rows:
        # Names last: right-to-left names must not push the other columns around.
        follow = f"  follow-up {row.next_follow_up}" if row.next_follow_up else ""
        ctx.print(f"{row.case_number or '-':<14} {row.status:<9} {row.person_status:<20} "
                  f"{row.disappeared or '?':<10}{follow}  {row.names or '(no name)'}")
    ctx.print(f"{len(rows)} of {total} case(s)")
    return EXIT_OK


def _configure_show(p: argparse.ArgumentParser) -> None:
    p.add_argument("case", metavar="CASE", help="case number or UUID")
    p.add_argument("--json", action="store_true",
                   help="every record of the case as in the case format (docs/case-format.md)")


def _dates(label: str, value: Any) -> str:
    return f"{label}{value.iso()} ({value.display()})" if value.known else f"{label}unknown"


def _show_lines(bundle: Any) -> list[str]:
    from app.model.dates import PartialDate

    case, person = bundle.case, bundle.case.person
    out = [f"Case {case.case_number or '(no number)'}   {case.uuid}",
           f"Status: {case.status}, procedure {case.procedure}; person: {person.current_status}"]
    out.append("Names:")
    out += [f"  {n.script} ({n.kind}): {n.text}" for n in person.names] or ["  (none)"]
    details = [("Sex", person.sex), ("Born", person.birth_date.iso()),
               ("Ethnicity", person.ethnicity), ("Citizenship", ", ".join(person.citizenships)),
               ("Occupation", person.occupation), ("Hometown", person.hometown.display()),
               ("Lives in Kazakhstan", person.residence_kz),
               ("Disappeared", case.disappeared_on.iso()), ("Place", case.disappeared_place),
               ("Believed responsible", case.perpetrators), ("Remedies", case.remedies),
               ("Intake", case.intake_date.iso()), ("Interviewer", case.interviewer),
               ("Summary", case.summary)]
    out += [f"{label}: {value}" for label, value in details if value]
    for doc in person.id_documents:
        out.append(f"ID document: {doc.kind} {doc.number}"
                   + (" (confiscated)" if doc.confiscated else ""))
    if bundle.acts:
        out.append("Timeline:")
        for i, act in enumerate(bundle.acts, 1):
            span = act.date_from.iso() or "?"
            if act.date_to.known:
                span += f" – {act.date_to.iso()}"
            extra = "; ".join(x for x in (act.place, act.facility, act.agency, act.court,
                                          act.sentence) if x)
            out.append(f"  {i}. {span}  {act.kind}" + (f"  {extra}" if extra else ""))
    if bundle.witnesses:
        out.append("Witnesses:")
        for w in bundle.witnesses:
            consent = ", ".join(f"{g.scope}/{g.identity}" + ("+contact" if g.contact else "")
                                for g in w.consent) or "none"
            withdrawn = f"; CONSENT WITHDRAWN {w.consent_withdrawn.iso()}" if w.withdrawn else ""
            # The contact is the most sensitive field; human output only says it exists.
            contact = "; contact recorded (see --json)" if w.contact else ""
            out.append(f"  - {w.name or '(anonymous)'} ({w.relation or '?'}); consent: "
                       f"{consent}{withdrawn}{contact}   {w.uuid}")
    if bundle.testimonies:
        out.append("Testimonies:")
        for t in bundle.testimonies:
            langs = ", ".join(tr.language for tr in t.translations) or "none"
            out.append(f"  - {t.interview_date.iso() or '?'} [{t.language or '?'}] "
                       f"{len(t.original_text):,} characters; translations: {langs}   {t.uuid}")
            text = " ".join(t.original_text.split())
            if text:
                out.append(f"    {text[:300]}" + ("…" if len(text) > 300 else ""))
    if bundle.interventions:
        out.append("Interventions:")
        today = PartialDate.parse(_dt.date.today().isoformat())
        for iv in bundle.interventions:
            due = ""
            if iv.next_follow_up.known:
                late = (iv.next_follow_up.sort_key() or 0) <= (today.sort_key() or 0)
                due = f"; follow-up {iv.next_follow_up.iso()}" + (" (DUE)" if late else "")
            out.append(f"  - {iv.date.iso() or '?'} {iv.actor or '?'} → {iv.addressee or '?'} "
                       f"({iv.addressee_kind or '?'}); ref {iv.reference or '-'}{due}")
    if bundle.attachments:
        out.append("Attachments:")
        for a in bundle.attachments:
            out.append(f"  - {a.uuid}  {a.original_name}  {a.media_type}  {a.size:,} bytes  "
                       f"sha256 {a.sha256[:16]}…")
    if bundle.status_changes:
        out.append("Status history:")
        out += [f"  - {s.date.iso() or '?'}: {s.current_status}" for s in bundle.status_changes]
    return out


@register("show", help="show one case with everything it holds", configure=_configure_show)
def _cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.interchange import case_document

    with ctx.open_store() as store:
        bundle = store.load_case(store.find_case(args.case).uuid)
    if args.json:
        ctx.print_json({"format": "izdeu-case", "version": JSON_VERSION,
                        **case_document(bundle)})
    else:
        for line in _show_lines(bundle):
            ctx.print(line)
    return EXIT_OK


def _configure_search(p: argparse.ArgumentParser) -> None:
    from app.model.records import CASE_STATUSES

    p.add_argument("query", metavar="QUERY", help="words in any script; all must occur")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.add_argument("--status", choices=CASE_STATUSES)
    p.add_argument("--year", type=int)
    p.add_argument("--hometown", metavar="TEXT")


@register("search", help="full-text search in names, testimonies and notes",
          configure=_configure_search)
def _cmd_search(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.open_store() as store:
        hits = store.search(args.query, limit=max(args.limit, 1), status=args.status,
                            hometown=args.hometown, year=args.year)
        rows = {r.uuid: r for r in store.case_rows([h.case_uuid for h in hits])}
    if args.json:
        ctx.print_json({"format": "izdeu-search", "version": JSON_VERSION, "query": args.query,
                        "hits": [{"case_uuid": h.case_uuid,
                                  "case_number": rows[h.case_uuid].case_number
                                  if h.case_uuid in rows else "",
                                  "names": rows[h.case_uuid].names if h.case_uuid in rows else "",
                                  "rank": h.rank,
                                  "snippets": [{"field": s.field, "text": s.text,
                                                "highlights": [list(x) for x in s.highlights]}
                                               for s in h.snippets]} for h in hits]})
        return EXIT_OK
    for hit in hits:
        row = rows.get(hit.case_uuid)
        ctx.print(f"{row.case_number if row else hit.case_uuid}  {row.names if row else ''}")
        for snippet in hit.snippets:
            ctx.print(f"    {snippet.field}: {snippet.marked()}")
    ctx.print(f"{len(hits)} case(s) found")
    return EXIT_OK


def _configure_attach(p: argparse.ArgumentParser) -> None:
    p.add_argument("case", metavar="CASE", help="case number or UUID")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--description", default="", help="what the file is")
    p.add_argument("--handed-over-by", default="", help="who gave it")


@register("attach", help="store a file (photo, scan, recording) in a case",
          configure=_configure_attach)
def _cmd_attach(args: argparse.Namespace, ctx: CliContext) -> int:
    if not args.file.is_file():
        raise NotFoundError("cannot read that file")
    with ctx.open_store() as store:
        case = store.find_case(args.case)
        attachment = store.add_attachment_file(case.uuid, args.file,
                                               description=args.description,
                                               handed_over_by=args.handed_over_by)
    ctx.print(f"{attachment.uuid}  {attachment.size:,} bytes  sha256 {attachment.sha256}")
    return EXIT_OK


def _configure_export_attachment(p: argparse.ArgumentParser) -> None:
    p.add_argument("attachment", metavar="ATTACHMENT", help="attachment UUID (see `show`)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")


@register("export-attachment", help="write a copy of an attachment to a file (unencrypted)",
          configure=_configure_export_attachment)
def _cmd_export_attachment(args: argparse.Namespace, ctx: CliContext) -> int:
    refuse_existing(args.output, force=args.force, offer_force=True)
    with ctx.open_store() as store:
        store.export_attachment(args.attachment, args.output)
    ctx.print(f"wrote {args.output}")
    return EXIT_OK


@register("passwd", help="change the vault's passphrase")
def _cmd_passwd(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.vault import Vault

    vault = Vault.open(ctx.require_vault_file(), ctx.passphrase("Current passphrase: "))
    try:
        vault.change_passphrase(ctx.new_passphrase())
    finally:
        vault.close()
    ctx.print("the passphrase was changed")
    return EXIT_OK


@register("check", help="check encryption, structure and the audit log of the vault")
def _cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.open_store() as store:
        report = store.vault.check()
    for line in report.lines():
        ctx.print(line)
    return EXIT_OK if report.ok else EXIT_INTEGRITY
