"""The organisation's own PKCS#12 file taken in as the signing identity: each way a file can be
wrong gets its own message, nothing is kept then; a good one signs dossiers pdfsig accepts.
The files are made here with `cryptography`; names are fictional."""

from __future__ import annotations

import datetime as _dt
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app import cli
from app.dossier import DossierOptions, build_dossier, sign_dossier, signature_options
from app.dossier.sample import sample_source
from app.errors import InvalidInputError
from app.signing import has_identity, import_identity, vault_identity
from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE

ORG = "Steppe Memory Foundation (fictional)"
PASSWORD = "the organisation's p12 password"
NOW = _dt.datetime.now(_dt.UTC)


def _certificate(key, *, days: tuple[int, int] = (-30, 365), signer=None) -> x509.Certificate:
    name = x509.Name(
        [x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG), x509.NameAttribute(NameOID.COMMON_NAME, ORG)]
    )
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW + _dt.timedelta(days=days[0]))
        .not_valid_after(NOW + _dt.timedelta(days=days[1]))
        .sign(
            signer or key, None if isinstance(signer or key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
        )
    )


def _p12(key, certificate, cas=None, password: str | None = PASSWORD) -> bytes:
    encryption = (
        serialization.BestAvailableEncryption(password.encode()) if password else serialization.NoEncryption()
    )
    return pkcs12.serialize_key_and_certificates(b"org", key, certificate, cas, encryption)


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def good(rsa_key: rsa.RSAPrivateKey) -> bytes:
    return _p12(rsa_key, _certificate(rsa_key))


def _refused(store: Store, path: Path, data: bytes, password: str | None, key: str) -> InvalidInputError:
    path.write_bytes(data)
    with pytest.raises(InvalidInputError) as err:
        import_identity(store.vault, path, password)
    assert err.value.key == key, str(err.value)
    assert not has_identity(store.vault)  # nothing kept
    return err.value


def test_each_bad_file_is_its_own_clear_refusal(store: Store, tmp_path: Path, rsa_key, good: bytes) -> None:
    path = tmp_path / "org.p12"
    _refused(store, path, good, "not the password", "signing.pkcs12_wrong_password")
    _refused(store, path, good, None, "signing.pkcs12_wrong_password")
    _refused(store, path, good[: len(good) // 2], PASSWORD, "signing.pkcs12_unreadable")
    _refused(store, path, b"-----BEGIN CERTIFICATE-----\nnot a p12\n", PASSWORD, "signing.pkcs12_unreadable")
    _refused(store, path, b"\x30\x03\x02\x01\x03", PASSWORD, "signing.pkcs12_unreadable")
    cert_only = pkcs12.serialize_key_and_certificates(
        b"org", None, None, [_certificate(rsa_key)], serialization.BestAvailableEncryption(PASSWORD.encode())
    )
    _refused(store, path, cert_only, PASSWORD, "signing.pkcs12_no_key")
    expired = _refused(
        store,
        path,
        _p12(rsa_key, _certificate(rsa_key, days=(-800, -35))),
        PASSWORD,
        "signing.pkcs12_expired",
    )
    assert (NOW - _dt.timedelta(days=35)).date().isoformat() in str(expired)
    _refused(
        store,
        path,
        _p12(rsa_key, _certificate(rsa_key, days=(20, 400))),
        PASSWORD,
        "signing.pkcs12_not_yet_valid",
    )
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    assert "RSA 1024" in str(
        _refused(store, path, _p12(small, _certificate(small)), PASSWORD, "signing.pkcs12_key_unsupported")
    )
    edwards = ed25519.Ed25519PrivateKey.generate()
    assert "Ed25519" in str(
        _refused(
            store, path, _p12(edwards, _certificate(edwards)), PASSWORD, "signing.pkcs12_key_unsupported"
        )
    )
    koblitz = ec.generate_private_key(ec.SECP256K1())
    _refused(store, path, _p12(koblitz, _certificate(koblitz)), PASSWORD, "signing.pkcs12_key_unsupported")


def _pdfsig(pdf: bytes, tmp: Path) -> str:
    tool = shutil.which("pdfsig")
    if tool is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    path = tmp / "signed.pdf"
    path.write_bytes(pdf)
    run = subprocess.run([tool, str(path)], capture_output=True, text=True)
    return run.stdout + run.stderr


@pytest.mark.parametrize("kind", ["rsa", "ec", "unencrypted"])
def test_an_imported_identity_is_kept_and_signs_a_dossier_pdfsig_verifies(
    store: Store, tmp_path: Path, rsa_key, good: bytes, kind: str
) -> None:
    path = tmp_path / "org.pfx"
    if kind == "ec":
        key = ec.generate_private_key(ec.SECP256R1())
        path.write_bytes(_p12(key, _certificate(key)))
    elif kind == "unencrypted":
        path.write_bytes(_p12(rsa_key, _certificate(rsa_key), password=None))
    else:
        path.write_bytes(good)
    identity = import_identity(store.vault, path, None if kind == "unencrypted" else PASSWORD)
    assert identity.organisation == ORG
    kept = vault_identity(store.vault)
    assert kept.fingerprint == identity.fingerprint
    assert [e.detail for e in store.audit() if e.action == "signing-identity-imported"] == [
        {"fingerprint": identity.fingerprint}
    ]
    today = NOW.date()
    options = signature_options(DossierOptions(organisation=ORG, generated=today), kept)
    dossier = sign_dossier(build_dossier(sample_source(today), options), kept)
    report = _pdfsig(dossier.pdf, tmp_path)
    assert "Signature is Valid" in report, report
    assert f"Common Name: {ORG}" in report


def test_cli_import_says_which_problem_and_then_imports(
    vault_path: Path, tmp_path: Path, good: bytes, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    Vault.create(vault_path, PASSPHRASE).close()
    p12 = tmp_path / "org.p12"
    p12.write_bytes(good)
    monkeypatch.setenv("IZDEU_SIGNING_PASSPHRASE", "wrong")
    code = cli.main(["--vault", str(vault_path), "signing", "import", str(p12)])
    assert code != 0 and "wrong password for this PKCS#12 file" in capsys.readouterr().err
    monkeypatch.setenv("IZDEU_SIGNING_PASSPHRASE", PASSWORD)
    code = cli.main(["--vault", str(vault_path), "signing", "import", str(p12)])
    out = capsys.readouterr().out
    assert code == 0 and "kept in the vault" in out and ORG in out
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault_identity(vault).organisation == ORG
