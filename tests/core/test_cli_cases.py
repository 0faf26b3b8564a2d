"""``izdeu cases``: link, related, unlink, merge and split from the command line (fictional data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import cli
from app.demo import create_demo_vault
from tests.helpers import PASSPHRASE


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "demo.izdeu"
    create_demo_vault(path, PASSPHRASE, 9, files=False)
    return path


def _run(capsys: pytest.CaptureFixture[str], vault: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--vault", str(vault), "cases", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _numbers(capsys: pytest.CaptureFixture[str], vault: Path) -> list[str]:
    cli.main(["--vault", str(vault), "list", "--json"])
    return [c["case_number"] for c in json.loads(capsys.readouterr().out)["cases"]]


def _related(capsys: pytest.CaptureFixture[str], vault: Path, case: str) -> list[dict]:
    code, out, _ = _run(capsys, vault, "related", case, "--json")
    assert code == 0
    return json.loads(out)["cases"]


def test_link_merge_split_from_the_command_line(capsys: pytest.CaptureFixture[str], vault: Path) -> None:
    numbers = _numbers(capsys, vault)
    uyghur, again, uncle = numbers[1], numbers[5], numbers[6]
    assert [(r["case_number"], r["relation"]) for r in _related(capsys, vault, again)] == [
        (uyghur, "same-person")
    ]
    code, _, _ = _run(capsys, vault, "link", numbers[0], "parent", uncle, "--certainty", "possible")
    assert code == 0
    assert (numbers[0], "child", "possible") in {
        (r["case_number"], r["relation"], r["certainty"]) for r in _related(capsys, vault, uncle)
    }
    code, out, _ = _run(capsys, vault, "merge", uyghur, again, "--json")
    assert code == 0 and json.loads(out)["merged"]
    assert [r["merged"] for r in _related(capsys, vault, uyghur)] == [True]
    code, _, err = _run(capsys, vault, "merge", uncle, again)
    assert code == 7 and err.count("\n") == 1 and "already merged" in err
    code, out, _ = _run(capsys, vault, "split", again)
    assert code == 0 and "split" in out
    assert [r["merged"] for r in _related(capsys, vault, uyghur)] == [False]
    assert _run(capsys, vault, "unlink", numbers[0], uncle)[0] == 0
    assert _run(capsys, vault, "unlink", numbers[0], uncle)[0] == 6


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("link", "IZ-NONE", "sibling", "IZ-NONE-2"), 6),
        (("link", "{0}", "cousin", "{1}"), 2),
        (("link", "{0}", "sibling", "{0}"), 7),
        (("merge", "{0}", "{0}"), 7),
        (("split", "{0}"), 7),
    ],
)
def test_bad_requests_one_clear_line(
    capsys: pytest.CaptureFixture[str], vault: Path, args: tuple[str, ...], code: int
) -> None:
    numbers = _numbers(capsys, vault)
    got, out, err = _run(capsys, vault, *(a.format(*numbers) for a in args))
    assert got == code and err.strip().splitlines()[-1].startswith("izdeu")
