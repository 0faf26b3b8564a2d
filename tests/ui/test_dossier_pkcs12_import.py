"""The dossier window's "Import a PKCS#12 file…": the file chosen, its password typed, the identity
kept in the vault and used to sign; every refusal of the core one translated line, nothing kept.
The .p12 files are made here with `cryptography`; the organisation is fictional."""

from __future__ import annotations

import datetime as _dt
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.error_catalogue import MESSAGES
from app.model import Case, Name, PartialDate, Person
from app.signing import create_identity, has_identity, keep_identity, vault_identity
from app.store import Store
from tests.helpers import PASSPHRASE
from ui.dialogs import FileDialogs
from ui.dossier import DossierDialog
from ui.ops import DbOp
from ui.worker import DbWorker

T = TypeVar("T")
ORG = "Altai Families Rights Desk (fictional)"
PASSWORD = "p12 password of the desk"
NOW = _dt.datetime.now(_dt.UTC)


@pytest.fixture
def worker(qtbot, vault_path: Path) -> Iterator[DbWorker]:
    db = DbWorker()
    opened: list[Any] = []
    db.open_vault(vault_path, PASSPHRASE, create=True, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    yield db
    db.shutdown()


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def on_db(qtbot, worker: DbWorker, fn: Callable[[Store], T]) -> T:
    box: list[T] = []
    DbOp(None, lambda s: fn(s.store)).success(box.append).run(worker)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def _certificate(key: Any, days: tuple[int, int] = (-30, 365)) -> x509.Certificate:
    name = x509.Name(
        [x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG), x509.NameAttribute(NameOID.COMMON_NAME, ORG)]
    )
    algorithm = None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW + _dt.timedelta(days=days[0]))
        .not_valid_after(NOW + _dt.timedelta(days=days[1]))
        .sign(key, algorithm)
    )


def _p12(path: Path, key: Any, certificate: x509.Certificate | None, cas: list[Any] | None = None) -> Path:
    encryption = serialization.BestAvailableEncryption(PASSWORD.encode())
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"org", key, certificate, cas, encryption))
    return path


def _fingerprint(certificate: x509.Certificate) -> str:
    return ":".join(f"{b:02X}" for b in certificate.fingerprint(hashes.SHA256()))


def _window(qtbot, worker: DbWorker, dialogs: FileDialogs) -> DossierDialog:
    def case(store: Store) -> str:
        c = Case(
            case_number="IZ-2024-0810",
            disappeared_on=PartialDate(2019, 5),
            disappeared_place="Ürümqi",
            perpetrators="State security officers",
            remedies="A letter to the procuracy went unanswered.",
            person=Person(names=[Name("Нұржан Сәкенұлы", "kk-Cyrl")]),
        )
        store.save(c)
        return c.uuid

    uuid = on_db(qtbot, worker, case)
    dialog = DossierDialog(worker, [uuid], dialogs=dialogs, organisation=ORG)
    qtbot.addWidget(dialog)
    return dialog


def _choose(qtbot, dialog: DossierDialog, dialogs: FileDialogs, path: Path):
    row = dialog.signing
    qtbot.waitUntil(lambda: not row.create_button.isHidden() or row.sign.isEnabled(), timeout=10_000)
    dialogs.queue_answer(path)
    row.import_button.click()
    assert row.import_dialog is not None and row.import_dialog.isVisible()
    return row.import_dialog


def _try(qtbot, importer, type_text, password: str) -> None:
    importer.password.clear()
    type_text(importer.password, password)
    importer.import_button.click()
    qtbot.waitUntil(lambda: importer.import_button.isEnabled() or not importer.isVisible(), timeout=10_000)


