"""Opening an interview in a case tab once its editor has loaded."""

from __future__ import annotations

from app.model import Witness
from app.store import VaultPrefs
from ui.dialogs import FileDialogs
from ui.editor.case_editor import CaseEditor
from ui.interview.flow import InterviewFlow

__all__ = ["begin_interview"]


def begin_interview(
    editor: CaseEditor,
    dialogs: FileDialogs,
    carried: Witness | None = None,
    prefs: list[VaultPrefs] | None = None,
) -> InterviewFlow:
    """The interview over ``editor``; it begins (first page, focus) when the case is loaded.
    ``prefs``: filled with the vault's defaults (interviewer, language) before the load ends."""
    flow = InterviewFlow(editor, dialogs, carried, prefs if prefs is not None else [])
    editor.interview = flow
    editor.show_interview(flow)
    if editor.is_loaded:
        flow.begin()
    else:
        editor.loaded.connect(flow.begin)
    return flow
