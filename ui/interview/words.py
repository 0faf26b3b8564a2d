"""Step 4, in their words: the testimony as told, and its translation beside it."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.model import Attachment, Language, PartialDate, Testimony, Translation
from app.store import CaseBundle
from ui.editor.attachments import AttachmentsSection
from ui.editor.fields import DateEdit, choice_box, with_meaning
from ui.interview.page import InterviewPage, InterviewState
from ui.media.audio_input import AudioBackend
from ui.media.testimony_audio import TestimonyAudio

__all__ = ["WordsPage"]


def _long(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(260)
    return edit


class WordsPage(InterviewPage):
    TITLE = str(QT_TRANSLATE_NOOP("WordsPage", "In their words"))

    def __init__(
        self,
        state: InterviewState,
        attachments: AttachmentsSection,
        parent: QWidget | None = None,
        audio_backend: AudioBackend | None = None,
    ) -> None:
        super().__init__(state, parent)
        self._attachments = attachments
        self._recorded: list[str] = []  # recordings made here, linked to the testimony on store
        self.date = DateEdit()
        self.date.setObjectName("interviewDate")
        self.place = QLineEdit()
        self.place.setObjectName("interviewWhere")
        self.language = choice_box(Language)
        self.language.setObjectName("testimonyLanguage")
        self.original = _long("interviewOriginal")
        self.language.currentIndexChanged.connect(self._direction)
        self.translation_language = choice_box(Language)
        self.translation_language.setObjectName("translationLanguage")
        self.translation = _long("interviewTranslation")
        self.audio = TestimonyAudio(
            attachments.worker,
            state.case_uuid,
            lambda: self.state.testimony_uuid,
            lambda: self.original,
            audio_backend,
        )
        self.audio.setObjectName("interviewAudio")
        self.audio.recorded.connect(self._was_recorded)
        meta = QFormLayout()
        meta.addRow(self.tr("Interview date:"), with_meaning(self.date))
        meta.addRow(self.tr("Place of the interview:"), self.place)
        texts = QGridLayout()
        texts.addWidget(QLabel(self.tr("As told, in:")), 0, 0)
        texts.addWidget(self.language, 0, 1)
        texts.addWidget(QLabel(self.tr("Translation into:")), 0, 2)
        texts.addWidget(self.translation_language, 0, 3)
        texts.addWidget(self.original, 1, 0, 1, 2)
        texts.addWidget(self.translation, 1, 2, 1, 2)
        texts.setColumnStretch(1, 1)
        texts.setColumnStretch(3, 1)
        layout = QGridLayout(self)
        layout.addLayout(meta, 0, 0)
        layout.addWidget(self.audio, 1, 0)
        layout.addLayout(texts, 2, 0)
        layout.setRowStretch(2, 1)

    def _was_recorded(self, attachment: Attachment) -> None:
        self._recorded.append(attachment.uuid)
        self._attachments.stored(attachment)
        self.audio.set_recordings([*self.audio.records, attachment])

    def _direction(self) -> None:
        """Uyghur is told right to left, whatever the interface language."""
        rtl = self.language.currentData() == "ug"
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.original.setLayoutDirection(direction)
        option = self.original.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )
        self.original.document().setDefaultTextOption(option)

    def _testimony(self, bundle: CaseBundle) -> Testimony | None:
        return next((t for t in bundle.testimonies if t.uuid == self.state.testimony_uuid), None)

    def load(self, bundle: CaseBundle) -> None:
        testimony = self._testimony(bundle)
        linked = {*self._recorded, *(testimony.attachment_uuids if testimony is not None else [])}
        self.audio.set_recordings([a for a in bundle.attachments if a.uuid in linked])
        today = _dt.date.today()
        witness = bundle.witness(self.state.witness_uuid)
        if testimony is None:
            self.date.set_value(PartialDate(today.year, today.month, today.day))
            language = witness.language if witness is not None else ""
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
            self.translation_language.setCurrentIndex(max(0, self.translation_language.findData("en")))
            return
        self.date.set_value(testimony.interview_date)
        self.place.setText(testimony.place)
        self.language.setCurrentIndex(max(0, self.language.findData(testimony.language)))
        self.original.setPlainText(testimony.original_text)
        first = testimony.translations[0] if testimony.translations else Translation(language="en")
        self.translation_language.setCurrentIndex(max(0, self.translation_language.findData(first.language)))
        self.translation.setPlainText(first.text)

    def store(self, bundle: CaseBundle) -> None:
        testimony = self._testimony(bundle)
        if testimony is None:
            if (
                not self.original.toPlainText().strip()
                and not self.translation.toPlainText().strip()
                and not self._recorded
            ):
                return
            testimony = Testimony(case_uuid=bundle.case.uuid)
            bundle.testimonies.append(testimony)
            self.state.testimony_uuid = testimony.uuid
        testimony.witness_uuid = self.state.witness_uuid
        testimony.interviewer = bundle.case.interviewer
        if self.date.is_valid():
            testimony.interview_date = self.date.value()
        testimony.place = self.place.text().strip()
        testimony.language = self.language.currentData() or ""
        testimony.original_text = self.original.toPlainText()
        testimony.attachment_uuids += [u for u in self._recorded if u not in testimony.attachment_uuids]
        translation = Translation(
            language=self.translation_language.currentData() or "", text=self.translation.toPlainText()
        )
        rest = testimony.translations[1:]
        testimony.translations = [translation, *rest] if translation.text.strip() else rest

    def fields(self) -> list[QWidget]:
        return [self.date, self.place, self.original, self.translation]
