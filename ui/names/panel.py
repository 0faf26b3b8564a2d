"""The quiet panel under the names in the editor: other cases that may record the same person,
with score and why, updated while names are typed.

The check runs through DbOp a moment after typing stops (debounced); only the newest answer is
shown (Latest), so typing is never held up and stale answers never flash."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.model import LinkKind, Person
from app.names import PersonMatch
from app.store import CaseRow
from ui.isolate import RLM, ltr
from ui.names.linking import LinkDialog
from ui.names.reasons import match_text
from ui.ops import DbOp, Latest
from ui.worker import DbSession, DbWorker

__all__ = ["DuplicatePanel", "DEBOUNCE_MS"]

DEBOUNCE_MS = 400
SHOWN = 5


class DuplicatePanel(QWidget):
    """``source()`` gives the person as typed; ``open_case(uuid)`` asks to open a candidate."""

    open_case = Signal(str)
    updated = Signal(int)  # how many candidates are shown

    def __init__(
        self, worker: DbWorker, case_uuid: str, source: Callable[[], Person], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self._worker = worker
        self._case_uuid = case_uuid
        self._source = source
        self._latest = Latest()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)
        self.title = QLabel(self.tr("Possibly the same person:"))
        self.title.setObjectName("duplicateTitle")
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self._list)
        self.labels: list[QLabel] = []
        self.setVisible(False)

    def schedule(self) -> None:
        self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        person = self._source()
        exclude = self._case_uuid

        def op(session: DbSession) -> list[tuple[CaseRow, PersonMatch]]:
            return session.store.duplicate_matches(person, exclude, SHOWN)

        # A failed check only leaves the panel as it was: it is a hint, never in the way.
        DbOp(self, op).success(self._show).failure(lambda _exc: None).latest(self._latest).run(self._worker)

    def _activated(self, href: str) -> None:
        action, _, uuid = href.rpartition(":")
        if action == "same":
            self.same_person(uuid)
        elif action == "different":
            self.not_same_person(uuid)
        else:
            self.open_case.emit(uuid)

    def same_person(self, other: str) -> LinkDialog:
        """Ask for the certainty and record the two cases as one person."""
        dialog = LinkDialog(self._worker, self._case_uuid, other, LinkKind.SAME_PERSON, parent=self)
        dialog.accepted.connect(self.check_now)
        dialog.open()
        return dialog

    def not_same_person(self, other: str) -> None:
        """Remember that the candidate is someone else: it is not suggested again."""
        me = self._case_uuid
        DbOp(self, lambda s: s.store.not_same_person(me, other)).success(lambda _link: self.check_now()).run(
            self._worker
        )

    def _show(self, found: list[tuple[CaseRow, PersonMatch]]) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        same, different = self.tr("Same person…"), self.tr("Not the same person")
        for row, match in found:
            label = QLabel()
            label.setObjectName("duplicateCandidate")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            # In Uyghur the line reads from the right although it starts with a Latin number.
            lead = RLM if self.isRightToLeft() else ""
            number = _esc(ltr(row.case_number))
            label.setText(
                f'{lead}<a href="{row.uuid}">{number}</a> \u2068{_esc(row.names)}\u2069 — '
                + self.tr("score %1").replace("%1", f"{match.score:.2f}")
                + f"<br><small>{_esc(match_text(match))}</small><br><small>"
                + f'<a href="same:{row.uuid}">{_esc(same)}</a> · '
                + f'<a href="different:{row.uuid}">{_esc(different)}</a></small>'
            )
            label.linkActivated.connect(self._activated)
            self._list.addWidget(label)
            self.labels.append(label)
        self.setVisible(bool(found))
        self.updated.emit(len(found))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
