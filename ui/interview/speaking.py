"""Step 1, who is speaking: the witness, and the consent read aloud in their language."""

from __future__ import annotations

import copy
import datetime as _dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

from app.labels.consent_texts import ConsentPreset, consent_text, preset_grants, preset_of
from app.model import (
    ConsentGrant,
    ConsentHow,
    ConsentScope,
    IdentityLevel,
    Language,
    PartialDate,
    Relation,
    Witness,
)
from app.model.records import new_uuid
from app.store import CaseBundle
from ui.editor.coded import CodedEdit
from ui.editor.fields import DateEdit, choice_box, text_area, with_meaning
from ui.interview.page import InterviewPage, InterviewState
from ui.labels import label

__all__ = ["SpeakingPage", "carried_witness"]


def carried_witness(witness: Witness) -> Witness:
    """The same person and consent for the next relative's case (a record of its own)."""
    carried = copy.deepcopy(witness)
    carried.uuid = new_uuid()
    carried.case_uuid = ""
    return carried


class SpeakingPage(InterviewPage):
    TITLE = str(QT_TRANSLATE_NOOP("SpeakingPage", "Who is speaking"))

    def __init__(self, state: InterviewState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.name = QLineEdit()
        self.name.setObjectName("interviewWitnessName")
        self.relation = CodedEdit(Relation)
        self.relation.setObjectName("interviewRelation")
        self.language = choice_box(Language)
        self.language.setObjectName("interviewLanguage")
        self.contact = text_area(45)
        self.contact.setObjectName("interviewContact")
        self.contact.setMaximumHeight(70)
        self.contact.setPlaceholderText(self.tr("Most sensitive field: only what is needed"))
        self.interviewer = QLineEdit()
        self.interviewer.setObjectName("interviewInterviewer")
        self.interviewer.setPlaceholderText(self.tr("You, or your organisation (UN WGEID element f)"))

        self.preset = QComboBox()
        self.preset.setObjectName("consentPreset")
        self.preset.addItem(self.tr("UN WGEID only, initials"), ConsentPreset.WGEID_INITIALS.value)
        self.preset.addItem(self.tr("Store only, anonymous"), ConsentPreset.STORE_ANONYMOUS.value)
        self.preset.addItem(self.tr("Custom"), ConsentPreset.CUSTOM.value)
        self.text = QTextBrowser()
        self.text.setObjectName("consentText")
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setMinimumHeight(150)
        self.custom = QGroupBox(self.tr("Who may receive it, and how the witness is named"))
        grid = QGridLayout(self.custom)
        self._grants: dict[str, tuple[QCheckBox, QComboBox]] = {}
        for row, scope in enumerate(ConsentScope):
            given = QCheckBox(label(ConsentScope, scope))
            identity = choice_box(IdentityLevel)
            identity.setCurrentIndex(identity.findData(IdentityLevel.ANONYMOUS.value))
            grid.addWidget(given, row, 0)
            grid.addWidget(identity, row, 1)
            self._grants[scope] = (given, identity)
        self.how = CodedEdit(ConsentHow)
        self.how.setObjectName("consentHow")
        self.date = DateEdit()
        self.date.setObjectName("consentDate")

        form = QFormLayout(self)
        form.addRow(self.tr("Witness name:"), self.name)
        form.addRow(self.tr("Relation to the missing person:"), self.relation)
        form.addRow(self.tr("Language of the interview:"), self.language)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Interviewer:"), self.interviewer)
        form.addRow(self.tr("Consent:"), self.preset)
        form.addRow(self.tr("Read aloud:"), self.text)
        form.addRow(self.custom)
        form.addRow(self.tr("Consent given how:"), self.how)
        form.addRow(self.tr("Consent date:"), with_meaning(self.date))
        self.language.currentIndexChanged.connect(self._show_text)
        self.preset.currentIndexChanged.connect(self._show_text)

    def _show_text(self) -> None:
        preset = self.preset.currentData()
        language = self.language.currentData() or "en"
        rtl = language == "ug"
        self.text.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        document = self.text.document()
        option = document.defaultTextOption()
        option.setTextDirection(self.text.layoutDirection())
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        document.setDefaultTextOption(option)
        self.text.setPlainText(consent_text(preset, language))
        self.custom.setVisible(preset == ConsentPreset.CUSTOM)

    def _witness(self, bundle: CaseBundle) -> Witness | None:
        return bundle.witness(self.state.witness_uuid) if self.state.witness_uuid else None

    def load(self, bundle: CaseBundle) -> None:
        witness = self._witness(bundle)
        if witness is None and len(bundle.witnesses) == 1:
            witness = bundle.witnesses[0]
            self.state.witness_uuid = witness.uuid
        self.interviewer.setText(bundle.case.interviewer or self.state.default_interviewer)
        today = _dt.date.today()
        if witness is None:
            self.date.set_value(PartialDate(today.year, today.month, today.day))
            if self.state.default_language:
                self.language.setCurrentIndex(max(0, self.language.findData(self.state.default_language)))
            self._show_text()
            return
        self.name.setText(witness.name)
        self.relation.set_value(witness.relation)
        self.language.setCurrentIndex(max(0, self.language.findData(witness.language)))
        self.contact.setPlainText(witness.contact)
        preset = preset_of(witness.consent, witness.anonymity_wish) if witness.consent else None
        self.preset.setCurrentIndex(max(0, self.preset.findData(preset)) if preset else 0)
        grants = {g.scope: g for g in witness.consent}
        for scope, (given, identity) in self._grants.items():
            given.setChecked(scope in grants)
            if scope in grants:
                identity.setCurrentIndex(max(0, identity.findData(grants[scope].identity)))
        self.how.set_value(witness.consent_how)
        date = witness.consent_date
        self.date.set_value(date if date.known else PartialDate(today.year, today.month, today.day))
        self._show_text()

    def store(self, bundle: CaseBundle) -> None:
        bundle.case.interviewer = self.interviewer.text().strip()
        witness = self._witness(bundle)
        typed = any(
            (
                self.name.text().strip(),
                self.relation.value(),
                self.contact.toPlainText().strip(),
            )
        )
        if witness is None and not typed:
            return
        if witness is None:
            witness = Witness(case_uuid=bundle.case.uuid)
            bundle.witnesses.append(witness)
            self.state.witness_uuid = witness.uuid
        witness.name = self.name.text().strip()
        witness.relation = self.relation.value()
        witness.language = self.language.currentData() or ""
        witness.contact = self.contact.toPlainText()
        preset = self.preset.currentData()
        if preset == ConsentPreset.CUSTOM:
            witness.consent = [
                ConsentGrant(scope=scope, identity=identity.currentData())
                for scope, (given, identity) in self._grants.items()
                if given.isChecked()
            ]
        else:
            witness.consent, witness.anonymity_wish = preset_grants(preset)
        witness.consent_how = self.how.value()
        if self.date.is_valid():
            witness.consent_date = self.date.value()

    def fields(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.name, self.relation, self.language, self.contact, self.interviewer]
        widgets += [self.preset, self.how, self.date]
        return widgets
