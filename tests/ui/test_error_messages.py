"""Errors are shown in the interface language, found by their key, parameters filled in."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.backup import ops
from app.backup.errors import BackupInputError, UntrustedSignerError
from app.error_catalogue import MESSAGES
from app.errors import InvalidInputError, IzdeuError
from app.store import Store
from app.vault import Vault
from ui.backup.dialogs import BackupDialog
from ui.i18n import FOLDER, Translations
from ui.messages import GENERIC, user_message
from ui.worker import DbWorker

PASSPHRASE = "correct horse battery staple"
FINGERPRINT = "3f2a 91c0 5d7e 48b1 a6f2 0c93 7e15 d4a8"


def _fields(template: str) -> list[tuple[str, str, str | None]]:
    """The placeholders with their format spec and conversion ({count:,}, {key!r})."""
    return sorted(
        (name, spec or "", conv)
        for _, name, spec, conv in string.Formatter().parse(template)
        if name is not None
    )


def _errors_context(code: str) -> dict[str, ET.Element]:
    root = ET.parse(FOLDER / f"izdeu_{code}.ts").getroot()
    for context in root.iter("context"):
        if context.find("name").text == "Errors":
            return {m.find("source").text: m.find("translation") for m in context.iter("message")}
    return {}


@pytest.mark.parametrize("code", ["ru", "kk", "ug"])
def test_every_message_key_has_a_translation_with_the_same_parameters(code):
    entries = _errors_context(code)
    problems = []
    for key, template in MESSAGES.items():
        translation = entries.get(template)
        if translation is None or not (translation.text or "").strip() or translation.get("type"):
            problems.append(f"{key}: no finished translation")
        elif _fields(translation.text) != _fields(template):
            problems.append(f"{key}: the translation has {_fields(translation.text)}")
    # An entry for a sentence no key has any more: a reworded template, left behind.
    stale = sorted(set(entries) - set(MESSAGES.values()) - {GENERIC})
    assert problems == [] and stale == []


# Sentences made only of a location and a nested error read the same in every language.
_NEUTRAL = {"{where}: {detail}", "{where}.{key}: {detail}"}


@pytest.mark.parametrize("code", ["ru", "kk", "ug"])
def test_every_key_is_shown_translated_with_its_parameters(qapp: QApplication, code):
    translations = Translations(qapp)
    translations.apply(code)
    try:
        problems = []
        for key, template in MESSAGES.items():
            params: dict[str, str | int] = {
                name: 1234 if spec else f"<{name}>" for name, spec, _ in _fields(template)
            }
            shown = user_message(IzdeuError(key, **params))
            english = template.format(**params)
            if template not in _NEUTRAL and shown[1:] == english[1:]:
                problems.append(f"{key}: shown in English")
            missing = [v for v in params.values() if isinstance(v, str) and v not in shown]
            if missing:
                problems.append(f"{key}: {missing} not shown")
        assert problems == []
    finally:
        translations.apply("en")


@pytest.fixture
def worker(qtbot, tmp_path: Path) -> Iterator[DbWorker]:
    path = tmp_path / "vault.izdeu"
    Vault.create(path, PASSPHRASE).close()
    db = DbWorker()
    opened: list[object] = []
    db.open_vault(path, PASSPHRASE, create=False, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    yield db
    db.shutdown()


def _refused_record() -> BackupInputError:
    """What a merge says of a backup holding a record with a NUL character (nested error)."""
    inner = InvalidInputError("model.text.contains_nul_character", field="person.full_name")
    return BackupInputError("backup.lines.record_refused", detail=inner)


@pytest.mark.parametrize(
    ("code", "error", "expected"),
    [
        (
            "ru",
            lambda: UntrustedSignerError(FINGERPRINT),
            f"Резервная копия подписана неизвестным ключом устройства ({FINGERPRINT}); ничего не изменено",
        ),
        (
            "ug",
            lambda: UntrustedSignerError(FINGERPRINT),
            f"زاپاس نۇسخىغا نامەلۇم ئۈسكۈنە ئاچقۇچى ({FINGERPRINT}) ئىمزا قويغان؛ ھېچنېمە ئۆزگەرتىلمىدى",
        ),
        (
            "ru",
            _refused_record,
            "В резервной копии есть запись, которую эта версия Izdeu не принимает (person.full_name: "
            "содержит символ NUL); исправьте её на устройстве, сделавшем копию; ничего не изменено",
        ),
        (
            "ug",
            _refused_record,
            "زاپاس نۇسخىدا Izdeu نىڭ بۇ نەشرى قوبۇل قىلمايدىغان خاتىرە بار (person.full_name: NUL بەلگىسى "
            "بار)؛ ئۇنى زاپاس نۇسخىنى ياسىغان ئۈسكۈنىدە تۈزىتىڭ؛ ھېچنېمە ئۆزگەرتىلمىدى",
        ),
    ],
)
def test_the_backup_dialog_shows_a_parameterised_backup_error_translated(
    qtbot, qapp, worker: DbWorker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code, error, expected
) -> None:
    def refused(store: Store, folder: Path, **_kwargs: object) -> None:
        raise error()

    monkeypatch.setattr(ops, "backup_vault", refused)
    translations = Translations(qapp)
    translations.apply(code)
    try:
        dialog = BackupDialog(worker, choose_folder=lambda _parent: tmp_path)
        qtbot.addWidget(dialog)
        dialog.folder.setText(str(tmp_path))
        with qtbot.waitSignal(dialog.task.failed, timeout=10_000):
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert dialog.panel.status.text() == expected
    finally:
        translations.apply("en")


def test_a_weak_passphrase_is_refused_by_key_in_uyghur(qtbot, controller, type_text):
    """The refusal is found by its key, so the minimum length is a parameter, not part of a
    translated English sentence that breaks when the number changes."""
    controller.translations.apply("ug")
    window = controller.start()
    window.show_create()
    type_text(window.create_passphrase, "short")
    type_text(window.create_repeat, "short")
    window._create()
    assert window.create_error.text() == "ئىم جۈملىسىدە كەم دېگەندە 10 ھەرپ بولۇشى كېرەك"
    assert not controller.paths.default_vault.exists()


def test_a_garbled_translation_shows_the_english_sentence_not_a_crash(qapp, monkeypatch):
    import ui.messages

    class Garbled:
        @staticmethod
        def translate(_context: str, _text: str) -> str:
            return "{limit} {nonexistent} {"  # a translator's slip the tests would catch

    monkeypatch.setattr(ui.messages, "QCoreApplication", Garbled)
    err = InvalidInputError("inputs.case_file.too_large", limit="1 GiB")
    assert user_message(err) == "The case file is too large (limit 1 GiB)"
