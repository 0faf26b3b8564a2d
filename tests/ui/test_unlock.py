"""Start, create, unlock, wrong passphrase, damaged vault, vault in use — through the widgets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from app.vault import Vault
from tests.helpers import PASSPHRASE


def _create_through_ui(qtbot, controller, type_text):
    window = controller.start()
    assert window.pages.currentWidget() is window.welcome_page
    qtbot.mouseClick(window.welcome_create, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.create_page
    assert window.create_path.text() == str(controller.paths.default_vault)
    type_text(window.create_passphrase, PASSPHRASE)
    assert window.strength.value() >= 1
    assert window.strength_label.text()
    type_text(window.create_repeat, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    return controller.main


def test_first_run_create_then_lock_and_unlock(qtbot, controller, type_text, wait_idle):
    main = _create_through_ui(qtbot, controller, type_text)
    assert main is not None and main.isVisible()
    assert controller.paths.default_vault.exists()
    assert controller.settings.last_vault == controller.paths.default_vault
    # The settings file holds the path and preferences only.
    text = controller.settings.file.read_text("utf-8")
    assert PASSPHRASE not in text

    with qtbot.waitSignal(controller.locked):
        main.lock_action.trigger()
    wait_idle()
    window = controller.start_window
    assert window is not None and window.pages.currentWidget() is window.unlock_page
    assert str(controller.paths.default_vault) in window.unlock_path.text()

    # Wrong passphrase: a clear message, the field cleared, and we can try again.
    type_text(window.unlock_passphrase, "not the passphrase at all")
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.error_label.isVisible() and not window.busy.isVisible())
    assert "passphrase" in window.error_label.text().lower()
    assert window.unlock_passphrase.text() == ""
    assert controller.main is None

    type_text(window.unlock_passphrase, "still wrong, second try")
    window.unlock_passphrase.returnPressed.emit()
    qtbot.waitUntil(lambda: window.error_label.isVisible() and not window.busy.isVisible())
    assert not window.restore_button.isVisible()
    type_text(window.unlock_passphrase, "third wrong try")
    window.unlock_passphrase.returnPressed.emit()
    qtbot.waitUntil(lambda: window.restore_button.isVisible() and not window.busy.isVisible())

    type_text(window.unlock_passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.main is not None


def test_later_run_remembers_the_vault(qtbot, controller, paths):
    paths.ensure()
    Vault.create(paths.default_vault, PASSPHRASE).close()
    controller.settings.last_vault = paths.default_vault
    window = controller.start()
    assert window.pages.currentWidget() is window.unlock_page
    assert window.target == paths.default_vault


def test_create_refuses_mismatch_and_weak(qtbot, controller, type_text):
    window = controller.start()
    window.show_create()
    type_text(window.create_passphrase, "short")
    type_text(window.create_repeat, "short")
    window._create()
    assert window.error_label.isVisible()
    assert not controller.paths.default_vault.exists()
    window.create_passphrase.clear()
    window.create_repeat.clear()
    type_text(window.create_passphrase, PASSPHRASE)
    type_text(window.create_repeat, PASSPHRASE + "x")
    window._create()
    assert "differ" in window.error_label.text()
    assert controller.main is None


def test_damaged_vault_offers_restore(qtbot, controller, tmp_path, type_text, dialogs):
    bad = tmp_path / "damaged.izdeu"
    bad.write_bytes(os.urandom(8192))
    window = controller.start()
    dialogs.queue_answer(bad)
    qtbot.mouseClick(window.welcome_open, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.unlock_page
    type_text(window.unlock_passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.error_label.isVisible() and not window.busy.isVisible())
    assert controller.main is None

    plain = tmp_path / "plain.izdeu"
    plain.write_bytes(b"SQLite format 3\x00" + bytes(8192))
    window.show_unlock(plain)
    type_text(window.unlock_passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.error_label.isVisible() and not window.busy.isVisible())
    assert window.restore_button.isVisible()
    assert "backup" in window.error_label.text()


def test_vault_in_use_elsewhere(qtbot, controller, paths, type_text):
    paths.ensure()
    other = Vault.create(paths.default_vault, PASSPHRASE)  # "another Izdeu process"
    try:
        controller.settings.last_vault = paths.default_vault
        window = controller.start()
        type_text(window.unlock_passphrase, PASSPHRASE)
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.error_label.isVisible() and not window.busy.isVisible())
        assert "already open" in window.error_label.text()
        assert controller.main is None
    finally:
        other.close()
    type_text(window.unlock_passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)


def test_demo_vault_opens_without_a_passphrase_with_its_band_everywhere(
    qtbot, controller, vault_file, type_text, wait_idle
):
    from ui.demo_band import band_of

    # The real vault was used first; then the demo is opened from its unlock window.
    controller.settings.last_vault = vault_file
    controller.settings.add_recent(vault_file)
    window = controller.start()
    with qtbot.waitSignal(controller.unlocked, timeout=60_000):
        qtbot.mouseClick(window.unlock_demo, Qt.MouseButton.LeftButton)  # nothing typed
    assert controller.paths.demo_vault.exists() and controller.is_demo
    main = controller.main
    model = main.case_list.model
    qtbot.waitUntil(lambda: model.rowCount() >= 5 and 0 in model.loaded_pages())
    band = band_of(main)
    assert band is not None and band.isVisible() and "DEMO" in band.text()
    assert main.windowTitle().startswith("DEMO")
    # A case tab: the band stays above it.
    main.open_case(model.row_at(0).uuid)
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    assert (
        band.isVisible()
        and band.mapTo(main, band.rect().topLeft()).y()
        < main.tabs.mapTo(main, main.tabs.rect().topLeft()).y()
    )
    # A dialog opened from it carries the band too.
    controller.open_settings()
    qtbot.waitUntil(lambda: controller.settings_dialog is not None and controller.settings_dialog.isVisible())
    dialog = controller.settings_dialog
    assert band_of(dialog) is not None and band_of(dialog).isVisible()
    assert dialog.windowTitle().startswith("DEMO")
    wait_idle()
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    wait_idle()
    # The start window offers the real vault again, and the demo was not made "the last vault".
    assert controller.settings.last_vault == vault_file
    window = controller.start_window
    assert window.target == controller.paths.demo_vault  # just locked: the same vault
    assert window.recent.isVisible()
    assert [window.recent.itemData(i) for i in range(window.recent.count())][1:] == [str(vault_file)]
    window.recent.activated.emit(1)
    assert window.target == vault_file and not window.unlock_demo_hint.isVisible()
    type_text(window.unlock_passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert not controller.is_demo and band_of(controller.main) is None
    assert not controller.main.windowTitle().startswith("DEMO")
    wait_idle()


def test_vault_argument_opens_its_unlock_window_on_a_new_machine(
    qtbot, controller, paths, tmp_path, type_text
):
    from ui.main import vault_argument

    assert vault_argument(["--vault", "/x/field.izdeu"]) == Path("/x/field.izdeu")
    assert vault_argument(["--vault=/x/f.izdeu"]) == Path("/x/f.izdeu")
    assert vault_argument(["-platform", "offscreen"]) is None
    elsewhere = tmp_path / "usb" / "field.izdeu"
    elsewhere.parent.mkdir()
    Vault.create(elsewhere, PASSPHRASE).close()
    assert controller.settings.last_vault is None  # a new machine: it would show the welcome page
    window = controller.start(elsewhere)
    assert window.page_name == "unlock" and window.target == elsewhere
    assert str(elsewhere) in window.unlock_path.text()
    type_text(window.unlock_passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.vault_path == elsewhere and controller.settings.last_vault == elsewhere
    controller.lock()
    # A file that does not exist yet: the page that creates a vault there.
    missing = tmp_path / "new" / "vault.izdeu"
    window = controller.start(missing)
    assert window.page_name == "create" and window.create_path.text() == str(missing)


@pytest.mark.real_kdf
def test_real_key_derivation_runs_off_the_gui_thread(qtbot, controller, paths, type_text):
    paths.ensure()
    Vault.create(paths.default_vault, PASSPHRASE).close()
    controller.settings.last_vault = paths.default_vault
    window = controller.start()
    type_text(window.unlock_passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    # The click returned at once: the ~0.5 s Argon2id runs on the DB thread, the busy
    # indicator shows and the window stays responsive.
    assert window.busy.isVisible() and not window.pages.isEnabled()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    qtbot.waitSignal(controller.unlocked, timeout=15_000).wait()
    timer.stop()
    assert len(ticks) >= 3


def test_vault_in_use_by_another_process_through_other_names(qtbot, controller, paths, type_text, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    paths.ensure()
    Vault.create(paths.default_vault, PASSPHRASE).close()
    hard = tmp_path / "hard-link.izdeu"
    os.link(paths.default_vault, hard)
    soft = tmp_path / "shortcut.izdeu"
    soft.symlink_to(hard)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom app.vault import KdfParams, Vault\n"
            "v = Vault.open(sys.argv[1], sys.argv[2], params=KdfParams(8192, 1, 1))\n"
            "print('ready', flush=True)\nsys.stdin.readline()\nv.close()\n",
            str(hard),
            PASSPHRASE,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
        controller.settings.last_vault = paths.default_vault
        window = controller.start()
        for name in (paths.default_vault, soft):
            window.show_unlock(name)
            type_text(window.unlock_passphrase, PASSPHRASE)
            qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: window.error_label.isVisible() and not window.busy.isVisible())
            assert "already open" in window.error_label.text()
            assert controller.main is None
    finally:
        holder.communicate("\n", timeout=60)
    assert holder.returncode == 0
    type_text(window.unlock_passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
