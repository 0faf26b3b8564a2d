"""The split-key window prints the trustees' sheets in the interface language."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.backup.sheet_texts import sheet_text


def test_the_sheets_are_in_the_ui_language(
    qtbot, controller, main, dialogs, tmp_path: Path, type_text, wait_idle
) -> None:
    from app.backup.keys import keygen

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    key_file = tmp_path / "hq.key"
    keygen(key_file, "headquarters key passphrase")
    controller.translations.apply("ru")
    keys = main.tools.open_keys()
    wait_idle()
    dialog = keys.open_shares()
    dialogs.queue_answer(key_file)
    dialog.choose_button.click()
    type_text(dialog.passphrase, "headquarters key passphrase")
    dialog.shares.setValue(2)
    dialog.threshold.setValue(2)
    dialog.make_button.click()
    wait_idle()
    sheet = tmp_path / "hq.key.share-2.pdf"
    qtbot.waitUntil(sheet.exists, timeout=10_000)
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(text.split())
    assert " ".join(sheet_text("title", "ru", number=2, shares=2).split()) in text
    assert sheet_text("keep", "ru") in text and sheet_text("keep", "en") not in text
