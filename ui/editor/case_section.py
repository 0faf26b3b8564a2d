"""The case itself: number, status, procedure, the disappearance (WGEID elements b–f)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.model import Case, CaseStatus, PersonStatus, Procedure, StatusChange
from ui.editor.fields import Binder, DateEdit, choice_box, text_area, with_meaning
from ui.editor.rows import ExternalRefsEditor
from ui.labels import label
from ui.tones import ERROR, set_tone

__all__ = ["CaseSection"]


class CaseSection(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = Binder(self.changed.emit)
        b = self.binder.bind
        self.case_number = b(QLineEdit(), "case_number")
        self.status = b(choice_box(CaseStatus), "status")
        self.status.setObjectName("caseStatus")
        self.procedure = b(choice_box(Procedure), "procedure")
        self.intake_date = b(DateEdit(), "intake_date")
        self.interviewer = b(QLineEdit(), "interviewer")
        self.interviewer.setPlaceholderText(self.tr("Who submits the report (kept confidential)"))
        self.disappeared_on = b(DateEdit(), "disappeared_on")
        self.disappeared_on.setObjectName("disappearedOn")
        self.disappeared_place = b(QLineEdit(), "disappeared_place")
        self.disappeared_place.setPlaceholderText(self.tr("Place of arrest or abduction, or where last seen"))
        self.perpetrators = b(QLineEdit(), "perpetrators")
        self.perpetrators.setPlaceholderText(
            self.tr("Who is believed to have carried it out (e.g. county police)")
        )
        self.remedies = b(text_area(50), "remedies")
        self.remedies.setPlaceholderText(
            self.tr("Steps taken to find the person, or why domestic remedies were not possible")
        )
        self.summary = b(text_area(80), "summary")
        self.notes = b(text_area(60), "notes")
        self.refs = ExternalRefsEditor()
        self.refs.setObjectName("externalRefs")
        self.refs.changed.connect(self.changed)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.urgent_hint = QLabel(
            self.tr("Disappeared less than 3 months ago: the WGEID urgent procedure applies.")
        )
        self.urgent_hint.setObjectName("urgentHint")
        self.urgent_hint.setWordWrap(True)
        set_tone(self.urgent_hint, ERROR, bold=True)
        self.urgent_hint.hide()
        self.disappeared_on.textChanged.connect(self._check_urgent)
        self.procedure.currentIndexChanged.connect(self._check_urgent)

        form = QFormLayout()
        form.addRow(self.tr("Case number:"), self.case_number)
        form.addRow(self.tr("Case status:"), self.status)
        form.addRow(self.tr("Procedure:"), self.procedure)
        form.addRow("", self.urgent_hint)
        form.addRow(self.tr("Intake date:"), with_meaning(self.intake_date))
        form.addRow(self.tr("Submitted by:"), self.interviewer)
        form.addRow(self.tr("Disappeared on:"), with_meaning(self.disappeared_on))
        form.addRow(self.tr("Place:"), self.disappeared_place)
        form.addRow(self.tr("Believed responsible:"), self.perpetrators)
        form.addRow(self.tr("Remedies:"), self.remedies)
        form.addRow(self.tr("Summary:"), self.summary)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow(self.tr("Other registers:"), self.refs)
        form.addRow(self.tr("Status history:"), self.history)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def load(self, case: Case, changes: list[StatusChange]) -> None:
        self.binder.load(case)
        self.refs.set_refs(case.external_refs)
        self.show_history(changes)

    def show_history(self, changes: list[StatusChange]) -> None:
        lines = [f"{c.date.iso()}: {label(PersonStatus, c.current_status)}" for c in changes]
        self.history.setText("\n".join(lines[-10:]) or "—")

    def _check_urgent(self) -> None:
        """Recent disappearance still filed as standard: point at the urgent procedure."""
        recent = False
        if self.disappeared_on.is_valid():
            earliest = self.disappeared_on.value().earliest()
            recent = earliest is not None and (_dt.date.today() - earliest).days <= 92
        self.urgent_hint.setVisible(recent and self.procedure.currentData() != "urgent")

    def store(self, case: Case) -> list[str]:
        problems = self.binder.store(case)
        case.external_refs = self.refs.refs()
        return problems
