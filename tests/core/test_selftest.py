"""`izdeu --self-test` (app/selftest.py): one line per step, honest failures, nothing left behind."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app import selftest
from app.cli import main as cli_main
from app.errors import EXIT_OK, EXIT_OTHER, WrongPassphraseError


@pytest.fixture
def tmpdir_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The self-test's temporary folders are made here, so the test can see what is left."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def run() -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run_self_test(out)
    return code, out.getvalue().splitlines()


def step_lines(lines: list[str]) -> dict[str, str]:
    steps = {}
    for line in lines[1:-1]:
        status, name = line.split()[:2]
        steps[name] = status
    return steps


def test_every_step_prints_one_line_in_order(tmpdir_root: Path) -> None:
    code, lines = run()
    assert lines[0].startswith("Izdeu ") and "self-test" in lines[0]
    assert list(step_lines(lines)) == list(selftest.STEPS)
    assert set(step_lines(lines).values()) == {"PASS"}, lines
    assert code == EXIT_OK
    assert lines[-1].startswith(f"self-test passed: {len(selftest.STEPS)} of {len(selftest.STEPS)}")
    assert list(tmpdir_root.iterdir()) == []  # the throw-away folder is gone


def test_a_dossier_without_the_fonts_of_every_script_fails(
    tmpdir_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.dossier.builder

    real = app.dossier.builder.make_dossier

    def latin_only(store, case_uuid, options):
        dossier = real(store, case_uuid, options)
        pdf = dossier.pdf.replace(b"WenQuanYi", b"Helvetica")
        return dataclasses.replace(dossier, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest())

    monkeypatch.setattr(app.dossier.builder, "make_dossier", latin_only)
    code, lines = run()
    assert code == EXIT_OTHER
    assert step_lines(lines)["dossier"] == "FAIL"
    assert "fonts missing from the PDF: WenQuanYi" in next(x for x in lines if " dossier " in x)


def test_a_dossier_that_is_no_pdf_fails(tmpdir_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.dossier.builder

    def garbage(dossier, path):
        Path(path).write_bytes(b"not a pdf")

    monkeypatch.setattr(app.dossier.builder, "write_dossier", garbage)
    code, lines = run()
    assert code == EXIT_OTHER
    assert step_lines(lines)["dossier"] == "FAIL"
    assert "not a complete PDF" in next(x for x in lines if " dossier " in x)


def test_a_failing_step_fails_those_that_need_it(tmpdir_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_vault(self: selftest.SelfTest) -> str:
        raise WrongPassphraseError()

    monkeypatch.setattr(selftest.SelfTest, "step_vault", broken_vault)
    code, lines = run()
    steps = step_lines(lines)
    assert code == EXIT_OTHER
    assert steps["vault"] == "FAIL"
    for dependent in ("case", "search", "attachment", "recording", "dossier", "backup", "restore", "delete"):
        assert steps[dependent] == "FAIL", dependent
    assert steps["resources"] == "PASS" and steps["cleanup"] == "PASS"
    assert "WrongPassphraseError" in next(x for x in lines if " vault " in x)
    assert "needs the vault step" in next(x for x in lines if " case " in x)
    assert list(tmpdir_root.iterdir()) == []


def test_an_unexpected_error_is_one_line_and_the_folder_still_goes(
    tmpdir_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(self: selftest.SelfTest) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(selftest.SelfTest, "step_backup", crash)
    code, lines = run()
    assert code == EXIT_OTHER
    assert "unexpected RuntimeError: boom" in next(x for x in lines if " backup " in x)
    assert step_lines(lines)["restore"] == "FAIL"
    assert step_lines(lines)["delete"] == "PASS"
    assert list(tmpdir_root.iterdir()) == []


def test_missing_fonts_fail_the_resources_step(
    tmpdir_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.paths

    empty = tmp_path / "resources"
    (empty / "fonts").mkdir(parents=True)
    monkeypatch.setattr(app.paths, "RESOURCES", empty)
    code, lines = run()
    assert code == EXIT_OTHER
    assert step_lines(lines)["resources"] == "FAIL"


def test_the_users_own_data_folder_is_not_touched(tmpdir_root: Path, _isolated_home: Path) -> None:
    run()
    assert not _isolated_home.exists()


def test_cli_flag_runs_it(tmpdir_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--self-test"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.count("PASS  ") == len(selftest.STEPS)
    assert (
        "--self-test"
        in subprocess.run(
            [sys.executable, "-m", "app", "--help"], capture_output=True, text=True, check=True
        ).stdout
    )


def test_no_qt_is_loaded(tmp_path: Path) -> None:
    code = (
        "import io, sys, app.selftest as s; s.run_self_test(io.StringIO()); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
        env={"PATH": "/usr/bin:/bin", "TMPDIR": str(tmp_path), "IZDEU_HOME": str(tmp_path / "home")},
    )
    assert result.stdout.strip() == "[]"


def test_a_console_that_cannot_show_every_character(
    tmpdir_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cyrillic_error(self: selftest.SelfTest) -> str:
        raise selftest.StepFailed("папка недоступна")

    monkeypatch.setattr(selftest.SelfTest, "step_resources", cyrillic_error)
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="cp1252")
    assert selftest.run_self_test(out) == EXIT_OTHER
    out.flush()
    text = raw.getvalue().decode("cp1252")
    assert "FAIL  resources  \\u043f" in text
    assert text.count("\n") == len(selftest.STEPS) + 2


def test_a_recording_that_decodes_short_fails_its_step(
    tmpdir_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The encoder losing its last second (a stream not ended) is caught by decoding."""
    from app.media import encoder

    real_close = encoder.StreamEncoder.close

    def lose_the_end(self: encoder.StreamEncoder) -> bytes:
        real_close(self)
        return b""

    monkeypatch.setattr(encoder.StreamEncoder, "close", lose_the_end)
    code, lines = run()
    assert code == EXIT_OTHER
    assert step_lines(lines)["recording"] == "FAIL"
    assert "tone decoded to" in next(x for x in lines if " recording " in x)
    assert step_lines(lines)["dossier"] == "PASS"
