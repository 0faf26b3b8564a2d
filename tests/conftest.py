"""Shared fixtures. Qt runs offscreen; every test gets a fresh vault in its own folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.store import Store  # noqa: E402
from app.vault import Vault  # noqa: E402
from app.vault import kdf as _kdf  # noqa: E402
from tests.helpers import FAST_KDF, PASSPHRASE  # noqa: E402
from tests.soundserver import sound_server  # noqa: E402, F401  (the private PulseAudio server)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_kdf: use the production Argon2id parameters")


@pytest.fixture(autouse=True)
def _fast_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("real_kdf") is None:
        monkeypatch.setattr(_kdf, "DEFAULT_PARAMS", FAST_KDF)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "izdeu-home"
    monkeypatch.setenv("IZDEU_HOME", str(home))
    monkeypatch.delenv("IZDEU_PASSPHRASE", raising=False)
    monkeypatch.delenv("IZDEU_NEW_PASSPHRASE", raising=False)
    return home


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "test.izdeu"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    v = Vault.create(vault_path, PASSPHRASE)
    yield v
    v.close()


@pytest.fixture
def store(vault: Vault) -> Store:
    return Store(vault, actor="tester")
