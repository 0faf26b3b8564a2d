"""The backup keys window: add an organisation key pasted or from its .pub file, refuse bad
ones with the core's message, remove after asking, show this laptop's fingerprint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from PySide6.QtCore import Qt

from app.backup import ops
from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE
from ui.backup.keys import BackupKeysDialog
from ui.dialogs import FileDialogs
from ui.worker import DbWorker


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "vault.izdeu"
    with Vault.create(path, PASSPHRASE) as vault:
        Store(vault)
    return path


@pytest.fixture
def worker(qtbot, vault_file: Path) -> Iterator[DbWorker]:
    db = DbWorker()
    opened: list[object] = []
    db.open_vault(vault_file, PASSPHRASE, create=False, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    yield db
    db.shutdown()


def _keys(dialog: BackupKeysDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_add_paste_file_bad_and_remove(qtbot, worker: DbWorker, vault_file: Path, tmp_path: Path) -> None:
    dialogs = FileDialogs()
    dialog = BackupKeysDialog(worker, dialogs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "signs its backups as" in dialog.fingerprint.text())
    assert _keys(dialog) == [] and "No organisation key" in dialog.status.text()

    pasted = str(pyrage.x25519.Identity.generate().to_public())
    dialog.pasted.setText(pasted)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _keys(dialog) == [pasted])

    from_file = str(pyrage.x25519.Identity.generate().to_public())
    pub = tmp_path / "hq-key.pub"
    pub.write_text(f"# Izdeu organisation key\n{from_file}\n", "ascii")
    dialogs.queue_answer(pub)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _keys(dialog) == [pasted, from_file])

    dialog.pasted.setText("not-a-key")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not a valid age public key" in dialog.status.text().lower())
    assert _keys(dialog) == [pasted, from_file]

    dialog.list.setCurrentRow(0)
    dialogs.queue_confirm(False)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert _keys(dialog) == [pasted, from_file]
    dialogs.queue_confirm(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _keys(dialog) == [from_file])

    worker.shutdown()
    with Vault.open(vault_file, PASSPHRASE) as vault:
        assert ops.backup_recipients(vault) == [from_file]
        assert [e.action for e in Store(vault).audit()].count("backup-keys-changed") == 3
