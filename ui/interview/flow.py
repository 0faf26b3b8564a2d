"""The interview: six pages in the case tab, each saved through the case editor when it is left
(CaseEditor.apply → the one commit path), and driven from the keyboard alone.

Keys: Tab and Enter go to the next field (Enter in a one-line field or a list); Ctrl+Enter is
the next step, Ctrl+Shift+Enter the step before. On every page the cursor lands in the first
field still empty.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model import Witness
from app.store import CaseBundle, VaultPrefs
from ui.dialogs import FileDialogs
from ui.editor.case_editor import CaseEditor
from ui.interview.files import FilesPage
from ui.interview.happened import HappenedPage
from ui.interview.missing import MissingPage
from ui.interview.page import InterviewPage, InterviewState
from ui.interview.review import ReviewPage
from ui.interview.speaking import SpeakingPage, carried_witness
from ui.interview.words import WordsPage

__all__ = ["InterviewFlow"]

_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KINDS: tuple[type[InterviewPage], ...] = (
    SpeakingPage,
    MissingPage,
    HappenedPage,
    WordsPage,
    FilesPage,
    ReviewPage,
)
_P = TypeVar("_P", bound=InterviewPage)


class InterviewFlow(QWidget):
    another_requested = Signal(object)  # the Witness to carry into the next case
    finished = Signal()

    def __init__(
        self,
        editor: CaseEditor,
        dialogs: FileDialogs,
        carried: Witness | None = None,
        prefs: list[VaultPrefs] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("InterviewFlow")
        self.editor = editor
        self.state = InterviewState(editor.case_uuid, carried=carried)
        # The vault's defaults, filled in on the DB thread before the case has loaded.
        self._prefs = prefs if prefs is not None else []
        self._dialogs = dialogs
        # Built when first shown: the interview starts as fast as its first page.
        self._pages: list[InterviewPage | None] = [None] * len(_KINDS)

        self.steps = QHBoxLayout()
        self.step_buttons: list[QPushButton] = []
        for index, kind in enumerate(_KINDS):
            button = QPushButton(f"{index + 1}. {kind.title()}")
            button.setCheckable(True)
            button.setFlat(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Enter moves; Tab stays in the page
            button.clicked.connect(lambda _checked=False, i=index: self.go(i))
            self.steps.addWidget(button)
            self.step_buttons.append(button)
        self.steps.addStretch(1)
        self.stack = QStackedWidget()
        for _kind in _KINDS:
            area = QScrollArea()
            area.setWidgetResizable(True)
            self.stack.addWidget(area)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("interviewBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next step (Ctrl+Enter)"))
        self.next_button.setObjectName("interviewNext")
        self.next_button.clicked.connect(self.next)
        self.hint = QLabel(self.tr("Tab or Enter: next field · Ctrl+Enter: next step"))
        self.hint.setObjectName("interviewHint")
        nav = QHBoxLayout()
        nav.addWidget(self.hint, 1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.steps)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self._index = -1
        self._keys = _Keys(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    # --- pages -----------------------------------------------------------------------------

    def page(self, index: int) -> InterviewPage:
        built = self._pages[index]
        if built is None:
            built = self._build(index)
            self._pages[index] = built
            area = self.stack.widget(index)
            assert isinstance(area, QScrollArea)
            area.setWidget(built)
        return built

    def _build(self, index: int) -> InterviewPage:
        kind = _KINDS[index]
        if kind is WordsPage:
            return WordsPage(self.state, self.editor.attachments)
        if kind is FilesPage:
            files = FilesPage(self.state, self.editor.attachments, self._dialogs)
            files.photo_wanted.connect(self.editor.set_photo)
            return files
        page = kind(self.state)
        if isinstance(page, ReviewPage):
            page.jump.connect(self.jump_to_element)
            page.another.connect(self.another)
            page.finished.connect(self.finish)
        return page

    def _typed(self, index: int, kind: type[_P]) -> _P:
        page = self.page(index)
        assert isinstance(page, kind)
        return page

    @property
    def speaking(self) -> SpeakingPage:
        return self._typed(0, SpeakingPage)

    @property
    def missing(self) -> MissingPage:
        return self._typed(1, MissingPage)

    @property
    def happened(self) -> HappenedPage:
        return self._typed(2, HappenedPage)

    @property
    def words(self) -> WordsPage:
        return self._typed(3, WordsPage)

    @property
    def files(self) -> FilesPage:
        return self._typed(4, FilesPage)

    @property
    def review(self) -> ReviewPage:
        return self._typed(5, ReviewPage)

    # --- moving ----------------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self._index

    def current(self) -> InterviewPage:
        return self.page(self._index)

    def begin(self) -> None:
        """Show the first page (or the second, for a relative told by a carried witness)."""
        if self._index >= 0:
            return
        if self._prefs:
            self.state.default_interviewer = self._prefs[0].interviewer
            self.state.default_language = self._prefs[0].interview_language
        bundle = self.editor.bundle
        carried = self.state.carried
        if carried is not None and bundle is not None and not bundle.witnesses:
            witness = carried_witness(carried)
            witness.case_uuid = bundle.case.uuid
            self.state.witness_uuid = witness.uuid

            def add(b: CaseBundle) -> None:
                b.witnesses.append(witness)

            self.editor.apply(add)
        self.go(1 if carried is not None else 0)

    def go(self, index: int, focus: QWidget | None = None) -> None:
        bundle = self.editor.bundle
        if bundle is None or not 0 <= index < len(_KINDS):
            return
        if self._index >= 0 and index != self._index:
            self.editor.apply(self.current().store)  # saved as soon as it is left
        self._index = index
        page = self.page(index)
        self.editor.interview_page = page.store
        if self.editor.bundle is not None:
            page.load(self.editor.bundle)
        self.stack.setCurrentIndex(index)
        for i, button in enumerate(self.step_buttons):
            button.setChecked(i == index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(_KINDS) - 1)
        target = focus or page.next_to_fill()
        if target is not None:
            self._focus(target, Qt.FocusReason.OtherFocusReason)
            area = self.stack.currentWidget()
            if isinstance(area, QScrollArea):
                area.ensureWidgetVisible(target)

    def next(self) -> None:
        self.go(min(self._index + 1, len(_KINDS) - 1))

    def back(self) -> None:
        self.go(max(self._index - 1, 0))

    def save(self) -> None:
        """Write the page shown now (the tab closes, the vault locks)."""
        if self._index >= 0:
            self.editor.apply(self.current().store)

    def jump_to_element(self, key: str) -> None:
        """From the review straight to the field that fills a missing WGEID element."""
        targets: dict[str, tuple[int, QWidget]] = {
            "name": (1, self.missing.first_name()),
            "date": (2, self.happened.disappeared_on),
            "place": (2, self.happened.place),
            "perpetrators": (2, self.happened.perpetrators),
            "steps": (2, self.happened.remedies),
            "submitter": (0, self.speaking.interviewer),
        }
        index, widget = targets[key]
        self.go(index)
        if key == "name":
            widget = self.missing.first_name()
        self._focus(widget, Qt.FocusReason.OtherFocusReason)

    def another(self) -> None:
        """Save, and start the next case with the same witness and consent."""
        self.save()
        bundle = self.editor.bundle
        witness = bundle.witness(self.state.witness_uuid) if bundle is not None else None
        self.another_requested.emit(witness)

    def finish(self) -> None:
        self.save()
        self.editor.show_sections()
        self.finished.emit()

    # --- keys ------------------------------------------------------------------------------

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        # The keys are watched on the field that has the cursor, not on every event of the
        # application (building a case tab alone sends thousands).
        if now is not None and self.isAncestorOf(now):
            now.installEventFilter(self._keys)

    def _focus(self, widget: QWidget, reason: Qt.FocusReason) -> None:
        widget.installEventFilter(self._keys)
        widget.setFocus(reason)

    def next_field(self, widget: QWidget) -> None:
        """Enter: the next field in Tab order inside the page."""
        page = self.current()
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox):
            widget = parent  # the line edit of an editable list: go on after the list
        candidate = widget.nextInFocusChain()
        while candidate is not None and candidate is not widget:
            if (
                page.isAncestorOf(candidate)
                and not widget.isAncestorOf(candidate)
                and candidate.parentWidget() is not widget
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                and candidate.isVisible()
                and candidate.isEnabled()
            ):
                self._focus(candidate, Qt.FocusReason.TabFocusReason)
                return
            candidate = candidate.nextInFocusChain()


class _Keys(QObject):
    """The interview's keys, seen before the focused field gets them (a text area would take
    Ctrl+Enter as a new line)."""

    def __init__(self, flow: InterviewFlow) -> None:
        super().__init__(flow)
        self.flow = flow

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        flow = self.flow
        if not (obj is flow or flow.isAncestorOf(obj)):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in _RETURN:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.ControlModifier:
            flow.next()
            return True
        if modifiers == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier:
            flow.back()
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if isinstance(obj, QPushButton):
            obj.click()  # outside a dialog a push button ignores Enter
            return True
        combo = obj.parentWidget() if isinstance(obj, QLineEdit) else obj
        if isinstance(combo, QComboBox) and combo.view().isVisible():
            return False
        if isinstance(obj, QLineEdit | QComboBox | QCheckBox | QToolButton):
            flow.next_field(obj)
            return True
        return False
