"""Hostile input files and hostile old data: one clear line, nothing changed, nothing hangs.

Each command runs in a thread with a deadline, so a regression (a FIFO that blocks ``open``)
fails the test instead of hanging it; the FIFO is then opened for writing to release it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app import cli, cli_context
from app.inputs import open_regular, read_regular
from app.model import Case, Name, Testimony
from app.store import Store, writes
from app.vault import Vault
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")

DEADLINE = 30  # seconds; every refusal here takes milliseconds


@pytest.fixture
def vault_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "v.izdeu"
    vault = Vault.create(path, PASSPHRASE)
    Store(vault).save(Case(case_number="IZ-1"))
    vault.close()
    return path


@pytest.fixture
def fifo(tmp_path: Path):
    path = tmp_path / "cases.json"
    os.mkfifo(path)
    yield path
    # Release a reader that a regression left blocked in open() (a writer unblocks it).
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


def _run_bounded(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(cli.main([str(a) for a in args])), daemon=True)
    thread.start()
    thread.join(DEADLINE)
    out, err = capsys.readouterr()
    assert result, f"izdeu {' '.join(map(str, args))} did not finish within {DEADLINE} s"
    return result[0], out, err


def _one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("izdeu: error: "), err
    return lines[0]


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def _no_passphrase_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The file must be refused before the vault is opened (and locked)."""
    monkeypatch.delenv("IZDEU_PASSPHRASE")

    def ask(_prompt: str) -> str:
        raise AssertionError("the passphrase was asked before the input file was checked")

    monkeypatch.setattr(cli_context, "_getpass", ask)


# --- import: not a regular file ---------------------------------------------------------------


