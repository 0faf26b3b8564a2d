"""English plural forms: "1 case" and "40 cases", never "40 case(s)" (issue 12).

Qt picks a plural form only from a catalogue; izdeu_en.ts holds the English ones and nothing
else (tests/ui/test_i18n.py checks it has every numerus message of ui/).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from app.model import Case, Name, PartialDate
from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE
from tests.ui.helpers import unlock
from ui.i18n import FOLDER, Translations


def _english_plurals() -> list[tuple[str, str, list[str]]]:
    root = ET.parse(FOLDER / "izdeu_en.ts").getroot()
    return [
        (context.findtext("name"), message.findtext("source"), [f.text for f in message.iter("numerusform")])
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_english_plural_reads_its_count(qapp):
    translations = Translations(qapp)
    translations.apply("ru")  # a switch back to English drops the Russian catalogue
    translations.apply("en")
    try:
        plurals = _english_plurals()
        assert len(plurals) >= 15
        for context, source, (singular, plural) in plurals:
            for n in (1, 2, 5, 21):
                shown = QCoreApplication.translate(context, source, None, n)
                assert "(s)" not in shown and "(ies)" not in shown, (context, source, n)
                assert shown == (singular if n == 1 else plural).replace("%n", str(n)), (source, n)
        assert QCoreApplication.translate("CaseListView", "%n case(s)", None, 1) == "1 case"
        assert QCoreApplication.translate("CaseListView", "%n case(s)", None, 21) == "21 cases"
        # Every other English string is still its source.
        assert QCoreApplication.translate("StartWindow", "Unlock") == "Unlock"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        translations.apply("en")


def _vault_with(path, cases: list[Case]) -> None:
    with Vault.open(path, PASSPHRASE) as vault:
        store = Store(vault)
        for case in cases:
            store.save(case)


def _the_same_man(number: str) -> Case:
    """A fictional man, reported twice under the same name and birth date."""
    case = Case(case_number=number)
    case.person.names = [Name("Nurlan Zhaksybekov", "kk-Latn")]
    case.person.birth_date = PartialDate(1985, 3, 12)
    return case


def _count_shown(qtbot, main, text: str) -> None:
    qtbot.waitUntil(lambda: main.case_list.count_label.text() == text, timeout=5000)


def test_one_case_reads_one_case(qtbot, controller, vault_file, type_text):
    _vault_with(vault_file, [Case(case_number="IZ-2026-0001")])
    controller.settings.last_vault = vault_file
    main = unlock(qtbot, controller, type_text)
    _count_shown(qtbot, main, "1 case")


def test_forty_cases_and_one_pair_of_duplicates(qtbot, controller, vault_file, type_text):
    cases = [_the_same_man("IZ-2026-0001"), _the_same_man("IZ-2026-0002")]
    cases += [Case(case_number=f"IZ-2026-{i:04d}") for i in range(3, 41)]  # no names: no pairs
    _vault_with(vault_file, cases)
    controller.settings.last_vault = vault_file
    main = unlock(qtbot, controller, type_text)
    _count_shown(qtbot, main, "40 cases")
    dialog = main.tools.open_duplicates()
    qtbot.waitUntil(
        lambda: dialog.tree.topLevelItemCount() == 1 and not dialog.stop.isEnabled(), timeout=10_000
    )
    assert dialog.status.text() == "1 pair of cases may record the same person."
    dialog.close()


def test_catalogue_update_keeps_english_to_its_plurals(tmp_path):
    """ui/i18n_update.py adds a missing English plural with the forms given, and no other string."""
    from ui.i18n_update import update

    copy = tmp_path / "izdeu_en.ts"
    text = (FOLDER / "izdeu_en.ts").read_text(encoding="utf-8")
    start = text.index('    <message numerus="yes">\n        <source>%n case(s) counted</source>')
    end = text.index("</message>", start) + len("</message>\n")
    copy.write_text(text[:start] + text[end:], encoding="utf-8")
    given = {"StatisticsTab": {"%n case(s) counted": ["%n case counted", "%n cases counted"]}}
    assert update(copy, given) == []
    root = ET.parse(copy).getroot()
    messages = list(root.iter("message"))
    assert all(m.get("numerus") == "yes" for m in messages)
    assert len(messages) == len(_english_plurals())
    counted = [m for m in messages if m.findtext("source") == "%n case(s) counted"]
    assert [f.text for f in counted[0].iter("numerusform")] == ["%n case counted", "%n cases counted"]
