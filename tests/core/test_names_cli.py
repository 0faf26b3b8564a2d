"""``izdeu duplicates`` (score and reasons, one case or --all) and ``izdeu decode-id``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import cli
from app.model import Case, IdDocument, Name, PartialDate
from app.store import Store
from app.vault import Vault
from tests.core.test_names_ids import prc
from tests.helpers import PASSPHRASE


@pytest.fixture
def vault_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "names.izdeu"
    with Vault.create(path, PASSPHRASE) as vault:
        store = Store(vault)
        for number, name, born in (
            ("IZ-1", "Нұрлан Жақсыбеков", PartialDate(1985, 3, 12)),
            ("IZ-2", "努尔兰·加克斯别克", PartialDate(1985, 3, 12)),
            ("IZ-3", "Ерлан Жақсыбеков", PartialDate(1988)),
        ):
            case = Case(case_number=number)
            case.person.names = [Name(name)]
            case.person.birth_date = born
            store.save(case)
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    return path


def test_duplicates_across_scripts_with_reasons(vault_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--vault", str(vault_file), "duplicates", "IZ-1"]) == 0
    out = capsys.readouterr().out
    assert "IZ-2" in out and "IZ-3" not in out
    assert "names sound alike: Нұрлан Жақсыбеков ≈ 努尔兰·加克斯别克" in out
    assert "same birth date 1985-03-12" in out
    assert cli.main(["--vault", str(vault_file), "duplicates", "IZ-2", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [c["case_number"] for c in doc["cases"]] == ["IZ-1"]
    assert doc["cases"][0]["score"] >= 0.75
    assert doc["cases"][0]["reasons"][0]["code"] == "name"


def test_duplicates_all(vault_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--vault", str(vault_file), "duplicates", "--all", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["cases"]) == 1
    assert {doc["cases"][0]["of"]["case_number"], doc["cases"][0]["case_number"]} == {"IZ-1", "IZ-2"}
    assert cli.main(["--vault", str(vault_file), "duplicates"]) == 2  # neither CASE nor --all


def test_decode_id(capsys: pytest.CaptureFixture[str]) -> None:
    number = prc("65402119850312001")
    assert cli.main(["decode-id", number]) == 0
    out = capsys.readouterr().out
    assert "born 1985-03-12, male" in out and "伊宁县" in out and "2001-" in out
    assert cli.main(["decode-id", number[:-1] + ("1" if number[-1] != "1" else "2")]) != 0
    assert "check digit" in capsys.readouterr().err
    assert cli.main(["decode-id", "N1234567"]) != 0


def test_show_says_what_the_id_number_gives(vault_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Vault.open(vault_file, PASSPHRASE) as vault:
        store = Store(vault)
        case = store.find_case("IZ-1")
        case.person.id_documents = [IdDocument("PRC resident ID", prc("65402119850312001"))]
        store.save(case)
    assert cli.main(["--vault", str(vault_file), "show", "IZ-1"]) == 0
    out = capsys.readouterr().out
    assert (
        "(the number gives: born 1985-03-12, male; registered in 新疆维吾尔自治区 伊犁哈萨克自治州 伊宁县)"
        in out
    )
