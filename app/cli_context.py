"""What every ``izdeu`` command handler is given (:class:`CliContext`): the vault's path, the
output streams (every line through app/termsafe.py), passphrases from the environment or asked
without echo, and the vault opened and always closed; and the rule that a command never
overwrites a file unless told to."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from app.errors import CancelledError, InvalidInputError, NotFoundError, UsageError
from app.termsafe import json_terminal_safe, terminal_safe

__all__ = ["PROG", "CliContext", "refuse_existing"]

PROG = "izdeu"


def _getpass(prompt: str) -> str:
    """Ask on the terminal without echo (a seam for tests)."""
    try:
        # Only whether a terminal can be opened: getpass reads from it, never from a pipe.
        os.close(os.open("/dev/tty", os.O_RDONLY))
        has_tty = True
    except OSError:
        has_tty = sys.stdin is not None and sys.stdin.isatty()
    if not has_tty:
        # getpass would fall back to reading stdin with the passphrase echoed.
        raise UsageError("cli.terminal_ask_passphrase_set")
    return getpass.getpass(prompt)


@dataclass
class CliContext:
    """What a command handler needs: paths, streams, passphrases, an open store."""

    vault_path: Path
    vault_given: bool = False  # --vault was on the command line
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    # output

    # Every line a command prints goes through terminal_safe (app/termsafe.py): case data from
    # an old vault, or a path in a message, can never send the terminal a control sequence.

    def print(self, text: str = "") -> None:
        print(terminal_safe(text), file=self.out)

    def warn(self, text: str) -> None:
        print(terminal_safe(f"{PROG}: warning: {text}"), file=self.err)

    def print_json(self, value: Any) -> None:
        encoding = (getattr(self.out, "encoding", None) or "utf-8").lower().replace("-", "")
        # Readable text in every script when the terminal can show it, \\u escapes otherwise;
        # either way the output is valid JSON.
        print(json_terminal_safe(json.dumps(value, ensure_ascii=encoding != "utf8", indent=2)), file=self.out)

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
        for name in (
            ("IZDEU_NEW_PASSPHRASE", "IZDEU_PASSPHRASE") if allow_current_env else ("IZDEU_NEW_PASSPHRASE",)
        ):
            env = os.environ.get(name)
            if env is not None:
                return env
        first = self._ask("New passphrase: ")
        if first != self._ask("Repeat the new passphrase: "):
            raise InvalidInputError("cli.two_passphrases_differ_nothing")
        return first

    @staticmethod
    def _ask(prompt: str) -> str:
        try:
            return _getpass(prompt)
        except EOFError:
            raise CancelledError("cli.passphrase_given") from None

    # the vault

    def require_vault_file(self) -> Path:
        if not self.vault_path.exists():
            raise NotFoundError("cli.vault_create_one_izdeu", vault_path=str(self.vault_path))
        return self.vault_path

    @contextlib.contextmanager
    def open_store(self) -> Iterator[Any]:
        """Open the vault (asking for its passphrase) and yield a Store; always closes it."""
        from app.media.recovery import finish_left_recordings
        from app.store import Store
        from app.vault import Vault

        path = self.require_vault_file()
        vault = Vault.open(path, self.passphrase())
        try:
            store = Store(vault)
            finish_left_recordings(store)
            yield store
        finally:
            vault.close()


def refuse_existing(path: Path, *, force: bool = False, offer_force: bool = False) -> None:
    """Commands never overwrite a file unless told to (exit 7)."""
    if path.exists() and not force:
        raise InvalidInputError("cli.exists_force" if offer_force else "cli.exists", path=str(path))
