"""Step 3, what happened: when and where they were last seen, who is believed responsible, and
the acts one by one, each added with one button and asking only what matters for it."""

from __future__ import annotations

import copy

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import Act, ActKind
from app.store import CaseBundle
from ui.editor.fields import Binder, DateEdit, text_area, with_meaning
from ui.interview.page import InterviewPage, InterviewState
from ui.labels import label

__all__ = ["HappenedPage", "QUICK_ACTS"]

# The usual acts, in the words a family uses, mapped onto the timeline's codes.
QUICK_ACTS = (
    (ActKind.ARREST, QT_TRANSLATE_NOOP("HappenedPage", "Taken by police")),
    (ActKind.CAMP_INTERNMENT, QT_TRANSLATE_NOOP("HappenedPage", "Sent to a camp")),
    (ActKind.SENTENCING, QT_TRANSLATE_NOOP("HappenedPage", "Sentenced")),
    (ActKind.TRANSFER, QT_TRANSLATE_NOOP("HappenedPage", "Transferred")),
    (ActKind.PASSPORT_CONFISCATION, QT_TRANSLATE_NOOP("HappenedPage", "Passport confiscated")),
    (ActKind.CONTACT_LOST, QT_TRANSLATE_NOOP("HappenedPage", "Contact lost")),
    (ActKind.RELEASE, QT_TRANSLATE_NOOP("HappenedPage", "Released")),
    (ActKind.DEATH, QT_TRANSLATE_NOOP("HappenedPage", "Died")),
)


class HappenedPage(InterviewPage):
    TITLE = str(QT_TRANSLATE_NOOP("HappenedPage", "What happened"))

    def __init__(self, state: InterviewState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._acts: list[Act] = []
        self._current: Act | None = None
        self.disappeared_on = DateEdit()
        self.disappeared_on.setObjectName("interviewDisappearedOn")
        self.place = QLineEdit()
        self.place.setObjectName("interviewPlace")
        self.perpetrators = QLineEdit()
        self.perpetrators.setObjectName("interviewPerpetrators")
        self.perpetrators.setPlaceholderText(self.tr("e.g. county police, state security"))
        self.remedies = text_area(45)
        self.remedies.setObjectName("interviewRemedies")
        self.remedies.setMaximumHeight(70)
        self.remedies.setPlaceholderText(self.tr("e.g. the family was threatened; no lawyer would take it"))
        top = QFormLayout()
        top.addRow(self.tr("Disappeared or last seen on:"), with_meaning(self.disappeared_on))
        top.addRow(self.tr("Where:"), self.place)
        top.addRow(self.tr("Believed responsible:"), self.perpetrators)
        top.addRow(self.tr("Why no complaint was possible (if so):"), self.remedies)

        buttons = QGroupBox(self.tr("Add what happened"))
        grid = QGridLayout(buttons)
        self.quick: dict[str, QPushButton] = {}
        for i, (kind, text) in enumerate(QUICK_ACTS):
            button = QPushButton(QCoreApplication.translate("HappenedPage", str(text)))
            button.setObjectName(f"quick_{kind.value}")
            button.clicked.connect(lambda _checked=False, k=kind: self.add_act(k))
            grid.addWidget(button, i // 4, i % 4)
            self.quick[kind.value] = button

        self.list = QListWidget()
        self.list.setObjectName("interviewActs")
        self.list.setMaximumWidth(320)
        self.list.currentRowChanged.connect(self._select)
        self.binder = Binder(self._keep_current)  # the list line follows the typing
        b = self.binder.bind
        self.act_date = b(DateEdit(), "date_from")
        self.act_date.setObjectName("actDate")
        self.act_place = b(QLineEdit(), "place")
        self.facility = b(QLineEdit(), "facility")
        self.agency = b(QLineEdit(), "agency")
        self.official_reason = b(text_area(40), "official_reason")
        self.believed_reason = b(text_area(40), "believed_reason")
        self.sentence = b(QLineEdit(), "sentence")
        for area in (self.official_reason, self.believed_reason):
            area.setMaximumHeight(60)
        self.form = QWidget()
        act_form = QFormLayout(self.form)
        act_form.addRow(self.tr("When:"), with_meaning(self.act_date))
        act_form.addRow(self.tr("Place:"), self.act_place)
        act_form.addRow(self.tr("Facility:"), self.facility)
        act_form.addRow(self.tr("Who:"), self.agency)
        act_form.addRow(self.tr("Reason they were told:"), self.official_reason)
        act_form.addRow(self.tr("Reason the family believes:"), self.believed_reason)
        act_form.addRow(self.tr("Sentence:"), self.sentence)
        self.form.setEnabled(False)
        acts = QHBoxLayout()
        acts.addWidget(self.list)
        acts.addWidget(self.form, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        layout.addLayout(acts, 1)

    def _describe(self, act: Act) -> str:
        return " — ".join(p for p in (act.date_from.iso() or "?", label(ActKind, act.kind), act.place) if p)

    def _keep_current(self) -> None:
        if self._current is not None:
            self.binder.store(self._current)
            row = self._acts.index(self._current)
            item = self.list.item(row)
            if item is not None:
                item.setText(self._describe(self._current))

    def _select(self, row: int) -> None:
        self._keep_current()
        self._current = self._acts[row] if 0 <= row < len(self._acts) else None
        if self._current is not None:
            self.binder.load(self._current)
        self.form.setEnabled(self._current is not None)

    def add_act(self, kind: str) -> None:
        """A new act of ``kind``; the cursor goes to its date."""
        self._keep_current()
        act = Act(case_uuid=self.state.case_uuid, kind=kind)
        self._acts.append(act)
        self._current = None
        self.list.addItem(self._describe(act))
        self.list.setCurrentRow(len(self._acts) - 1)
        self.act_date.setFocus(Qt.FocusReason.OtherFocusReason)

    def load(self, bundle: CaseBundle) -> None:
        case = bundle.case
        self.disappeared_on.set_value(case.disappeared_on)
        self.place.setText(case.disappeared_place)
        self.perpetrators.setText(case.perpetrators)
        self.remedies.setPlainText(case.remedies)
        # Copies: the page's edits reach the records only through store() (CaseEditor.apply).
        self._acts = [copy.deepcopy(a) for a in bundle.acts]
        self._current = None
        self.list.blockSignals(True)
        self.list.clear()
        for act in self._acts:
            self.list.addItem(self._describe(act))
        self.list.blockSignals(False)
        self.list.setCurrentRow(len(self._acts) - 1)
        if not self._acts:
            self._select(-1)

    def store(self, bundle: CaseBundle) -> None:
        self._keep_current()
        case = bundle.case
        if self.disappeared_on.is_valid():
            case.disappeared_on = self.disappeared_on.value()
        case.disappeared_place = self.place.text().strip()
        case.perpetrators = self.perpetrators.text().strip()
        case.remedies = self.remedies.toPlainText()
        held = {a.uuid: a for a in bundle.acts}
        for act in self._acts:
            target = held.get(act.uuid)
            if target is None:
                act.position = len(bundle.acts)
                target = copy.deepcopy(act)
                bundle.acts.append(target)
            for name in ("kind", "date_from", "place", "facility", "agency"):
                setattr(target, name, copy.deepcopy(getattr(act, name)))
            for name in ("official_reason", "believed_reason", "sentence"):
                setattr(target, name, getattr(act, name))

    def fields(self) -> list[QWidget]:
        return [self.disappeared_on, self.place, self.perpetrators, self.remedies]

    def acts(self) -> list[Act]:
        self._keep_current()
        return list(self._acts)
