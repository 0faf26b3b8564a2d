"""The izdeu command line, mostly in-process (cheap KDF), a few runs as a real process."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from app import cli, cli_context
from app.paths import Paths
from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE

NEW = "another long passphrase 42"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    def _run(*args: str) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def demo_vault(tmp_path: Path, env: None, run) -> Path:
    path = tmp_path / "demo.izdeu"
    code, out, _ = run("--vault", path, "demo", "--cases", "9")
    assert code == 0 and "9 cases" in out
    return path


def _number_of(run, vault: Path, name: str) -> str:
    """The case number of the demo case with ``name`` (numbers depend on today's date)."""
    code, out, _ = run("--vault", vault, "list", "--json")
    return next(c["case_number"] for c in json.loads(out)["cases"] if c["names"] == name)


def _one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("izdeu: error:")]
    assert len(lines) == 1 and "Traceback" not in err
    return lines[0]


# --- init, passphrases -------------------------------------------------------------------


def test_init_default_path_and_existing_file(env: None, run) -> None:
    code, out, _ = run("init")
    default = Paths.default().default_vault
    assert code == 0 and default.exists() and str(default) in out
    before = default.read_bytes()
    code, _, err = run("init")
    assert code == 7 and "already exists" in _one_line_error(err)
    assert default.read_bytes() == before


def test_init_weak_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    monkeypatch.setenv("IZDEU_NEW_PASSPHRASE", "short")
    code, _, err = run("--vault", tmp_path / "v.izdeu", "init")
    assert code == 7 and "at least" in _one_line_error(err)
    assert not (tmp_path / "v.izdeu").exists()


