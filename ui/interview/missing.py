"""Step 2, who is missing: names (the script of each detected), birth, origin, documents."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from app.model import Citizenship, Ethnicity, Sex
from app.store import CaseBundle
from ui.editor.coded import CodedEdit, CodedListEdit
from ui.editor.fields import DateEdit, with_meaning
from ui.editor.rows import IdDocumentsEditor, NamesEditor
from ui.interview.page import InterviewPage, InterviewState

__all__ = ["MissingPage"]


class MissingPage(InterviewPage):
    TITLE = str(QT_TRANSLATE_NOOP("MissingPage", "Who is missing"))

    def __init__(self, state: InterviewState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.names = NamesEditor()
        names_box = QGroupBox(self.tr("Names (one per script or spelling)"))
        QVBoxLayout(names_box).addWidget(self.names)
        self.sex = CodedEdit(Sex)
        self.sex.setObjectName("interviewSex")
        self.birth_date = DateEdit()
        self.birth_date.setObjectName("interviewBirthDate")
        self.father_name = QLineEdit()
        self.father_name.setObjectName("interviewFather")
        self.mother_name = QLineEdit()
        self.mother_name.setObjectName("interviewMother")
        self.ethnicity = CodedEdit(Ethnicity)
        self.ethnicity.setObjectName("interviewEthnicity")
        self.citizenships = CodedListEdit(Citizenship)
        self.citizenships.setObjectName("interviewCitizenships")
        self.documents = IdDocumentsEditor()
        docs_box = QGroupBox(self.tr("ID documents"))
        QVBoxLayout(docs_box).addWidget(self.documents)
        self.prefecture = QLineEdit()
        self.county = QLineEdit()
        self.township = QLineEdit()
        self.village = QLineEdit()
        self.prefecture.setObjectName("interviewPrefecture")

        layout = QVBoxLayout(self)
        layout.addWidget(names_box)
        about = QFormLayout()
        about.addRow(self.tr("Sex:"), self.sex)
        about.addRow(self.tr("Born:"), with_meaning(self.birth_date))
        about.addRow(self.tr("Father's name:"), self.father_name)
        about.addRow(self.tr("Mother's name:"), self.mother_name)
        about.addRow(self.tr("Ethnicity:"), self.ethnicity)
        about.addRow(self.tr("Citizenships:"), self.citizenships)
        layout.addLayout(about)
        layout.addWidget(docs_box)
        home_box = QGroupBox(self.tr("Hometown"))
        home = QFormLayout(home_box)
        home.addRow(self.tr("Prefecture:"), self.prefecture)
        home.addRow(self.tr("County:"), self.county)
        home.addRow(self.tr("Township:"), self.township)
        home.addRow(self.tr("Village:"), self.village)
        layout.addWidget(home_box)
        layout.addStretch(1)

    def load(self, bundle: CaseBundle) -> None:
        person = bundle.case.person
        self.names.set_names(person.names)
        self.sex.set_value(person.sex)
        self.birth_date.set_value(person.birth_date)
        self.father_name.setText(person.father_name)
        self.mother_name.setText(person.mother_name)
        self.ethnicity.set_value(person.ethnicity)
        self.citizenships.set_value(person.citizenships)
        self.documents.set_documents(person.id_documents)
        home = person.hometown
        for edit, value in (
            (self.prefecture, home.prefecture),
            (self.county, home.county),
            (self.township, home.township),
            (self.village, home.village),
        ):
            edit.setText(value)

    def store(self, bundle: CaseBundle) -> None:
        person = bundle.case.person
        person.names = self.names.names()
        person.sex = self.sex.value()
        if self.birth_date.is_valid():
            person.birth_date = self.birth_date.value()
        person.father_name = self.father_name.text().strip()
        person.mother_name = self.mother_name.text().strip()
        person.ethnicity = self.ethnicity.value()
        person.citizenships = self.citizenships.value()
        person.id_documents = self.documents.documents()
        home = person.hometown
        home.prefecture = self.prefecture.text().strip()
        home.county = self.county.text().strip()
        home.township = self.township.text().strip()
        home.village = self.village.text().strip()

    def fields(self) -> list[QWidget]:
        first = [row[0] for row in self.names.rows()[:1]]
        return [
            *first,
            self.sex,
            self.birth_date,
            self.father_name,
            self.mother_name,
            self.ethnicity,
            self.citizenships,
            self.prefecture,
        ]

    def first_name(self) -> QWidget:
        rows = self.names.rows()
        return rows[0][0] if rows else self.names.add_button
