"""Witnesses (usually relatives): relation, contact, and consent per recipient × identity level."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import ConsentGrant, ConsentHow, ConsentScope, IdentityLevel, PartialDate, Relation, Witness
from ui.dialogs import FileDialogs
from ui.editor.coded import CodedEdit
from ui.editor.fields import DateEdit, choice_box, text_area, with_meaning
from ui.editor.record_list import RecordListSection
from ui.editor.witness_pick import WitnessPicker
from ui.labels import coded_label, label
from ui.worker import DbWorker

__all__ = ["WitnessesSection"]


class WitnessesSection(RecordListSection):
    def __init__(
        self,
        dialogs: FileDialogs,
        case_uuid: str,
        worker: DbWorker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.case_uuid = case_uuid
        self._worker = worker
        self._consent: dict[str, tuple[QCheckBox, QComboBox, QCheckBox]] = {}
        super().__init__(dialogs, self.tr("Add a witness"), parent)
        self.reuse_button = QPushButton(self.tr("A witness of another case…"))
        self.reuse_button.setObjectName("reuseWitness")
        self.reuse_button.setToolTip(self.tr("The same relative reports several people: enter them once"))
        self.reuse_button.clicked.connect(self.pick_existing)
        self.reuse_button.setVisible(worker is not None)
        side = self.list.parentWidget()
        layout = side.layout() if side is not None else None
        assert layout is not None, "the record list sits in a laid-out side panel"
        layout.addWidget(self.reuse_button)

    def pick_existing(self) -> WitnessPicker | None:
        if self._worker is None:
            return None
        dialog = WitnessPicker(self._worker, self.case_uuid, self)
        dialog.accepted.connect(lambda: self._reuse(dialog.chosen))
        dialog.open()
        return dialog

    def _reuse(self, other: Witness | None) -> None:
        if other is None:
            return
        self._store_current()
        record = other.reused_for(self.case_uuid, self.make_record().consent_date)
        self.records.append(record)
        self._refill(len(self.records) - 1)
        self.changed.emit()
        self.relation.setFocus(Qt.FocusReason.OtherFocusReason)

    def make_record(self) -> Witness:
        # Consent is asked for at the interview, which is usually today.
        today = _dt.date.today()
        return Witness(case_uuid=self.case_uuid, consent_date=PartialDate(today.year, today.month, today.day))

    def describe(self, w: Any) -> str:
        text = w.name or self.tr("(no name)")
        if w.relation:
            text += f" — {coded_label(Relation, w.relation)}"
        if w.withdrawn:
            text += " — " + self.tr("consent withdrawn")
        return text

    def build_form(self) -> QWidget:
        b = self.binder.bind
        form = QWidget()
        layout = QFormLayout(form)
        self.name = b(QLineEdit(), "name")
        self.name.setObjectName("witnessName")
        self.relation = b(CodedEdit(Relation), "relation")
        self.contact = b(text_area(45), "contact")
        self.contact.setPlaceholderText(self.tr("Most sensitive field: only what is needed"))
        layout.addRow(self.tr("Name:"), self.name)
        layout.addRow(self.tr("Relation to the person:"), self.relation)
        layout.addRow(self.tr("How they know:"), b(text_area(45), "how_known"))
        layout.addRow(self.tr("Language:"), b(QLineEdit(), "language"))
        # Contact details stay hidden until asked for (families often sit beside the screen).
        self.show_contact = QPushButton(self.tr("Show contact details"))
        self.show_contact.setObjectName("showContact")
        self.show_contact.setCheckable(True)
        self.show_contact.toggled.connect(self._contact_shown)
        contact_box = QWidget()
        contact_layout = QVBoxLayout(contact_box)
        contact_layout.setContentsMargins(0, 0, 0, 0)
        contact_layout.addWidget(self.show_contact, 0, Qt.AlignmentFlag.AlignLeading)
        contact_layout.addWidget(self.contact)
        self.contact.hide()
        layout.addRow(self.tr("Contact:"), contact_box)
        layout.addRow("", b(QCheckBox(self.tr("Wishes to stay anonymous")), "anonymity_wish"))

        consent_box = QGroupBox(self.tr("Consent: who may receive the testimony, and how named"))
        grid = QGridLayout(consent_box)
        grid.addWidget(QLabel(self.tr("Recipient")), 0, 0)
        grid.addWidget(QLabel(self.tr("Identity shown")), 0, 1)
        grid.addWidget(QLabel(self.tr("Contact shown")), 0, 2)
        for row, scope in enumerate(ConsentScope, start=1):
            given = QCheckBox(label(ConsentScope, scope))
            identity = choice_box(IdentityLevel)
            identity.setCurrentIndex(identity.findData("anonymous"))
            contact = QCheckBox()
            for widget in (given, contact):
                widget.toggled.connect(self.binder._notify)
            identity.currentIndexChanged.connect(self.binder._notify)
            given.toggled.connect(identity.setEnabled)
            given.toggled.connect(contact.setEnabled)
            identity.setEnabled(False)
            contact.setEnabled(False)
            grid.addWidget(given, row, 0)
            grid.addWidget(identity, row, 1)
            grid.addWidget(contact, row, 2)
            self._consent[scope] = (given, identity, contact)
        layout.addRow(consent_box)
        self.consent_how = b(CodedEdit(ConsentHow), "consent_how")
        layout.addRow(self.tr("Consent given how:"), self.consent_how)
        self.consent_date = b(DateEdit(), "consent_date")
        layout.addRow(self.tr("Consent date:"), with_meaning(self.consent_date))
        layout.addRow(self.tr("Notes:"), b(text_area(50), "notes"))
        # Withdrawal last, away from the consent date: Tab after the date must not land on it.
        self.withdrawn = b(DateEdit(), "consent_withdrawn")
        self.withdraw_button = QPushButton(self.tr("Consent withdrawn today"))
        self.withdraw_button.setObjectName("withdrawToday")
        self.withdraw_button.clicked.connect(self._withdraw_today)
        layout.addRow(self.tr("Consent withdrawn on:"), with_meaning(self.withdrawn))
        layout.addRow("", self.withdraw_button)
        return form

    def _contact_shown(self, shown: bool) -> None:
        self.contact.setVisible(shown)
        self.show_contact.setText(
            self.tr("Hide contact details") if shown else self.tr("Show contact details")
        )

    def _withdraw_today(self) -> None:
        question = self.tr(
            "Record that this witness withdrew consent today? Dossiers will leave out what they said."
        )
        if not self._dialogs.confirm(self, self.tr("Consent withdrawn"), question):
            return
        today = _dt.date.today()
        self.withdrawn.set_value(PartialDate(today.year, today.month, today.day))
        self.binder._notify()

    def load_extra(self, witness: Any) -> None:
        self.show_contact.setChecked(False)
        grants = {g.scope: g for g in witness.consent}
        for scope, (given, identity, contact) in self._consent.items():
            for widget in (given, identity, contact):
                widget.blockSignals(True)
            grant = grants.get(scope)
            given.setChecked(grant is not None)
            identity.setCurrentIndex(identity.findData(grant.identity if grant else "anonymous"))
            contact.setChecked(bool(grant and grant.contact))
            identity.setEnabled(grant is not None)
            contact.setEnabled(grant is not None)
            for widget in (given, identity, contact):
                widget.blockSignals(False)

    def store_extra(self, witness: Any) -> list[str]:
        witness.consent = [
            ConsentGrant(scope=scope, identity=identity.currentData(), contact=contact.isChecked())
            for scope, (given, identity, contact) in self._consent.items()
            if given.isChecked()
        ]
        return []

    def consent_widgets(self, scope: str) -> tuple[QCheckBox, QComboBox, QCheckBox]:
        return self._consent[scope]
