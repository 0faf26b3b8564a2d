"""Interventions: who wrote to whom, reference numbers, answers, next follow-up dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.model import AddresseeKind, Intervention
from ui.dialogs import FileDialogs
from ui.editor.coded import CodedEdit
from ui.editor.fields import DateEdit, text_area, with_meaning
from ui.editor.record_list import RecordListSection
from ui.labels import coded_label

__all__ = ["InterventionsSection"]


class InterventionsSection(RecordListSection):
    def __init__(self, dialogs: FileDialogs, case_uuid: str, parent: QWidget | None = None) -> None:
        self.case_uuid = case_uuid
        super().__init__(dialogs, self.tr("Add an intervention"), parent)

    def make_record(self) -> Intervention:
        return Intervention(case_uuid=self.case_uuid)

    def describe(self, item: Any) -> str:
        parts = [item.date.iso() or "?", item.addressee or coded_label(AddresseeKind, item.addressee_kind)]
        if item.reference:
            parts.append(f"№ {item.reference}")
        if item.next_follow_up.known:
            parts.append(self.tr("follow up %1").replace("%1", item.next_follow_up.iso()))
        return " — ".join(p for p in parts if p)

    def build_form(self) -> QWidget:
        b = self.binder.bind
        form = QWidget()
        layout = QFormLayout(form)
        self.addressee_kind = CodedEdit(AddresseeKind)
        self.reference = b(QLineEdit(), "reference")
        self.follow_up = b(DateEdit(future=True), "next_follow_up")
        rows = [
            (self.tr("Who acted:"), b(QLineEdit(), "actor")),
            (self.tr("Addressed to (kind):"), b(self.addressee_kind, "addressee_kind")),
            (self.tr("Addressed to:"), b(QLineEdit(), "addressee")),
            (self.tr("Date:"), with_meaning(b(DateEdit(), "date"))),
            (self.tr("Reference number:"), self.reference),
            (self.tr("Response:"), b(text_area(60), "response")),
            (self.tr("Response date:"), with_meaning(b(DateEdit(), "response_date"))),
            (self.tr("Next follow-up:"), with_meaning(self.follow_up)),
            (self.tr("Notes:"), b(text_area(60), "notes")),
        ]
        for text, widget in rows:
            layout.addRow(text, widget)
        return form
