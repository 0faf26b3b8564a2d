"""A whole intake through the widgets: names in three scripts, testimony, photo, search, lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE
from tests.ui.helpers import unlock

KAZAKH = "Ержан Серікұлы"
UYGHUR = "ئەركىن سادىق"
CHINESE = "艾尔肯·萨迪克"
TESTIMONY = "Әкем 2018 жылы наурызда қызғалдақ базарынан кейін жоғалып кетті."
TRANSLATION = "My father disappeared in March 2018 after the tulip market."


@pytest.fixture
def main(qtbot, controller, vault_file, type_text):  # the shared one, with autosave after 1 s
    controller.settings.last_vault = vault_file
    controller.settings._set("autosave_seconds", 1)
    return unlock(qtbot, controller, type_text)


def _photo(tmp_path):
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    path = tmp_path / "фото.png"
    assert image.save(str(path))
    return path


def _new_case(qtbot, main, wait_idle):
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    return main.current_editor()


def _saved(qtbot, editor):
    qtbot.waitUntil(lambda: not editor.dirty and not editor.saving, timeout=10_000)


def test_intake_search_lock_unlock(qtbot, controller, main, type_text, wait_idle, tmp_path, dialogs):
    editor = _new_case(qtbot, main, wait_idle)
    assert editor.bundle.case.case_number.startswith("IZ-")

    names = editor.person.names
    text, script, _kind = names.rows()[0]
    script.setCurrentIndex(script.findData("kk-Cyrl"))
    type_text(text, KAZAKH)
    for value, code in ((UYGHUR, "ug-Arab"), (CHINESE, "zh-Hans")):
        qtbot.mouseClick(names.add_button, Qt.MouseButton.LeftButton)
        text, script, _kind = names.rows()[-1]
        script.setCurrentIndex(script.findData(code))
        type_text(text, value)
    assert names.rows()[1][0].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.dirty

    type_text(editor.case_section.disappeared_on, "2018-03")
    type_text(editor.case_section.disappeared_place, "Құлжа")

    # New testimony (Ctrl+T) with its translation beside it.
    main.new_testimony_action.trigger()
    assert editor.sections.currentWidget() is editor.testimonies
    type_text(editor.testimonies.original, TESTIMONY)
    pane = editor.testimonies.panes()[0]
    type_text(pane.language, "en")
    type_text(pane.text, TRANSLATION)

    # Photo through the (answered) file dialog.
    dialogs.queue_answer(_photo(tmp_path))
    qtbot.mouseClick(editor.person.photo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: editor.person.photo.pixmap() is not None and not editor.person.photo.pixmap().isNull(),
        timeout=10_000,
    )

    main.save_action.trigger()
    _saved(qtbot, editor)
    wait_idle()
    checklist = editor.checklist.missing()
    assert "name" not in checklist and "date" not in checklist and "place" not in checklist
    assert "perpetrators" in checklist  # shown as missing, never blocking the save

    # Search finds the case by the testimony and by the Uyghur name.
    main.search_action.trigger()
    case_list = main.case_list
    assert main.tabs.currentWidget() is case_list
    for query in ("қызғалдақ", "ئەركىن", "艾尔肯"):
        case_list.search_box.clear()
        with qtbot.waitSignal(case_list.search_done, timeout=10_000) as signal:
            type_text(case_list.search_box, query)
        assert signal.args == [1], query
        index = case_list.results.index(0, 0)
        assert index.data(Qt.ItemDataRole.UserRole + 1) == editor.case_uuid
    case_uuid = editor.case_uuid

    # Lock: case data gone from the windows; unlock again and everything is there.
    with qtbot.waitSignal(controller.locked):
        main.lock_action.trigger()
    wait_idle()
    assert controller.main is None
    main = unlock(qtbot, controller, type_text)
    qtbot.waitUntil(lambda: main.case_list.model.rowCount() == 1)
    editor = main.open_case(case_uuid)
    qtbot.waitUntil(lambda: editor.is_loaded)
    wait_idle()
    person = editor.bundle.case.person
    assert [(n.text, n.script) for n in person.names] == [
        (KAZAKH, "kk-Cyrl"),
        (UYGHUR, "ug-Arab"),
        (CHINESE, "zh-Hans"),
    ]
    assert person.photo_attachment
    assert editor.bundle.case.disappeared_on.iso() == "2018-03"
    testimony = editor.bundle.testimonies[0]
    assert testimony.original_text == TESTIMONY
    assert testimony.translations[0].text == TRANSLATION
    assert len(editor.bundle.attachments) == 1
    qtbot.waitUntil(
        lambda: editor.person.photo.pixmap() is not None and not editor.person.photo.pixmap().isNull()
    )


def test_typing_survives_lock_without_saving(qtbot, controller, main, type_text, wait_idle):
    editor = _new_case(qtbot, main, wait_idle)
    type_text(editor.person.names.rows()[0][0], KAZAKH)
    type_text(editor.case_section.summary, "Жазылған мәтін жоғалмайды.")
    assert editor.dirty
    case_uuid = editor.case_uuid
    main.lock_action.trigger()  # no explicit save
    wait_idle()
    main = unlock(qtbot, controller, type_text)
    editor = main.open_case(case_uuid)
    qtbot.waitUntil(lambda: editor.is_loaded)
    assert editor.bundle.case.summary == "Жазылған мәтін жоғалмайды."
    assert editor.bundle.case.person.names[0].text == KAZAKH


def test_autosave_and_close_tab(qtbot, controller, main, type_text, wait_idle, paths):
    editor = _new_case(qtbot, main, wait_idle)
    type_text(editor.case_section.perpetrators, "county police")
    # Debounced autosave (1 s in this test) writes without Ctrl+S.
    qtbot.waitUntil(lambda: not editor.dirty and not editor.saving, timeout=5_000)
    assert "saved" in editor.state.text().lower()
    type_text(editor.case_section.notes, "closing the tab saves")
    main.close_tab(main.tabs.indexOf(editor))
    wait_idle()
    uuid = editor.case_uuid
    main.lock_action.trigger()
    wait_idle()
    with Vault.open(paths.default_vault, PASSPHRASE) as vault:
        case = Store(vault).get_case(uuid)
        assert case.perpetrators == "county police"
        assert case.notes == "closing the tab saves"


def test_typing_without_a_pause_is_autosaved_too(qtbot, controller, main, type_text, wait_idle, paths):
    """The 1 s debounce restarts on every keystroke; the latest-save timer (5 s here) does not."""
    editor = _new_case(qtbot, main, wait_idle)
    editor.sections.setCurrentWidget(editor.interventions)
    editor.interventions.add()
    response = editor.interventions.form.findChildren(QPlainTextEdit)[0]
    typist = QTimer()
    typist.setInterval(150)  # well inside the 1 s pause that the debounce waits for
    typist.timeout.connect(lambda: type_text(response, "ә"))
    typist.start()
    qtbot.waitSignal(editor.saved, timeout=12_000).wait()  # saved while the typing goes on
    typist.stop()
    wait_idle()
    uuid = editor.case_uuid
    main.lock_action.trigger()  # the vault is free to open once the app has let go of it
    wait_idle()
    with Vault.open(paths.default_vault, PASSPHRASE) as vault:
        stored = Store(vault).children(uuid, "intervention")
    assert len(stored) == 1 and stored[0].response.startswith("әә")


def test_timeline_witness_consent_intervention(qtbot, controller, main, type_text, wait_idle, dialogs):
    editor = _new_case(qtbot, main, wait_idle)
    timeline = editor.timeline
    first = timeline.add()
    timeline.kind.setCurrentIndex(timeline.kind.findData("arrest"))
    second = timeline.add()
    timeline.kind.setCurrentIndex(timeline.kind.findData("camp-internment"))
    timeline.move_record(-1)
    assert timeline.records == [second, first]

    witnesses = editor.witnesses
    witnesses.add()
    type_text(witnesses.name, "Айгүл")
    relation = witnesses.relation.combo
    relation.setCurrentIndex(relation.findData("daughter"))
    relation.activated.emit(relation.currentIndex())
    assert not witnesses.contact.isVisibleTo(witnesses)  # hidden until asked for
    witnesses.show_contact.setChecked(True)
    assert witnesses.contact.isVisibleTo(witnesses)
    type_text(witnesses.contact, "+7 700 000 00 00")
    given, identity, contact = witnesses.consent_widgets("wgeid")
    given.setChecked(True)
    identity.setCurrentIndex(identity.findData("initials"))

    interventions = editor.interventions
    interventions.add()
    type_text(interventions.reference, "G/SO 217/1 KAZ 12/2024")
    type_text(interventions.follow_up, "2020-01-15")

    main.save_action.trigger()
    _saved(qtbot, editor)
    wait_idle()
    uuid = editor.case_uuid
    main.close_tab(main.tabs.indexOf(editor))
    wait_idle()
    editor = main.open_case(uuid)
    qtbot.waitUntil(lambda: editor.is_loaded)
    bundle = editor.bundle
    assert [a.kind for a in bundle.acts] == ["camp-internment", "arrest"]
    witness = bundle.witnesses[0]
    assert witness.name == "Айгүл" and witness.relation == "daughter"
    assert witness.contact == "+7 700 000 00 00"
    assert not editor.witnesses.show_contact.isChecked()
    assert witness.grant_for("wgeid").identity == "initials"
    assert witness.grant_for("publish") is None
    assert bundle.interventions[0].reference == "G/SO 217/1 KAZ 12/2024"
    assert "steps" not in editor.checklist.missing()

    # Removing asks first; the answer comes from the test.
    dialogs.queue_confirm(True)
    editor.sections.setCurrentWidget(editor.witnesses)
    editor.witnesses.remove()
    main.save_action.trigger()
    _saved(qtbot, editor)
    wait_idle()

    # The case list shows the follow-up filter.
    main.tabs.setCurrentIndex(0)
    case_list = main.case_list
    with qtbot.waitSignal(case_list.model.reset_done) as signal:
        case_list.follow_up_filter.setChecked(True)
    assert signal.args == [1]


def test_tab_order_follows_the_name_rows(qtbot, controller, main, wait_idle):
    editor = _new_case(qtbot, main, wait_idle)
    names = editor.person.names
    qtbot.mouseClick(names.add_button, Qt.MouseButton.LeftButton)
    (text1, script1, kind1), (text2, _s, _k) = names.rows()
    assert text1.nextInFocusChain() is script1
    assert script1.nextInFocusChain() is kind1
    chain, widget = [], text1
    for _ in range(80):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    names_in_chain = [w for w in chain if w in (text2, names.add_button)]
    assert names_in_chain == [text2, names.add_button]
    # Tabbing into the editor lands on the first name, not on its invisible anchor.
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main and text1.isVisible())
    editor.sections.setCurrentIndex(0)
    names._start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: text1.hasFocus())


def test_tab_goes_from_original_to_translation(qtbot, controller, main, wait_idle):
    editor = _new_case(qtbot, main, wait_idle)
    main.new_testimony_action.trigger()
    pane = editor.testimonies.panes()[0]
    original = editor.testimonies.original
    widget = original.nextInFocusChain()
    while original.isAncestorOf(widget):
        widget = widget.nextInFocusChain()
    assert widget is pane.language
    assert pane.translator.nextInFocusChain() is pane.text


def test_recent_disappearance_points_at_the_urgent_procedure(qtbot, controller, main, type_text, wait_idle):
    import datetime as dt

    editor = _new_case(qtbot, main, wait_idle)
    section = editor.case_section
    assert not section.urgent_hint.isVisibleTo(section)
    type_text(section.disappeared_on, dt.date.today().strftime("%Y-%m"))
    assert section.urgent_hint.isVisibleTo(section)
    section.procedure.setCurrentIndex(section.procedure.findData("urgent"))
    assert not section.urgent_hint.isVisibleTo(section)


def test_delete_case_asks_first_and_removes_everything(
    qtbot, controller, main, type_text, wait_idle, paths, dialogs
):
    editor = _new_case(qtbot, main, wait_idle)
    type_text(editor.case_section.notes, "to be deleted")
    _saved(qtbot, editor)
    uuid = editor.case_uuid
    dialogs.queue_confirm(False)
    main.delete_case_action.trigger()
    wait_idle()
    assert main.current_editor() is editor  # "No" keeps everything
    dialogs.queue_confirm(True)
    main.delete_case_action.trigger()
    wait_idle()
    assert main.current_editor() is None
    qtbot.waitUntil(lambda: "deleted" in main.message.text())
    main.lock_action.trigger()
    wait_idle()
    with Vault.open(paths.default_vault, PASSPHRASE) as vault:
        store = Store(vault)
        assert store.count_cases() == 0
        assert uuid in {row[0] for row in store.tombstones()}
