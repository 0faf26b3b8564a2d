"""``izdeu --self-test``: prove on this computer that Izdeu's parts work together (no Qt).

In a throw-away folder it creates a vault with the real key derivation, adds a fictional case
with names in every script, attaches an image made on the spot, builds a dossier, makes and
verifies a backup, then deletes everything. One line per step, ``PASS`` or ``FAIL`` with the
reason; the exit code is 0 only when every step passed. A step whose part of Izdeu is missing
fails and says so: nothing is skipped or pretended.

Everything it writes stays in its temporary folder, which is removed at the end (also after a
failure). It never touches the user's own vault, settings or backups. All data is fictional.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import re
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, TypeVar

from app.cli import register_flag
from app.errors import EXIT_OK, EXIT_OTHER, IzdeuError
from app.fsutil import make_private_dir
from app.termsafe import terminal_safe

__all__ = ["STEPS", "StepResult", "SelfTest", "run_self_test"]

# Fictional names (one invented person), one per script the app supports.
NAMES: tuple[tuple[str, str], ...] = (
    ("Сәуле Нұрланқызы Әбдіхалықова", "kk-Cyrl"),
    ("Säule Nurlanqyzy Äbdıhalyqova", "kk-Latn"),
    ("سەۋلە نۇرلانقىزى ئابدىخالىقوۋا", "ug-Arab"),
    ("赛吾列·努尔兰克孜", "zh-Hans"),
    ("Сауле Нурлановна Абдыхаликова", "ru"),
)
# What the search step looks for, one query per script.
QUERIES: tuple[str, ...] = ("Нұрланқызы", "Nurlanqyzy", "نۇرلانقىزى", "努尔兰", "Нурлановна")

# Font names that must be embedded in the dossier PDF for the names above to show.
DOSSIER_FONTS: tuple[str, ...] = ("NotoSans-Regular", "NotoSansArabic", "WenQuanYi")

_T = TypeVar("_T")

STEPS: tuple[str, ...] = (
    "resources",
    "vault",
    "case",
    "search",
    "attachment",
    "recording",
    "dossier",
    "backup",
    "restore",
    "delete",
    "cleanup",
)


@dataclass
class StepResult:
    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'}  {self.name:<10} {self.detail} ({self.seconds:.2f} s)"


class StepFailed(Exception):
    """A step's own, readable reason for failing."""


@dataclass
class _State:
    folder: Path
    passphrase: str
    vault: Any = None
    store: Any = None
    case_uuid: str = ""
    attachment_uuid: str = ""
    image_sha256: str = ""
    headquarters: Any = None
    backup: Path | None = None