def test_prompted_passphrases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    answers = iter([PASSPHRASE, "something else entirely"])
    monkeypatch.setattr(cli_context, "_getpass", lambda prompt: next(answers))
    code, _, err = run("--vault", tmp_path / "v.izdeu", "init")
    assert code == 7 and "differ" in _one_line_error(err)

    answers = iter([PASSPHRASE, PASSPHRASE, PASSPHRASE])
    code, _, _ = run("--vault", tmp_path / "v.izdeu", "init")
    assert code == 0
    code, out, _ = run("--vault", tmp_path / "v.izdeu", "list")
    assert code == 0 and "0 of 0" in out

    def eof(prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr(cli_context, "_getpass", eof)
    code, _, err = run("--vault", tmp_path / "v.izdeu", "list")
    assert code == 9 and _one_line_error(err)


def test_wrong_passphrase_leaves_the_vault_alone(demo_vault: Path, monkeypatch, run) -> None:
    before = demo_vault.read_bytes()
    monkeypatch.setenv("IZDEU_PASSPHRASE", "not the passphrase at all")
    for command in (["list"], ["show", "IZ-1999-0001"], ["check"], ["passwd"], ["import", demo_vault]):
        code, _, err = run("--vault", demo_vault, *command)
        assert code == 3, command
        assert "wrong passphrase" in _one_line_error(err)
    assert demo_vault.read_bytes() == before


def test_missing_vault(tmp_path: Path, env: None, run) -> None:
    code, _, err = run("--vault", tmp_path / "nowhere.izdeu", "list")
    assert code == 6 and "no vault at" in _one_line_error(err)
    assert not (tmp_path / "nowhere.izdeu").exists()


def test_vault_in_use(demo_vault: Path, run) -> None:
    with Vault.open(demo_vault, PASSPHRASE):
        code, _, err = run("--vault", demo_vault, "list")
    assert code == 5 and "already open" in _one_line_error(err)


def test_passwd(demo_vault: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    monkeypatch.setenv("IZDEU_NEW_PASSPHRASE", NEW)
    code, out, _ = run("--vault", demo_vault, "passwd")
    assert code == 0 and "changed" in out
    code, _, _ = run("--vault", demo_vault, "list")
    assert code == 3
    monkeypatch.setenv("IZDEU_PASSPHRASE", NEW)
    code, out, _ = run("--vault", demo_vault, "list")
    assert code == 0 and "9 of 9" in out


# --- demo, list, show, search --------------------------------------------------------------


def test_demo_default_path(env: None, run) -> None:
    code, out, _ = run("demo", "--cases", "6")
    assert code == 0 and Paths.default().demo_vault.exists()
    assert not Paths.default().default_vault.exists()
    code, _, err = run("demo")
    assert code == 7 and _one_line_error(err)
    code, out, _ = run("--vault", Paths.default().demo_vault, "list")
    assert "6 of 6" in out


def test_demo_bulk(tmp_path: Path, env: None, run) -> None:
    code, out, err = run(
        "--vault", tmp_path / "b.izdeu", "demo", "--bulk", "--cases", "30", "--testimonies", "2"
    )
    assert code == 0 and "30 cases" in out and "30/30" in err


def test_list(demo_vault: Path, run) -> None:
    code, out, _ = run("--vault", demo_vault, "list")
    assert code == 0 and "9 of 9 cases" in out
    assert "Ақжол Бектайұлы" in out and "نۇرنىسا قۇتبەك" in out and "努尔尼萨" in out
    code, out, _ = run("--vault", demo_vault, "list", "--json", "--sort", "disappeared", "--descending")
    doc = json.loads(out)
    assert doc["format"] == "izdeu-case-list" and doc["version"] == 1 and doc["total"] == 9
    assert set(doc["cases"][0]) == {
        "uuid",
        "case_number",
        "names",
        "status",
        "person_status",
        "disappeared",
        "hometown",
        "updated",
        "next_follow_up",
    }
    code, out, _ = run("--vault", demo_vault, "list", "--json", "--hometown", "Peyziwat")
    assert any("Nurnisa" in c["names"] for c in json.loads(out)["cases"])
    code, out, _ = run(
        "--vault", demo_vault, "list", "--json", "--status", "open", "--limit", "2", "--follow-up-due"
    )
    cases = json.loads(out)["cases"]
    assert len(cases) <= 2 and all(c["status"] == "open" for c in cases)
    code, out, _ = run("--vault", demo_vault, "list", "--json", "--year", "2018")
    assert all(c["disappeared"].lstrip("~").startswith("2018") for c in json.loads(out)["cases"])


def test_usage_errors(demo_vault: Path, run) -> None:
    for args in (
        ["list", "--sort", "shoe-size"],
        ["list", "--year", "x"],
        ["frobnicate"],
        ["show"],
        ["export"],
        ["list", "--status", "lost"],
    ):
        code, _, err = run("--vault", demo_vault, *args)
        assert code == 2, args
        assert "izdeu: error:" in err
    code, out, _ = run("--help")
    assert code == 0 and "export" in out and "import" in out


def test_show(demo_vault: Path, run) -> None:
    code, out, _ = run("--vault", demo_vault, "list", "--json")
    rows = json.loads(out)["cases"]
    uyghur = next(r for r in rows if "Nurnisa" in r["names"])
    code, out, _ = run("--vault", demo_vault, "show", uyghur["case_number"])
    assert code == 0 and "Uyghur (Arabic script) (legal name): نۇرنىسا قۇتبەك" in out
    assert "CONSENT WITHDRAWN" in out and "-يىلى" in out
    assert "+7 700" not in out  # contact details only with --json
    code, out, _ = run("--vault", demo_vault, "show", uyghur["uuid"], "--json")
    doc = json.loads(out)
    assert doc["format"] == "izdeu-case" and doc["case"]["uuid"] == uyghur["uuid"]
    assert doc["witnesses"][0]["contact"].startswith("+7 700")
    code, _, err = run("--vault", demo_vault, "show", "IZ-1999-9999")
    assert code == 6 and _one_line_error(err)


def test_search(demo_vault: Path, run) -> None:
    code, out, _ = run("--vault", demo_vault, "search", "2017-يىلى")
    assert code == 0 and "[2017]" in out and "Nurnisa" in out
    assert re.search(r"^(1 case|\d+ cases) found$", out, re.MULTILINE)
    code, out, _ = run("--vault", demo_vault, "search", "努尔尼萨", "--json")
    doc = json.loads(out)
    assert doc["format"] == "izdeu-search" and doc["hits"]
    hit = doc["hits"][0]
    assert hit["case_number"] and hit["snippets"][0]["highlights"]
    code, out, _ = run("--vault", demo_vault, "search", "zzzzqqq")
    assert code == 0 and "0 cases found" in out


# --- attachments ---------------------------------------------------------------------------


def test_attach_and_export_attachment(demo_vault: Path, tmp_path: Path, run) -> None:
    source = tmp_path / "скан письма.pdf"
    source.write_bytes(b"%PDF-1.4 fictional\n" + bytes(range(256)))
    number = _number_of(run, demo_vault, "Сайхан")
    code, out, _ = run("--vault", demo_vault, "attach", number, source, "--description", "демо")
    assert code == 0
    uuid = out.split()[0]
    target = tmp_path / "copy.pdf"
    code, _, _ = run("--vault", demo_vault, "export-attachment", uuid, "-o", target)
    assert code == 0 and target.read_bytes() == source.read_bytes()
    code, _, err = run("--vault", demo_vault, "export-attachment", uuid, "-o", target)
    assert code == 7 and "--force" in _one_line_error(err)
    code, _, _ = run("--vault", demo_vault, "export-attachment", uuid, "-o", target, "--force")
    assert code == 0
    code, _, err = run(
        "--vault",
        demo_vault,
        "export-attachment",
        "00000000-0000-4000-8000-000000000000",
        "-o",
        tmp_path / "x",
    )
    assert code == 6 and _one_line_error(err)
    code, _, err = run("--vault", demo_vault, "attach", number, tmp_path / "none.pdf")
    assert code == 6
    code, _, err = run("--vault", demo_vault, "attach", "IZ-1999-0001", source)
    assert code == 6


# --- export, import, check -----------------------------------------------------------------


def test_export_import_round_trip(demo_vault: Path, tmp_path: Path, run) -> None:
    exported = tmp_path / "cases.json"
    code, out, err = run("--vault", demo_vault, "export", "-o", exported)
    assert code == 0 and "exported 9 cases" in out and "NOT encrypted" in err
    assert oct(exported.stat().st_mode & 0o777) == "0o600"
    copy = tmp_path / "copy.izdeu"
    assert run("--vault", copy, "init")[0] == 0
    code, out, _ = run("--vault", copy, "import", exported)
    assert code == 0 and "imported 9 cases" in out
    with Vault.open(demo_vault, PASSPHRASE) as a, Vault.open(copy, PASSPHRASE) as b:
        first, second = Store(a), Store(b)
        left = {(r.KIND, r.uuid): r.to_dict() for r in first.iter_records()}
        right = {(r.KIND, r.uuid): r.to_dict() for r in second.iter_records()}
        assert left == right
        for kind, uuid in left:
            if kind == "attachment":
                assert b"".join(first.attachment_chunks(uuid)) == b"".join(second.attachment_chunks(uuid))
    # Again: refused (exit 7), or skipped on request.
    code, _, err = run("--vault", copy, "import", exported)
    assert code == 7 and "already in this vault" in _one_line_error(err)
    code, out, _ = run("--vault", copy, "import", exported, "--skip-existing")
    assert code == 0 and "skipped 9 cases" in out
    # One case by number.
    one = tmp_path / "one.json"
    number = _number_of(run, demo_vault, "Сайхан")
    code, out, _ = run("--vault", demo_vault, "export", "-o", one, "--case", number)
    assert code == 0 and "exported 1 case, 1 record" in out
    code, _, err = run("--vault", demo_vault, "export", "-o", one)
    assert code == 7
    code, _, err = run("--vault", demo_vault, "export", "-o", tmp_path / "n.json", "--case", "IZ-1999-0001")
    assert code == 6 and not (tmp_path / "n.json").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"format": "izdeu-cases", "version": 1, "cases": [], "colour": "blue"}',
        b'{"format": "izdeu-cases", "version": 1, "cases": [{"case": {"uuid": '
        b'"00000000-0000-4000-8000-000000000001", "created": "2024-01-01T00:00:00.000000Z", '
        b'"updated": "2024-01-01T00:00:00.000000Z", "summary": "SECRET\\ud800"}}]}',
        b'{"format": "izdeu-cases", "version": 1, "cases": [{"case": {"uuid": '
        b'"00000000-0000-4000-8000-000000000001", "created": "2024-01-01T00:00:00.000000Z", '
        b'"updated": "2024-01-01T00:00:00.000000Z", "summary": "SECRET\\u0000"}}]}',
        b'{"format": "izdeu-cases", "version": 1, "cases": [], "x": "\x00"}',
    ],
    ids=["malformed", "unknown-field", "lone-surrogate", "nul-escape", "raw-nul"],
)
def test_bad_import_files(content: bytes, demo_vault: Path, tmp_path: Path, run) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with Vault.open(demo_vault, PASSPHRASE) as vault:
        before = len(list(Store(vault).iter_records()))
    code, _, err = run("--vault", demo_vault, "import", bad)
    line = _one_line_error(err)
    assert code == 7 and "SECRET" not in line
    with Vault.open(demo_vault, PASSPHRASE) as vault:
        assert len(list(Store(vault).iter_records())) == before


