"""The date field reads dates as people say them and says, beside it, what it understood."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import Qt

from app.model import PartialDate
from ui.editor.fields import DateEdit, with_meaning

_ROWS: list = []  # the rows outlive the test's statements (qtbot closes them at its end)


def _field(qtbot, **kwargs) -> DateEdit:
    edit = DateEdit(**kwargs)
    row = with_meaning(edit)
    _ROWS.append(row)
    qtbot.addWidget(row)
    row.show()
    return edit


@pytest.mark.parametrize(
    ("lang", "typed", "meaning"),
    [
        ("en", "март 2018", "March 2018 — month known"),
        ("ru", "2018 жылғы наурыз", "март 2018 — известен месяц"),
        ("kk", "12 марта 2018", "2018 жылғы 12 наурыз — күні белгілі"),
        ("ug", "about 1940", "تەخمىنەن 1940 — تەخمىنىي، يىلى مەلۇم"),
    ],
)
def test_the_meaning_is_shown_beside_the_field(qtbot, controller, type_text, lang, typed, meaning) -> None:
    controller.translations.apply(lang)
    edit = _field(qtbot)
    type_text(edit, typed)
    assert edit.meaning.text() == meaning
    assert edit.meaning.isVisible() and edit.styleSheet() == ""
    assert edit.value() == PartialDate.read(typed)


@pytest.mark.parametrize(
    ("lang", "typed", "reason"),
    [
        ("en", "31.02.2018", "Date: no such day"),
        ("ru", "13.2018", "Дата: месяц вне допустимого диапазона"),
        ("en", "2099", "Date: in the future"),
        (
            "kk",
            "былтыр",
            "Күн танылмады; мысалы, 12.03.2018, 2018 жылғы наурыз, 2018 немесе шамамен 1940 деп жазыңыз",
        ),
    ],
)
def test_a_refusal_is_explained_in_one_line_beside_the_field(
    qtbot, controller, type_text, lang, typed, reason
) -> None:
    controller.translations.apply(lang)
    edit = _field(qtbot)
    type_text(edit, typed)
    assert edit.meaning.text() == reason and "\n" not in reason
    assert "c62828" in edit.styleSheet() and not edit.is_valid()


def test_a_follow_up_may_lie_ahead(qtbot, type_text) -> None:
    edit = _field(qtbot, future=True)
    type_text(edit, "2099")
    assert edit.is_valid() and edit.meaning.text() == "2099 — year known"


def test_today_fills_interview_and_consent_dates(qtbot, main, type_text, wait_idle) -> None:
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    editor = main.current_editor()
    today = _dt.date.today()
    iso = PartialDate(today.year, today.month, today.day).iso()
    editor.witnesses.add()
    assert editor.witnesses.consent_date.text() == iso
    assert editor.witnesses.consent_date.meaning.text().endswith("day known")
    editor.testimonies.add()
    assert editor.testimonies.date.text() == iso

    # Typed in words, stored as the partial date it says.
    editor.sections.setCurrentWidget(editor.case_section)
    edit = editor.case_section.disappeared_on
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, "наурыз 2018")
    main.save_action.trigger()
    qtbot.waitUntil(lambda: not editor.dirty and not editor.saving, timeout=10_000)
    wait_idle()
    assert editor.bundle.case.disappeared_on == PartialDate(2018, 3)
    assert editor.bundle.witnesses[0].consent_date.iso() == iso
