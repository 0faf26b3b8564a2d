"""The steps of ``izdeu --self-test`` (app/selftest.py runs them): each proves one part of
Izdeu on this computer with fictional data in a throw-away folder, and returns its one-line
report or raises :class:`StepFailed` with a readable reason."""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from app.fsutil import make_private_dir

__all__ = ["DOSSIER_FONTS", "NAMES", "QUERIES", "StepFailed", "Steps"]

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


_T = TypeVar("_T")


class Steps:
    """One method per step, named ``step_<name>``; they share what earlier steps made."""

    def __init__(self, folder: Path) -> None:
        self.state = _State(folder=folder, passphrase="selftest " + secrets.token_urlsafe(18))

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

    # --- shared by the steps -----------------------------------------------------------------

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