class SelfTest:
    """Runs the steps in order; a step that needs an earlier one fails when that one failed."""

    def __init__(self, folder: Path, out: TextIO | None = None) -> None:
        self.state = _State(folder=folder, passphrase="selftest " + secrets.token_urlsafe(18))
        self.out = out
        self.results: list[StepResult] = []

    # --- the steps -------------------------------------------------------------------------

    def step_resources(self) -> str:
        from app.paths import RESOURCES

        fonts = sorted(p.name for p in (RESOURCES / "fonts").glob("*.tt[fc]"))
        if not fonts:
            raise StepFailed(f"no fonts in {RESOURCES / 'fonts'}")
        licences = [
            p for p in (RESOURCES / "fonts").iterdir() if p.suffix == ".txt" or p.name.startswith("OFL")
        ]
        if not licences:
            raise StepFailed("the fonts' licences are missing")
        icons = list((RESOURCES / "icons").glob("izdeu.*")) if (RESOURCES / "icons").is_dir() else []
        translations = (
            sorted(p.stem for p in (RESOURCES / "translations").glob("*.qm"))
            if (RESOURCES / "translations").is_dir()
            else []
        )
        return (
            f"{len(fonts)} fonts with licences, {len(icons)} icon files, "
            f"translations: {', '.join(translations) or 'none compiled'}"
        )

    def step_vault(self) -> str:
        from app.store.integrity import check
        from app.vault import Vault

        path = self.state.folder / "selftest.izdeu"
        Vault.create(path, self.state.passphrase).close()
        # A throwaway vault: no guard in the person's data folder (app/vault/guard.py).
        vault = Vault.open(path, self.state.passphrase, guarded=False)
        self.state.vault = vault
        version = vault.cipher_version()
        if not check(vault).ok:
            raise StepFailed("the new vault failed its integrity check")
        with open(path, "rb") as fh:
            head = fh.read(4096)
        if b"SQLite format 3" in head:
            raise StepFailed("the vault file is not encrypted")
        return f"created, locked and unlocked (Argon2id key, SQLCipher {version})"

    def step_case(self) -> str:
        from app.model import Case, ConsentGrant, Hometown, Name, PartialDate, Person, Testimony, Witness
        from app.store import Store

        self._need("vault", self.state.vault)
        store = Store(self.state.vault, actor="self-test")
        self.state.store = store
        case = Case(
            case_number=store.next_case_number(),
            interviewer="Self-test",
            summary="Fictional case made by the self-test.",
            person=Person(
                names=[Name(text, script) for text, script in NAMES],
                sex="female",
                birth_date=PartialDate.parse("1984"),
                hometown=Hometown(prefecture="Ili", county="Ghulja", village="Fictional"),
            ),
            disappeared_on=PartialDate.parse("2018-03"),
        )
        store.save(case)
        witness = Witness(
            case_uuid=case.uuid,
            name="Айгүл (fictional)",
            relation="sister",
            consent=[ConsentGrant(scope, "full") for scope in ("store", "wgeid")],
            consent_how="oral",
            consent_date=PartialDate.parse("2026-01-15"),
        )
        store.save(witness)
        store.save(
            Testimony(
                case_uuid=case.uuid,
                witness_uuid=witness.uuid,
                language="kk",
                original_text="Әпкем 2018 жылы жоғалып кетті. (fictional)",
            )
        )
        self.state.case_uuid = case.uuid
        loaded = store.get_case(case.uuid)
        got = {(n.text, n.script) for n in loaded.person.names}
        if got != set(NAMES):
            raise StepFailed("the names read back differ from the names saved")
        return f"saved and read back a case with {len(NAMES)} names in 5 scripts, a witness, a testimony"

    def step_search(self) -> str:
        self._need("case", self.state.case_uuid)
        missing = [
            q
            for q in QUERIES
            if self.state.case_uuid not in {h.case_uuid for h in self.state.store.search(q)}
        ]
        if missing:
            raise StepFailed(f"{len(missing)} of {len(QUERIES)} scripts not found by search")
        return f"found the case by a name in each of {len(QUERIES)} scripts"

    def step_attachment(self) -> str:
        self._need("case", self.state.case_uuid)
        from app.demo.files import photo_png

        data = photo_png("ST", size=(240, 160))
        self.state.image_sha256 = hashlib.sha256(data).hexdigest()
        attachment = self.state.store.add_attachment(
            self.state.case_uuid, io.BytesIO(data), "selftest-photo.png"
        )
        self.state.attachment_uuid = attachment.uuid
        case = self.state.store.get_case(self.state.case_uuid)
        case.person.photo_attachment = attachment.uuid
        self.state.store.save(case)
        back = self.state.store.attachment_bytes(attachment.uuid)
        if hashlib.sha256(back).hexdigest() != self.state.image_sha256:
            raise StepFailed("the image read back differs from the image stored")
        from PIL import Image

        with Image.open(io.BytesIO(back)) as image:
            size = image.size
        return (
            f"stored and read back a {size[0]}x{size[1]} PNG ({len(data):,} bytes, "
            f"{attachment.media_type}) as the person's photo"
        )

    def step_recording(self) -> str:
        self._need("case", self.state.case_uuid)
        from app.media.check import record_tone

        result = record_tone(self.state.store, self.state.case_uuid)
        if not result.hash_matches:
            raise StepFailed("the recording read back differs from the bytes stored")
        if not result.ok:
            raise StepFailed(
                f"a {result.seconds:.1f} s tone decoded to {result.decoded_seconds:.2f} s "
                f"(recorded as {result.stored_seconds:.2f} s)"
            )
        return (
            f"recorded a {result.seconds:.1f} s tone into the vault ({result.size:,} bytes, "
            f"{result.media_type}), decoded back to {result.decoded_seconds:.2f} s"
        )

    def step_dossier(self) -> str:
        self._need("attachment", self.state.attachment_uuid)
        from app.dossier import DossierOptions, make_dossier, write_dossier

        dossier = make_dossier(
            self.state.store, self.state.case_uuid, DossierOptions("wgeid", "en", "Izdeu self-test")
        )
        target = self.state.folder / "dossier.pdf"
        write_dossier(dossier, target)
        data = target.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise StepFailed("the dossier is not a complete PDF file")
        if hashlib.sha256(data).hexdigest() != dossier.sha256 or dossier.pages < 1:
            raise StepFailed("the dossier file differs from the dossier made")
        if dossier.testimonies_included != 1:
            raise StepFailed("the consented testimony is missing from the dossier")
        # Each script needs its font embedded (Latin/Cyrillic, Arabic script, Chinese).
        embedded = [name.decode() for name in re.findall(rb"/BaseFont /[A-Z]{6}\+([\w-]+)", data)]
        missing = [f for f in DOSSIER_FONTS if not any(e.startswith(f) for e in embedded)]
        if missing:
            raise StepFailed(f"fonts missing from the PDF: {', '.join(missing)}")
        if b"/Subtype /Image" not in data:
            raise StepFailed("the photo is missing from the dossier")
        return (
            f"made a {dossier.pages}-page WGEID dossier with the photo and testimony "
            f"({len(data):,} bytes, fonts for every script embedded)"
        )

    def step_backup(self) -> str:
        self._need("attachment", self.state.attachment_uuid)
        import pyrage

        from app.backup.ops import backup_vault, trusted_signer_keys, verify_file

        folder = self.state.folder / "backups"
        make_private_dir(folder)
        # Field backups go to the headquarters' public key (age X25519); one is made for the test.
        headquarters = pyrage.x25519.Identity.generate()
        self.state.headquarters = headquarters
        result = backup_vault(self.state.store, folder, recipients=[str(headquarters.to_public())])
        self.state.backup = result.path
        report = verify_file(
            result.path, identities=[headquarters], trusted_signers=trusted_signer_keys(self.state.vault)
        )
        stored = len(self.state.store.load_case(self.state.case_uuid).attachments)
        if report.attachments != stored or report.records < 4:
            raise StepFailed("the verified backup does not hold the case and its attachment")
        return (
            f"wrote and verified an encrypted, signed backup ({report.records} records, "
            f"{report.attachments} attachment, {report.file_size:,} bytes)"
        )

    def step_restore(self) -> str:
        backup = self._need("backup", self.state.backup)
        from app.backup.ops import device_public_key, restore_backup
        from app.store import Store
        from app.vault import Vault

        target = self.state.folder / "restored.izdeu"
        restore_backup(
            backup,
            target,
            self.state.passphrase,
            identities=[self.state.headquarters],
            trusted_signers=[device_public_key(self.state.vault)],
        )
        with Vault.open(target, self.state.passphrase, guarded=False) as vault:
            store = Store(vault, actor="self-test")
            case = store.get_case(self.state.case_uuid)
            names = {(n.text, n.script) for n in case.person.names}
            photo = store.attachment_bytes(self.state.attachment_uuid)
        if names != set(NAMES):
            raise StepFailed("the restored case's names differ from the original")
        if hashlib.sha256(photo).hexdigest() != self.state.image_sha256:
            raise StepFailed("the restored image differs from the original")
        return "restored the backup into a new vault: names and image identical"

    def step_delete(self) -> str:
        self._need("case", self.state.case_uuid)
        store = self.state.store
        store.delete("case", self.state.case_uuid)
        if store.count_cases() != 0 or any(True for _ in store.iter_records()):
            raise StepFailed("records remain after deleting the case")
        if any(self.state.case_uuid in {h.case_uuid for h in store.search(q)} for q in QUERIES):
            raise StepFailed("the deleted case is still found by search")
        return "deleted the case with its records and attachment; search no longer finds it"

    def step_cleanup(self) -> str:
        self._close_vault()
        folder = self.state.folder
        count = sum(1 for _ in folder.rglob("*"))
        shutil.rmtree(folder)
        if folder.exists():
            raise StepFailed("the temporary folder could not be removed")
        return f"locked the vault and removed the temporary folder ({count} files)"

    # --- running ---------------------------------------------------------------------------

    def _need(self, step: str, value: _T | None) -> _T:
        """``value``, which an earlier step made; a clear failure if that step failed."""
        if not value:
            raise StepFailed(f"needs the {step} step, which failed")
        return value

    def _close_vault(self) -> None:
        if self.state.vault is not None:
            with contextlib.suppress(Exception):
                self.state.vault.close()
            self.state.vault = None

    def run(self) -> list[StepResult]:
        try:
            for name in STEPS:
                self._run_step(name, getattr(self, f"step_{name}"))
        finally:
            self._close_vault()
            shutil.rmtree(self.state.folder, ignore_errors=True)
        return self.results

    def _run_step(self, name: str, step: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail, ok = step(), True
        except StepFailed as exc:
            detail, ok = str(exc), False
        except IzdeuError as exc:
            detail, ok = f"{type(exc).__name__}: {exc}", False
        except Exception as exc:  # noqa: BLE001 - reported as this step's failure
            if os.environ.get("IZDEU_DEBUG") == "1":
                traceback.print_exc()
            detail, ok = f"unexpected {type(exc).__name__}: {exc}", False
        result = StepResult(name, ok, detail, time.perf_counter() - started)
        self.results.append(result)
        if self.out is not None:
            _emit(self.out, result.line())


def _emit(out: TextIO, line: str) -> None:
    """One line, even on a console that cannot show every character of an error message."""
    line = terminal_safe(line)
    try:
        print(line, file=out, flush=True)
    except UnicodeEncodeError:
        print(line.encode("ascii", "backslashreplace").decode("ascii"), file=out, flush=True)


@contextlib.contextmanager
def _temporary_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="izdeu-selftest-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step, printing one line each to ``out``; return the exit code."""
    out = out if out is not None else sys.stdout
    import app

    started = time.perf_counter()
    _emit(
        out,
        f"Izdeu {app.__version__} self-test ({sys.platform}, Python {sys.version.split()[0]}"
        f"{', bundled' if getattr(sys, 'frozen', False) else ''})",
    )
    with _temporary_folder() as folder:
        results = SelfTest(folder, out).run()
    failed = [r.name for r in results if not r.ok]
    elapsed = time.perf_counter() - started
    if failed:
        _emit(
            out,
            f"self-test FAILED: {len(failed)} of {len(results)} steps ({', '.join(failed)}) "
            f"in {elapsed:.1f} s",
        )
        return EXIT_OTHER
    _emit(out, f"self-test passed: {len(results)} of {len(results)} steps in {elapsed:.1f} s")
    return EXIT_OK


@register_flag(
    "--self-test",
    help="check that this installation works: make a throw-away "
    "vault, case, dossier and backup, then delete them",
)
def _cli_handler(_args: argparse.Namespace, ctx: Any) -> int:
    return run_self_test(ctx.out)
