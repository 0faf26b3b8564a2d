"""One open case: its sections in tabs (ui/editor/sections.py, each built on first use), the
WGEID checklist, and saving.

Saving is explicit (Ctrl+S), automatic after an edit (ui/editor/autosave.py), and done on
close, lock, quit and SIGTERM. Records are copied
before they are handed to the DB thread, so the GUI never shares a mutable object with it.

A save is one store transaction (Store.commit_changes) holding only what changed since the
last save (ui/editor/changes.py). If it fails, nothing of it is in the vault and the editor
keeps all of it unsaved (removed rows stay removed and are deleted by the next save).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.model import Attachment
from app.store import CaseBundle, CaseCommit
from ui.dialogs import FileDialogs
from ui.editor.attachments import AttachmentsSection
from ui.editor.autosave import Autosave
from ui.editor.case_section import CaseSection
from ui.editor.changes import ChangeTracker, Commit, editable_records
from ui.editor.checklist import ChecklistBar, wgeid_checklist
from ui.editor.history import HistorySection
from ui.editor.interventions import InterventionsSection
from ui.editor.person import PersonSection
from ui.editor.photo import PersonPhoto
from ui.editor.sections import CaseSections
from ui.editor.testimonies import TestimoniesSection
from ui.editor.timeline import TimelineSection
from ui.editor.witnesses import WitnessesSection
from ui.fonts import heading_font
from ui.isolate import joined, ltr
from ui.messages import user_message
from ui.names.panel import DuplicatePanel
from ui.ops import DbOp
from ui.worker import DbSession, DbWorker

__all__ = ["CaseEditor"]


class CaseEditor(QWidget):
    title_changed = Signal(str)
    saved = Signal(str)
    row_saved = Signal(object)  # the case's CaseRow after a save, for the case list
    loaded = Signal()
    failed = Signal(str)
    open_other = Signal(str)  # another case's UUID, to open beside this one
    # A merge or split made here changed which cases the list shows (the absorbed one hides).
    cases_changed = Signal()

    def __init__(
        self,
        worker: DbWorker,
        dialogs: FileDialogs,
        case_uuid: str,
        *,
        autosave_seconds: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CaseEditor")
        self._worker = worker
        self._dialogs = dialogs
        self.case_uuid = case_uuid
        self.bundle: CaseBundle | None = None
        self._dirty = False
        self._saving = 0
        self._loading = False
        self._changes = ChangeTracker()
        # An interview shown in this tab (ui/interview): its page's store, written into the
        # records by every save (Ctrl+S, closing, locking) as well as when the page is left.
        self.interview: QWidget | None = None
        self.interview_page: Callable[[CaseBundle], None] | None = None
        # Whether anything of this editor was ever sent to the vault (a stray new case: no).
        self.received = False

        self.heading = QLabel("…")
        self.heading.setObjectName("caseHeading")
        heading_font(self.heading, 1.4)
        self.checklist = ChecklistBar()
        self.state = QLabel()
        self.state.setObjectName("saveState")
        # "Saved, except: …" lists every refused value: it wraps rather than widen the window.
        self.state.setWordWrap(True)
        self.state.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)

        # Each built when its tab is first shown or something asks for it (ui/editor/sections.py):
        # an interview starts without building any of them.
        self._sections = CaseSections(worker, dialogs, case_uuid, self)
        self.sections = self._sections.tabs
        self._sections.changed.connect(self.mark_dirty)
        self._photo = PersonPhoto(self, worker, dialogs, self._sections, lambda: self.bundle)
        self._sections.photo_requested.connect(self._photo.choose)
        self._sections.photo_chosen.connect(self.set_photo)
        self._sections.message.connect(self.failed)
        self._sections.attachment_added.connect(self._attachment_added)
        self._sections.attachment_removed.connect(self._attachment_removed)
        self._sections.person_built.connect(self._photo.show)
        self._sections.open_case.connect(self.open_other)
        self._sections.save_first = self.save
        self._sections.case_changed.connect(self.load)
        self._sections.case_changed.connect(self.cases_changed)

        self._autosave = Autosave(autosave_seconds, self.save, self)

        head = QVBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.checklist)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        # The sections, or an interview (ui/interview) working on the same records.
        self.body = QStackedWidget()
        self.body.addWidget(self.sections)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.state)
        self.setEnabled(False)

    # --- the sections (built on first use) ----------------------------------------------------

    @property
    def person(self) -> PersonSection:
        return self._sections.person

    @property
    def case_section(self) -> CaseSection:
        return self._sections.case_section

    @property
    def timeline(self) -> TimelineSection:
        return self._sections.timeline

    @property
    def witnesses(self) -> WitnessesSection:
        return self._sections.witnesses

    @property
    def testimonies(self) -> TestimoniesSection:
        return self._sections.testimonies

    @property
    def interventions(self) -> InterventionsSection:
        return self._sections.interventions

    @property
    def attachments(self) -> AttachmentsSection:
        return self._sections.attachments

    @property
    def history(self) -> HistorySection:
        return self._sections.history

    @property
    def duplicates(self) -> DuplicatePanel:
        """The likely same persons under the names (made with the person's section)."""
        self._sections.person  # noqa: B018 - built on first use
        assert self._sections.duplicates is not None
        return self._sections.duplicates

    # --- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        uuid = self.case_uuid
        (
            DbOp(self, lambda s: s.store.load_case(uuid))
            .success(self._loaded)
            .failure(self._load_failed)
            .run(self._worker)
        )

    def _load_failed(self, exc: BaseException) -> None:
        self.state.setText(user_message(exc))
        self.failed.emit(user_message(exc))

    def _loaded(self, bundle: CaseBundle) -> None:
        self._loading = True
        self.bundle = bundle
        self._sections.load(bundle)
        self._changes.loaded(editable_records(bundle))
        self._loading = False
        self._dirty = False
        self.setEnabled(True)
        self._refresh_header()
        self._photo.show()
        if self._sections.duplicates is not None:
            self._sections.duplicates.check_now()
        self.loaded.emit()

    # --- state -----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def is_loaded(self) -> bool:
        return self.bundle is not None

    def mark_dirty(self) -> None:
        if self._loading or self.bundle is None:
            return
        self._dirty = True
        self._autosave.edited()
        self._refresh_title()
        self.state.setText(self.tr("Unsaved changes"))

    def _title(self) -> str:
        if self.bundle is None:
            return "…"
        case = self.bundle.case
        name = case.person.primary_name()
        parts = [p for p in (case.case_number, name[:30]) if p]
        title = joined(parts, " · ", self.isRightToLeft()) if parts else self.tr("New case")
        return ("• " if self._dirty else "") + title

    def _refresh_title(self) -> None:
        self.title_changed.emit(self._title())

    def _refresh_header(self) -> None:
        if self.bundle is None:
            return
        case = self.bundle.case
        rtl = self.isRightToLeft()
        texts = [n.text for n in case.person.names if n.text.strip()]
        names = joined(texts, " / ", rtl) if texts else ""
        parts = [p for p in (ltr(case.case_number) if case.case_number else "", names) if p]
        # The number first, on the reading side, and the names after it in reading order.
        self.heading.setText(joined(parts, " — ", rtl))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.checklist.show_elements(wgeid_checklist(self.bundle))
        self._refresh_title()

    # --- collecting and saving ---------------------------------------------------------------

    def collect(self) -> list[str]:
        """Write every form into the bundle; returns problems (e.g. a malformed date)."""
        if self.bundle is None:
            return []
        return self._sections.collect(self.bundle)

    def save(self) -> None:
        """Queue a save of everything changed (no-op when clean). Never blocks on the checklist."""
        if self.interview_page is not None and self.body.currentWidget() is self.interview:
            self._apply(self.interview_page)
        self._commit()

    def _commit(self) -> None:
        self._autosave.stop()
        if self.bundle is None or not self._dirty:
            return
        problems = self.collect()
        self._changes.removed(self._sections.take_deleted())
        commit = self._changes.take(editable_records(self.bundle))
        self.received = self.received or bool(commit)
        self._dirty = False
        self._refresh_header()
        if not commit:
            self._report_saved(problems)
            return

        case_uuid = self.case_uuid

        def op(session: DbSession) -> CaseCommit:
            return session.store.commit_changes(case_uuid, commit.saves, commit.deletes)

        self._saving += 1
        self.state.setText(self.tr("Saving…"))
        (
            DbOp(self, op)
            .success(lambda result: self._saved(result, problems))
            .failure(lambda exc: self._save_failed(exc, commit))
            .run(self._worker)
        )

    def _saved(self, commit: CaseCommit, problems: list[str]) -> None:
        self._saving -= 1
        if self.bundle is not None:
            self.bundle.status_changes = commit.status_changes
            self._sections.show_history(self.bundle)
        self._report_saved(problems)
        self.row_saved.emit(commit.row)
        self.saved.emit(self.case_uuid)

    def _report_saved(self, problems: list[str]) -> None:
        if problems:
            self.state.setText(self.tr("Saved, except: %1").replace("%1", "; ".join(problems)))
        elif not self._dirty and not self._saving:
            self.state.setText(self.tr("All changes saved"))

    def _save_failed(self, exc: BaseException, commit: Commit) -> None:
        """Nothing of the commit is in the vault: its records are sent again by the next save
        and its removals are kept pending (the rows stay removed in the editor)."""
        self._saving -= 1
        self._dirty = True
        self._changes.failed(commit)
        message = self.tr("Not saved: %1").replace("%1", user_message(exc))
        self.state.setText(message)
        self._refresh_title()
        self.failed.emit(message)

    @property
    def pending_deletes(self) -> list[tuple[str, str]]:
        """Removals not yet in the vault (queued ones excluded)."""
        return [*self._changes.pending_deletes, *self._sections.pending_deletes]

    @property
    def saving(self) -> bool:
        return self._saving > 0

    def discard(self) -> None:
        """Drop everything shown (on lock, after the save has been queued)."""
        self._autosave.stop()
        self.bundle = self._sections.bundle = None
        self._dirty = False

    # --- the interview's way in ---------------------------------------------------------------

    def show_interview(self, flow: QWidget) -> None:
        if self.body.indexOf(flow) < 0:
            self.body.addWidget(flow)
        self.body.setCurrentWidget(flow)

    def show_sections(self) -> None:
        self.body.setCurrentWidget(self.sections)

    @property
    def interviewing(self) -> bool:
        return self.interview is not None and self.body.currentWidget() is self.interview

    def apply(self, change: Callable[[CaseBundle], None]) -> None:
        """Change the records (an interview page left) and save them the one way: the forms
        are written into the records first and shown again after, so nothing typed in either
        place is lost, and removals still pending stay pending."""
        self._apply(change)
        self._commit()

    def _apply(self, change: Callable[[CaseBundle], None]) -> None:
        if self.bundle is None:
            return
        self.collect()
        change(self.bundle)
        self._loading = True
        self._sections.show_again(self.bundle)
        self._loading = False
        self._dirty = True

    # --- actions ---------------------------------------------------------------------------

    def focus_first_field(self) -> None:
        """A new case starts with the missing person's first name."""
        self.sections.setCurrentIndex(0)
        rows = self.person.names.rows()
        if rows:
            rows[0][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def new_testimony(self) -> None:
        if self.bundle is None:
            return
        self.show_sections()
        self.sections.setCurrentWidget(self.testimonies)
        self.testimonies.add()

    def _attachment_added(self, attachment: Attachment) -> None:
        # Stored with its file already (Store.add_attachment): nothing of it to send again.
        self.received = True
        self._changes.stored(attachment)
        if self._photo.added(attachment):
            self.set_photo(attachment.uuid)

    def _attachment_removed(self, uuid: str) -> None:
        # The testimonies let go of it in CaseSections.
        self._photo.removed(uuid)

    def set_photo(self, uuid: str) -> None:
        if self.bundle is None:
            return
        self.collect()
        self.bundle.case.person.photo_attachment = uuid
        self._photo.show()
        self._dirty = True
        self.save()
