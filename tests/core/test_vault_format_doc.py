"""docs/vault-format.md must be enough to open a vault: follow its Python recipe, nothing else."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.model import Case, Name
from app.store import Store
from app.vault import DEFAULT_PARAMS, KdfParams, Vault
from app.vault.kdf import STRONG_PARAMS, is_strong_salt

DOC = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"


def run_documented_recipe(path: Path, passphrase: str) -> str:
    """What docs/vault-format.md's Python recipe prints for the vault at ``path``."""
    recipe = re.search(r"```python\n(.*?)```", DOC.read_text("utf-8"), re.S)
    assert recipe
    code = recipe.group(1).replace('"vault.izdeu", "the passphrase"', f"{str(path)!r}, {passphrase!r}")
    # Run it with only argon2-cffi and sqlcipher3 importable from the project (no app/).
    result = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=path.parent
    )
    assert result.returncode == 0, result.stderr[-1500:]
    return result.stdout.strip()


def _fill(vault: Vault) -> None:
    case = Case(case_number="IZ-DOC-1")
    case.person.names = [Name("Әсел Құдайбергенова", "kk-Cyrl"), Name("艾赛丽", "zh-Hans")]
    Store(vault).save(case)


@pytest.mark.real_kdf
@pytest.mark.parametrize("params", [DEFAULT_PARAMS, STRONG_PARAMS], ids=["default", "strong"])
def test_the_documented_python_recipe_opens_a_vault(tmp_path: Path, params: KdfParams) -> None:
    path = tmp_path / "vault.izdeu"
    passphrase = "құпия сөз: тау мен өзен"
    with Vault.create(path, passphrase, params=params) as vault:
        _fill(vault)
    assert run_documented_recipe(path, passphrase) == "IZ-DOC-1 Әсел Құдайбергенова / 艾赛丽"


@pytest.mark.real_kdf
def test_the_recipe_opens_a_vault_made_stronger_by_a_passphrase_change(tmp_path: Path) -> None:
    path = tmp_path / "vault.izdeu"
    with Vault.create(path, "the first passphrase of it") as vault:
        _fill(vault)
        vault.change_passphrase("құпия сөз: тау мен өзен", params=STRONG_PARAMS)
    assert is_strong_salt(path.read_bytes()[:16])  # the header says so, before any decryption
    assert run_documented_recipe(path, "құпия сөз: тау мен өзен") == "IZ-DOC-1 Әсел Құдайбергенова / 艾赛丽"


def test_documented_parameters_match_the_code() -> None:
    text = DOC.read_text("utf-8")
    assert f"memory {DEFAULT_PARAMS.memory_kib} KiB" in text
    assert f"time cost {DEFAULT_PARAMS.time_cost}" in text
    assert f"parallelism {DEFAULT_PARAMS.parallelism}" in text
    assert f"memory {STRONG_PARAMS.memory_kib} KiB" in text
