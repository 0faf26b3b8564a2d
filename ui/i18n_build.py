"""Compile Qt Linguist ``.ts`` files in resources/translations to ``.qm`` (run by the Makefile)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def lrelease_command() -> list[str]:
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise SystemExit("pyside6-lrelease not found; install the project with pip first")


def main() -> int:
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
    print(f"translations: {len(sources)} compiled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
