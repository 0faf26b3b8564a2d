"""The UN WGEID minimum elements for a case, and which ones are still missing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.store import CaseBundle
from ui.tones import ERROR, OK, tone_color

__all__ = ["wgeid_checklist", "ChecklistBar", "Element"]

ELEMENTS = (
    ("name", QT_TRANSLATE_NOOP("Checklist", "Name")),
    ("date", QT_TRANSLATE_NOOP("Checklist", "Date (month and year)")),
    ("place", QT_TRANSLATE_NOOP("Checklist", "Place")),
    ("perpetrators", QT_TRANSLATE_NOOP("Checklist", "Believed responsible")),
    ("steps", QT_TRANSLATE_NOOP("Checklist", "Steps taken")),
    ("submitter", QT_TRANSLATE_NOOP("Checklist", "Submitted by")),
)


@dataclass(frozen=True)
class Element:
    key: str
    title: str
    present: bool


def wgeid_checklist(bundle: CaseBundle) -> list[Element]:
    case = bundle.case
    acts = bundle.acts
    present = {
        "name": any(n.text.strip() for n in case.person.names),
        "date": case.disappeared_on.precision in ("month", "day")
        or any(a.kind == "disappearance" and a.date_from.precision in ("month", "day") for a in acts),
        "place": bool(case.disappeared_place.strip()) or any(a.place.strip() for a in acts),
        "perpetrators": bool(case.perpetrators.strip()) or any(a.agency.strip() for a in acts),
        "steps": bool(bundle.interventions) or bool(case.remedies.strip()),
        "submitter": bool(case.interviewer.strip()),
    }
    # QT_TRANSLATE_NOOP returns the str it was given; PySide's stubs only say object.
    return [
        Element(key, QCoreApplication.translate("Checklist", str(title)), present[key])
        for key, title in ELEMENTS
    ]


class ChecklistBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("UN WGEID:")))
        self.labels: dict[str, QLabel] = {}
        for key, _ in ELEMENTS:
            label = QLabel()
            label.setObjectName(f"wgeid_{key}")
            self.labels[key] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self.summary = QLabel()
        layout.addWidget(self.summary)

    def show_elements(self, elements: list[Element]) -> None:
        for element in elements:
            label = self.labels[element.key]
            mark = "✓" if element.present else "✗"
            color = tone_color(OK if element.present else ERROR).name()  # the theme's green or red
            label.setText(f"<span style='color:{color}'>{mark}</span> {element.title}")
            label.setProperty("present", element.present)
        missing = [e.title for e in elements if not e.present]
        self.summary.setText(
            self.tr("Complete")
            if not missing
            else self.tr("%1 of 6 missing").replace("%1", str(len(missing)))
        )

    def missing(self) -> list[str]:
        return [key for key, label in self.labels.items() if not label.property("present")]