def test_import_newer_version_and_missing_file(demo_vault: Path, tmp_path: Path, run) -> None:
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "izdeu-cases", "version": 99, "cases": []}')
    assert run("--vault", demo_vault, "import", newer)[0] == 8
    assert run("--vault", demo_vault, "import", tmp_path / "none.json")[0] == 6


def test_check(demo_vault: Path, run) -> None:
    code, out, _ = run("--vault", demo_vault, "check")
    assert code == 0 and "audit log chain: ok" in out


def test_check_finds_an_edited_audit_log(demo_vault: Path, run) -> None:
    # The page and structure checks are the vault's, the chain the store's: the command runs
    # both (app/store/integrity.py), so history edited by someone with the key is reported.
    with Vault.open(demo_vault, PASSPHRASE) as vault:
        vault.conn.execute("DROP TRIGGER audit_no_update")
        vault.conn.execute("UPDATE audit SET actor = 'someone else' WHERE seq = 2")
    code, out, _ = run("--vault", demo_vault, "check")
    assert code == 4
    assert "page encryption: ok" in out and "audit log chain: FAILED" in out
    assert "audit entry 2 was altered" in out


# --- dispatch, registry, error handling ----------------------------------------------------


def test_no_command_opens_the_desktop_app(monkeypatch: pytest.MonkeyPatch, run, tmp_path: Path) -> None:
    calls = []
    fake = types.ModuleType("ui.main")
    fake.main = lambda: calls.append(1) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.main", fake)
    assert run()[0] == 0 and calls == [1]
    # With --vault and no command, the app is told which vault to unlock.
    opened = []
    fake.main = lambda vault=None: opened.append(vault) or 0  # type: ignore[attr-defined]
    assert run("--vault", tmp_path / "field.izdeu")[0] == 0
    assert opened == [tmp_path / "field.izdeu"]
    monkeypatch.setitem(sys.modules, "ui.main", None)  # import fails
    code, _, err = run()
    assert code == 1 and "desktop app is not available" in _one_line_error(err)


