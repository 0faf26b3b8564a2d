"""Qt's own words in Uyghur: standard buttons, edit menus, the file dialog (no qtbase_ug exists)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ui.i18n import Translations


@pytest.mark.parametrize(
    ("context", "source"),
    [
        ("QPlatformTheme", "Cancel"),
        ("QPlatformTheme", "Close"),
        ("QPlatformTheme", "&Yes"),
        ("QLineEdit", "&Paste"),
        ("QFileDialog", "File &name:"),
        ("QFileDialog", "Files of &type:"),
        ("QFileSystemModel", "Date Modified"),
    ],
)
def test_qt_strings_are_uyghur(qapp: QApplication, context: str, source: str) -> None:
    translations = Translations(qapp)
    translations.apply("ug")
    try:
        text = QCoreApplication.translate(context, source)
        assert text != source and any("\u0600" <= c <= "\u06ff" for c in text)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert box.button(QDialogButtonBox.StandardButton.Close).text() == "تاقاش"
    finally:
        translations.apply("en")