@pytest.mark.parametrize("kind", ["FIFO", "folder"])
def test_import_of_a_fifo_or_folder_is_refused_at_once(
    kind: str,
    vault_file: Path,
    tmp_path: Path,
    fifo: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = fifo
    if kind == "folder":
        target = tmp_path / "a-folder.json"
        target.mkdir()
    before = _digest(tmp_path)
    _no_passphrase_asked(monkeypatch)
    code, out, err = _run_bounded(capsys, "--vault", vault_file, "import", target)
    assert code == 7 and out == ""
    line = _one_line_error(err)
    assert "case file" in line and str(tmp_path) not in line
    assert _digest(tmp_path) == before  # the vault (and everything beside it) unchanged
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    code, out, _ = _run_bounded(capsys, "--vault", vault_file, "list")
    assert code == 0 and "1 of 1 case" in out  # no lock left behind


@pytest.mark.parametrize("kind", ["FIFO", "/dev/zero", "symlink to a FIFO"])
def test_a_vault_path_that_is_not_a_regular_file_is_refused_at_once(
    kind: str, tmp_path: Path, fifo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a FIFO as the vault blocked in open() for ever; /dev/zero read as a salt."""
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    target = {"FIFO": fifo, "/dev/zero": Path("/dev/zero")}.get(kind, tmp_path / "link.izdeu")
    if kind == "symlink to a FIFO":
        target.symlink_to(fifo)
    code, out, err = _run_bounded(capsys, "--vault", target, "list")
    assert code == 3 and out == ""
    assert "not an Izdeu vault" in _one_line_error(err)


@pytest.mark.parametrize("kind", ["/dev/zero", "symlink to /dev/zero"])
def test_import_of_dev_zero_is_refused_at_once(kind: str, vault_file: Path, tmp_path: Path) -> None:
    """In a process limited to 1 GiB of memory, so a regression fails with an error instead of
    filling the machine's memory; without a passphrase, so reaching the vault would fail
    differently (exit 2)."""
    target = Path("/dev/zero")
    if kind != "/dev/zero":
        target = tmp_path / "zero.json"
        target.symlink_to("/dev/zero")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))

    before = _digest(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("IZDEU_")}
    env.update(IZDEU_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "app", "--vault", str(vault_file), "import", str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=DEADLINE * 2,
        preexec_fn=limit,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 7, done.stderr
    assert done.stdout == ""
    assert _one_line_error(done.stderr) == (
        "izdeu: error: the case file is not a regular file (a device, pipe or socket cannot be read)"
    )
    assert _digest(tmp_path) == before


def test_a_case_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:
        fh.truncate(2 * 1024**3)  # sparse: no disk space used
    with pytest.raises(Exception) as info:
        read_regular(big, 1024**3, "case file")
    assert str(info.value) == "the case file is too large (limit 1 GiB)"
    assert getattr(info.value, "exit_code", None) == 7


def test_open_regular_names_the_kind_of_file_never_the_path(tmp_path: Path, fifo: Path) -> None:
    secret = tmp_path / "Айгүл-secret.key"
    link = tmp_path / "zero.key"
    link.symlink_to("/dev/zero")
    for path, expected in [
        (secret, "the key file does not exist"),
        (fifo, "the key file is not a regular file"),
        (Path("/dev/zero"), "the key file is not a regular file"),
        (link, "the key file is not a regular file"),
        (tmp_path, "that path is a folder, not a key file"),
    ]:
        with pytest.raises(Exception) as info:
            open_regular(path, None, "key file")
        assert str(info.value).startswith(expected) and "Айгүл" not in str(info.value)


# --- import: hostile JSON numbers ---------------------------------------------------------


def _case_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("number", ["1" * 10_000, "-" + "9" * 5_000, "1e999", "-1e999", "1." + "0" * 10_000])
def test_huge_numbers_in_a_case_file_give_exit_7(
    number: str, vault_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case_file(
        tmp_path,
        '{"format": "izdeu-cases", "version": 1, "cases": [], '
        f'"attachment_data": {{}}, "tombstones": [{number}]}}',
    )
    before = _digest(vault_file.parent)
    code, _, err = _run_bounded(capsys, "--vault", vault_file, "import", path)
    assert code == 7
    assert "number that is too large" in _one_line_error(err)
    assert _digest(vault_file.parent) == before


def test_huge_version_number_gives_exit_7(
    vault_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case_file(tmp_path, '{"format": "izdeu-cases", "version": ' + "7" * 10_000 + "}")
    code, _, err = _run_bounded(capsys, "--vault", vault_file, "import", path)
    assert code == 7 and "number" in _one_line_error(err)


def test_an_impossible_time_in_a_case_file_gives_exit_7(
    vault_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = Case(case_number="IZ-9").to_dict()
    case["updated"] = "2018-13-45T99:99:99Z"
    path = _case_file(
        tmp_path, json.dumps({"format": "izdeu-cases", "version": 1, "cases": [{"case": case}]})
    )
    code, _, err = _run_bounded(capsys, "--vault", vault_file, "import", path)
    assert code == 7 and "case 1: updated: no such date or time" in _one_line_error(err)


# --- other readers: backups, key files, attachments --------------------------------------


def test_backup_and_key_files_must_be_regular(
    vault_file: Path, tmp_path: Path, fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (
        ["verify", fifo],
        ["merge", fifo],
        ["verify", "/dev/zero"],
        ["restore", fifo, "--vault", tmp_path / "new.izdeu"],
    ):
        code, _, err = _run_bounded(capsys, "--vault", vault_file, *args)
        assert code == 7, (args, err)
        assert "not a regular file" in _one_line_error(err)
    regular = tmp_path / "backup.izdeu-backup"
    regular.write_bytes(b"age-encryption.org/v1\n")
    for key in (fifo, Path("/dev/zero")):
        code, _, err = _run_bounded(capsys, "--vault", vault_file, "verify", regular, "--key", key)
        assert code == 7 and "the key file is not a regular file" in _one_line_error(err)
    code, _, err = _run_bounded(capsys, "--vault", vault_file, "backup", "-o", tmp_path, "--to", fifo)
    assert code == 7 and "the key file is not a regular file" in _one_line_error(err)
    assert not (tmp_path / "new.izdeu").exists()


def test_attaching_a_fifo_stores_nothing(vault_file: Path, fifo: Path) -> None:
    vault = Vault.open(vault_file, PASSPHRASE)
    try:
        store = Store(vault)
        case_uuid = store.find_case("IZ-1").uuid
        # (Not /dev/zero in-process: a regression would stream 8 GiB into the vault; the
        # check is the same fstat, see test_open_regular_refuses_devices.)
        for path in (fifo,):
            result: list[BaseException] = []

            def attach(p: Path = path, out: list[BaseException] = result) -> None:
                try:
                    store.add_attachment_file(case_uuid, p)
                except BaseException as exc:  # noqa: BLE001 - handed to the test thread
                    out.append(exc)

            thread = threading.Thread(target=attach, daemon=True)
            thread.start()
            thread.join(DEADLINE)
            assert result, "attaching did not finish"
            assert str(result[0]) == (
                "the file is not a regular file (a device, pipe or socket cannot be read)"
            )
            assert getattr(result[0], "exit_code", None) == 7
        assert store.load_case(case_uuid).attachments == []
    finally:
        vault.close()


# --- hostile old data: the terminal never receives a control sequence ----------------------

HOSTILE = {
    "name": "Жалған\x1b[2J\x1b]0;owned\x07\rIZ-FORGED  open\n\u202eexe.gpj\x9b1m",
    "number": "IZ-2\x1b[1A\x1b[2K\r",
    "testimony": "Куәлік\x1b]52;c;Y3VybA==\x07 мәтіні\r\nFORGED LINE\u2066x\u2069 searchword",
}
RAW_CONTROLS = ("\x1b", "\r", "\x07", "\x9b", "\u202e", "\u2066")


def _strings(value: object) -> set[str]:
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return {value} if isinstance(value, str) else set()


@pytest.fixture
def hostile_vault(vault_file: Path) -> Path:
    """Data that the model refuses today, written below it as an older version could have."""
    vault = Vault.open(vault_file, PASSPHRASE)
    try:
        store = Store(vault)
        case = Case(case_number=HOSTILE["number"])
        case.person.names.append(Name(HOSTILE["name"], "kk-Cyrl"))
        testimony = Testimony(case_uuid=case.uuid, original_text=HOSTILE["testimony"])
        twin = Case(case_number="IZ-3\x1b[5m")  # a possible duplicate: same name
        twin.person.names.append(Name(HOSTILE["name"], "kk-Cyrl"))
        with vault.transaction() as conn:
            writes.save(conn, store.actor, case, False)
            writes.save(conn, store.actor, twin, False)
            writes.save(conn, store.actor, testimony, False)
    finally:
        vault.close()
    return vault_file


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["show", "{uuid}"],
        ["search", "searchword"],
        ["duplicates", "{uuid}"],
        ["list", "--json"],
        ["show", "{uuid}", "--json"],
        ["search", "searchword", "--json"],
    ],
)
def test_cli_output_escapes_control_characters_of_old_data(
    command: list[str], hostile_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run_bounded(capsys, "--vault", hostile_vault, "list", "--json")
    cases = json.loads(out)["cases"]
    uuid = next(c["uuid"] for c in cases if c["case_number"] == HOSTILE["number"])
    args = [a.replace("{uuid}", uuid) for a in command]
    code, out, err = _run_bounded(capsys, "--vault", hostile_vault, *args)
    assert code == 0, err
    for char in RAW_CONTROLS:
        assert char not in out, (args, repr(char))
    # No forged line: every line of the human output is one of ours.
    assert not any(line.startswith(("IZ-FORGED", "FORGED LINE")) for line in out.splitlines())
    if "--json" in args:
        # Still valid JSON that decodes to the stored text, escapes and all.
        assert HOSTILE["number"] in _strings(json.loads(out))
    else:
        assert "\\x1b" in out  # shown, visibly, not obeyed


def test_error_messages_quoting_a_path_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "evil\x1b[2J\rname"
    existing.write_bytes(b"")
    code, _, err = _run_bounded(capsys, "--vault", existing, "init")
    assert code == 7 and "\x1b" not in err and "\r" not in err and "\\x1b[2J" in err


# --- import: text refused by its field's type, named, never quoted ------------------------


def _file_with(case: Case, testimony: Testimony | None = None) -> str:
    entry: dict[str, object] = {"case": case.to_dict()}
    if testimony is not None:
        entry["testimonies"] = [testimony.to_dict()]
    return json.dumps({"format": "izdeu-cases", "version": 1, "cases": [entry]}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Жалған\x1b[2J", "contains a control character"),
        ("Жалған\rIZ-FORGED", "contains a line break"),
        ("Жалған\u202egpj.exe", "contains a bidi embedding, override or isolate character"),
        ("ы" * 5_000_000, "too long (5,000,000 characters; limit 200)"),
    ],
)
def test_import_refuses_a_hostile_name_naming_the_field(
    name: str, problem: str, vault_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = Case(case_number="IZ-7")
    case.person.names.append(Name(name, "kk-Cyrl"))
    path = _case_file(tmp_path, _file_with(case))
    before = _digest(vault_file.parent)
    code, _, err = _run_bounded(capsys, "--vault", vault_file, "import", path)
    line = _one_line_error(err)
    assert code == 7 and line.startswith(f"izdeu: error: case 1: case.person.names[0].text: {problem}"), line
    assert "Жалған" not in line and "\x1b" not in line
    assert _digest(vault_file.parent) == before


def test_import_takes_a_five_mb_testimony(
    vault_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = Case(case_number="IZ-8")
    text = ("Куәгердің айтуынша, ол 2018 жылы әкетілді.\n" * 120_000)[:5_000_000]
    path = _case_file(tmp_path, _file_with(case, Testimony(case_uuid=case.uuid, original_text=text)))
    code, out, err = _run_bounded(capsys, "--vault", vault_file, "import", path)
    assert code == 0 and "imported 1 case, 2 records" in out, err
    with Vault.open(vault_file, PASSPHRASE) as vault:
        assert Store(vault).load_case(case.uuid).testimonies[0].original_text == text
