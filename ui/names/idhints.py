"""What the identity numbers of a person say (birth date, sex, county), shown under the ID
documents: an offer to fill the fields still empty, and a warning where the number and what
the family said disagree. Decoding is local and quick (app/names/idnumbers.py); nothing is
filled without a click."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import IzdeuError
from app.model import Person
from app.names import DecodedId, decode_id
from app.names.idnumbers import load_county_table
from ui.messages import user_message
from ui.ops import render_pool
from ui.tones import ERROR, set_tone

__all__ = ["IdHints", "Fill"]

# The county table loads once, in a pool thread: decoding waits for it rather than hold up
# typing for the 0.4 s it takes.
_table: Future[None] | None = None


def _table_ready() -> bool:
    global _table
    if _table is None:
        _table = render_pool().submit(load_county_table)
    return _table.done()


# (birth date ISO, sex, prefecture, county): what a click fills, each only where empty.
Fill = tuple[str, str, str, str]


class IdHints(QWidget):
    """``source()`` gives the person as typed; ``fill`` carries what to fill in."""

    fill = Signal(object)

    def __init__(self, source: Callable[[], Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.lines: list[QWidget] = []
        _table_ready()

    def schedule(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        if not _table_ready():
            self._timer.start()  # again once the county table is in memory
            return
        for widget in self.lines:
            widget.deleteLater()
        self.lines = []
        person = self._source()
        for doc in person.id_documents:
            if not doc.number.strip():
                continue
            try:
                decoded = decode_id(doc.number)
            except IzdeuError as exc:
                self._add(user_message(exc), warning=True)
                continue
            if decoded is not None:
                self._show(decoded, person)

    def _add(self, text: str, *, warning: bool = False, fill: Fill | None = None) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setObjectName("idWarning" if warning else "idMeaning")
        if warning:
            set_tone(label, ERROR)
        layout.addWidget(label, 1)
        if fill is not None:
            button = QPushButton(self.tr("Fill empty fields"))
            button.setObjectName("idFill")
            button.clicked.connect(lambda: self.fill.emit(fill))
            layout.addWidget(button)
        self._layout.addWidget(row)
        self.lines.append(row)

    def _show(self, decoded: DecodedId, person: Person) -> None:
        system = self.tr("PRC resident ID") if decoded.system == "prc" else self.tr("Kazakhstan IIN")
        sex = self.tr("male") if decoded.sex == "male" else self.tr("female")
        text = self.tr("%1: born %2, %3").replace("%1", system).replace("%2", decoded.birth_date.isoformat())
        text = text.replace("%3", sex)
        if decoded.region:
            text += " · " + self.tr("registered in %1").replace("%1", f"\u2068{decoded.region}\u2069")
            if decoded.county_years:
                text += " " + self.tr("(code in use %1)").replace("%1", decoded.county_years)
        if decoded.converted:
            text += " · " + self.tr("old 15-digit number, 18-digit form %1").replace("%1", decoded.number)
        born, hometown = person.birth_date, person.hometown
        empty = (
            not born.known
            or not person.sex.strip()
            or (decoded.system == "prc" and not hometown.county.strip())
        )
        fill: Fill = (
            decoded.birth_date.isoformat(),
            decoded.sex,
            decoded.prefecture if decoded.system == "prc" else "",
            decoded.county if decoded.system == "prc" else "",
        )
        self._add(text, fill=fill if empty else None)
        b = decoded.birth_date
        if born.known and (
            born.year != b.year or (born.month and born.month != b.month) or (born.day and born.day != b.day)
        ):
            self._add(
                self.tr("The recorded birth date %1 differs from the number's %2.")
                .replace("%1", born.iso())
                .replace("%2", b.isoformat()),
                warning=True,
            )
        if person.sex.strip() and person.sex.strip().casefold() not in (decoded.sex, sex.casefold()):
            self._add(
                self.tr("The recorded sex differs from the number's (%1).").replace("%1", sex), warning=True
            )
