"""Related cases in the editor, "Same person" / "Not the same person" from the duplicates
window and the editor's panel, and the merge window's side-by-side choice. Fictional data."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QRadioButton

from app.model import Case, Name, PartialDate
from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE
from tests.ui.helpers import unlock
from ui.editor.sections import RELATED
from ui.names.linking import CaseMergeDialog
from ui.ops import DbOp


@pytest.fixture
def recorded(vault_file) -> dict[str, str]:
    with Vault.open(vault_file, PASSPHRASE) as vault:
        store = Store(vault)
        made = {}
        for key, number, name, script, occupation in (
            ("cyrillic", "IZ-2024-0007", "Нұрлан Жақсыбеков", "kk-Cyrl", "мұғалім"),
            ("latin", "IZ-2024-0008", "Nurlan Zhaksybekov", "kk-Latn", "teacher"),
            ("father", "IZ-2024-0009", "Ерсін Тестбаев", "kk-Cyrl", ""),
        ):
            case = Case(case_number=number)
            case.person.names = [Name(name, script)]
            case.person.birth_date = PartialDate(1985, 3, 12) if key != "father" else PartialDate(1950)
            case.person.occupation = occupation
            store.save(case)
            made[key] = case.uuid
        return made


@pytest.fixture
def main(qtbot, controller, vault_file, recorded, type_text):
    controller.settings.last_vault = vault_file
    return unlock(qtbot, controller, type_text)


def _ask(qtbot, main, fn: Any) -> Any:
    """What the vault says now, asked on its own thread."""
    got: list[Any] = []
    DbOp(main, lambda s: fn(s.store)).success(got.append).run(main._worker)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    return got[0]


def test_link_a_case_from_the_editor_and_see_it_both_ways(qtbot, main, recorded, type_text, wait_idle):
    editor = main.open_case(recorded["father"])
    qtbot.waitUntil(lambda: editor.is_loaded)
    editor.sections.setCurrentIndex(RELATED)
    related = editor._sections.related
    dialog = related.add()
    dialog.kind.setCurrentIndex(dialog.kind.findData("parent"))
    assert dialog.picker is not None
    type_text(dialog.picker.query, "Zhaksybekov")  # any script finds both spellings
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 2, timeout=10_000)
    numbers = [dialog.picker.results.item(i).text() for i in range(2)]
    assert all("IZ-2024-0009" not in n for n in numbers)  # never the case itself
    dialog.picker.results.setCurrentRow(next(i for i, n in enumerate(numbers) if "0007" in n))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: related.table.rowCount() == 1, timeout=10_000)
    assert related.table.item(0, 0).text() == "parent of"
    assert related.table.item(0, 1).text() == "IZ-2024-0007"
    # The son's editor reads the same link the other way.
    son = main.open_case(recorded["cyrillic"])
    qtbot.waitUntil(lambda: son.is_loaded)
    son.sections.setCurrentIndex(RELATED)
    qtbot.waitUntil(lambda: son._sections.related.table.rowCount() == 1, timeout=10_000)
    assert son._sections.related.table.item(0, 0).text() == "child of"
    # Removing it: gone from both.
    related.table.selectRow(0)
    qtbot.mouseClick(related.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: related.table.rowCount() == 0, timeout=10_000)
    assert _ask(qtbot, main, lambda store: store.related_cases(recorded["cyrillic"])) == []


def _duplicates(qtbot, main):
    dialog = main.tools.open_duplicates()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10_000)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    return dialog


def test_not_the_same_person_is_not_suggested_again(qtbot, main, recorded):
    dialog = _duplicates(qtbot, main)
    assert dialog.different_button.isEnabled()
    qtbot.mouseClick(dialog.different_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 0, timeout=10_000)
    dialog.close()
    again = main.tools.open_duplicates()
    qtbot.waitUntil(lambda: "No two cases" in again.status.text(), timeout=10_000)
    again.close()


def test_merge_window_choose_the_other_value(qtbot, main, recorded):
    dialog = _duplicates(qtbot, main)
    merge = dialog.merge()
    assert merge is not None
    qtbot.waitUntil(lambda: merge.merge_button.isEnabled(), timeout=10_000)
    first = merge.kept.uuid
    other_side = merge.findChild(QRadioButton, "merge:person.occupation:other")
    assert other_side is not None and not other_side.isChecked()
    kept_text = merge.findChild(QRadioButton, "merge:person.occupation:kept").text()
    other_text = other_side.text()
    assert {kept_text, other_text} == {"мұғалім", "teacher"}
    other_side.setChecked(True)
    assert merge.choices() == {"person.occupation": "other"}
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 0, timeout=10_000)
    case = _ask(qtbot, main, lambda store: store.get_case(first))
    assert case.person.occupation == other_text
    assert {n.text for n in case.person.names} == {"Нұрлан Жақсыбеков", "Nurlan Zhaksybekov"}
    absorbed = merge.other.uuid
    assert _ask(qtbot, main, lambda store: store.get_case(absorbed).duplicate_of) == first
    # The everyday list hides the merged case; the filter shows it.
    case_list = main.case_list
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 2, timeout=10_000)
    case_list.merged_filter.setChecked(True)
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 3, timeout=10_000)
    dialog.close()


def test_a_witness_of_another_case_is_entered_once(qtbot, main, recorded, vault_file, type_text):
    from app.model import ConsentGrant, Witness
    from ui.editor.sections import WITNESSES

    sister = Witness(
        case_uuid=recorded["cyrillic"],
        name="Әсел Тестқызы",
        contact="+7 700 000 00 01",
        consent=[ConsentGrant("wgeid", "full", True)],
    )
    DbOp(main, lambda s: s.store.save(sister)).run(main._worker)
    editor = main.open_case(recorded["father"])
    qtbot.waitUntil(lambda: editor.is_loaded)
    editor.sections.setCurrentIndex(WITNESSES)
    section = editor.witnesses
    picker = section.pick_existing()
    assert picker is not None
    type_text(picker.query, "Асель")
    qtbot.waitUntil(lambda: picker.results.count() == 1, timeout=10_000)
    assert "IZ-2024-0007" in picker.results.item(0).text()
    picker.results.setCurrentRow(0)
    qtbot.mouseClick(picker.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(section.records) == 1)
    reused = section.records[0]
    assert (reused.name, reused.contact, reused.same_as) == (sister.name, sister.contact, sister.uuid)
    assert reused.consent == [] and editor.dirty  # consent is asked again, for this case
    given, _identity, _contact = section.consent_widgets("wgeid")
    assert not given.isChecked()


def test_merge_from_the_related_tab_refreshes_the_case_list(qtbot, main, recorded):
    kept, other = recorded["cyrillic"], recorded["latin"]
    _ask(qtbot, main, lambda store: store.link_cases(kept, other, "same-person"))
    case_list = main.case_list
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 3, timeout=10_000)
    editor = main.open_case(kept)
    qtbot.waitUntil(lambda: editor.is_loaded)
    editor.sections.setCurrentIndex(RELATED)
    related = editor._sections.related
    qtbot.waitUntil(lambda: related.table.rowCount() == 1, timeout=10_000)
    related.table.selectRow(0)
    assert related.merge_button.isEnabled()
    qtbot.mouseClick(related.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: related.findChild(CaseMergeDialog) is not None, timeout=10_000)
    dialog = related.findChild(CaseMergeDialog)
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    # The absorbed case leaves the list with nothing else touched; the filter shows it again.
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 2, timeout=10_000)
    numbers = {case_list.model.index(r, 0).data() for r in range(2)}
    assert numbers == {"IZ-2024-0007", "IZ-2024-0009"}
    case_list.merged_filter.setChecked(True)
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 3, timeout=10_000)


def test_right_to_left_the_merge_window_keeps_the_reading_order(qtbot, qapp, main, recorded):
    from PySide6.QtWidgets import QLabel

    dialog = _duplicates(qtbot, main)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as in Uyghur
    try:
        merge = dialog.merge()
        assert merge is not None
        qtbot.waitUntil(lambda: merge.merge_button.isEnabled(), timeout=10_000)
        labels = merge.findChildren(QLabel)
        # The note starts with a Latin case number: a right-to-left mark keeps it a Uyghur
        # sentence; the case numbers over the columns stand on the reading side.
        note = next(label for label in labels if "IZ-2024-" in label.text() and len(label.text()) > 40)
        assert note.text().startswith("\u200f")
        heads = [
            label for label in labels if label.text() in (merge.kept.case_number, merge.other.case_number)
        ]
        assert len(heads) == 2
        assert all(h.alignment() & Qt.AlignmentFlag.AlignRight for h in heads)
        merge.reject()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    dialog.close()
