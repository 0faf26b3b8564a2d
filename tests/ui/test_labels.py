"""The interface shows the one label registry's wording of codes, in the language it runs in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.labels import label
from app.model import (
    Act,
    ActKind,
    Case,
    CaseStatus,
    ConsentGrant,
    ConsentScope,
    IdentityLevel,
    Name,
    NameScript,
    Person,
    PersonStatus,
    Witness,
)
from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE

# Spelled out, not read from the registry: the test must fail if the interface shows anything
# else (English fallback, the old Qt catalogue's "РГНИ ООН", a code).
EXPECTED = {
    "ru": {"person": "паспорт изъят", "wgeid": "РГННИ ООН", "act": "помещение в лагерь"},
    "ug": {"person": "پاسپورتى مۇسادىرە قىلىنغان", "wgeid": "ب د ت WGEID", "act": "لاگېرغا سولىنىش"},
}


@pytest.fixture
def case_uuid(paths) -> str:
    paths.ensure()
    vault = Vault.create(paths.default_vault, PASSPHRASE)
    try:
        store = Store(vault, actor="tester")
        case = Case(
            case_number="IZ-2024-00042",
            status="submitted",
            person=Person(names=[Name("Айгүл Тестова", "kk-Cyrl")], current_status="passport-confiscated"),
        )
        witness = Witness(
            case_uuid=case.uuid, name="Сәуле Мысалова", consent=[ConsentGrant("wgeid", "initials")]
        )
        store.save_many([case, Act(case_uuid=case.uuid, kind="camp-internment"), witness])
    finally:
        vault.close()
    return case.uuid


@pytest.mark.parametrize("lang", ["ru", "ug"])
def test_lists_and_forms_show_the_registry_labels(
    qtbot, controller, paths, case_uuid, type_text, wait_idle, lang
):
    controller.settings.language = lang
    controller.translations.apply(lang)
    controller.settings.last_vault = paths.default_vault
    window = controller.start()
    type_text(window.unlock_passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        window.unlock_button.click()
    main = controller.main
    model = main.case_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.loaded_pages() != set(), timeout=10_000)
    cells = [
        model.index(0, column).data(Qt.ItemDataRole.DisplayRole) for column in range(model.columnCount())
    ]
    assert label(CaseStatus, "submitted", lang) in cells
    assert EXPECTED[lang]["person"] in cells
    filter_items = [
        main.case_list.status_filter.itemText(i) for i in range(main.case_list.status_filter.count())
    ]
    assert [label(CaseStatus, c, lang) for c in CaseStatus] == filter_items[-len(CaseStatus) :]

    editor = main.open_case(case_uuid)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    wait_idle()
    assert editor.person.current_status.currentText() == EXPECTED[lang]["person"]
    assert editor.case_section.status.currentText() == label(CaseStatus, "submitted", lang)
    assert EXPECTED[lang]["act"] in editor.timeline.list.item(0).text()
    assert editor.timeline.kind.currentText() == EXPECTED[lang]["act"]
    scripts = [editor.person.names.rows()[0][1].itemText(i) for i in range(len(NameScript))]
    assert scripts == [label(NameScript, c, lang) for c in NameScript]
    given, identity, _contact = editor.witnesses._consent[ConsentScope.WGEID]
    assert given.text() == EXPECTED[lang]["wgeid"] and given.isChecked()
    assert identity.currentText() == label(IdentityLevel, "initials", lang)
    assert identity.currentData() == "initials"


def test_labels_follow_a_language_switch(qtbot, controller):
    from ui.labels import choices

    controller.translations.apply("ug")
    assert choices(PersonStatus)[0] == ("missing", "يوقالغان / نامەلۇم")
    controller.translations.apply("en")
    assert choices(PersonStatus)[0] == ("missing", "missing / unknown")
    assert choices(ActKind)[-1] == ("other", "other")
