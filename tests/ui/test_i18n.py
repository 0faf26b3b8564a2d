"""Interface languages: complete catalogues, Qt's own translations, right-to-left Uyghur."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from app.vault import Vault
from tests.helpers import PASSPHRASE
from tests.ui.helpers import unlock
from ui.i18n import FOLDER, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("code", ["ru", "kk", "ug"])
def test_catalogue_is_complete_and_current(code, tmp_path):
    ts = FOLDER / f"izdeu_{code}.ts"
    tree = ET.parse(ts)
    messages = list(tree.getroot().iter("message"))
    unfinished = [
        m.find("source").text
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []
    # Every string in the sources is in the catalogue (lupdate finds nothing new).
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    copy = tmp_path / ts.name
    copy.write_bytes(ts.read_bytes())
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    out = subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-ts", str(copy)], capture_output=True, text=True, check=True
    )
    assert "(0 new and" in out.stdout, out.stdout


def _plurals_of_the_sources(folder: Path) -> set[tuple[str, str]]:
    """(context, source) of every numerus message in ui/, as lupdate -pluralonly finds them."""
    copy = folder / "izdeu_en.ts"
    copy.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en"></TS>\n'
    )
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-pluralonly", "-ts", str(copy)], capture_output=True, check=True)
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(copy).getroot().iter("context")
        for message in context.iter("message")
    }


def test_english_catalogue_holds_every_plural_and_only_plurals(tmp_path):
    """English has no translations, only its two plural forms ("1 case", "40 cases"): a new
    "%n …(s)" message in ui/ without them shows "1 case(s)" in an English window."""
    root = ET.parse(FOLDER / "izdeu_en.ts").getroot()
    assert root.get("language") == "en"  # lrelease takes English's plural rule from it
    shipped: set[tuple[str, str]] = set()
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source")
            assert message.get("numerus") == "yes", source
            translation = message.find("translation")
            assert translation.get("type") is None, source  # finished
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == 2 and all(forms), source
            assert not any("(s)" in f or "(ies)" in f for f in forms), forms
            shipped.add((context.findtext("name"), source))
    assert shipped == _plurals_of_the_sources(tmp_path)


@pytest.mark.parametrize("code", ["ru", "kk", "ug"])
def test_every_plural_is_translated_for_every_count(qtbot, controller, code):
    # A plural message with fewer forms than the language has falls back to the English
    # source at run time ("1 pair(s) of cases…" in a Uyghur window).
    controller.translations.apply(code)
    tree = ET.parse(FOLDER / f"izdeu_{code}.ts")
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            source = message.find("source").text
            for n in (1, 2, 5, 21):
                shown = QCoreApplication.translate(name, source, "", n)
                assert shown != source.replace("%n", str(n)), (name, source, n)
    controller.translations.apply("en")


@pytest.mark.parametrize(("code", "text"), [("ru", "Разблокировать"), ("kk", "Ашу"), ("ug", "ئېچىش")])
def test_language_applies(qtbot, controller, paths, code, text):
    controller.translations.apply(code)
    assert QCoreApplication.translate("StartWindow", "Unlock") == text
    for n in (1, 3, 5, 21):  # plural forms exist for every count
        plural = QCoreApplication.translate("CaseListView", "%n case(s)", "", n)
        assert plural != f"{n} case(s)" and str(n) in plural
    # Qt's own strings too (there is no qtbase_ug).
    if code in ("ru", "kk"):
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    paths.ensure()
    Vault.create(paths.default_vault, PASSPHRASE).close()
    controller.settings.last_vault = paths.default_vault
    window = controller.start()
    assert window.unlock_button.text() == text
    rtl = code == "ug"
    assert window.isRightToLeft() == rtl
    assert (QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft) == rtl


def test_uyghur_main_window_and_editor_are_right_to_left(qtbot, controller, vault_file, type_text, wait_idle):
    controller.settings.language = "ug"
    controller.translations.apply("ug")
    controller.settings.last_vault = vault_file
    main = unlock(qtbot, controller, type_text)
    assert main.isRightToLeft()
    assert main.new_case_action.text() == "يېڭى دېلو"
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    editor = main.current_editor()
    assert editor.isRightToLeft()
    assert editor.sections.tabText(0) == "كىشى"
    # A Latin-script date field stays left to right inside the mirrored form.
    assert not editor.case_section.disappeared_on.isRightToLeft()


def test_language_names_are_native():
    assert LANGUAGES == {"en": "English", "ru": "Русский", "kk": "Қазақша", "ug": "ئۇيغۇرچە"}


def test_language_chosen_on_the_start_window(qtbot, controller):
    window = controller.start()
    window.show_create()
    combo = window.language
    combo.setCurrentIndex(combo.findData("kk"))
    combo.activated.emit(combo.currentIndex())
    new = controller.start_window
    assert new is not window
    assert controller.settings.language == "kk"
    assert new.page_name == "create"
    assert new.create_button.text() == "Қойманы жасау"
    assert new.language.currentData() == "kk"


@pytest.mark.parametrize("code", ["ru", "kk", "ug"])
def test_every_plural_is_found_for_every_count(qapp, code):
    """A plural with fewer forms than the language's rule has (Kazakh and Uyghur two, Russian
    three) is dropped by Qt at run time: the window shows "1 pair(s) of cases…" in English.
    Each one is looked up for counts that fall in every form."""
    from ui.i18n import Translations

    root = ET.parse(FOLDER / f"izdeu_{code}.ts").getroot()
    translations = Translations(qapp)
    translations.apply(code)
    try:
        english = []
        for context in root.iter("context"):
            name = context.find("name").text
            for message in context.iter("message"):
                if message.get("numerus") != "yes":
                    continue
                source = message.find("source").text
                comment = message.find("comment")
                for n in (1, 2, 5, 21):
                    shown = QCoreApplication.translate(
                        name, source, comment.text if comment is not None else None, n
                    )
                    if shown == source.replace("%n", str(n)):
                        english.append(f"{name}: {source!r} for {n}")
        assert english == []
    finally:
        translations.apply("en")
