"""Signed dossiers: the organisation's identity, PAdES signatures checked with poppler's pdfsig."""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from pypdf import PdfReader

from app import cli
from app.dossier import DossierOptions, build_dossier, sign_dossier, signature_options
from app.dossier.sample import sample_source
from app.errors import InvalidInputError, NotFoundError
from app.model import Case, Name, PartialDate, Person
from app.signing import (
    SigningIdentity,
    create_identity,
    has_identity,
    identity_from_pkcs12,
    identity_to_pkcs12,
    keep_identity,
    vault_identity,
)
from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE

TODAY = _dt.date(2026, 11, 28)
ORG = "Demo Rights Centre (fictional)"
KEY_PASSPHRASE = "signing key passphrase 7"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


@pytest.fixture(scope="module")
def identity() -> SigningIdentity:
    return create_identity(ORG)


@pytest.fixture(scope="module")
def signed(identity: SigningIdentity) -> bytes:
    options = signature_options(DossierOptions(organisation=ORG, generated=TODAY), identity)
    dossier = sign_dossier(build_dossier(sample_source(TODAY), options), identity)
    assert dossier.signer == identity.fingerprint
    assert dossier.sha256 == hashlib.sha256(dossier.pdf).hexdigest()
    return dossier.pdf


def _pdfsig(pdf: bytes, tmp: Path) -> str:
    path = tmp / "signed.pdf"
    path.write_bytes(pdf)
    run = subprocess.run([_tool("pdfsig"), str(path)], capture_output=True, text=True)
    return run.stdout + run.stderr


def test_pdfsig_reports_a_valid_signature_over_the_whole_document(signed: bytes, tmp_path: Path) -> None:
    report = _pdfsig(signed, tmp_path)
    assert "Signature is Valid" in report, report
    assert "Total document signed" in report, report
    assert "ETSI.CAdES.detached" in report  # PAdES
    assert f"Common Name: {ORG}" in report


def test_one_changed_byte_invalidates_the_signature(signed: bytes, tmp_path: Path) -> None:
    # A byte inside the first signed range, in a page's text: the digest no longer matches.
    at = signed.index(b"stream", len(signed) // 4) + 20
    changed = bytearray(signed)
    changed[at] ^= 0x01
    report = _pdfsig(bytes(changed), tmp_path)
    assert "Signature is Valid" not in report, report


def test_the_cover_says_who_signed_and_the_fingerprint(
    signed: bytes, identity: SigningIdentity, tmp_path: Path
) -> None:
    path = tmp_path / "s.pdf"
    path.write_bytes(signed)
    text = subprocess.run(
        [_tool("pdftotext"), "-f", "1", "-l", "1", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = re.sub(r"\s+", " ", text)
    assert f"Signed electronically by {ORG} on 28 November 2026" in flat
    assert identity.fingerprint in flat.replace(" ", "")


def test_a_signed_dossier_keeps_its_archival_parts(signed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    path.write_bytes(signed)
    fonts = subprocess.run([_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])
    reader = PdfReader(io.BytesIO(signed))
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    info = reader.metadata
    assert info is not None and info.producer
    # pyHanko rewrote the XMP in its revision: info and XMP still agree (PDF/A 6.6.3).
    assert f'pdf:Producer="{info.producer}"' in xmp or f"<pdf:Producer>{info.producer}<" in xmp
    assert 'pdfaid:part="2"' in xmp or "<pdfaid:part>2<" in xmp
    assert "/OutputIntents" in root and root["/Lang"] == "en"


def test_pkcs12_round_trip_and_hostile_files(identity: SigningIdentity) -> None:
    data = identity_to_pkcs12(identity, KEY_PASSPHRASE)
    again = identity_from_pkcs12(data, KEY_PASSPHRASE)
    assert again.fingerprint == identity.fingerprint and again.organisation == ORG
    for bad, secret in ((data, "wrong"), (data[: len(data) // 2], KEY_PASSPHRASE), (b"\0" * 50, None)):
        with pytest.raises(InvalidInputError):
            identity_from_pkcs12(bad, secret)
    for name in ("", " \t", "a\x07b", "x" * 201):
        with pytest.raises(InvalidInputError):
            create_identity(name)


def test_identity_kept_in_the_vault_with_an_audit_entry(store: Store, identity: SigningIdentity) -> None:
    assert not has_identity(store.vault)
    with pytest.raises(NotFoundError):
        vault_identity(store.vault)
    keep_identity(store.vault, identity, how="created")
    assert vault_identity(store.vault).fingerprint == identity.fingerprint
    events = [e for e in store.audit() if e.action == "signing-identity-created"]
    assert events and events[0].detail == {"fingerprint": identity.fingerprint}


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def cli_vault(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("IZDEU_SIGNING_PASSPHRASE", KEY_PASSPHRASE)
    vault = Vault.create(vault_path, PASSPHRASE)
    Store(vault).save(
        Case(
            case_number="IZ-2024-0500",
            person=Person(names=[Name("Сайхан Ерланұлы", "kk-Cyrl")]),
            disappeared_on=PartialDate(2018, 3),
        )
    )
    vault.close()
    return vault_path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_create_sign_and_export_the_certificate(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "--vault", cli_vault, "signing", "create", "--org", ORG)
    assert code == 0, err
    code, _, err = _run(capsys, "--vault", cli_vault, "signing", "create", "--org", ORG)
    assert code == 7 and "--force" in err  # never replaced silently
    pdf = tmp_path / "d.pdf"
    code, out, err = _run(capsys, "--vault", cli_vault, "dossier", "IZ-2024-0500", "-o", pdf, "--sign")
    assert code == 0, err
    assert "Signature is Valid" in _pdfsig(pdf.read_bytes(), tmp_path)
    pem = tmp_path / "org.pem"
    code, out, err = _run(capsys, "--vault", cli_vault, "signing", "cert", "-o", pem)
    assert code == 0, err
    cert = x509.load_pem_x509_certificate(pem.read_bytes())
    fingerprint = ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA256()))
    assert fingerprint in out
    assert (pem.stat().st_mode & 0o077) == 0
    vault = Vault.open(cli_vault, PASSPHRASE)
    try:
        entries = [e for e in Store(vault).audit() if e.action == "dossier"]
    finally:
        vault.close()
    assert entries[-1].detail["signer"] == fingerprint
    assert entries[-1].detail["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()


def test_cli_signs_with_a_key_file(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = tmp_path / "org.p12"
    code, _, err = _run(capsys, "signing", "create", "--org", ORG, "--file", key)
    assert code == 0, err
    assert (key.stat().st_mode & 0o077) == 0
    pdf = tmp_path / "d.pdf"
    code, out, err = _run(
        capsys, "--vault", cli_vault, "dossier", "IZ-2024-0500", "-o", pdf, "--sign", "--signing-key", key
    )
    assert code == 0, err
    assert "Signature is Valid" in _pdfsig(pdf.read_bytes(), tmp_path)
    code, _, err = _run(
        capsys, "--vault", cli_vault, "dossier", "IZ-2024-0500", "-o", pdf, "--sign", "--force"
    )
    assert code == 6 and "izdeu signing create" in err  # no identity in the vault
