"""The eight sections of an open case, each built when its tab is first shown or when something
asks for it, and what passes between them (witnesses and files shown in the testimonies, the
photo on the person's page).

A section not built yet shows nothing and has changed nothing: the case's records in the
bundle are what it would show, so loading, collecting and saving leave it out, and it is
filled from the bundle when it is built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from app.model import Attachment, Witness
from app.store import CaseBundle
from ui.dialogs import FileDialogs
from ui.editor.attachments import AttachmentsSection
from ui.editor.case_section import CaseSection
from ui.editor.history import HistorySection
from ui.editor.interventions import InterventionsSection
from ui.editor.lazy_tabs import LazyTabs
from ui.editor.person import PersonSection
from ui.editor.record_list import RecordListSection
from ui.editor.related import RelatedSection
from ui.editor.testimonies import TestimoniesSection
from ui.editor.timeline import TimelineSection
from ui.editor.witnesses import WitnessesSection
from ui.names.panel import DuplicatePanel
from ui.worker import DbWorker

__all__ = ["CaseSections"]

_S = TypeVar("_S", bound=QWidget)
PERSON, CASE, TIMELINE, WITNESSES, TESTIMONIES, INTERVENTIONS, ATTACHMENTS, RELATED, HISTORY = range(9)
_RECORD_LISTS = (TIMELINE, WITNESSES, TESTIMONIES, INTERVENTIONS)


class CaseSections(QObject):
    changed = Signal()  # an edit in any section (not the filling of one)
    photo_requested = Signal()
    photo_chosen = Signal(str)  # an attachment's UUID
    message = Signal(str)
    attachment_added = Signal(object)  # Attachment
    attachment_removed = Signal(str)
    person_built = Signal()  # built after the case loaded: its photo is still to be shown
    open_case = Signal(str)  # another case's UUID (a possible duplicate), to open beside this one
    case_changed = Signal()  # the case was changed behind the forms (a merge, a split): reload

    def __init__(
        self, worker: DbWorker, dialogs: FileDialogs, case_uuid: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._dialogs = dialogs
        self._case_uuid = case_uuid
        self.bundle: CaseBundle | None = None
        self.duplicates: DuplicatePanel | None = None  # with the person's section
        self._filling = False
        self.save_first: Callable[[], None] = lambda: None  # the editor's save, before a merge
        self.tabs = LazyTabs()
        self.tabs.setObjectName("sections")
        # The titles keep the context they had when the editor built its tabs itself.
        pages: list[tuple[object, Callable[[], QWidget], bool]] = [
            (QT_TRANSLATE_NOOP("CaseEditor", "Person"), self._build_person, True),
            (QT_TRANSLATE_NOOP("CaseEditor", "Case"), self._build_case, True),
            (QT_TRANSLATE_NOOP("CaseEditor", "Timeline"), self._build_timeline, False),
            (QT_TRANSLATE_NOOP("CaseEditor", "Witnesses && consent"), self._build_witnesses, False),
            (QT_TRANSLATE_NOOP("CaseEditor", "Testimonies"), self._build_testimonies, False),
            (QT_TRANSLATE_NOOP("CaseEditor", "Interventions"), self._build_interventions, False),
            (QT_TRANSLATE_NOOP("CaseEditor", "Attachments"), self._build_attachments, False),
            (QT_TRANSLATE_NOOP("CaseEditor", "Related cases"), self._build_related, False),
            (QT_TRANSLATE_NOOP("CaseEditor", "History"), self._build_history, False),
        ]
        for title, build, scrolled in pages:
            self.tabs.add_lazy(QCoreApplication.translate("CaseEditor", str(title)), build, scrolled=scrolled)
        # Connected after the tabs are added: adding the first one makes it current.
        self.tabs.currentChanged.connect(self._shown)

    # --- the sections, built on first use ------------------------------------------------------

    def _get(self, index: int, kind: type[_S]) -> _S:
        section = self.tabs.widget(index)
        assert isinstance(section, kind)
        return section

    def _built(self, index: int, kind: type[_S]) -> _S | None:
        section = self.tabs.built(index)
        return section if isinstance(section, kind) else None

    @property
    def person(self) -> PersonSection:
        return self._get(PERSON, PersonSection)

    @property
    def case_section(self) -> CaseSection:
        return self._get(CASE, CaseSection)

    @property
    def timeline(self) -> TimelineSection:
        return self._get(TIMELINE, TimelineSection)

    @property
    def witnesses(self) -> WitnessesSection:
        return self._get(WITNESSES, WitnessesSection)

    @property
    def testimonies(self) -> TestimoniesSection:
        return self._get(TESTIMONIES, TestimoniesSection)

    @property
    def interventions(self) -> InterventionsSection:
        return self._get(INTERVENTIONS, InterventionsSection)

    @property
    def attachments(self) -> AttachmentsSection:
        return self._get(ATTACHMENTS, AttachmentsSection)

    @property
    def history(self) -> HistorySection:
        return self._get(HISTORY, HistorySection)

    def built_person(self) -> PersonSection | None:
        return self._built(PERSON, PersonSection)

    def _record_lists(self) -> list[tuple[int, RecordListSection]]:
        return [(i, s) for i in _RECORD_LISTS if (s := self._built(i, RecordListSection)) is not None]

    def _with_deletes(self) -> list[RecordListSection | AttachmentsSection]:
        sections: list[RecordListSection | AttachmentsSection] = [s for _i, s in self._record_lists()]
        attachments = self._built(ATTACHMENTS, AttachmentsSection)
        return sections + ([attachments] if attachments is not None else [])

    def _edited(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _build_person(self) -> PersonSection:
        section = PersonSection()
        section.changed.connect(self._edited)
        section.photo_requested.connect(self.photo_requested)
        # The quiet panel of likely same persons under the names (ui/names/panel.py).
        panel = DuplicatePanel(self._worker, self._case_uuid, section.snapshot)
        section.add_under_names(panel)
        section.changed.connect(panel.schedule)
        panel.open_case.connect(self.open_case)
        self.duplicates = panel
        if self.bundle is not None:
            case = self.bundle.case
            self._fill(lambda: section.load(case))
            self.person_built.emit()
            panel.check_now()
        return section

    def _build_case(self) -> CaseSection:
        section = CaseSection()
        section.changed.connect(self._edited)
        if self.bundle is not None:
            bundle = self.bundle
            self._fill(lambda: section.load(bundle.case, bundle.status_changes))
        return section

    def _record_list(self, section: RecordListSection, records: list[object]) -> None:
        section.changed.connect(self._edited)
        if self.bundle is not None:
            self._fill(lambda: section.set_records(records))

    def _build_timeline(self) -> TimelineSection:
        section = TimelineSection(self._dialogs, self._case_uuid)
        self._record_list(section, list(self.bundle.acts) if self.bundle else [])
        return section

    def _build_witnesses(self) -> WitnessesSection:
        section = WitnessesSection(self._dialogs, self._case_uuid, self._worker)
        section.changed.connect(self._witnesses_changed)
        self._record_list(section, list(self.bundle.witnesses) if self.bundle else [])
        return section

    def _build_testimonies(self) -> TestimoniesSection:
        section = TestimoniesSection(self._dialogs, self._case_uuid, self._worker)
        section.recorded.connect(lambda attachment: self.attachments.stored(attachment))
        if self.bundle is not None:
            self._fill(lambda: section.set_witnesses(self.witness_records()))
        self._record_list(section, list(self.bundle.testimonies) if self.bundle else [])
        if self.bundle is not None:
            self._fill(lambda: section.set_attachments(self.attachment_records()))
        return section

    def _build_interventions(self) -> InterventionsSection:
        section = InterventionsSection(self._dialogs, self._case_uuid)
        self._record_list(section, list(self.bundle.interventions) if self.bundle else [])
        return section

    def _build_attachments(self) -> AttachmentsSection:
        section = AttachmentsSection(self._worker, self._dialogs, self._case_uuid)
        section.changed.connect(self._edited)
        section.photo_chosen.connect(self.photo_chosen)
        section.message.connect(self.message)
        section.added.connect(self._attachment_added)
        section.removed.connect(self._attachment_removed)
        if self.bundle is not None:
            bundle = self.bundle
            self._fill(lambda: section.set_records(bundle.attachments))
        return section

    @property
    def related(self) -> RelatedSection:
        return self._get(RELATED, RelatedSection)

    def _build_related(self) -> RelatedSection:
        section = RelatedSection(self._worker, self._case_uuid, self.save_first)
        section.open_case.connect(self.open_case)
        section.merged.connect(self.case_changed)
        return section

    def _build_history(self) -> HistorySection:
        return HistorySection(self._worker, self._case_uuid)

    def _fill(self, load: Callable[[], object]) -> None:
        self._filling = True
        try:
            load()
        finally:
            self._filling = False

    # --- what the case's records say, built or not --------------------------------------------

    def witness_records(self) -> list[Witness]:
        section = self._built(WITNESSES, WitnessesSection)
        if section is not None:
            return list(section.records)
        return list(self.bundle.witnesses) if self.bundle is not None else []

    def attachment_records(self) -> list[Attachment]:
        section = self._built(ATTACHMENTS, AttachmentsSection)
        if section is not None:
            return list(section.records)
        return list(self.bundle.attachments) if self.bundle is not None else []

    # --- loading and collecting the sections that are built -----------------------------------

    def load(self, bundle: CaseBundle) -> None:
        """Show a freshly loaded case in every section built so far."""
        self.bundle = bundle
        person = self.built_person()
        if person is not None:
            person.load(bundle.case)
        case = self._built(CASE, CaseSection)
        if case is not None:
            case.load(bundle.case, bundle.status_changes)
        testimonies = self._built(TESTIMONIES, TestimoniesSection)
        if testimonies is not None:
            testimonies.set_witnesses(bundle.witnesses)
        for index, section in self._record_lists():
            section.set_records(self._records_of(index, bundle))
        if testimonies is not None:
            testimonies.set_attachments(bundle.attachments)
        attachments = self._built(ATTACHMENTS, AttachmentsSection)
        if attachments is not None:
            attachments.set_records(bundle.attachments)

    def show_again(self, bundle: CaseBundle) -> None:
        """Show records changed behind the forms (an interview page); removals still pending
        stay pending."""
        person = self.built_person()
        if person is not None:
            person.load(bundle.case)
        case = self._built(CASE, CaseSection)
        if case is not None:
            case.load(bundle.case, bundle.status_changes)
        testimonies = self._built(TESTIMONIES, TestimoniesSection)
        if testimonies is not None:
            testimonies.set_witnesses(bundle.witnesses)
        for index, section in self._record_lists():
            pending = section.deleted
            section.set_records(self._records_of(index, bundle))
            section.deleted = pending

    @staticmethod
    def _records_of(index: int, bundle: CaseBundle) -> list[object]:
        records: dict[int, list[object]] = {
            TIMELINE: list(bundle.acts),
            WITNESSES: list(bundle.witnesses),
            TESTIMONIES: list(bundle.testimonies),
            INTERVENTIONS: list(bundle.interventions),
        }
        return records[index]

    def collect(self, bundle: CaseBundle) -> list[str]:
        """Write every built form into the bundle; returns problems (e.g. a malformed date)."""
        problems: list[str] = []
        person = self.built_person()
        if person is not None:
            problems += person.store(bundle.case)
        case = self._built(CASE, CaseSection)
        if case is not None:
            problems += case.store(bundle.case)
        for index, section in self._record_lists():
            problems += section.collect()
            if index == TIMELINE:
                assert isinstance(section, TimelineSection)
                bundle.acts = section.ordered()
            elif index == WITNESSES:
                bundle.witnesses = list(section.records)
            elif index == TESTIMONIES:
                bundle.testimonies = list(section.records)
            else:
                bundle.interventions = list(section.records)
        attachments = self._built(ATTACHMENTS, AttachmentsSection)
        if attachments is not None:
            bundle.attachments = list(attachments.records)
        return problems

    def take_deleted(self) -> list[tuple[str, str]]:
        """The removals made in the sections since the last save, handed over once."""
        taken: list[tuple[str, str]] = []
        for section in self._with_deletes():
            taken += section.deleted
            section.deleted = []
        return taken

    @property
    def pending_deletes(self) -> list[tuple[str, str]]:
        return [d for section in self._with_deletes() for d in section.deleted]

    def show_history(self, bundle: CaseBundle) -> None:
        case = self._built(CASE, CaseSection)
        if case is not None:
            case.show_history(bundle.status_changes)

    # --- between sections ----------------------------------------------------------------------

    def _witnesses_changed(self) -> None:
        witnesses = self.witnesses
        witnesses.collect()
        testimonies = self._built(TESTIMONIES, TestimoniesSection)
        if testimonies is not None:
            testimonies.set_witnesses(witnesses.records)

    def _shown(self, index: int) -> None:
        if index == HISTORY and (history := self._built(HISTORY, HistorySection)) is not None:
            history.refresh()
        elif index == RELATED and (related := self._built(RELATED, RelatedSection)) is not None:
            related.refresh()
        elif index == TESTIMONIES and (testimonies := self._built(index, TestimoniesSection)):
            testimonies.set_witnesses(self.witness_records())

    def _attachment_added(self, attachment: Attachment) -> None:
        if self.bundle is not None:
            self.bundle.attachments = list(self.attachments.records)
        testimonies = self._built(TESTIMONIES, TestimoniesSection)
        if testimonies is not None:
            testimonies.collect()
            testimonies.set_attachments(self.attachments.records)
        self.attachment_added.emit(attachment)

    def _attachment_removed(self, uuid: str) -> None:
        """Drop references to a removed file before the next save writes them back."""
        if self.bundle is None:
            return
        testimonies = self._built(TESTIMONIES, TestimoniesSection)
        if testimonies is not None:
            testimonies.collect()
        records = testimonies.records if testimonies is not None else self.bundle.testimonies
        for testimony in records:
            if uuid in testimony.attachment_uuids:
                testimony.attachment_uuids.remove(uuid)
        if testimonies is not None:
            testimonies.set_attachments(self.attachments.records)
        self.attachment_removed.emit(uuid)