def _registered(monkeypatch: pytest.MonkeyPatch, name: str, handler) -> None:
    cli.commands()  # plugins loaded first, so the fake command is not overwritten
    monkeypatch.setitem(cli._COMMANDS, name, cli.Command(name, "test", lambda p: None, handler))


def test_unexpected_errors_are_one_generic_line(monkeypatch: pytest.MonkeyPatch, run) -> None:
    def boom(args: argparse.Namespace, ctx: cli.CliContext) -> int:
        raise RuntimeError("Ақжол SECRET row data")

    _registered(monkeypatch, "boom", boom)
    code, out, err = run("boom")
    assert code == 1 and "SECRET" not in err + out
    assert "unexpected error" in _one_line_error(err)

    def interrupted(args: argparse.Namespace, ctx: cli.CliContext) -> int:
        raise KeyboardInterrupt

    _registered(monkeypatch, "stop", interrupted)
    code, _, err = run("stop")
    assert code == 130 and "Traceback" not in err


def test_registry_for_other_modules(monkeypatch: pytest.MonkeyPatch, run) -> None:
    seen = []

    def verify(args: argparse.Namespace, ctx: cli.CliContext) -> int:
        seen.append((getattr(args, "file", None), ctx.vault_path))
        return 4

    _registered(monkeypatch, "verify-test", verify)
    assert run("--vault", "/x.izdeu", "verify-test")[0] == 4
    assert seen == [(None, Path("/x.izdeu"))]

    def configure(p: argparse.ArgumentParser) -> None:
        p.add_argument("file")

    monkeypatch.setitem(cli._COMMANDS, "verify-test", cli.Command("verify-test", "test", configure, verify))
    seen.clear()
    assert run("verify-test", "backup.age")[0] == 4 and seen[0][0] == "backup.age"

    monkeypatch.setitem(
        cli._FLAGS,
        "--self-test-x",
        cli.GlobalFlag("--self-test-x", "test", lambda args, ctx: 0 if ctx.out.write("self ok\n") else 1),
    )
    code, out, _ = run("--self-test-x")
    assert code == 0 and "self ok" in out


