"""The core must not know Qt or the UI (the CLI and backups run without a display)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "ui")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_module_under_app_imports_qt_or_ui() -> None:
    offenders = {
        str(path.relative_to(APP.parent)): sorted(_imports(path) & set(FORBIDDEN))
        for path in APP.rglob("*.py")
        if _imports(path) & set(FORBIDDEN)
    }
    # app/cli.py may start the desktop app, but only through a lazy import inside a function.
    lazy_ok = {"app/cli.py"}
    for name in list(offenders):
        if name in lazy_ok:
            source = (APP.parent / name).read_text("utf-8")
            top_level = [
                line
                for line in source.splitlines()
                if line.startswith(("import ui", "from ui", "import PySide6", "from PySide6"))
            ]
            if not top_level and offenders[name] == ["ui"]:
                del offenders[name]
    assert offenders == {}


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(APP.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in APP.rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=APP.parent)
    assert result.returncode == 0, result.stdout + result.stderr


# Only the store knows tables and columns, and the vault its files, keys and pragmas: SQL
# anywhere else is a second owner of the schema (issue "One owner for each concern").
_SQL_CALL = re.compile(r"\.(execute|executemany|executescript)\(")
_SQL_TEXT = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE\s+FROM|PRAGMA|BEGIN|COMMIT|ROLLBACK)\b")
_SQL_OWNERS = ("app/store/", "app/vault/")


def _sql_in(path: Path) -> list[str]:
    """Each statement-like string constant and each execute() call, as "line: text"."""
    source = path.read_text("utf-8")
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            # Upper-case keywords followed by SQL shape, not an English sentence with "update".
            if _SQL_TEXT.search(node.value) and re.search(
                r"\b(FROM|INTO|SET|WHERE|TABLE|VALUES|journal_mode|cipher_\w+)\b|^\s*\w+\s*$"
                r"|^(BEGIN|COMMIT|ROLLBACK)",
                node.value,
            ):
                found.append(f"{node.lineno}: {node.value[:60]!r}")
    for number, line in enumerate(source.splitlines(), 1):
        if _SQL_CALL.search(line):
            found.append(f"{number}: {line.strip()[:60]}")
    return found


def test_sql_only_in_the_store_and_the_vault() -> None:
    root = APP.parent
    offenders = {}
    for folder in ("app", "ui"):
        for path in sorted((root / folder).rglob("*.py")):
            name = path.relative_to(root).as_posix()
            if name.startswith(_SQL_OWNERS):
                continue
            hits = _sql_in(path)
            if hits:
                offenders[name] = hits
    assert offenders == {}


def test_the_sql_scan_sees_sql() -> None:
    # The scan above must not pass by seeing nothing: these files do hold SQL.
    assert _sql_in(APP / "store" / "tombstones.py")
    assert _sql_in(APP / "vault" / "vault.py")


def test_no_connection_back_door_outside_the_store_and_the_vault() -> None:
    # `store.conn.execute(...)`, `batch.conn`, `vault.conn` handed around: each is SQL by
    # another name. The store and the vault offer methods instead.
    root = APP.parent
    offenders = {}
    for folder in ("app", "ui"):
        for path in sorted((root / folder).rglob("*.py")):
            name = path.relative_to(root).as_posix()
            if name.startswith(_SQL_OWNERS):
                continue
            hits = [
                f"{n}: {line.strip()[:60]}"
                for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                if re.search(r"\.(conn|_conn)\b", line)
            ]
            if hits:
                offenders[name] = hits
    assert offenders == {}


def test_the_vault_does_not_know_the_store() -> None:
    # The vault is files, keys and pragmas; the audit chain is the store's, and the combined
    # check is app/store/integrity.py. A lazy import counts too.
    offenders = {}
    for path in sorted((APP / "vault").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        names = [
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith(("app.store", "app.backup", "app.interchange"))
        ]
        if names:
            offenders[path.name] = names
    assert offenders == {}


def test_meta_keys_are_named_only_where_they_are_declared() -> None:
    # A key spelt as a literal in two places is two owners: app/vault/metakeys.py is the one.
    root = APP.parent
    literal_key = re.compile(r"""\b(set_)?meta\(\s*["']""")
    offenders = {}
    for folder in ("app", "ui"):
        for path in sorted((root / folder).rglob("*.py")):
            hits = [
                n
                for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                if literal_key.search(line)
            ]
            if hits:
                offenders[path.relative_to(root).as_posix()] = hits
    assert offenders == {}
