"""What happens to an error no one asked for: its translated one-liner, shown to the user.

Every operation the UI runs ends here when its caller gave no failure handler (ui/ops.py,
ui/worker.py), so a failure to lock, to load the history or to count the cases is never
silently lost. The text is ``ui.messages.user_message``: the core's safe one-liner, translated;
library text (which can quote case data) is never shown.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import CancelledError
from ui.messages import user_message

__all__ = ["report_failure"]

_ORPHANS: list[QMessageBox] = []


def report_failure(context: QObject | None, error: BaseException) -> QMessageBox | None:
    """Show ``error`` in a window-modal box over ``context``'s window (or the active one).

    Not ``exec()``: a nested event loop would let queued DB results run under the box.
    A cancel is what the user asked for: nothing to show.
    """
    if isinstance(error, CancelledError):
        return None
    parent = context.window() if isinstance(context, QWidget) else QApplication.activeWindow()
    # The title is the program's name, the same in every language.
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Izdeu", user_message(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("failureBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        # No Qt parent holds it: keep it alive until it is closed (and deleted).
        _ORPHANS[:] = [b for b in _ORPHANS if shiboken6.isValid(b)]
        _ORPHANS.append(box)
    box.open()
    return box