def test_commands_are_exactly_those_of_the_listed_modules() -> None:
    listed = cli.commands()
    assert {c.module for c in listed.values()} | {"app.selftest"} == set(cli.COMMAND_MODULES)
    assert list(listed)[:3] == ["init", "demo", "list"] and "--self-test" in cli._FLAGS

    # Importing a module that marks a command adds nothing: only the explicit list counts.
    stray = types.ModuleType("app.stray_commands")
    exec(
        "from app.cli import register\n"
        "@register('stray', help='not listed')\n"
        "def _stray(args, ctx):\n    return 0\n",
        stray.__dict__,
    )
    assert "stray" not in cli.commands()
    assert cli.collect([stray])[0]["stray"].help == "not listed"

    # The same name in two listed modules is a programming error, found when collecting.
    twin = types.ModuleType("app.twin_commands")
    exec(
        "from app.cli import register\n"
        "@register('list', help='again')\n"
        "def _list(args, ctx):\n    return 0\n",
        twin.__dict__,
    )
    with pytest.raises(ValueError, match="defined twice"):
        cli.collect([importlib.import_module("app.commands"), twin])


# --- as a real process (real Argon2id cost: keep these few) ------------------------------


def _process(*args: str, env_extra: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IZDEU_")}
    env.update(IZDEU_HOME=str(tmp_path / "home"), **env_extra)
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.real_kdf
def test_real_process_exit_codes(tmp_path: Path) -> None:
    vault = str(tmp_path / "p.izdeu")
    done = _process("--vault", vault, "list", env_extra={"IZDEU_PASSPHRASE": PASSPHRASE}, tmp_path=tmp_path)
    assert done.returncode == 6 and done.stderr.startswith("izdeu: error: no vault")
    done = _process("--vault", vault, "list", "--sort", "nope", env_extra={}, tmp_path=tmp_path)
    assert done.returncode == 2
    done = _process("--vault", vault, "init", env_extra={"IZDEU_PASSPHRASE": PASSPHRASE}, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    before = Path(vault).read_bytes()
    done = _process(
        "--vault", vault, "list", env_extra={"IZDEU_PASSPHRASE": "wrong one, sorry"}, tmp_path=tmp_path
    )
    assert done.returncode == 3 and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr and Path(vault).read_bytes() == before
    done = _process("--vault", vault, "list", env_extra={}, tmp_path=tmp_path)
    assert done.returncode in (2, 9)  # no terminal to ask on (2), or an empty answer (9)


def test_duplicates_command(tmp_path, capsys, monkeypatch) -> None:
    from app import cli
    from app.model import Case, Name
    from app.store import Store
    from app.vault import Vault
    from tests.helpers import PASSPHRASE

    path = tmp_path / "dup.izdeu"
    with Vault.create(path, PASSPHRASE) as vault:
        store = Store(vault)
        for number, name in (
            ("IZ-1", "Әсел Құдайбергенова"),
            ("IZ-2", "Асель Кудайбергенова"),
            ("IZ-3", "Гүлнар Сейітова"),
        ):
            case = Case(case_number=number)
            case.person.names = [Name(name, "kk-Cyrl")]
            store.save(case)
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--vault", str(path), "duplicates", "IZ-1"]) == 0
    out = capsys.readouterr().out
    assert "IZ-2" in out and "IZ-3" not in out
    assert cli.main(["--vault", str(path), "duplicates", "IZ-3"]) == 0
    assert "no other case" in capsys.readouterr().out
    assert cli.main(["--vault", str(path), "duplicates", "IZ-9"]) == 6
