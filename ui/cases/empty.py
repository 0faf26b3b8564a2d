"""What the case list shows when it has no row: in a new vault, what to do first; after a
search or filter that finds nothing, "No case matches"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.fonts import heading_font
from ui.icons import set_icon

__all__ = ["EmptyState"]


class EmptyState(QWidget):
    interview_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.icon = QLabel()
        self.icon.setProperty("izdeuIconSize", 48)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        heading_font(self.title, 1.3)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.interview_button = QPushButton(self.tr("Start an interview"))
        self.interview_button.setObjectName("emptyInterview")
        self.interview_button.setMinimumHeight(36)
        set_icon(self.interview_button, "mic")
        self.interview_button.clicked.connect(self.interview_requested)
        self.import_button = QPushButton(self.tr("or import a spreadsheet…"))
        self.import_button.setObjectName("emptyImport")
        self.import_button.setFlat(True)
        set_icon(self.import_button, "import")
        self.import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        layout.addWidget(self.interview_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.no_match = False
        self.show_first_steps()

    def show_first_steps(self) -> None:
        """A vault without cases: begin with an interview, or bring in a spreadsheet."""
        self.no_match = False
        set_icon(self.icon, "inbox")
        self.title.setText(self.tr("No cases yet"))
        self.hint.setText(self.tr("Start an interview: Izdeu asks in the order people tell what happened."))
        self.interview_button.show()
        self.import_button.show()

    def show_no_match(self) -> None:
        """Cases exist, but none passes the search or the filters."""
        self.no_match = True
        set_icon(self.icon, "search")
        self.title.setText(self.tr("No case matches"))
        self.hint.setText(self.tr("Change the search words or the filters above."))
        self.interview_button.hide()
        self.import_button.hide()
