"""What every interview page is: it shows part of the case, writes it back when left, and says
which field the cursor goes to next."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.model import Witness
from app.store import CaseBundle
from ui.editor.coded import CodedEdit, CodedListEdit
from ui.editor.fields import DateEdit

__all__ = ["InterviewPage", "InterviewState", "is_empty"]


@dataclass
class InterviewState:
    """What the pages share: the interview's witness and testimony in this case, and the
    witness carried over from the previous relative's case (if any)."""

    case_uuid: str
    witness_uuid: str = ""
    testimony_uuid: str = ""
    carried: Witness | None = None
    # The vault's defaults (Settings): who interviews, and in which language usually.
    default_interviewer: str = ""
    default_language: str = ""


def is_empty(widget: QWidget) -> bool:
    if isinstance(widget, CodedEdit | CodedListEdit):
        return not widget.value()
    if isinstance(widget, DateEdit | QLineEdit):
        return not widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return not widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return not (widget.currentText().strip() if widget.isEditable() else widget.currentData())
    if isinstance(widget, QCheckBox):
        return False
    return False


class InterviewPage(QWidget):
    """Each page names its step in ``TITLE`` (translated in the page's own context) and
    overrides ``load``, ``store`` and ``fields`` (hooks, not abc: Qt's metaclass cannot be
    combined with ABCMeta)."""

    TITLE = ""

    def __init__(self, state: InterviewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state

    @classmethod
    def title(cls) -> str:
        """The step's name in the step bar (known before the page is built)."""
        return QCoreApplication.translate(cls.__name__, cls.TITLE)

    def load(self, bundle: CaseBundle) -> None:
        """Show what the case holds for this page."""
        raise NotImplementedError

    def store(self, bundle: CaseBundle) -> None:
        """Write this page into the case's records (run inside CaseEditor.apply)."""
        raise NotImplementedError

    def fields(self) -> list[QWidget]:
        """The fields a person fills, in the order they are asked."""
        raise NotImplementedError

    def next_to_fill(self) -> QWidget | None:
        """The first field still empty (the first field if all are filled)."""
        shown = [w for w in self.fields() if w.isVisibleTo(self) and w.isEnabled()]
        return next((w for w in shown if is_empty(w)), shown[0] if shown else None)
