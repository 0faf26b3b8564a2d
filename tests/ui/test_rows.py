"""Rows of names and ID documents: removing one is safe however the clicks arrive."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.model import Name
from ui.editor.rows import NamesEditor


def test_second_click_on_a_removed_rows_button_does_nothing(qtbot):
    """The row lives until the event loop deletes it; its ✕ must not raise when clicked again."""
    names = NamesEditor()
    qtbot.addWidget(names)
    names.show()
    names.set_names([Name(text="Әсел"), Name(text="Асель", script="ru")])
    changes = []
    names.changed.connect(lambda: changes.append(1))
    first = names.rows()[0][0].parentWidget()
    remove = first.findChildren(type(names.add_button))[-1]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)  # before deleteLater has run
    assert [n.text for n in names.names()] == ["Асель"]
    assert len(changes) == 1
    assert not first.isVisible()
