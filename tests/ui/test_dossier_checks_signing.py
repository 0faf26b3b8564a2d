"""The dossier window: signing as the organisation, and warnings before a WGEID dossier is saved."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from app.model import Case, Name, PartialDate, Person
from app.signing import create_identity, has_identity, keep_identity, vault_identity
from app.store import Store
from tests.helpers import PASSPHRASE
from ui.dialogs import FileDialogs
from ui.dossier import DossierDialog
from ui.ops import DbOp
from ui.worker import DbWorker

T = TypeVar("T")
ORG = "Demo Rights Centre (fictional)"


@pytest.fixture
def worker(qtbot, vault_path: Path) -> Iterator[DbWorker]:
    db = DbWorker()
    opened: list[Any] = []
    db.open_vault(vault_path, PASSPHRASE, create=True, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    yield db
    db.shutdown()


def on_db(qtbot, worker: DbWorker, fn: Callable[[Store], T]) -> T:
    box: list[T] = []
    DbOp(None, lambda s: fn(s.store)).success(box.append).run(worker)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def _case(store: Store, *, status: str = "missing", complete: bool = False) -> str:
    case = Case(
        case_number="IZ-2024-0700",
        disappeared_on=PartialDate(2018, 3),
        disappeared_place="Ghulja" if complete else "",
        perpetrators="Public security bureau" if complete else "",
        remedies="No court accepts such a complaint." if complete else "",
        person=Person(names=[Name("Ақжол Бектайұлы", "kk-Cyrl")], current_status=status),
    )
    store.save(case)
    return case.uuid


def _preview(qtbot, dialog: DossierDialog) -> None:
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=30_000)


def test_sign_preview_save_and_export_the_certificate(qtbot, worker: DbWorker, tmp_path: Path) -> None:
    identity = create_identity(ORG)
    uuid = on_db(
        qtbot, worker, lambda s: (keep_identity(s.vault, identity, how="created"), _case(s, complete=True))[1]
    )
    dialogs = FileDialogs()
    dialog = DossierDialog(worker, [uuid], dialogs=dialogs, organisation=ORG)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.signing.sign.isEnabled, timeout=10_000)
    assert identity.fingerprint in dialog.signing.fingerprint.text()
    dialog.signing.sign.setChecked(True)
    _preview(qtbot, dialog)
    assert dialog.dossier is not None and dialog.dossier.signer == identity.fingerprint
    assert identity.fingerprint in dialog.status.text()
    target = tmp_path / "signed.pdf"
    dialogs.queue_answer(target)
    dialog.save()  # all six elements present: no question asked
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10_000)
    pdfsig = shutil.which("pdfsig")
    if pdfsig is not None:
        report = subprocess.run([pdfsig, str(target)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in report and "Total document signed" in report
    audit = on_db(qtbot, worker, lambda s: s.audit(uuid))
    assert any(e.action == "dossier" and e.detail.get("signer") == identity.fingerprint for e in audit)

    pem = tmp_path / "org.pem"
    dialogs.queue_answer(pem)
    dialog.signing.export_button.click()
    cert = x509.load_pem_x509_certificate(pem.read_bytes())
    assert ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA256())) == identity.fingerprint


def test_without_an_identity_one_is_made_from_the_window(qtbot, worker: DbWorker) -> None:
    uuid = on_db(qtbot, worker, _case)
    dialog = DossierDialog(worker, [uuid], dialogs=FileDialogs(), organisation=ORG)
    qtbot.addWidget(dialog)
    row = dialog.signing
    qtbot.waitUntil(lambda: not row.create_button.isHidden(), timeout=10_000)
    assert not row.sign.isEnabled() and not row.export_button.isEnabled()
    assert "izdeu" not in row.fingerprint.text()
    # No organisation in the settings yet: the certificate would carry no name.
    row.create_button.click()
    qtbot.waitUntil(lambda: "Settings" in row.fingerprint.text(), timeout=10_000)
    assert not on_db(qtbot, worker, lambda s: has_identity(s.vault))
    on_db(qtbot, worker, lambda s: s.set_prefs(replace(s.prefs(), organisation=ORG)))
    row.create_button.click()
    qtbot.waitUntil(row.sign.isEnabled, timeout=30_000)
    kept = on_db(qtbot, worker, lambda s: vault_identity(s.vault))
    assert kept.organisation == ORG and kept.fingerprint in row.fingerprint.text()
    assert row.create_button.isHidden() and row.export_button.isEnabled()


def test_missing_elements_are_warned_before_saving(qtbot, worker: DbWorker, tmp_path: Path) -> None:
    uuid = on_db(qtbot, worker, _case)  # no place, no one responsible, no steps
    dialogs = FileDialogs()
    dialog = DossierDialog(worker, [uuid], dialogs=dialogs, organisation="")
    qtbot.addWidget(dialog)
    _preview(qtbot, dialog)
    assert dialog.dossier is not None and dialog.dossier.missing_elements == ("c", "d", "e", "f")
    assert (
        "(c) the place" in dialog.status.text() and "(f) the submitting organisation" in dialog.status.text()
    )
    target = tmp_path / "d.pdf"
    dialogs.queue_confirm(False)
    dialogs.queue_answer(target)
    dialog.save()
    assert not target.exists() and dialog.saved_path is None  # declined: nothing written
    dialogs.queue_confirm(True)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_path == target, timeout=10_000)


def test_not_an_enforced_disappearance_offers_the_ministry_profile(qtbot, worker: DbWorker) -> None:
    uuid = on_db(qtbot, worker, lambda s: _case(s, status="passport-confiscated", complete=True))
    dialog = DossierDialog(worker, [uuid], dialogs=FileDialogs(), organisation=ORG)
    qtbot.addWidget(dialog)
    _preview(qtbot, dialog)
    assert dialog.dossier is not None and dialog.dossier.not_enforced
    assert "not an enforced disappearance" in dialog.status.text()
    assert not dialog.use_ministry.isHidden()
    dialog.use_ministry.click()
    assert dialog.profile.currentData() == "ministry"
    assert dialog.dossier is None and dialog.use_ministry.isHidden()
