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

from app.model import Case, Citizenship, Ethnicity, PersonStatus, Sex
from ui.editor.coded import CodedEdit, CodedListEdit
from ui.editor.fields import Binder, DateEdit, choice_box, text_area, with_meaning
from ui.editor.rows import IdDocumentsEditor, NamesEditor

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
        QVBoxLayout(names_box).addWidget(self.names)

        self.photo = QLabel(self.tr("No photo"))
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("QLabel { border: 1px solid #999; background: #f4f4f4; }")
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
        self.ethnicity = b(CodedEdit(Ethnicity), "person.ethnicity")
        self.citizenships = b(CodedListEdit(Citizenship), "person.citizenships")
        self.occupation = b(QLineEdit(), "person.occupation")
        self.residence = b(QLineEdit(), "person.residence_kz")
        about = QFormLayout()
        about.addRow(self.tr("Current status:"), self.current_status)
        about.addRow(self.tr("Sex:"), self.sex)
        about.addRow(self.tr("Born:"), with_meaning(self.birth_date))
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
        QVBoxLayout(docs_box).addWidget(self.documents)

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
