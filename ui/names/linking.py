"""Linking two cases and merging them: the relation chooser with a case picker, and the merge
window that shows both values of every field the two cases fill differently.

Every change runs through DbOp on the vault's thread (Store.link_cases, merge_cases); the
windows only show state and pass on what a person chose.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.labels.history import field_label
from app.model import Case, Certainty, LinkKind, PartialDate, Person
from app.model.fields import spec_of
from app.store import CaseQuery, CaseRow, Difference
from ui.i18n import current_language
from ui.isolate import ltr
from ui.labels import choices
from ui.labels import coded_label as ui_coded_label
from ui.messages import user_message
from ui.names.reasons import in_reading_order
from ui.ops import DbOp, Latest
from ui.worker import DbSession, DbWorker

__all__ = ["CasePicker", "LinkDialog", "CaseMergeDialog", "value_text"]

_PICKED = 30


def _row_text(row: CaseRow) -> str:
    return f"{row.case_number}  \u2068{row.names}\u2069"


class CasePicker(QWidget):
    """A search field over the vault's cases (in any script) and the matching cases."""

    picked = Signal(str)  # a case UUID, or "" when none is selected

    def __init__(self, worker: DbWorker, exclude: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._exclude = exclude
        self._latest = Latest()
        self.query = QLineEdit()
        self.query.setObjectName("casePickerQuery")
        self.query.setPlaceholderText(self.tr("Search by name (any script) or case number"))
        self.results = QListWidget()
        self.results.setObjectName("casePickerResults")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.results.currentItemChanged.connect(lambda *_: self.picked.emit(self.selected()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        self.search_now()

    def search_now(self) -> None:
        self._timer.stop()
        text, exclude = self.query.text().strip(), self._exclude

        def op(session: DbSession) -> list[CaseRow]:
            store = session.store
            if not text:
                return store.list_cases(CaseQuery(hide_merged=True), 0, _PICKED + 1)
            uuids = [hit.case_uuid for hit in store.search(text, limit=_PICKED + 1)]
            return store.case_rows(uuids)

        def show(rows: list[CaseRow]) -> None:
            self.results.clear()
            for row in rows:
                if row.uuid == exclude:
                    continue
                item = QListWidgetItem(_row_text(row))
                item.setData(Qt.ItemDataRole.UserRole, row.uuid)
                self.results.addItem(item)
            self.picked.emit(self.selected())

        DbOp(self, op).success(show).latest(self._latest).run(self._worker)

    def selected(self) -> str:
        item = self.results.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


class LinkDialog(QDialog):
    """How this case's person relates to another case's: the relation, the certainty and,
    unless the other case is given, a picker to find it."""

    def __init__(
        self,
        worker: DbWorker,
        case_uuid: str,
        other: str = "",
        kind: str = LinkKind.SIBLING,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Link to another case"))
        self._worker = worker
        self.case_uuid = case_uuid
        self.other = other
        self.kind = QComboBox()
        self.kind.setObjectName("linkKind")
        for code, text in choices(LinkKind):
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.certainty = QComboBox()
        self.certainty.setObjectName("linkCertainty")
        for code, text in choices(Certainty):
            self.certainty.addItem(text, code)
        self.certainty.setCurrentIndex(max(0, self.certainty.findData(Certainty.PROBABLE)))
        self.error = QLabel()
        self.error.setObjectName("linkError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("This person is the"), self.kind)
        form.addRow(self.tr("Certainty"), self.certainty)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.picker: CasePicker | None = None
        if not other:
            self.picker = CasePicker(worker, case_uuid)
            self.picker.picked.connect(self._picked)
            layout.addWidget(QLabel(self.tr("of the person in the case:")))
            layout.addWidget(self.picker, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._picked(other)
        self.resize(560, 440 if not other else 160)

    def _picked(self, uuid: str) -> None:
        if self.picker is not None:
            self.other = uuid
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.other))

    def save(self) -> None:
        case_uuid, other = self.case_uuid, self.other
        kind, certainty = str(self.kind.currentData()), str(self.certainty.currentData())
        (
            DbOp(self, lambda s: s.store.link_cases(case_uuid, other, kind, certainty))
            .success(lambda _link: self.accept())
            .failure(self._failed)
            .run(self._worker)
        )

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(user_message(exc))


def value_text(path: str, value: Any) -> str:
    """A field's value as a person reads it: codes by their label, dates as written."""
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v)
    if path.endswith(("birth_date", "disappeared_on", "intake_date")):
        return PartialDate.parse(str(value)).display(current_language()) if value else ""
    spec_enum = _CODED.get(path)
    if spec_enum is not None:
        return ui_coded_label(spec_enum, str(value))
    return str(value)


def _coded_fields() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for prefix, cls in (("", Case), ("person.", Person)):
        for f in dataclasses.fields(cls):
            spec = spec_of(f)
            if spec is not None and spec.choices is not None:
                found[prefix + f.name] = spec.choices
    return found


_CODED = _coded_fields()


class CaseMergeDialog(QDialog):
    """Merge ``other`` into ``kept``: each differing field with both values side by side and
    a choice; names, documents and registers are united, every record of both is kept."""

    merged = Signal(str)  # the kept case's UUID

    def __init__(
        self, worker: DbWorker, kept: CaseRow, other: CaseRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two cases of the same person"))
        self._worker = worker
        self.kept, self.other = kept, other
        self.groups: dict[str, QButtonGroup] = {}
        note = QLabel(
            in_reading_order(
                self.tr(
                    "%1 is merged into %2: its names are added as other spellings, and every "
                    "testimony, witness and file of both cases is kept. %1 is then hidden from the "
                    "case list; splitting undoes the merge."
                )
                .replace("%1", ltr(other.case_number))
                .replace("%2", ltr(kept.case_number))
            )
        )
        note.setWordWrap(True)
        self.grid = QGridLayout()
        # A Latin case number keeps to the left of its column even in a right-to-left window
        # unless told otherwise: the headers stand over their column's choices.
        for column, title in enumerate((self.tr("Field"), kept.case_number, other.case_number)):
            head = QLabel(title)
            head.setTextFormat(Qt.TextFormat.PlainText)
            bold = head.font()
            bold.setBold(True)
            head.setFont(bold)
            if self.isRightToLeft():
                head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            self.grid.addWidget(head, 0, column)
        holder = QWidget()
        holder.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.status = QLabel(self.tr("Comparing the two cases…"))
        self.status.setObjectName("mergeStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(820, 480)
        kept_uuid, other_uuid = kept.uuid, other.uuid
        (
            DbOp(self, lambda s: s.store.merge_differences(kept_uuid, other_uuid))
            .success(self._show)
            .failure(self._failed)
            .run(worker)
        )

    def _show(self, differences: list[Difference]) -> None:
        lang = current_language()
        for row, difference in enumerate(differences, 1):
            label = field_label(difference.path.split(".")[-1], lang)
            # The log's words are written for the middle of a sentence; here each starts a row.
            self.grid.addWidget(QLabel(label[:1].upper() + label[1:]), row, 0)
            group = QButtonGroup(self)
            for column, (side, value) in enumerate(
                (("kept", difference.kept), ("other", difference.other)), 1
            ):
                button = QRadioButton(value_text(difference.path, value))
                button.setObjectName(f"merge:{difference.path}:{side}")
                button.setChecked(side == "kept")
                group.addButton(button, column)
                self.grid.addWidget(button, row, column)
            self.groups[difference.path] = group
        # The rows stay together at the top, however few; the two cases share the width.
        self.grid.setRowStretch(len(differences) + 1, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(18)
        self.status.setText(
            self.tr("Choose the value to keep where the two cases differ.")
            if differences
            else self.tr("The two cases do not contradict each other.")
        )
        self.merge_button.setEnabled(True)

    def choices(self) -> dict[str, str]:
        return {path: "other" if group.checkedId() == 2 else "kept" for path, group in self.groups.items()}

    def merge(self) -> None:
        kept, other, chosen = self.kept.uuid, self.other.uuid, self.choices()
        self.merge_button.setEnabled(False)
        (
            DbOp(self, lambda s: s.store.merge_cases(kept, other, chosen))
            .success(lambda _link: self._done())
            .failure(self._failed)
            .run(self._worker)
        )

    def _done(self) -> None:
        self.merged.emit(self.kept.uuid)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(user_message(exc))
