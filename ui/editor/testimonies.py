"""Interviews: metadata, the original testimony and its translations side by side."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.model import Attachment, PartialDate, Testimony, Translation, Witness
from ui.dialogs import FileDialogs
from ui.editor.fields import DateEdit, with_meaning
from ui.editor.record_list import RecordListSection
from ui.media.audio_input import AudioBackend
from ui.media.clock import with_length
from ui.media.testimony_audio import TestimonyAudio
from ui.worker import DbWorker

__all__ = ["TestimoniesSection"]


def _long_editor(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    # The texts take all the height the window has (stretch); their minimum only decides when
    # the window is too short, and 220 px made the editor taller than a 1280×800 screen in Uyghur.
    edit.setMinimumHeight(100)
    edit.setTabChangesFocus(True)
    return edit


class _TranslationPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QLineEdit()
        self.language.setPlaceholderText(self.tr("Language"))
        self.translator = QLineEdit()
        self.translator.setPlaceholderText(self.tr("Translator"))
        self.text = _long_editor("translationText")
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(self.translator)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)


class TestimoniesSection(RecordListSection):
    __test__ = False
    scroll_form = True  # the recorder and the text boxes fit a 800-px screen in every language
    recorded = Signal(object)  # Attachment: a recording made here, stored in the vault

    def __init__(
        self,
        dialogs: FileDialogs,
        case_uuid: str,
        worker: DbWorker,
        parent: QWidget | None = None,
        audio_backend: AudioBackend | None = None,
    ) -> None:
        self.case_uuid = case_uuid
        self._witnesses: list[Witness] = []
        self._worker = worker
        self._audio_backend = audio_backend
        self._attachments: list[Attachment] = []
        super().__init__(dialogs, self.tr("New testimony"), parent)

    def make_record(self) -> Testimony:
        # A testimony is usually written down the day it is told, and most cases have one
        # witness: who else would be telling it.
        today = _dt.date.today()
        only = self._witnesses[0].uuid if len(self._witnesses) == 1 else ""
        return Testimony(
            case_uuid=self.case_uuid,
            witness_uuid=only,
            interview_date=PartialDate(today.year, today.month, today.day),
        )

    def first_field(self) -> QWidget | None:
        return self.original

    def describe(self, t: Any) -> str:
        witness = next((w for w in self._witnesses if w.uuid == t.witness_uuid), None)
        who = witness.name if witness and witness.name else self.tr("testimony")
        first_line = t.original_text.strip().split("\n", 1)[0][:40]
        return " — ".join(p for p in (t.interview_date.iso() or "?", who, first_line) if p)

    def build_form(self) -> QWidget:
        b = self.binder.bind
        form = QWidget()
        meta = QGridLayout()
        self.witness = QComboBox()
        self.witness.setObjectName("testimonyWitness")
        self.witness.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.witness.currentIndexChanged.connect(self.binder._notify)
        self.date = b(DateEdit(), "interview_date")
        fields = [
            (self.tr("Witness:"), self.witness),
            (self.tr("Interview date:"), with_meaning(self.date)),
            (self.tr("Place:"), b(QLineEdit(), "place")),
            (self.tr("Interviewer:"), b(QLineEdit(), "interviewer")),
            (self.tr("Language:"), b(QLineEdit(), "language")),
            (self.tr("Interpreter:"), b(QLineEdit(), "interpreter")),
        ]
        for i, (text, widget) in enumerate(fields):
            meta.addWidget(QLabel(text), i // 3, (i % 3) * 2)
            meta.addWidget(widget, i // 3, (i % 3) * 2 + 1)
        more = QFormLayout()
        more.addRow(self.tr("Supports which facts:"), b(QLineEdit(), "supports"))
        more.addRow(self.tr("Notes:"), b(QLineEdit(), "notes"))
        self.files = QListWidget()
        self.files.setObjectName("testimonyFiles")
        self.files.setFlow(QListWidget.Flow.LeftToRight)
        self.files.setWrapping(True)
        self.files.setMaximumHeight(56)
        self.files.itemChanged.connect(self.binder._notify)
        more.addRow(self.tr("Files of this interview:"), self.files)
        more.setRowVisible(self.files, False)
        self._more = more

        self.original = b(_long_editor("originalText"), "original_text")
        self.audio = TestimonyAudio(
            self._worker,
            self.case_uuid,
            lambda: current.uuid if (current := self.current()) is not None else "",
            lambda: self.original,
            self._audio_backend,
        )
        self.audio.setObjectName("testimonyAudio")
        self.audio.recorded.connect(self._recorded)
        original_box = QWidget()
        original_layout = QVBoxLayout(original_box)
        original_layout.setContentsMargins(0, 0, 0, 0)
        original_layout.addWidget(QLabel(self.tr("Original (as told)")))
        original_layout.addWidget(self.original, 1)

        self.translations = QTabWidget()
        self.translations.setObjectName("translations")
        self.add_translation_button = QPushButton(self.tr("Add a translation"))
        self.add_translation_button.clicked.connect(self._add_translation_clicked)
        translation_box = QWidget()
        translation_layout = QVBoxLayout(translation_box)
        translation_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Translations")))
        head.addStretch(1)
        head.addWidget(self.add_translation_button)
        translation_layout.addLayout(head)
        translation_layout.addWidget(self.translations, 1)

        texts = QSplitter(Qt.Orientation.Horizontal)
        texts.addWidget(original_box)
        texts.addWidget(translation_box)
        texts.setSizes([500, 500])

        layout = QVBoxLayout(form)
        layout.addLayout(meta)
        layout.addLayout(more)
        layout.addWidget(self.audio)
        layout.addWidget(texts, 1)
        return form

    def set_witnesses(self, witnesses: list[Witness]) -> None:
        self._witnesses = list(witnesses)
        current = self.witness.currentData()
        self.witness.blockSignals(True)
        self.witness.clear()
        self.witness.addItem(self.tr("(not recorded)"), "")
        for w in witnesses:
            self.witness.addItem(w.name or self.tr("(no name)"), w.uuid)
        self.witness.setCurrentIndex(max(0, self.witness.findData(current)))
        self.witness.blockSignals(False)
        # The grid gives a combo box its minimum, not its size hint: room for the longest name.
        self.witness.setMinimumWidth(self.witness.sizeHint().width())

    def set_attachments(self, attachments: list[Attachment]) -> None:
        """The case's files, to tick those that belong to the selected interview."""
        self._attachments = list(attachments)
        current = self.current()
        linked = set(current.attachment_uuids) if current is not None else set()
        self._show_recordings(current.attachment_uuids if current is not None else [])
        self.files.blockSignals(True)
        self.files.clear()
        for attachment in attachments:
            name = attachment.original_name or attachment.uuid[:8]
            # A recording (or an imported sound) is listed with its length.
            item = QListWidgetItem(with_length(name, attachment.duration_ms))
            item.setData(Qt.ItemDataRole.UserRole, attachment.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if attachment.uuid in linked else Qt.CheckState.Unchecked
            )
            self.files.addItem(item)
        self.files.blockSignals(False)
        self._more.setRowVisible(self.files, bool(attachments))

    def _show_recordings(self, linked: list[str]) -> None:
        self.audio.set_recordings([a for a in self._attachments if a.uuid in linked])

    def _recorded(self, attachment: Attachment) -> None:
        """Linked at once in the form (the vault linked it already if it holds the testimony;
        the next save writes it for a new one)."""
        wanted = self.audio.recording_for
        target = next((t for t in self.records if t.uuid == wanted), None) or self.current()
        if target is not None and attachment.uuid not in target.attachment_uuids:
            target.attachment_uuids.append(attachment.uuid)
        self._attachments.append(attachment)
        self.recorded.emit(attachment)  # the case's files, then this section's lists, again

    def _check_files(self, linked: list[str]) -> None:
        self.files.blockSignals(True)
        for row in range(self.files.count()):
            item = self.files.item(row)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in linked
                else Qt.CheckState.Unchecked
            )
        self.files.blockSignals(False)

    def _add_translation_pane(self, translation: Translation) -> _TranslationPane:
        pane = _TranslationPane()
        pane.language.setText(translation.language)
        pane.translator.setText(translation.translator)
        pane.text.setPlainText(translation.text)
        for signal in (pane.language.textEdited, pane.translator.textEdited, pane.text.textChanged):
            signal.connect(self.binder._notify)
        pane.language.textEdited.connect(
            lambda text, p=pane: self.translations.setTabText(
                self.translations.indexOf(p), text or self.tr("Translation")
            )
        )
        self.translations.addTab(pane, translation.language or self.tr("Translation"))
        # Tab goes from the original straight into its translation (hidden panes are skipped).
        anchor: QWidget = self.original
        for widget in (pane.language, pane.translator, pane.text):
            QWidget.setTabOrder(anchor, widget)
            anchor = widget
        return pane

    def _add_translation_clicked(self) -> None:
        pane = self._add_translation_pane(Translation())
        self.translations.setCurrentWidget(pane)
        pane.language.setFocus()
        self.binder._notify()

    def panes(self) -> list[_TranslationPane]:
        widgets = (self.translations.widget(i) for i in range(self.translations.count()))
        return [w for w in widgets if isinstance(w, _TranslationPane)]

    def load_extra(self, testimony: Any) -> None:
        self.witness.blockSignals(True)
        self.witness.setCurrentIndex(max(0, self.witness.findData(testimony.witness_uuid)))
        self.witness.blockSignals(False)
        while self.translations.count():
            pane = self.translations.widget(0)
            self.translations.removeTab(0)
            if pane is not None:
                pane.deleteLater()
        self._check_files(testimony.attachment_uuids)
        self._show_recordings(testimony.attachment_uuids)
        for translation in testimony.translations:
            self._add_translation_pane(translation)
        if not testimony.translations:
            self.binder._loading = True
            self._add_translation_pane(Translation())
            self.binder._loading = False

    def store_extra(self, testimony: Any) -> list[str]:
        testimony.witness_uuid = self.witness.currentData() or ""
        shown = {
            self.files.item(r).data(Qt.ItemDataRole.UserRole): self.files.item(r)
            for r in range(self.files.count())
        }
        testimony.attachment_uuids = [u for u in testimony.attachment_uuids if u not in shown] + [
            u for u, item in shown.items() if item.checkState() == Qt.CheckState.Checked
        ]
        testimony.translations = [
            Translation(language=p.language.text(), text=p.text.toPlainText(), translator=p.translator.text())
            for p in self.panes()
            if p.text.toPlainText().strip() or p.language.text().strip()
        ]
        return []
