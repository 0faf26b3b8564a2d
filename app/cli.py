"""The ``izdeu`` command line: a thin layer over ``app/`` (no Qt), see docs/cli.md.

Errors are one line on stderr (``izdeu: error: …``) with the exit code of the error class in
app/errors.py; no traceback is ever printed, because exception text can quote case data.

The commands live in the modules listed in :data:`COMMAND_MODULES`, in that order; there is
no other way in (no scanning of packages, and importing a module registers nothing: the parser
collects, from each listed module, the functions marked with :func:`register` (a subcommand) or
:func:`register_flag` (a global flag such as ``--self-test``))::

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
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import app
from app.cli_context import PROG, CliContext, refuse_existing
from app.errors import (
    EXIT_OK,
    EXIT_OTHER,
    IzdeuError,
)
from app.paths import Paths
from app.termsafe import terminal_safe

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
    "COMMAND_MODULES",
    "commands",
    "build_parser",
    "main",
]

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


# The attribute :func:`register` and :func:`register_flag` set on a handler.
_MARK = "izdeu_cli"

# Filled from COMMAND_MODULES the first time the parser is built (tests may add to them).
_COMMANDS: dict[str, Command] = {}
_FLAGS: dict[str, GlobalFlag] = {}


def _no_arguments(_parser: argparse.ArgumentParser) -> None:
    return None


def register(name: str, *, help: str, configure: Configure | None = None) -> Callable[[Handler], Handler]:
    """Decorator: mark ``run`` as subcommand ``name``; ``configure`` adds its arguments.

    The handler gets the parsed arguments and a :class:`CliContext` and returns an exit code.
    The command exists once its module is listed in :data:`COMMAND_MODULES`.
    """

    def decorate(run: Handler) -> Handler:
        setattr(
            run, _MARK, Command(name, help, configure or _no_arguments, run, getattr(run, "__module__", ""))
        )
        return run

    return decorate


def register_flag(flag: str, *, help: str) -> Callable[[Handler], Handler]:
    """Decorator: mark ``run`` as a global flag (``izdeu --self-test``) run instead of a command."""
    if not flag.startswith("--"):
        raise ValueError("global flags start with --")

    def decorate(run: Handler) -> Handler:
        setattr(run, _MARK, GlobalFlag(flag, help, run))
        return run

    return decorate


def commands() -> dict[str, Command]:
    """The subcommands of the modules in :data:`COMMAND_MODULES`, by name, in help order."""
    _load_commands()
    return dict(_COMMANDS)


def collect(modules: Iterable[ModuleType]) -> tuple[dict[str, Command], dict[str, GlobalFlag]]:
    """The commands and flags marked in ``modules`` (their own functions, in source order)."""
    found: dict[str, Command] = {}
    flags: dict[str, GlobalFlag] = {}
    for module in modules:
        for value in vars(module).values():
            item = getattr(value, _MARK, None)
            if getattr(value, "__module__", None) != module.__name__:
                continue  # imported from elsewhere: counted where it is defined
            if isinstance(item, Command):
                if item.name in found:
                    raise ValueError(f"the command {item.name!r} is defined twice")
                found[item.name] = item
            elif isinstance(item, GlobalFlag):
                flags[item.flag] = item
    return found, flags


# --- parser and dispatch ---------------------------------------------------------------------

# Every module that defines commands, in the order of `izdeu --help`. A module not listed here
# has no commands, whatever it marks; a frozen build (PyInstaller) bundles these by name.
COMMAND_MODULES: tuple[str, ...] = (
    "app.commands",
    "app.cli_show",
    "app.cli_cases",
    "app.interchange.cli",
    "app.names.cli",
    "app.tables.cli",
    "app.stats.cli",
    "app.backup.cli_trust",
    "app.backup.cli",
    "app.backup.cli_restore",
    "app.backup.cli_merge",
    "app.backup.cli_shares",
    "app.backup.cli_erase",
    "app.dossier.cli",
    "app.signing.cli",
    "app.selftest",
)

_LOADED = False


def _load_commands() -> None:
    global _LOADED
    if _LOADED:
        return
    _LOADED = True
    modules: list[ModuleType] = []
    for name in COMMAND_MODULES:
        try:
            modules.append(importlib.import_module(name))
        except Exception:  # noqa: BLE001 - one broken module must not break every command
            print(f"{PROG}: warning: the commands of {name} could not be loaded", file=sys.stderr)
    found, flags = collect(modules)
    _COMMANDS.update(found)
    _FLAGS.update(flags)


class _Parser(argparse.ArgumentParser):
    """argparse with our error format (usage errors exit 2, as argparse's do)."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        # argparse quotes the argument it refuses: escape it like every other output.
        self.exit(2, terminal_safe(f"{PROG}: error: {message}") + "\n")


def build_parser() -> argparse.ArgumentParser:
    _load_commands()
    parser = _Parser(
        prog=PROG,
        description="Izdeu: encrypted intake of missing-person cases. "
        "Without a command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {app.__version__}")
    parser.add_argument(
        "--vault",
        metavar="PATH",
        type=Path,
        default=None,
        help="the vault file (default: the vault in the Izdeu data folder)",
    )
    for flag in _FLAGS.values():
        parser.add_argument(flag.flag, action="store_true", help=flag.help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in _COMMANDS.values():
        child = sub.add_parser(command.name, help=command.help, description=command.help)
        command.configure(child)
        child.set_defaults(_handler=command.run)
    return parser


def _open_desktop(ctx: CliContext) -> int:
    try:
        module = importlib.import_module("ui.main")
    except Exception:  # noqa: BLE001 - any failure here means the same thing to the user
        raise IzdeuError("cli.desktop_app_available_izdeu") from None
    # With --vault FILE the app opens the unlock window for that file.
    result = module.main(vault=ctx.vault_path) if ctx.vault_given else module.main()
    return int(result or 0)


def _touched_folders(args: argparse.Namespace, ctx: CliContext) -> list[Path]:
    """The vault's folder and the folder of every path argument (output, input, new vault)."""
    paths: list[Path] = [ctx.vault_path]
    for value in vars(args).values():
        items = value if isinstance(value, list) else [value]
        paths += [item for item in items if isinstance(item, Path)]
    folders: list[Path] = []
    for path in paths:
        folder = path if path.is_dir() else path.parent
        if folder.is_dir() and folder not in folders:
            folders.append(folder)
    return folders


def _dispatch(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.tempfiles import sweep

    # Before anything is written: what a killed export, backup or restore left behind in these
    # folders goes now (securely for plaintext); temporaries of live processes stay.
    for folder in _touched_folders(args, ctx):
        sweep(folder)
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
        print(terminal_safe(f"{PROG}: error: {exc}"), file=sys.stderr)
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
        print(
            f"{PROG}: error: an unexpected error occurred (details are not shown because they "
            "may contain case data; set IZDEU_DEBUG=1 to see them)",
            file=sys.stderr,
        )
        return EXIT_OTHER
