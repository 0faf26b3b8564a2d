"""The timeline of acts: arrest, internment, sentencing… in order, reorderable."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.model import Act, ActKind
from ui.dialogs import FileDialogs
from ui.editor.fields import DateEdit, choice_box, text_area, with_meaning
from ui.editor.record_list import RecordListSection
from ui.labels import label

__all__ = ["TimelineSection"]


class TimelineSection(RecordListSection):
    reorderable = True

    def __init__(self, dialogs: FileDialogs, case_uuid: str, parent: QWidget | None = None) -> None:
        self.case_uuid = case_uuid
        super().__init__(dialogs, self.tr("Add an event"), parent)

    def make_record(self) -> Act:
        return Act(case_uuid=self.case_uuid, position=len(self.records))

    def describe(self, act: Any) -> str:
        parts = [act.date_from.iso() or "?", label(ActKind, act.kind)]
        if act.place:
            parts.append(act.place)
        return " — ".join(parts)

    def build_form(self) -> QWidget:
        b = self.binder.bind
        form = QWidget()
        layout = QFormLayout(form)
        self.kind = b(choice_box(ActKind), "kind")
        rows = [
            (self.tr("What happened:"), self.kind),
            (self.tr("From:"), with_meaning(b(DateEdit(), "date_from"))),
            (self.tr("Until:"), with_meaning(b(DateEdit(), "date_to"))),
            (self.tr("Place:"), b(QLineEdit(), "place")),
            (self.tr("Facility:"), b(QLineEdit(), "facility")),
            (self.tr("Kind of facility:"), b(QLineEdit(), "facility_kind")),
            (self.tr("Facility location:"), b(QLineEdit(), "facility_location")),
            (self.tr("Coordinates:"), b(QLineEdit(), "coordinates")),
            (self.tr("Agency believed responsible:"), b(QLineEdit(), "agency")),
            (self.tr("Official reason:"), b(text_area(45), "official_reason")),
            (self.tr("Reason the family believes:"), b(text_area(45), "believed_reason")),
            (self.tr("Charge:"), b(QLineEdit(), "charge")),
            (self.tr("Court:"), b(QLineEdit(), "court")),
            (self.tr("Sentence:"), b(QLineEdit(), "sentence")),
            (self.tr("Notes:"), b(text_area(60), "notes")),
        ]
        for text, widget in rows:
            layout.addRow(text, widget)
        return form

    def ordered(self) -> list[Act]:
        for position, act in enumerate(self.records):
            act.position = position
        return list(self.records)
