"""Choosing a witness already recorded in another case (one relative reporting several
people): their name, language and contact details are taken from there, entered once; their
relation to this case's person and their consent are asked again, for this case."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model import Witness
from ui.ops import DbOp, Latest
from ui.worker import DbWorker

__all__ = ["WitnessPicker"]


class WitnessPicker(QDialog):
    def __init__(self, worker: DbWorker, case_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("witnessPicker")
        self.setWindowTitle(self.tr("A witness of another case"))
        self._worker = worker
        self._case_uuid = case_uuid
        self._latest = Latest()
        self.chosen: Witness | None = None
        self.query = QLineEdit()
        self.query.setObjectName("witnessPickerQuery")
        self.query.setPlaceholderText(self.tr("The witness's name, in any script"))
        self.results = QListWidget()
        self.results.setObjectName("witnessPickerResults")
        note = QLabel(
            self.tr(
                "Their name, language and contact details are copied into this case. Their "
                "relation to this person and their consent are asked again: consent is given "
                "case by case."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._take)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.results.currentItemChanged.connect(lambda *_: self._update())
        self.results.itemDoubleClicked.connect(lambda _item: self._take())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 400)
        self._update()

    def search_now(self) -> None:
        self._timer.stop()
        text, case_uuid = self.query.text().strip(), self._case_uuid

        def show(found: list[tuple[Witness, str]]) -> None:
            self.results.clear()
            for witness, number in found:
                item = QListWidgetItem(f"\u2068{witness.name}\u2069 — {number}")
                item.setData(Qt.ItemDataRole.UserRole, witness)
                self.results.addItem(item)
            self._update()

        DbOp(self, lambda s: s.store.known_witnesses(text, case_uuid)).success(show).latest(self._latest).run(
            self._worker
        )

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.results.currentItem() is not None
        )

    def _take(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
