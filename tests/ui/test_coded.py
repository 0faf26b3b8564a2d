"""Coded fields in the editor: lists of translated labels, "other…" with the typed words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.model import Citizenship, Relation, Sex
from ui.editor.coded import OTHER, CodedEdit, CodedListEdit


def _open_again(qtbot, main, wait_idle, editor):
    uuid = editor.case_uuid
    main.close_tab(main.tabs.indexOf(editor))
    wait_idle()
    editor = main.open_case(uuid)
    qtbot.waitUntil(lambda: editor.is_loaded)
    wait_idle()
    return editor


def test_person_and_witness_lists_by_keyboard(qtbot, main, type_text, wait_idle) -> None:
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    editor = main.current_editor()
    person = editor.person

    # A non-editable combo box selects by typed letters, as a volunteer would choose.
    person.sex.combo.setFocus()
    qtbot.keyClicks(person.sex.combo, "f")
    assert person.sex.value() == "female"

    ethnicity = person.ethnicity
    ethnicity.combo.setCurrentIndex(ethnicity.combo.findData(OTHER))
    ethnicity.combo.activated.emit(ethnicity.combo.currentIndex())
    assert ethnicity.other.isVisibleTo(ethnicity)
    type_text(ethnicity.other, "Сібе")

    citizenships = person.citizenships
    citizenships.code_actions["cn"].setChecked(True)
    citizenships.code_actions["kandas"].setChecked(True)
    type_text(citizenships.other, "Моңғолия, ")
    assert citizenships.button.text() == "China (PRC), kandas (qandas)"

    witnesses = editor.witnesses
    witnesses.add()
    type_text(witnesses.name, "Тест")
    relation = witnesses.relation.combo
    relation.setFocus()
    qtbot.keyClicks(relation, "son")
    assert witnesses.relation.value() == "son"

    main.save_action.trigger()
    qtbot.waitUntil(lambda: not editor.dirty and not editor.saving, timeout=10_000)
    wait_idle()
    editor = _open_again(qtbot, main, wait_idle, editor)
    stored = editor.bundle.case.person
    assert (stored.sex, stored.ethnicity) == ("female", "other:Сібе")
    assert stored.citizenships == ["cn", "kandas", "other:Моңғолия"]
    assert editor.bundle.witnesses[0].relation == "son"
    # Shown again as chosen: the label, the other words beside "other…".
    assert editor.person.sex.combo.currentText() == "female"
    assert editor.person.ethnicity.other.text() == "Сібе" and editor.person.ethnicity.other.isVisibleTo(
        editor.person
    )
    assert editor.person.citizenships.other.text() == "Моңғолия"
    assert "son" in editor.witnesses.list.item(0).text()


@pytest.mark.parametrize(
    ("lang", "male", "daughter", "kazakhstan"),
    [
        ("ru", "мужской", "дочь", "Казахстан"),
        ("kk", "ер", "қызы", "Қазақстан"),
        ("ug", "ئەر", "قىزى", "قازاقىستان"),
    ],
)
def test_lists_are_labelled_in_the_interface_language(
    qtbot, controller, lang, male, daughter, kazakhstan
) -> None:
    controller.translations.apply(lang)
    sex = CodedEdit(Sex)
    relation = CodedEdit(Relation)
    citizenships = CodedListEdit(Citizenship)
    for widget in (sex, relation, citizenships):
        qtbot.addWidget(widget)
    items = [sex.combo.itemText(i) for i in range(sex.combo.count())]
    assert items[1] == male and len(items) == len(Sex) + 2  # "—" first, "other…" last
    relation.set_value("daughter")
    assert relation.combo.currentText() == daughter
    citizenships.set_value(["kz", "other:Моңғолия"])
    assert citizenships.button.text() == kazakhstan
    assert citizenships.value() == ["kz", "other:Моңғолия"]


def test_values_this_version_does_not_know_are_kept_as_other_words(qtbot) -> None:
    edit = CodedEdit(Relation)
    qtbot.addWidget(edit)
    edit.set_value("great-grandson")
    assert edit.combo.currentData() == OTHER and edit.value() == "other:great-grandson"
    edit.set_value("")
    assert edit.value() == "" and not edit.other.isVisibleTo(edit)
    edit.combo.setCurrentIndex(edit.combo.findData(OTHER))
    edit.combo.activated.emit(edit.combo.currentIndex())
    assert edit.value() == ""  # "other…" with nothing typed records nothing
    assert edit.focusProxy() is edit.combo and edit.other.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_a_kazakh_arabic_name_row_is_typed_right_to_left(qtbot, type_text) -> None:
    from app.model import Name
    from ui.editor.rows import NamesEditor

    names = NamesEditor()
    qtbot.addWidget(names)
    names.set_names([Name("Ақжол", "kk-Cyrl")])
    text, script, _kind = names.rows()[0]
    assert script.findData("kk-Arab") >= 0  # offered in the script list
    assert text.layoutDirection() == Qt.LayoutDirection.LeftToRight
    script.setCurrentIndex(script.findData("kk-Arab"))
    text.clear()
    type_text(text, "ٴالىم اقجولۇلى")
    assert text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert names.names() == [Name("ٴالىم اقجولۇلى", "kk-Arab", "legal")]
