"""The case editor builds a section when its tab is first shown or something asks for it: an
interview builds none, a section built late shows what the records hold (also what was typed
elsewhere and not saved yet), and saving sends everything once."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea

from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE
from tests.ui.helpers import unlock
from ui.editor.lazy_tabs import LazyTabs

WITNESS = "Гүлнар Серікқызы"
MISSING = "Ержан Серікұлы"


def _built(editor) -> list[int]:
    return [i for i in range(editor.sections.count()) if editor.sections.built(i) is not None]


def test_an_interview_builds_no_section_and_finishing_shows_what_it_saved(
    qtbot, controller, main, type_text, wait_idle
):
    main.activateWindow()
    main.interview_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    editor = main.current_editor()
    flow = editor.interview
    assert main.focusWidget() is flow.speaking.name
    assert _built(editor) == []  # none of the eight sections behind the interview
    type_text(flow.speaking.name, WITNESS)
    flow.next()
    type_text(flow.missing.first_name(), MISSING)
    flow.next()
    wait_idle()
    assert _built(editor) == []
    flow.finish()  # back to the sections: the one shown is built now, from the records
    wait_idle()
    assert _built(editor) == [0]
    assert editor.person.names.rows()[0][0].text() == MISSING
    assert editor.person.names.rows()[0][0].isVisible()
    editor.sections.setCurrentWidget(editor.witnesses)
    assert editor.witnesses.name.text() == WITNESS
    assert not editor.dirty
    with qtbot.waitSignal(controller.locked):
        main.lock_action.trigger()
    wait_idle()
    with Vault.open(controller.paths.default_vault, PASSPHRASE) as vault:
        bundle = Store(vault).load_case(editor.case_uuid)
    assert [w.name for w in bundle.witnesses] == [WITNESS]
    assert [n.text for n in bundle.case.person.names] == [MISSING]


def test_a_section_built_late_shows_unsaved_edits_of_another_and_one_save_sends_all(
    qtbot, controller, main, type_text, wait_idle
):
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    editor = main.current_editor()
    assert _built(editor) == [0]  # the person's section, shown; nothing else
    type_text(editor.person.names.rows()[0][0], MISSING)
    editor.sections.setCurrentWidget(editor.witnesses)
    editor.witnesses.add()
    type_text(editor.witnesses.name, WITNESS)
    # Not saved yet: the testimonies, built now, offer the witness typed a moment ago.
    editor.sections.setCurrentWidget(editor.testimonies)
    assert editor.dirty
    testimonies = editor.testimonies
    assert [testimonies.witness.itemText(i) for i in range(testimonies.witness.count())][1:] == [WITNESS]
    testimony = testimonies.add()
    assert testimony.witness_uuid == editor.witnesses.records[0].uuid  # the only witness
    assert sorted(_built(editor)) == [0, 3, 4]
    editor.save()
    qtbot.waitUntil(lambda: not editor.dirty and not editor.saving)
    with qtbot.waitSignal(controller.locked):
        main.lock_action.trigger()
    wait_idle()
    with Vault.open(controller.paths.default_vault, PASSPHRASE) as vault:
        bundle = Store(vault).load_case(editor.case_uuid)
    assert [n.text for n in bundle.case.person.names] == [MISSING]
    assert [w.name for w in bundle.witnesses] == [WITNESS]
    assert [t.witness_uuid for t in bundle.testimonies] == [bundle.witnesses[0].uuid]


def test_lazy_tabs_answer_with_the_content_and_build_it_once(qtbot):
    made: list[QLabel] = []

    def make(text: str):
        def build() -> QLabel:
            made.append(QLabel(text))
            return made[-1]

        return build

    tabs = LazyTabs()
    qtbot.addWidget(tabs)
    tabs.add_lazy("a", make("first"), scrolled=True)
    tabs.add_lazy("b", make("second"))
    assert made == []
    tabs.show()
    assert [label.text() for label in made] == ["first"]  # the tab shown
    first = made[0]
    assert isinstance(first.parentWidget().parentWidget(), QScrollArea)
    assert tabs.currentWidget() is first and tabs.indexOf(first) == 0
    assert tabs.built(1) is None
    second = tabs.widget(1)  # asked for: built, not shown
    assert tabs.built(1) is second and tabs.currentIndex() == 0
    tabs.setCurrentWidget(second)
    assert tabs.currentIndex() == 1 and second.isVisible()
    assert tabs.widget(1) is second and len(made) == 2


def test_after_unlock_the_field_comes_back_whatever_sections_were_built_before(
    qtbot, controller, main, type_text, wait_idle
):
    """The field is found inside its section: before the lock the timeline had been built too,
    after it only the sections shown are, so counting across the editor would miss it."""
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    editor = main.current_editor()
    editor.sections.setCurrentWidget(editor.timeline)
    editor.sections.setCurrentWidget(editor.witnesses)
    editor.witnesses.add()
    type_text(editor.witnesses.name, WITNESS)
    assert main.focusWidget() is editor.witnesses.name
    assert sorted(_built(editor)) == [0, 2, 3]
    controller.idle.set_interval_ms(100)
    controller.idle.start()
    qtbot.waitSignal(controller.locked, timeout=5_000).wait()
    controller.idle.set_minutes(5)
    wait_idle()
    new_main = unlock(qtbot, controller, type_text)
    qtbot.waitUntil(lambda: bool(new_main.editors()) and new_main.editors()[0].is_loaded)
    wait_idle()
    again = new_main.editors()[0]
    assert 2 not in _built(again)  # the timeline was not shown again
    assert again.sections.currentIndex() == 3
    assert again.witnesses.name.text() == WITNESS
    assert new_main.focusWidget() is again.witnesses.name
    assert again.witnesses.name.cursorPosition() == len(WITNESS)
