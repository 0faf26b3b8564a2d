"""A whole interview conducted from the keyboard through the interview mode: every value then read
back from the vault without Qt, and from the text of the WGEID dossier."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.dossier.builder import DossierOptions, make_dossier
from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE
from tests.ui.helpers import unlock

WITNESS = "Гүлнар Серікқызы"
CONTACT = "+7 700 000 12 34"
INTERVIEWER = "Демо Құқық Орталығы"
KAZAKH = "Ержан Серікұлы"
CHINESE = "叶尔江·赛力克"
SISTER = "Айгүл Серікқызы"
REMEDIES = "Отбасын қорқытып, шағым жазуға тыйым салды."
TESTIMONY = "Інім 2018 жылы наурызда Құлжада полиция алып кетті."
TRANSLATION = "My brother was taken by the police in Kulja in March 2018."


@pytest.fixture
def main(qtbot, controller, vault_file, type_text):
    controller.settings.last_vault = vault_file
    return unlock(qtbot, controller, type_text)


def _key(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type_here(type_text, text: str) -> None:
    type_text(_focused(), text)


def _next_step() -> None:
    _key(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _photo(tmp_path):
    image = QImage(60, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    path = tmp_path / "суреті.png"
    assert image.save(str(path))
    return path


def _pdf_text(pdf: bytes, tmp_path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "dossier.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True)
    text = out.stdout.translate(
        dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2068\u2069"))
    )
    return re.sub(r"\s+", " ", text)


def _start(qtbot, main, wait_idle, before: int):
    qtbot.waitUntil(lambda: len(main.editors()) == before + 1 and main.current_editor().interview is not None)
    wait_idle()
    return main.current_editor(), main.current_editor().interview


def test_a_whole_interview_from_the_keyboard(
    qtbot, controller, main, type_text, wait_idle, tmp_path, dialogs
):
    main.activateWindow()
    main.interview_action.trigger()
    editor, flow = _start(qtbot, main, wait_idle, 0)
    assert flow.index == 0

    # 1. Who is speaking: the cursor is in the witness's name; Enter moves on.
    assert _focused() is flow.speaking.name
    _type_here(type_text, WITNESS)
    _key(_focused(), Qt.Key.Key_Return)
    assert _focused() is flow.speaking.relation.combo
    for _ in range(5):  # —, mother, father, daughter, son, sister
        _key(_focused(), Qt.Key.Key_Down)
    _key(_focused(), Qt.Key.Key_Return)
    assert _focused() is flow.speaking.language  # Kazakh, the first language, stays
    _key(_focused(), Qt.Key.Key_Return)
    assert _focused() is flow.speaking.contact
    _type_here(type_text, CONTACT)
    _key(_focused(), Qt.Key.Key_Tab)
    assert _focused() is flow.speaking.interviewer
    _type_here(type_text, INTERVIEWER)
    _key(_focused(), Qt.Key.Key_Return)
    assert _focused() is flow.speaking.preset  # "UN WGEID only, initials", the first preset
    assert "Женева" in flow.speaking.text.toPlainText()  # read aloud in Kazakh
    _key(_focused(), Qt.Key.Key_Return)
    assert _focused() is flow.speaking.how.combo
    _key(_focused(), Qt.Key.Key_Down)  # orally
    _key(_focused(), Qt.Key.Key_Return)
    assert _focused() is flow.speaking.date and flow.speaking.date.value().precision == "day"
    _next_step()

    # 2. Who is missing: a Kazakh and a Chinese name, each script taken from what is typed.
    assert flow.index == 1
    names = flow.missing.names
    assert _focused() is names.rows()[0][0]
    _type_here(type_text, KAZAKH)
    _key(names.add_button, Qt.Key.Key_Space)
    assert _focused() is names.rows()[1][0]
    _type_here(type_text, CHINESE)
    assert [r[1].currentData() for r in names.rows()] == ["kk-Cyrl", "zh-Hans"]
    assert names.warning.isHidden()
    flow.missing.sex.setFocus()
    assert _focused() is flow.missing.sex.combo
    _key(_focused(), Qt.Key.Key_Down)  # the first choice after "—": male
    _key(_focused(), Qt.Key.Key_Return)
    assert _focused() is flow.missing.birth_date
    _type_here(type_text, "шамамен 1979")  # "about 1979", as people say it
    assert "1979" in flow.missing.birth_date.meaning.text()
    _key(_focused(), Qt.Key.Key_Return)
    assert _focused() is flow.missing.father_name  # optional: the parents' names
    _type_here(type_text, "Серік Тестұлы")
    _key(_focused(), Qt.Key.Key_Return)
    assert _focused() is flow.missing.mother_name
    _key(_focused(), Qt.Key.Key_Return)  # not known: left empty
    assert _focused() is flow.missing.ethnicity.combo
    _key(_focused(), Qt.Key.Key_Down)  # Kazakh
    _key(_focused(), Qt.Key.Key_Return)
    assert _focused() is flow.missing.citizenships.button
    for code in ("cn", "kz"):  # ticked in the list's menu (Space opens it)
        flow.missing.citizenships.code_actions[code].setChecked(True)
    flow.missing.prefecture.setFocus()
    _type_here(type_text, "Іле")
    _next_step()

    # 3. What happened: when and where, then three acts from the quick buttons. Who is
    # believed responsible is left for the review to ask.
    assert flow.index == 2
    assert _focused() is flow.happened.disappeared_on
    _type_here(type_text, "наурыз 2018")  # March 2018, in Kazakh
    _key(_focused(), Qt.Key.Key_Return)
    _type_here(type_text, "Құлжа")
    page = flow.happened
    for kind, date, facility, sentence in (
        ("arrest", "2018-03-05", "Құлжа қалалық полициясы", ""),
        ("camp-internment", "2018-04", "Қайнұқ лагері", ""),
        ("sentencing", "2019-06", "", "10 жыл"),
    ):
        page.quick[kind].setFocus()  # reached with Tab
        _key(_focused(), Qt.Key.Key_Return)
        assert _focused() is page.act_date
        _type_here(type_text, date)
        _key(_focused(), Qt.Key.Key_Return)
        _type_here(type_text, "Құлжа")
        _key(_focused(), Qt.Key.Key_Return)
        _type_here(type_text, facility)
        if sentence:
            page.sentence.setFocus()
            _type_here(type_text, sentence)
    page.remedies.setFocus()
    _type_here(type_text, REMEDIES)
    _next_step()

    # 4. In their words: the original and its translation side by side.
    assert flow.index == 3
    assert _focused() is flow.words.place  # the date is today already
    _type_here(type_text, "Алматы")
    flow.words.original.setFocus()
    _type_here(type_text, TESTIMONY)
    _key(_focused(), Qt.Key.Key_Tab)
    assert _focused() is flow.words.translation  # side by side: Tab goes across
    _type_here(type_text, TRANSLATION)
    _next_step()

    # 5. A photo, stored at once; the first picture becomes the person's photo.
    assert flow.index == 4
    assert _focused() is flow.files.choose
    dialogs.queue_answer(_photo(tmp_path))
    _key(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.bundle.case.person.photo_attachment != "", timeout=10_000)
    wait_idle()
    _next_step()

    # 6. Review: one element missing; its button jumps to the field.
    assert flow.index == 5
    assert flow.review.missing() == ["perpetrators"]
    assert _focused() is flow.review.fill["perpetrators"]
    _key(_focused(), Qt.Key.Key_Return)
    assert flow.index == 2 and _focused() is flow.happened.perpetrators
    _type_here(type_text, "полиция")
    flow.go(5)
    assert flow.review.missing() == []

    # Another relative told by the same person: a new case, the witness carried over.
    first_uuid = editor.case_uuid
    flow.review.another_button.setFocus()
    _key(_focused(), Qt.Key.Key_Return)
    editor2, flow2 = _start(qtbot, main, wait_idle, 1)
    assert editor2.case_uuid != first_uuid
    assert flow2.index == 1 and _focused() is flow2.missing.names.rows()[0][0]
    _type_here(type_text, SISTER)
    _next_step()
    assert flow2.index == 2
    wait_idle()

    with qtbot.waitSignal(controller.locked):
        main.lock_action.trigger()
    wait_idle()

    with Vault.open(controller.paths.default_vault, PASSPHRASE) as vault:
        store = Store(vault)
        bundle = store.load_case(first_uuid)
        case = bundle.case
        person = case.person
        assert [(n.text, n.script) for n in person.names] == [(KAZAKH, "kk-Cyrl"), (CHINESE, "zh-Hans")]
        assert (person.sex, person.birth_date.iso(), person.ethnicity) == ("male", "~1979", "kazakh")
        assert person.citizenships == ["cn", "kz"] and person.hometown.prefecture == "Іле"
        assert (person.father_name, person.mother_name) == ("Серік Тестұлы", "")
        assert (case.disappeared_on.iso(), case.disappeared_place, case.perpetrators) == (
            "2018-03",
            "Құлжа",
            "полиция",
        )
        assert case.remedies == REMEDIES and case.interviewer == INTERVIEWER
        [witness] = bundle.witnesses
        assert (witness.name, witness.relation, witness.language, witness.contact) == (
            WITNESS,
            "sister",
            "kk",
            CONTACT,
        )
        assert sorted((g.scope, g.identity) for g in witness.consent) == [
            ("store", "initials"),
            ("wgeid", "initials"),
        ]
        assert witness.consent_how == "oral" and witness.consent_date.precision == "day"
        assert [(a.kind, a.date_from.iso(), a.place, a.facility, a.sentence) for a in bundle.acts] == [
            ("arrest", "2018-03-05", "Құлжа", "Құлжа қалалық полициясы", ""),
            ("camp-internment", "2018-04", "Құлжа", "Қайнұқ лагері", ""),
            ("sentencing", "2019-06", "Құлжа", "", "10 жыл"),
        ]
        [testimony] = bundle.testimonies
        assert testimony.original_text == TESTIMONY and testimony.witness_uuid == witness.uuid
        assert [(t.language, t.text) for t in testimony.translations] == [("en", TRANSLATION)]
        assert testimony.place == "Алматы" and testimony.language == "kk"
        [photo] = bundle.attachments
        assert person.photo_attachment == photo.uuid and photo.media_type == "image/png"

        second = store.load_case(editor2.case_uuid)
        assert [n.text for n in second.case.person.names] == [SISTER]
        [carried] = second.witnesses
        assert carried.uuid != witness.uuid
        assert (carried.name, carried.contact, carried.consent) == (
            witness.name,
            witness.contact,
            witness.consent,
        )
        assert store.count_cases() == 2

        dossier = make_dossier(
            store, first_uuid, DossierOptions(profile="wgeid", lang="en", organisation="Org")
        )
    text = _pdf_text(dossier.pdf, tmp_path)
    for value in (
        f"Kazakh (Cyrillic) · legal name {KAZAKH}",
        f"Chinese · legal name {CHINESE}",
        "Date of disappearance March 2018",
        "Place of arrest or last seen Құлжа",
        "carried it out полиция present",
        "Sex male Date of birth around 1979 Father's name Серік Тестұлы Ethnicity Kazakh",
        "Citizenship People's Republic of China, Kazakhstan Hometown Іле",
        "5 March 2018 Arrest Құлжа, Құлжа қалалық полициясы",
        "April 2018 Camp internment Құлжа, Қайнұқ лагері",
        "Sentence 10 жыл",
        "Witness Г. С. Relation sister Consent for this recipient initials only",
        f"Interviewer {INTERVIEWER}",
        TESTIMONY,
        TRANSLATION,
        REMEDIES,
        "суреті.png Type: image/png",
    ):
        assert value in text, value
    assert WITNESS not in text and CONTACT not in text  # initials only, no contact


def test_every_page_gives_every_hook() -> None:
    from ui.interview.flow import _KINDS
    from ui.interview.page import InterviewPage

    assert set(_KINDS) == set(InterviewPage.__subclasses__())
    for kind in _KINDS:
        assert kind.TITLE
        for hook in ("load", "store", "fields"):
            assert getattr(kind, hook) is not getattr(InterviewPage, hook), f"{kind.__name__}.{hook}"


def test_a_refused_value_is_one_line_and_nothing_is_saved(qtbot, controller, main, type_text, wait_idle):
    main.activateWindow()
    main.interview_action.trigger()
    editor, flow = _start(qtbot, main, wait_idle, 0)
    flow.speaking.name.setText("Гүлнар\u0007")  # pasted with a control character
    _next_step()
    wait_idle()
    assert flow.index == 1  # the interview goes on…
    state = editor.state.text()
    assert state.startswith("Not saved:") and "\n" not in state and "Гүлнар" not in state
    assert editor.dirty  # …and the next save sends it again, once corrected
    flow.go(0)
    wait_idle()
    flow.speaking.name.setText("Гүлнар")
    flow.go(1)
    wait_idle()
    assert not editor.dirty
    with qtbot.waitSignal(controller.locked):
        main.lock_action.trigger()
    wait_idle()
    with Vault.open(controller.paths.default_vault, PASSPHRASE) as vault:
        assert [w.name for w in Store(vault).load_case(editor.case_uuid).witnesses] == ["Гүлнар"]


def test_the_vaults_defaults_and_the_longer_idle_wait(qtbot, controller, paths, type_text, wait_idle):
    from app.store import VaultPrefs

    paths.ensure()
    with Vault.create(paths.default_vault, PASSPHRASE) as vault:
        Store(vault).set_prefs(
            VaultPrefs(interviewer=INTERVIEWER, organisation="Org", interview_language="ru")
        )
    controller.settings.last_vault = paths.default_vault
    main = unlock(qtbot, controller, type_text)
    assert not controller.idle.hold
    main.activateWindow()
    main.interview_action.trigger()
    editor, flow = _start(qtbot, main, wait_idle, 0)
    assert controller.idle.hold  # an interview in progress: the idle lock waits longer
    assert flow.speaking.interviewer.text() == INTERVIEWER
    assert flow.speaking.language.currentData() == "ru"
    assert "Женев" in flow.speaking.text.toPlainText()  # read aloud in Russian
    assert _focused() is flow.speaking.name
    flow.finish()
    assert not controller.idle.hold


def test_an_interview_locked_midway_reopens_at_the_same_step(qtbot, controller, main, type_text, wait_idle):
    main.activateWindow()
    main.interview_action.trigger()
    editor, flow = _start(qtbot, main, wait_idle, 0)
    _type_here(type_text, WITNESS)
    _next_step()
    _type_here(type_text, KAZAKH)
    _next_step()
    assert flow.index == 2
    uuid = editor.case_uuid
    with qtbot.waitSignal(controller.locked):
        main.lock_action.trigger()
    wait_idle()
    new_main = unlock(qtbot, controller, type_text)
    qtbot.waitUntil(lambda: new_main.current_editor() is not None and new_main.current_editor().interviewing)
    again = new_main.current_editor()
    assert again.case_uuid == uuid and again.interview.index == 2
    assert new_main.focusWidget() is again.interview.happened.disappeared_on
    assert controller.idle.hold
    again.interview.go(1)
    assert [n.text for n in again.interview.missing.names.names()] == [KAZAKH]
    wait_idle()
