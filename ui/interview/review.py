"""Step 6, review: the six UN WGEID elements (the editor's checklist), each missing one with a
button that jumps to the field that fills it; then the next relative, or the end."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.store import CaseBundle
from ui.editor.checklist import ELEMENTS, wgeid_checklist
from ui.interview.page import InterviewPage, InterviewState
from ui.tones import ERROR, OK, tone_color

__all__ = ["ReviewPage"]


class ReviewPage(InterviewPage):
    TITLE = str(QT_TRANSLATE_NOOP("ReviewPage", "Review"))

    jump = Signal(str)  # the element's key
    another = Signal()
    finished = Signal()

    def __init__(self, state: InterviewState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        box = QGroupBox(self.tr("What the UN Working Group needs"))
        grid = QGridLayout(box)
        self.marks: dict[str, QLabel] = {}
        self.fill: dict[str, QPushButton] = {}
        for row, (key, _title) in enumerate(ELEMENTS):
            mark = QLabel()
            mark.setObjectName(f"review_{key}")
            button = QPushButton(self.tr("Fill in"))
            button.setObjectName(f"fill_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.jump.emit(k))
            grid.addWidget(mark, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignLeading)
            self.marks[key] = mark
            self.fill[key] = button
        grid.setColumnStretch(2, 1)
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.another_button = QPushButton(self.tr("Another missing relative told by the same person"))
        self.another_button.setObjectName("anotherRelative")
        self.another_button.clicked.connect(self.another)
        self.finish_button = QPushButton(self.tr("Finish the interview"))
        self.finish_button.setObjectName("finishInterview")
        self.finish_button.clicked.connect(self.finished)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.summary)
        layout.addWidget(self.another_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)

    def load(self, bundle: CaseBundle) -> None:
        elements = wgeid_checklist(bundle)
        for element in elements:
            mark = "✓" if element.present else "✗"
            color = tone_color(OK if element.present else ERROR).name()  # readable in both themes
            self.marks[element.key].setText(f"<span style='color:{color}'>{mark}</span> {element.title}")
            self.marks[element.key].setProperty("present", element.present)
            self.fill[element.key].setVisible(not element.present)
        missing = sum(not e.present for e in elements)
        counts = (
            self.tr("Events: %1, testimonies: %2, files: %3.")
            .replace("%1", str(len(bundle.acts)))
            .replace("%2", str(len(bundle.testimonies)))
            .replace("%3", str(len(bundle.attachments)))
        )
        status = (
            self.tr("Complete") if not missing else self.tr("%1 of 6 missing").replace("%1", str(missing))
        )
        self.summary.setText(f"{status}. {counts}")

    def store(self, bundle: CaseBundle) -> None:
        """Nothing to write: the review only shows."""

    def missing(self) -> list[str]:
        return [key for key, mark in self.marks.items() if not mark.property("present")]

    def fields(self) -> list[QWidget]:
        shown = [b for b in self.fill.values() if not b.isHidden()]
        return [*shown[:1], self.another_button, self.finish_button]

    def next_to_fill(self) -> QWidget | None:
        fields = self.fields()
        return fields[0] if fields else None
