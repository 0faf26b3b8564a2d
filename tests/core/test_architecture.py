"""The import rules of docs/architecture.md, read from its table and checked on the code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
_CLI_FILES = {"app/cli.py", "app/commands.py", "app/selftest.py", "app/selftest_steps.py", "app/__main__.py"}
_NO_CRYPTO_IN_UI = ("sqlcipher3", "pyrage", "cryptography", "argon2")
_UI_STORE_MODULES = {"app.store", "app.store.attachments"}


def _rules() -> tuple[dict[str, set[str]], set[str]]:
    """{unit: units it may import} and the members of `base`, from the doc's table."""
    text = DOC.read_text(encoding="utf-8")
    table = text.split("| unit | may import |", 1)[1].split("\n\n", 1)[0]
    rules: dict[str, set[str]] = {}
    base: set[str] = set()
    for line in table.splitlines()[2:]:
        unit_cell, allowed_cell = (cell.strip() for cell in line.strip().strip("|").split("|"))
        names = re.findall(r"`([\w.]+)`", unit_cell)
        unit = names[0]
        if unit == "base":
            base = set(names[1:])
        rules[unit] = set(re.findall(r"`([\w.]+)`", allowed_cell))
    return rules, base


def _unit_of_module(module: str, units: list[str], base: set[str]) -> str:
    if module in base:
        return "base"
    last = module.rsplit(".", 1)[-1]
    if (
        module in {"app.cli", "app.commands", "app.selftest", "app.selftest_steps", "app.__main__"}
        or last == "cli"
        or last.startswith("cli_")
    ):
        return "cli"
    best = ""
    for unit in units:
        if (module == unit or module.startswith(unit + ".")) and len(unit) > len(best):
            best = unit
    return best or module


def _unit_of_file(path: Path, units: list[str], base: set[str]) -> str:
    rel = path.relative_to(ROOT).as_posix()
    if rel.startswith("ui/"):
        return "ui"
    if rel in _CLI_FILES or path.name == "cli.py" or path.name.startswith("cli_"):
        return "cli"
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    return _unit_of_module(module, units, base)


def _imports(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            if node.module == "app":  # from app import demo: a module, not only a name
                found += [
                    (node.lineno, f"app.{alias.name}")
                    for alias in node.names
                    if (ROOT / "app" / alias.name).exists() or (ROOT / "app" / f"{alias.name}.py").exists()
                ]
    return found


def _violations(extra: dict[Path, str] | None = None) -> list[str]:
    """Every import that breaks a rule; ``extra`` adds files (path: source) to check."""
    rules, base = _rules()
    units = [u for u in rules if u not in ("base", "cli", "ui")]
    app_units = set(rules) - {"ui"}
    problems = []
    sources = {
        path: path.read_text(encoding="utf-8")
        for path in [*(ROOT / "app").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]
    }
    sources.update(extra or {})
    for path, source in sorted(sources.items()):
        unit = _unit_of_file(path, units, base)
        allowed = rules.get(unit)
        where = path.relative_to(ROOT).as_posix()
        if allowed is None:
            problems.append(f"{where}: unit {unit} is not in the table")
            continue
        if "every" in allowed or unit in ("cli", "ui"):
            allowed = app_units - ({"cli"} if unit == "ui" else set())
        for line, module in _imports(source):
            if unit == "ui" and module.split(".")[0] in _NO_CRYPTO_IN_UI:
                problems.append(f"{where}:{line}: ui imports {module}")
            if not (module == "app" or module.startswith("app.")):
                continue
            target = _unit_of_module(module, units, base)
            if unit == "ui" and target == "app.store" and module not in _UI_STORE_MODULES:
                problems.append(f"{where}:{line}: ui imports the store's insides ({module})")
            if target != unit and target not in allowed:
                problems.append(f"{where}:{line}: {unit} imports {module} ({target})")
    return problems


def test_the_table_names_every_unit_of_app() -> None:
    rules, base = _rules()
    assert {"base", "cli", "ui", "app.store", "app.vault", "app.model"} <= set(rules)
    assert {"app.errors", "app.fsutil"} <= base
    packages = {
        f"app.{p.name}" for p in (ROOT / "app").iterdir() if p.is_dir() and (p / "__init__.py").exists()
    }
    assert packages <= set(rules), packages - set(rules)


def test_imports_follow_the_rules_of_architecture_md() -> None:
    assert _violations() == []


def test_the_check_sees_a_violation() -> None:
    """Made-up modules breaking each kind of rule are caught (the check cannot pass by
    matching nothing)."""
    probes = {
        ROOT / "app" / "vault" / "probe.py": "from app.store import Store\n",
        ROOT / "app" / "backup" / "probe.py": "def f():\n    import app.vault\n",
        ROOT / "app" / "dossier" / "probe.py": "from app.backup import ops\n",
        ROOT / "ui" / "probe.py": "import sqlcipher3\nfrom app.store.writes import save\n"
        "from app.cli import main\n",
    }
    found = "\n".join(_violations(probes))
    assert "app/vault/probe.py:1: app.vault imports app.store" in found
    assert "app/backup/probe.py:2: app.backup imports app.vault" in found
    assert "app/dossier/probe.py:1: app.dossier imports app.backup" in found
    assert "ui/probe.py:1: ui imports sqlcipher3" in found
    assert "ui/probe.py:2: ui imports the store's insides" in found
    assert "ui/probe.py:3: ui imports app.cli" in found


def test_tests_share_code_through_helpers_not_conftest() -> None:
    """conftest.py is pytest's: importing it by name loads it twice (as a plugin and as a
    module) and hides which fixtures are in play. Shared constants live in tests/helpers.py."""
    offenders = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "tests").rglob("*.py")
        if re.search(
            r"^\s*from tests(\.\w+)*\.conftest import|^\s*import tests\.conftest",
            p.read_text(encoding="utf-8"),
            re.M,
        )
    ]
    assert offenders == []
