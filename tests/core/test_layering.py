"""The core must not know Qt or the UI (the CLI and backups run without a display)."""

from __future__ import annotations

import ast
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
            top_level = [line for line in source.splitlines()
                         if line.startswith(("import ui", "from ui", "import PySide6", "from PySide6"))]
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
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=APP.parent)
    assert result.returncode == 0, result.stdout + result.stderr
