"""What happens to an error no one asked for: its translated one-liner, shown to the user.

Every operation the UI runs ends here when its caller gave no failure handler (ui/ops.py,
ui/worker.py), so a failure to lock, to load the history or to count the cases is never
silently lost. The text is ``ui.messages.user_message``: the core's safe one-liner, translated;
library text (which can quote case data) is never shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import CancelledError
from ui.messages import user_message

__all__ = ["report_failure"]


def report_failure(context: QObject | None, error: BaseException) -> QMessageBox | None:
    """Show ``error`` in a window-modal box over ``context``'s window (or the active one).

    Not ``exec()``: a nested event loop would let queued DB results run under the box.
    A cancel is what the user asked for: nothing to show.
    """
    if isinstance(error, CancelledError):
        return None
    parent = context.window() if isinstance(context, QWidget) else QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Failure", "Izdeu"),
                      user_message(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("failureBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
