"""Dossiers from a real vault: loading files, the audit record, batches and the CLI."""

from __future__ import annotations

import datetime as _dt
import io
import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import cli
from app.demo import photo_png
from app.dossier import (
    DossierOptions,
    build_batch,
    load_source,
    make_dossier,
    record_dossier,
    write_dossier,
)
from app.errors import InvalidInputError, StorageError
from app.model import Case, ConsentGrant, Name, PartialDate, Person, Testimony, Witness
from app.store import Store
from tests.helpers import PASSPHRASE

TODAY = _dt.date(2026, 11, 28)
OPTIONS = DossierOptions(profile="wgeid", lang="en", organisation="Org", generated=TODAY)


def _case(store: Store, number: str, name: str = "Сайхан") -> Case:
    case = Case(
        case_number=number, person=Person(names=[Name(name, "kk-Cyrl")]), disappeared_on=PartialDate(2018, 3)
    )
    store.save(case)
    return case


def test_load_source_reads_images_only(store: Store) -> None:
    case = _case(store, "IZ-2024-0001")
    photo = store.add_attachment(case.uuid, io.BytesIO(photo_png("AB")), "photo.png")
    audio = store.add_attachment(case.uuid, io.BytesIO(b"\0" * 5000), "voice.ogg", media_type="audio/ogg")
    case.person.photo_attachment = photo.uuid
    store.save(case)
    source = load_source(store, case.uuid)
    assert set(source.files) == {photo.uuid}  # audio is listed, never loaded
    dossier = make_dossier(store, case.uuid, OPTIONS)
    reader = PdfReader(io.BytesIO(dossier.pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert photo.sha256 in text and audio.sha256 in text and "audio/ogg" in text
    assert sum(len(p.images) for p in reader.pages) == 2  # cover and appendix


def test_record_dossier_audit_and_intervention(store: Store) -> None:
    case = _case(store, "IZ-2024-0002")
    dossier = make_dossier(store, case.uuid, OPTIONS)
    assert record_dossier(store, dossier) is None
    made = store.load_case(case.uuid)
    assert made.interventions == []
    entry = [e for e in store.audit(case.uuid) if e.action == "dossier"][-1]
    assert entry.detail["sha256"] == dossier.sha256 and entry.detail["profile"] == "wgeid"
    assert "Сайхан" not in str(entry.detail)  # fingerprints and counts, never case text

    sent = record_dossier(
        store, dossier, addressee="UN WGEID", reference="G/SO 217/1", create_intervention=True, sent_on=TODAY
    )
    assert sent is not None
    stored = store.load_case(case.uuid).interventions
    assert [(i.dossier_sha256, i.addressee_kind, i.addressee, i.reference, i.date.iso()) for i in stored] == [
        (dossier.sha256, "wgeid", "UN WGEID", "G/SO 217/1", "2026-11-28")
    ]
    assert [e for e in store.audit(case.uuid) if e.action == "dossier"][-1].detail[
        "intervention"
    ] == sent.uuid


def test_write_is_atomic_and_private(store: Store, tmp_path: Path) -> None:
    case = _case(store, "IZ-2024-0003")
    dossier = make_dossier(store, case.uuid, OPTIONS)
    folder = tmp_path / "dossiers"
    folder.mkdir()
    target = folder / "out.pdf"
    target.write_bytes(b"old")
    write_dossier(dossier, target)
    assert target.read_bytes() == dossier.pdf
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["out.pdf"]  # no temp file left
    with pytest.raises(StorageError):
        write_dossier(dossier, tmp_path / "no-such-folder" / "x.pdf")


def test_batch_progress_names_and_audit(store: Store, tmp_path: Path) -> None:
    cases = [_case(store, n) for n in ("IZ-2024-0010", "IZ/2024/0010", "IZ 2024 0010", "")]
    calls: list[tuple[int, int, str]] = []
    result = build_batch(
        store,
        [c.uuid for c in cases],
        tmp_path / "out",
        OPTIONS,
        progress=lambda d, t, n: calls.append((d, t, n)),
    )
    assert not result.failed and not result.cancelled and len(result.written) == 4
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert result.covering_list == tmp_path / "out" / "covering-list-wgeid-en.pdf"
    assert names == sorted([result.covering_list.name, *(p.name for _, p, _ in result.written)])
    assert "IZ-2024-0010-wgeid-en.pdf" in names and "IZ_2024_0010-wgeid-en.pdf" in names
    assert any(n.startswith("IZ_2024_0010-wgeid-en-") for n in names)  # the clash gets a suffix
    assert any(n.startswith("case-") for n in names)  # no number at all
    assert [c[:2] for c in calls] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    audited = [e for e in store.audit() if e.action == "dossier"]
    assert {e.detail["sha256"] for e in audited} == {sha for _, _, sha in result.written}
    for _, path, _ in result.written:
        assert path.read_bytes().startswith(b"%PDF")

    # A second batch into the same folder is refused before anything is written.
    with pytest.raises(InvalidInputError):
        build_batch(store, [c.uuid for c in cases], tmp_path / "out", OPTIONS)
    again = build_batch(store, [cases[0].uuid], tmp_path / "out", OPTIONS, overwrite=True)
    assert len(again.written) == 1


def test_batch_cancel_keeps_finished_files(store: Store, tmp_path: Path) -> None:
    cases = [_case(store, f"IZ-2024-01{i:02d}") for i in range(4)]
    done: list[int] = []
    result = build_batch(
        store,
        [c.uuid for c in cases],
        tmp_path / "b",
        OPTIONS,
        progress=lambda d, t, n: done.append(d),
        cancel=lambda: len(done) >= 2,
    )
    assert result.cancelled and len(result.written) == 2
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [
        "IZ-2024-0100-wgeid-en.pdf",
        "IZ-2024-0101-wgeid-en.pdf",
    ]


def test_batch_reports_a_failing_case_and_goes_on(store: Store, tmp_path: Path) -> None:
    good = _case(store, "IZ-2024-0200")
    result = build_batch(store, ["no-such-case", good.uuid], tmp_path / "c", OPTIONS)
    assert [f.case_uuid for f in result.failed] == ["no-such-case"]
    assert result.failed[0].reason
    assert [u for u, _, _ in result.written] == [good.uuid]


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def cli_vault(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from app.vault import Vault

    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    vault = Vault.create(vault_path, PASSPHRASE)
    store = Store(vault)
    case = _case(store, "IZ-2024-0300", "Ақжол Бектайұлы")
    witness = Witness(
        case_uuid=case.uuid,
        name="Айгерім Ақжолқызы",
        relation="daughter",
        consent=[ConsentGrant("wgeid", "full")],
    )
    store.save(witness)
    store.save(
        Testimony(case_uuid=case.uuid, witness_uuid=witness.uuid, original_text="Әкем 2018 жылы ұсталды.")
    )
    _case(store, "IZ-2024-0301")
    vault.close()
    return vault_path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_one_case(cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_pdf = tmp_path / "d.pdf"
    code, out, err = _run(
        capsys,
        "--vault",
        cli_vault,
        "dossier",
        "IZ-2024-0300",
        "-o",
        out_pdf,
        "--profile",
        "public",
        "--lang",
        "kk",
        "--org",
        "Demo NGO",
    )
    assert code == 0, err
    assert "SHA-256" in out and "1 testimony(ies) left out by consent" in out
    assert PdfReader(out_pdf).metadata.author == "Demo NGO"  # type: ignore[union-attr]
    # Never overwrites without --force; a usage error for neither CASE nor --all.
    code, _, err = _run(capsys, "--vault", cli_vault, "dossier", "IZ-2024-0300", "-o", out_pdf)
    assert code == 7 and "--force" in err
    code, _, err = _run(capsys, "--vault", cli_vault, "dossier", "-o", out_pdf)
    assert code == 2
    code, _, err = _run(capsys, "--vault", cli_vault, "dossier", "IZ-9999", "-o", tmp_path / "x.pdf")
    assert code == 6 and not (tmp_path / "x.pdf").exists()


def test_cli_sent_to_and_json(cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    code, out, err = _run(
        capsys,
        "--vault",
        cli_vault,
        "dossier",
        "IZ-2024-0300",
        "-o",
        tmp_path / "w.pdf",
        "--sent-to",
        "UN WGEID",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["format"] == "izdeu-dossier" and data["testimonies_included"] == 1
    from app.vault import Vault

    vault = Vault.open(cli_vault, PASSPHRASE)
    try:
        store = Store(vault)
        case = store.find_case("IZ-2024-0300")
        assert [i.dossier_sha256 for i in store.load_case(case.uuid).interventions] == [data["sha256"]]
    finally:
        vault.close()


def test_cli_all(cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "all"
    code, out, err = _run(
        capsys,
        "--vault",
        cli_vault,
        "dossier",
        "--all",
        "-o",
        folder,
        "--profile",
        "ministry",
        "--lang",
        "ru",
    )
    assert code == 0, err
    assert "wrote 2 dossiers to" in out
    assert sorted(os.listdir(folder)) == [
        "IZ-2024-0300-ministry-ru.pdf",
        "IZ-2024-0301-ministry-ru.pdf",
        "covering-list-ministry-ru.pdf",
    ]
    assert "covering list covering-list-ministry-ru.pdf" in out
    code, _, err = _run(capsys, "--vault", cli_vault, "dossier", "--all", "-o", folder)
    assert code == 0  # other profile, other file names
    code, _, err = _run(capsys, "--vault", cli_vault, "dossier", "--all", "-o", folder)
    assert code == 7 and "already exist" in err


def test_cli_all_leaves_out_duplicates(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.vault import Vault

    with Vault.open(cli_vault, PASSPHRASE) as vault:
        store = Store(vault)
        original = store.find_case("IZ-2024-0300")
        twin = store.find_case("IZ-2024-0301")
        twin.duplicate_of = original.uuid
        store.save(twin)
    folder = tmp_path / "all"
    code, out, err = _run(capsys, "--vault", cli_vault, "dossier", "--all", "-o", folder)
    assert code == 0, err
    assert sorted(os.listdir(folder)) == ["IZ-2024-0300-wgeid-en.pdf", "covering-list-wgeid-en.pdf"]
    assert "left out 1 case marked as a duplicate" in out
