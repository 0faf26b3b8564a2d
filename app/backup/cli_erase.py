"""``izdeu erase | duress | recovery | recover-vault``: erasing the vault, the duress passphrase
and headquarters recovery of a forgotten passphrase (docs/cli.md, docs/security.md).

* ``IZDEU_DURESS_PASSPHRASE``: the duress passphrase for ``duress --set`` (else asked twice).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli import CliContext, register
from app.errors import EXIT_OK, CancelledError, InvalidInputError, UsageError

__all__: list[str] = []

_CONFIRM = "erase"


def _configure_erase(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--yes-erase", action="store_true", help="do not ask to type the confirmation (for scripts)"
    )
    p.add_argument(
        "--accept-loss",
        action="store_true",
        help="erase even though changes are newer than the last verified backup (they are lost)",
    )


def _confirm(ctx: CliContext, what: str) -> None:
    if not (sys.stdin is not None and sys.stdin.isatty()):
        raise UsageError("vault.cli.erase_needs_terminal")
    print(f"{what}\nType {_CONFIRM!r} to erase it now: ", end="", file=ctx.err, flush=True)
    try:
        answer = sys.stdin.readline()
    except KeyboardInterrupt:
        answer = ""
    if answer.strip().lower() != _CONFIRM:
        raise CancelledError("vault.cli.erase_not_confirmed")


@register(
    "erase",
    help="erase this vault now (only when its last verified backup holds everything)",
    configure=_configure_erase,
)
def _cmd_erase(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.backup.ops.safety import erase_safety, erase_vault
    from app.store import Store
    from app.vault import Vault

    vault = Vault.open(ctx.require_vault_file(), ctx.passphrase())
    try:
        store = Store(vault)
        safety = erase_safety(store)
        if safety.loses_data:
            ctx.warn(
                f"{safety.cases} cases and {safety.testimonies} testimonies changed since the last "
                "verified backup to the organisation's keys"
                if safety.backed_up
                else "this vault has no verified backup to the organisation's keys: "
                "everything in it would be lost"
            )
            if not args.accept_loss:
                raise InvalidInputError("backup.safety.erase_would_lose_data")
        if not args.yes_erase:
            _confirm(ctx, f"This erases the vault {vault.path} and every file of it.")
        times = erase_vault(store, accept_loss=args.accept_loss)
    finally:
        vault.close()
    ctx.print(
        f"erased: the key was destroyed in {times.crypto_seconds:.2f} s; "
        f"{times.files} files overwritten and removed in {times.total_seconds:.2f} s"
    )
    return EXIT_OK


def _configure_duress(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--set", choices=("wrong", "decoy"), help="set the duress passphrase and what it does after erasing"
    )
    group.add_argument("--clear", action="store_true", help="remove the duress passphrase")
    p.add_argument(
        "--decoy", type=Path, metavar="VAULT", help="the decoy vault (opens with the duress passphrase)"
    )


@register("duress", help="show, set or remove the duress passphrase", configure=_configure_duress)
def _cmd_duress(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.vault import duress

    with ctx.open_store() as store:
        vault = store.vault
        if args.clear:
            duress.clear(vault)
        elif args.set:
            phrase = os.environ.get("IZDEU_DURESS_PASSPHRASE")
            if phrase is None:
                phrase = ctx._ask("Duress passphrase: ")
                if phrase != ctx._ask("Repeat the duress passphrase: "):
                    raise InvalidInputError("cli.two_passphrases_differ_nothing")
            duress.set_duress(vault, phrase, args.set, args.decoy)
        state = duress.state(vault)
    if not state.configured:
        ctx.print("duress passphrase: not set")
    else:
        then = "answers 'wrong passphrase'" if state.mode == "wrong" else f"opens the decoy {state.decoy}"
        ctx.print(f"duress passphrase: set; it erases the vault, then {then}")
        ctx.print(
            "armed: yes (the last verified backup holds every change)"
            if state.armed
            else "armed: not now (changes are newer than the last verified backup; it arms after one)"
        )
    return EXIT_OK


def _configure_recovery(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--on", action="store_true", help="write the recovery file for headquarters")
    group.add_argument("--off", action="store_true", help="remove the recovery file")


@register(
    "recovery",
    help="headquarters recovery of a forgotten passphrase (off by default)",
    configure=_configure_recovery,
)
def _cmd_recovery(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.backup import ops
    from app.vault import Vault, recovery

    passphrase = ctx.passphrase()
    vault = Vault.open(ctx.require_vault_file(), passphrase)
    try:
        if args.on:
            path = recovery.enable(vault, passphrase, ops.backup_recipients(vault))
            ctx.print(f"wrote {path}: the vault's key, encrypted to the organisation's backup keys")
        elif args.off:
            recovery.disable(vault)
        on = recovery.enabled(vault)
    finally:
        vault.close()
    ctx.print(f"headquarters recovery: {'on' if on else 'off'}")
    return EXIT_OK


def _configure_recover_vault(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--key",
        action="append",
        required=True,
        type=Path,
        metavar="FILE",
        help="the organisation's private key file",
    )
    p.epilog = "The vault's new passphrase comes from $IZDEU_NEW_PASSPHRASE or is asked twice."


@register(
    "recover-vault",
    help="headquarters: set a new passphrase on a vault with its recovery file",
    configure=_configure_recover_vault,
)
def _cmd_recover_vault(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.backup.cli import identities
    from app.vault import recovery

    keys = identities(ctx, args.key)
    vault = recovery.open_recovery(ctx.require_vault_file(), keys)
    try:
        vault.change_passphrase(ctx.new_passphrase())
    finally:
        vault.close()
    ctx.print("the vault's passphrase was reset; give the new one to the volunteer")
    return EXIT_OK
