"""Editable rows for small lists inside a record: names (with script), ID documents and
references in other registers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import ExternalRef, IdDocument, Name, NameKind, NameScript, Register
from app.model.scripts import detect_script, script_family
from ui.editor.fields import choice_box
from ui.labels import label
from ui.tones import WARNING, set_tone

__all__ = ["NamesEditor", "IdDocumentsEditor", "ExternalRefsEditor"]

RTL_SCRIPTS = frozenset({NameScript.UG_ARAB.value, NameScript.KK_ARAB.value})


class _Passthrough(QWidget):
    """A zero-size focus anchor (Qt ignores unfocusable widgets in setTabOrder): on focus it
    passes focus on in the direction it came from."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFixedSize(0, 0)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focusNextPrevChild(event.reason() != Qt.FocusReason.BacktabFocusReason)


class _RowsEditor(QWidget):
    changed = Signal()

    def __init__(self, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QWidget] = []
        self._fields: dict[QWidget, tuple] = {}
        # An empty, unfocusable marker created before the "add" button: rows are chained
        # after it (or after the previous row), so Tab goes through them in order.
        self._start = _Passthrough(self)
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self._add_and_notify)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._start)
        layout.addLayout(self._box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)

    def _row_widget(self) -> tuple[QWidget, QHBoxLayout]:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        return row, layout

    def _remove_button(self, row: QWidget) -> QPushButton:
        button = QPushButton("✕")
        button.setToolTip(QCoreApplication.translate("_RowsEditor", "Remove this row"))
        button.setMaximumWidth(32)
        button.clicked.connect(lambda: self._remove_row(row))
        return button

    @staticmethod
    def _remove_of(row: QWidget) -> QWidget:
        return row.findChildren(QPushButton)[-1]

    def _remove_row(self, row: QWidget) -> None:
        # A removed row lives (and stays clickable) until the event loop deletes it: a second
        # click on its button before then must do nothing, not raise.
        if row not in self._rows:
            return
        self._rows.remove(row)
        self._fields.pop(row, None)
        self._box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def _add_and_notify(self) -> None:
        row = self._add_row()
        self.changed.emit()
        # Typing goes on in the row just made, not on the button that made it.
        self._fields[row][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_row(self) -> QWidget:
        """Each editor adds its own kind of row (names, ID documents). A hook, not abc: Qt
        classes' metaclass cannot be combined with ABCMeta."""
        raise NotImplementedError

    def _chain(self, widgets: tuple[QWidget, ...]) -> None:
        """Rows are created after the rest of the form: put them in the tab order where they
        are shown, after the previous row (or the editor's start) and before "add"."""
        anchor = self._remove_of(self._rows[-2]) if len(self._rows) > 1 else self._start
        for widget in widgets:
            QWidget.setTabOrder(anchor, widget)
            anchor = widget

    def _clear(self) -> None:
        for row in self._rows:
            self._box.removeWidget(row)
            row.hide()  # no typing into a row that is already gone from the record
            row.deleteLater()
        self._rows = []
        self._fields = {}


class NamesEditor(_RowsEditor):
    """Several names, each with its script (an Uyghur name is typed right to left)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a name"), parent)
        self.warning = QLabel()
        self.warning.setObjectName("nameScriptWarning")
        set_tone(self.warning, WARNING)
        self.warning.setWordWrap(True)
        self.warning.hide()
        box = self.layout()
        assert isinstance(box, QVBoxLayout)
        box.insertWidget(box.count() - 1, self.warning)

    def _add_row(self, name: Name | None = None) -> QWidget:
        # A new row takes its script from what is typed until a script is chosen by hand.
        follows_typing = name is None or not name.text
        name = name or Name()
        row, layout = self._row_widget()
        text = QLineEdit(name.text)
        text.setObjectName("nameText")
        text.setPlaceholderText(self.tr("Name as written in this script"))
        script = choice_box(NameScript)
        script.setObjectName("nameScript")
        script.setCurrentIndex(max(0, script.findData(name.script)))
        kind = choice_box(NameKind)
        kind.setCurrentIndex(max(0, kind.findData(name.kind)))

        def direction() -> None:
            rtl = script.currentData() in RTL_SCRIPTS
            text.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            text.setAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                if rtl
                else Qt.AlignmentFlag.AlignLeading
            )

        direction()

        def typed(value: str) -> None:
            detected = detect_script(value)
            if follows_typing and not script.property("chosen") and detected is not None:
                script.blockSignals(True)
                script.setCurrentIndex(max(0, script.findData(detected.value)))
                script.blockSignals(False)
                direction()
            self._check_scripts()

        def chosen() -> None:
            script.setProperty("chosen", True)
            self._check_scripts()

        script.currentIndexChanged.connect(direction)
        script.activated.connect(chosen)
        script.currentIndexChanged.connect(self._check_scripts)
        text.textEdited.connect(typed)
        text.textEdited.connect(self.changed)
        script.currentIndexChanged.connect(self.changed)
        kind.currentIndexChanged.connect(self.changed)
        layout.addWidget(text, 3)
        layout.addWidget(script, 2)
        layout.addWidget(kind, 1)
        layout.addWidget(self._remove_button(row))
        self._fields[row] = (text, script, kind)
        self._rows.append(row)
        self._box.addWidget(row)
        self._chain((text, script, kind, self._remove_of(row)))
        return row

    def set_names(self, names: list[Name]) -> None:
        self._clear()
        for name in names:
            self._add_row(name)
        if not names:
            self._add_row()
        self._check_scripts()

    def _check_scripts(self) -> None:
        """Warn (never refuse) when a name is typed in another script than the one chosen."""
        wrong = []
        for text, script, _kind in self.rows():
            detected = detect_script(text.text())
            if detected is not None and script_family(detected) != script_family(script.currentData()):
                wrong.append(
                    self.tr("“%1” looks like %2, not %3.")
                    .replace("%1", text.text()[:40])
                    .replace("%2", label(NameScript, detected))
                    .replace("%3", label(NameScript, script.currentData()))
                )
        self.warning.setText("\n".join(wrong))
        self.warning.setVisible(bool(wrong))

    def names(self) -> list[Name]:
        out = []
        for row in self._rows:
            text, script, kind = self._fields[row]
            if text.text().strip():
                out.append(Name(text=text.text(), script=script.currentData(), kind=kind.currentData()))
        return out

    def rows(self) -> list[tuple[QLineEdit, QComboBox, QComboBox]]:
        return [self._fields[row] for row in self._rows]


class IdDocumentsEditor(_RowsEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add an ID document"), parent)

    def _add_row(self, doc: IdDocument | None = None) -> QWidget:
        doc = doc or IdDocument()
        row, layout = self._row_widget()
        kind = QComboBox()
        kind.setEditable(True)
        kind.addItems(
            [
                "",
                self.tr("PRC resident ID"),
                self.tr("Kazakh IIN"),
                self.tr("PRC passport"),
                self.tr("Kazakh passport"),
            ]
        )
        kind.setEditText(doc.kind)
        number = QLineEdit(doc.number)
        number.setPlaceholderText(self.tr("Number"))
        confiscated = QCheckBox(self.tr("confiscated"))
        confiscated.setChecked(doc.confiscated)
        notes = QLineEdit(doc.notes)
        notes.setPlaceholderText(self.tr("Notes"))
        kind.currentTextChanged.connect(self.changed)
        number.textEdited.connect(self.changed)
        confiscated.toggled.connect(self.changed)
        notes.textEdited.connect(self.changed)
        layout.addWidget(kind, 2)
        layout.addWidget(number, 2)
        layout.addWidget(confiscated)
        layout.addWidget(notes, 2)
        layout.addWidget(self._remove_button(row))
        self._fields[row] = (kind, number, confiscated, notes)
        self._rows.append(row)
        self._box.addWidget(row)
        self._chain((kind, number, confiscated, notes, self._remove_of(row)))
        return row

    def set_documents(self, docs: list[IdDocument]) -> None:
        self._clear()
        for doc in docs:
            self._add_row(doc)

    def documents(self) -> list[IdDocument]:
        out = []
        for row in self._rows:
            kind, number, confiscated, notes = self._fields[row]
            if kind.currentText().strip() or number.text().strip():
                out.append(
                    IdDocument(
                        kind=kind.currentText(),
                        number=number.text(),
                        confiscated=confiscated.isChecked(),
                        notes=notes.text(),
                    )
                )
        return out


class ExternalRefsEditor(_RowsEditor):
    """The case's numbers in other registers (Xinjiang Victims Database, WGEID, ministry…)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a reference"), parent)

    def _add_row(self, ref: ExternalRef | None = None) -> QWidget:
        ref = ref or ExternalRef(register=Register.XJVICTIMS.value)
        row, layout = self._row_widget()
        register = choice_box(Register)
        register.setObjectName("refRegister")
        register.setEditable(True)  # free text: a register Izdeu does not list is typed
        index = register.findData(ref.register)
        if index >= 0:
            register.setCurrentIndex(index)
        else:
            register.setEditText(ref.register)
        reference = QLineEdit(ref.reference)
        reference.setObjectName("refNumber")
        reference.setPlaceholderText(self.tr("Number or reference in that register"))
        notes = QLineEdit(ref.notes)
        notes.setPlaceholderText(self.tr("Notes"))
        register.currentTextChanged.connect(self.changed)
        reference.textEdited.connect(self.changed)
        notes.textEdited.connect(self.changed)
        layout.addWidget(register, 2)
        layout.addWidget(reference, 2)
        layout.addWidget(notes, 2)
        layout.addWidget(self._remove_button(row))
        self._fields[row] = (register, reference, notes)
        self._rows.append(row)
        self._box.addWidget(row)
        self._chain((register, reference, notes, self._remove_of(row)))
        return row

    def set_refs(self, refs: list[ExternalRef]) -> None:
        self._clear()
        for ref in refs:
            self._add_row(ref)

    def refs(self) -> list[ExternalRef]:
        out = []
        for row in self._rows:
            register, reference, notes = self._fields[row]
            # A listed register is stored by its code, one typed by its text.
            code = (
                register.currentData()
                if register.currentText() == register.itemText(register.currentIndex())
                else None
            )
            if reference.text().strip():
                out.append(
                    ExternalRef(
                        code or register.currentText().strip(), reference.text().strip(), notes.text()
                    )
                )
        return out

    def rows_fields(self) -> list[tuple[QComboBox, QLineEdit, QLineEdit]]:
        return [self._fields[row] for row in self._rows]
