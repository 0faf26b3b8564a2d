"""The missing person: names in every script, dates, documents, hometown, photo, status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import Case, Citizenship, Ethnicity, PartialDate, Person, PersonStatus, Sex
from ui.editor.coded import CodedEdit, CodedListEdit
from ui.editor.fields import Binder, DateEdit, choice_box, text_area, with_meaning
from ui.editor.rows import IdDocumentsEditor, NamesEditor
from ui.names.idhints import Fill, IdHints

__all__ = ["PersonSection", "scaled_photo"]

PHOTO_SIZE = 180


def scaled_photo(data: bytes | None) -> QImage:
    """The photo at display size. Safe off the GUI thread (a QImage, not a QPixmap): decoding a
    photo of tens of MiB must hold up neither the GUI nor the DB thread."""
    image = QImage.fromData(data) if data else QImage()
    if image.isNull():
        return image
    return image.scaled(
        PHOTO_SIZE, PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class PersonSection(QWidget):
    changed = Signal()
    photo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = Binder(self.changed.emit)
        b = self.binder.bind

        self.names = NamesEditor()
        self.names.changed.connect(self.changed)
        names_box = QGroupBox(self.tr("Names (one per script or spelling)"))
        self._names_layout = QVBoxLayout(names_box)
        self._names_layout.addWidget(self.names)

        self.photo = QLabel(self.tr("No photo"))
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The frame is drawn in the palette's colours: a fixed light grey hid "No photo" in the dark theme.
        self.photo.setStyleSheet("QLabel { border: 1px solid palette(mid); background: palette(base); }")
        self.photo_button = QPushButton(self.tr("Choose photo…"))
        self.photo_button.clicked.connect(self.photo_requested)
        photo_box = QVBoxLayout()
        photo_box.addWidget(self.photo)
        photo_box.addWidget(self.photo_button)
        photo_box.addStretch(1)

        self.current_status = b(choice_box(PersonStatus), "person.current_status")
        self.current_status.setObjectName("personStatus")
        self.sex = b(CodedEdit(Sex), "person.sex")
        self.birth_date = b(DateEdit(), "person.birth_date")
        # Optional, in any script: the duplicate panel weighs them (app/names/persons.py).
        self.father_name = b(QLineEdit(), "person.father_name")
        self.father_name.setObjectName("personFather")
        self.mother_name = b(QLineEdit(), "person.mother_name")
        self.mother_name.setObjectName("personMother")
        self.ethnicity = b(CodedEdit(Ethnicity), "person.ethnicity")
        self.citizenships = b(CodedListEdit(Citizenship), "person.citizenships")
        self.occupation = b(QLineEdit(), "person.occupation")
        self.residence = b(QLineEdit(), "person.residence_kz")
        about = QFormLayout()
        about.addRow(self.tr("Current status:"), self.current_status)
        about.addRow(self.tr("Sex:"), self.sex)
        about.addRow(self.tr("Born:"), with_meaning(self.birth_date))
        about.addRow(self.tr("Father's name:"), self.father_name)
        about.addRow(self.tr("Mother's name:"), self.mother_name)
        about.addRow(self.tr("Ethnicity:"), self.ethnicity)
        about.addRow(self.tr("Citizenships:"), self.citizenships)
        about.addRow(self.tr("Occupation:"), self.occupation)
        about.addRow(self.tr("Residence in Kazakhstan:"), self.residence)

        top = QHBoxLayout()
        top.addLayout(about, 1)
        top.addLayout(photo_box)

        home_box = QGroupBox(self.tr("Hometown"))
        home = QFormLayout(home_box)
        self.prefecture = b(QLineEdit(), "person.hometown.prefecture")
        self.county = b(QLineEdit(), "person.hometown.county")
        self.township = b(QLineEdit(), "person.hometown.township")
        self.village = b(QLineEdit(), "person.hometown.village")
        home.addRow(self.tr("Prefecture:"), self.prefecture)
        home.addRow(self.tr("County:"), self.county)
        home.addRow(self.tr("Township:"), self.township)
        home.addRow(self.tr("Village:"), self.village)

        self.documents = IdDocumentsEditor()
        self.documents.changed.connect(self.changed)
        docs_box = QGroupBox(self.tr("ID documents"))
        docs_layout = QVBoxLayout(docs_box)
        docs_layout.addWidget(self.documents)
        self.id_hints = IdHints(self.snapshot)
        self.id_hints.fill.connect(self._fill_from_id)
        docs_layout.addWidget(self.id_hints)
        self.changed.connect(self.id_hints.schedule)

        more = QFormLayout()
        self.health = b(text_area(50), "person.health")
        self.description = b(text_area(50), "person.physical_description")
        more.addRow(self.tr("Health:"), self.health)
        more.addRow(self.tr("Physical description:"), self.description)

        layout = QVBoxLayout(self)
        layout.addWidget(names_box)
        layout.addLayout(top)
        layout.addWidget(home_box)
        layout.addWidget(docs_box)
        layout.addLayout(more)
        layout.addStretch(1)

    def load(self, case: Case) -> None:
        self.binder.load(case)
        self.names.set_names(case.person.names)
        self.documents.set_documents(case.person.id_documents)
        self.id_hints.refresh()

    def add_under_names(self, widget: QWidget) -> None:
        """A companion of the names (the possible-duplicates panel)."""
        self._names_layout.addWidget(widget)

    def snapshot(self) -> Person:
        """The person as typed so far (a field that does not parse yet is left empty)."""
        case = Case()
        self.binder.store(case)
        case.person.names = self.names.names()
        case.person.id_documents = self.documents.documents()
        return case.person

    def _fill_from_id(self, fill: Fill) -> None:
        born, sex, prefecture, county = fill
        if not self.birth_date.text().strip():
            self.birth_date.set_value(PartialDate.parse(born))
        if not self.sex.value():
            self.sex.set_value(sex)
        if prefecture and not self.prefecture.text().strip():
            self.prefecture.setText(prefecture)
        if county and not self.county.text().strip():
            self.county.setText(county)
        self.changed.emit()

    def store(self, case: Case) -> list[str]:
        problems = self.binder.store(case)
        case.person.names = self.names.names()
        case.person.id_documents = self.documents.documents()
        return problems

    def set_photo(self, data: bytes | None) -> None:
        self.show_photo(scaled_photo(data))

    def show_photo(self, image: QImage) -> None:
        """Show a photo already decoded and scaled (:func:`scaled_photo`, in a pool)."""
        if image.isNull():
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("No photo"))
            return
        self.photo.setPixmap(QPixmap.fromImage(image))