def test_a_good_file_is_kept_shown_and_signs_a_dossier(
    qtbot, worker: DbWorker, tmp_path: Path, rsa_key, type_text
) -> None:
    certificate = _certificate(rsa_key)
    path = _p12(tmp_path / "desk.p12", rsa_key, certificate)
    dialogs = FileDialogs()
    dialog = _window(qtbot, worker, dialogs)
    importer = _choose(qtbot, dialog, dialogs, path)
    assert importer.file_label.text().strip("\u2066\u2069") == "desk.p12"
    assert importer.replace_note.isHidden()  # nothing to replace yet
    _try(qtbot, importer, type_text, PASSWORD)
    row = dialog.signing
    qtbot.waitUntil(row.sign.isEnabled, timeout=10_000)
    assert not importer.isVisible() and importer.password.text() == ""
    shown = row.fingerprint.text()
    assert ORG in shown and _fingerprint(certificate) in shown
    assert row.create_button.isHidden() and row.export_button.isEnabled()
    kept = on_db(qtbot, worker, lambda s: vault_identity(s.vault))
    assert kept.fingerprint == _fingerprint(certificate) and kept.organisation == ORG
    row.sign.setChecked(True)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=30_000)
    assert dialog.dossier is not None and dialog.dossier.signer == _fingerprint(certificate)
    target = tmp_path / "signed.pdf"
    dialogs.queue_answer(target)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10_000)
    pdfsig = shutil.which("pdfsig")
    if pdfsig is not None:
        report = subprocess.run([pdfsig, str(target)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in report and ORG in report


def test_a_wrong_password_is_one_line_and_nothing_is_kept(
    qtbot, worker: DbWorker, tmp_path: Path, rsa_key, type_text
) -> None:
    path = _p12(tmp_path / "desk.p12", rsa_key, _certificate(rsa_key))
    dialogs = FileDialogs()
    dialog = _window(qtbot, worker, dialogs)
    importer = _choose(qtbot, dialog, dialogs, path)
    _try(qtbot, importer, type_text, "not the password")
    assert importer.isVisible() and importer.error.isVisible()
    assert importer.error.text() == "Wrong password for this PKCS#12 file"
    assert not on_db(qtbot, worker, lambda s: has_identity(s.vault))
    assert not dialog.signing.sign.isEnabled()
    # The window stays: the right password then imports.
    _try(qtbot, importer, type_text, PASSWORD)
    qtbot.waitUntil(dialog.signing.sign.isEnabled, timeout=10_000)
    assert on_db(qtbot, worker, lambda s: has_identity(s.vault))


def _bad_files(tmp: Path, key: rsa.RSAPrivateKey) -> dict[str, tuple[Path, str]]:
    """File → (the message key the core refuses it with, a phrase of its English sentence)."""
    damaged = tmp / "damaged.p12"
    damaged.write_bytes(b"-----BEGIN CERTIFICATE-----\nnot a p12\n")
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    edwards = ed25519.Ed25519PrivateKey.generate()
    cert_only = tmp / "cert-only.p12"
    cert_only.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"org", None, None, [_certificate(key)], serialization.BestAvailableEncryption(PASSWORD.encode())
        )
    )
    return {
        "damaged": (damaged, "signing.pkcs12_unreadable"),
        "no key": (cert_only, "signing.pkcs12_no_key"),
        "rsa 1024": (_p12(tmp / "small.p12", small, _certificate(small)), "signing.pkcs12_key_unsupported"),
        "ed25519": (_p12(tmp / "ed.p12", edwards, _certificate(edwards)), "signing.pkcs12_key_unsupported"),
        "expired": (_p12(tmp / "old.p12", key, _certificate(key, (-800, -35))), "signing.pkcs12_expired"),
        "not yet valid": (
            _p12(tmp / "new.p12", key, _certificate(key, (20, 400))),
            "signing.pkcs12_not_yet_valid",
        ),
    }


@pytest.mark.parametrize("which", ["damaged", "no key", "rsa 1024", "ed25519", "expired", "not yet valid"])
def test_each_refusal_is_its_own_translated_line(
    qtbot, worker: DbWorker, tmp_path: Path, rsa_key, type_text, which: str
) -> None:
    path, key = _bad_files(tmp_path, rsa_key)[which]
    dialogs = FileDialogs()
    dialog = _window(qtbot, worker, dialogs)
    importer = _choose(qtbot, dialog, dialogs, path)
    _try(qtbot, importer, type_text, PASSWORD)
    line = importer.error.text()
    # The catalogue's sentence, capitalised, its parameters filled in: one line, no traceback.
    first_words = MESSAGES[key].split("{", 1)[0].strip()
    assert line.startswith(first_words[0].upper() + first_words[1:]), line
    assert "\n" not in line and "Traceback" not in line and "{" not in line
    assert not on_db(qtbot, worker, lambda s: has_identity(s.vault))
    assert not dialog.signing.sign.isEnabled()


def test_replacing_an_identity_is_asked_first(
    qtbot, worker: DbWorker, tmp_path: Path, rsa_key, type_text
) -> None:
    old = create_identity("Old Desk (fictional)")
    on_db(qtbot, worker, lambda s: keep_identity(s.vault, old, how="created"))
    certificate = _certificate(rsa_key)
    path = _p12(tmp_path / "desk.p12", rsa_key, certificate)
    dialogs = FileDialogs()
    dialog = _window(qtbot, worker, dialogs)
    row = dialog.signing
    qtbot.waitUntil(row.sign.isEnabled, timeout=10_000)
    dialogs.queue_confirm(False)
    assert row.import_file() is None and row.import_dialog is None  # declined: no file asked
    dialogs.queue_answer(None)
    dialogs.queue_confirm(True)
    assert row.import_file() is None  # the file dialog cancelled
    importer = _choose_confirmed(dialogs, row, path)
    assert not importer.replace_note.isHidden()
    _try(qtbot, importer, type_text, PASSWORD)
    qtbot.waitUntil(lambda: _fingerprint(certificate) in row.fingerprint.text(), timeout=10_000)
    assert on_db(qtbot, worker, lambda s: vault_identity(s.vault)).fingerprint == _fingerprint(certificate)


def _choose_confirmed(dialogs: FileDialogs, row, path: Path):
    dialogs.queue_confirm(True)
    dialogs.queue_answer(path)
    importer = row.import_file()
    assert importer is not None
    return importer
