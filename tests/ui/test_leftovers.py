"""Opening a vault in the desktop app removes what a killed export left in its folder."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.tempfiles import Temporary, temporary_name
from app.vault import Vault
from tests.helpers import PASSPHRASE


def test_unlocking_sweeps_the_vault_folder_but_not_a_live_temporary(
    qtbot, controller, paths, type_text, wait_idle
):
    paths.ensure()
    Vault.create(paths.default_vault, PASSPHRASE).close()
    folder = paths.default_vault.parent
    stale = folder / temporary_name("file.json", "0123456789abcdef")
    stale.write_text('{"names": "Fictional Testperson"}', encoding="utf-8")
    old_backup = folder / ".izdeu-backup-0123456789abcdef.tmp"
    old_backup.write_bytes(b"\x00" * 100)
    live = Temporary.create(folder, "file.pdf")  # another window writing a dossier right now
    try:
        controller.settings.last_vault = paths.default_vault
        window = controller.start()
        assert not stale.exists() and not old_backup.exists()  # before the passphrase, even
        assert live.path.exists()
        stale.write_text('{"names": "Fictional Testperson"}', encoding="utf-8")
        type_text(window.unlock_passphrase, PASSPHRASE)
        with qtbot.waitSignal(controller.unlocked, timeout=10_000):
            qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
        wait_idle()
        assert not stale.exists() and not old_backup.exists()
        assert live.path.exists()
    finally:
        live.discard()
