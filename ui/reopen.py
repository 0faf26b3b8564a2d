"""The open cases, their section tab and the field that had the cursor, remembered across a lock.

Kept in the controller's memory only: case UUIDs and widget positions, never case content, and
never written to Qt settings or to disk. After the same vault is unlocked again the cases open
where they were, so an idle lock in the middle of an interview costs a passphrase and no more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ui.interview.flow import InterviewFlow

if TYPE_CHECKING:
    from ui.editor.case_editor import CaseEditor
    from ui.main_window import MainWindow

__all__ = ["OpenCase", "OpenCases", "capture", "reopen"]


@dataclass(frozen=True)
class OpenCase:
    uuid: str
    section: int  # index of the editor's section tab
    # The focused widget as its index among the descendants of the section shown (the same case
    # loads into the same widgets) with its class name as a check, and the cursor position in it.
    focus: int = -1
    focus_class: str = ""
    cursor: int = -1
    interview_step: int = -1  # the step of the interview shown in the tab (ui/interview), or -1


@dataclass(frozen=True)
class OpenCases:
    vault: Path
    cases: list[OpenCase] = field(default_factory=list)
    current: int = 0  # index of the main window's current tab (0: the case list)


def _cursor(widget: QWidget) -> int:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textCursor().position()
    return -1


def _set_cursor(widget: QWidget, position: int) -> None:
    if position < 0:
        return
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(min(position, len(widget.text())))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, len(widget.toPlainText())))
        widget.setTextCursor(cursor)


def _focus_of(editor: CaseEditor, window_focus: QWidget | None) -> tuple[int, str, int]:
    widget = window_focus if window_focus is not None and editor.isAncestorOf(window_focus) else None
    if widget is None:
        widget = editor.focusWidget()
        if widget is not None and not editor.isAncestorOf(widget):
            widget = None
    if widget is None:
        return -1, "", -1
    # A spin box or an editable combo box has the focus in its inner line edit: keep the outer.
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
        widget = parent
    # Counted inside the section shown: the editor builds its sections when first needed, so
    # only one section's children are sure to be in the same order after the unlock.
    children = editor.sections.currentWidget().findChildren(QWidget)
    if widget not in children:
        return -1, "", -1
    return children.index(widget), type(widget).__name__, _cursor(widget)


def capture(main: MainWindow, vault: Path) -> OpenCases:
    window_focus = main.focusWidget()
    cases = []
    for editor in main.editors():
        if main.untouched(editor):
            continue  # a stray new case is not kept (MainWindow._let_go): nothing to reopen
        flow = editor.interview
        step = flow.index if editor.interviewing and isinstance(flow, InterviewFlow) else -1
        # An interview puts the cursor itself when it resumes at its step.
        focus, focus_class, cursor = _focus_of(editor, window_focus) if step < 0 else (-1, "", -1)
        cases.append(
            OpenCase(editor.case_uuid, editor.sections.currentIndex(), focus, focus_class, cursor, step)
        )
    shown = main.current_editor()
    kept = [c.uuid for c in cases]
    current = kept.index(shown.case_uuid) + 1 if shown is not None and shown.case_uuid in kept else 0
    return OpenCases(vault, cases, current)


def _apply(main: MainWindow, editor: CaseEditor, case: OpenCase, focus_now: bool) -> None:
    editor.sections.setCurrentIndex(case.section)
    if case.interview_step >= 0:
        main.resume_interview(editor, case.interview_step)  # its step puts the cursor
        return
    if case.focus < 0:
        return
    children = editor.sections.currentWidget().findChildren(QWidget)
    if case.focus >= len(children):
        return
    widget = children[case.focus]
    if type(widget).__name__ != case.focus_class or not widget.isEnabled():
        return
    _set_cursor(widget, case.cursor)
    if focus_now:
        widget.setFocus()


def reopen(main: MainWindow, state: OpenCases) -> None:
    """Open the remembered cases; each takes its section and field once loaded."""
    current: QWidget = main.case_list
    for number, case in enumerate(state.cases, 1):
        editor = main.open_case(case.uuid)
        focus_now = number == state.current
        if number == state.current:
            current = editor
        editor.loaded.connect(lambda e=editor, c=case, f=focus_now: _apply(main, e, c, f))
    main.tabs.setCurrentWidget(current)
