"""The base classes' hook methods raise NotImplementedError: every window and section that is
used overrides all of them, so none can be reached."""

from __future__ import annotations

import pytest

import ui.backup.dialogs  # noqa: F401  (the open dialogs: verify, restore, merge)
import ui.editor.interventions  # noqa: F401
import ui.editor.testimonies  # noqa: F401
import ui.editor.timeline  # noqa: F401
import ui.editor.witnesses  # noqa: F401
import ui.interview.flow  # noqa: F401  (the six pages)
from ui.backup.opening import OpenDialog
from ui.editor.record_list import RecordListSection
from ui.editor.rows import _RowsEditor
from ui.interview.page import InterviewPage

HOOKS = {
    RecordListSection: ("make_record", "describe", "build_form"),
    _RowsEditor: ("_add_row",),
    OpenDialog: ("operation", "show_result"),
    InterviewPage: ("load", "store", "fields"),
}


def _all_subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_all_subclasses(sub)]
    return found


@pytest.mark.parametrize("base", list(HOOKS), ids=lambda c: c.__name__)
def test_every_subclass_overrides_every_hook(base: type) -> None:
    subclasses = _all_subclasses(base)
    assert subclasses, f"no subclass of {base.__name__} found"
    for sub in subclasses:
        for hook in HOOKS[base]:
            assert getattr(sub, hook) is not getattr(base, hook), f"{sub.__name__}.{hook}"
