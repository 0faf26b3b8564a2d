"""Merge a backup into the open vault: what changed, what was refused, and the conflicts to
review (ui/backup/conflicts.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from app.backup import ops
from app.labels.history import field_label, kind_label
from ui.backup.conflicts import ConflictsDialog
from ui.backup.opening import BackupSource, OpenDialog, signer_report
from ui.backup.task import Progress
from ui.dialogs import FileDialogs
from ui.i18n import current_language
from ui.isolate import ltr
from ui.worker import DbSession, DbWorker

__all__ = ["MergeDialog"]

_LISTED = 8  # conflicts named in the summary; the review window has them all


class MergeDialog(OpenDialog):
    """Merge a backup into the open vault and show what changed."""

    merged = Signal(object)  # ops.MergeSummary: refresh views if summary.changed

    def __init__(self, worker: DbWorker, dialogs: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(worker, dialogs, self.tr("Merge a backup"), self.tr("Merge"), parent)
        self.setObjectName("MergeDialog")
        self._worker = worker
        self.conflicts_dialog: ConflictsDialog | None = None
        self.review_button = QPushButton(self.tr("Review conflicts…"))
        self.review_button.setObjectName("reviewConflicts")
        self.review_button.clicked.connect(self.review_conflicts)
        self.buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button.hide()  # after addButton, which shows it

    def review_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self._worker, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflicts_dialog = dialog
        dialog.show()
        dialog.refresh()
        return dialog

    def operation(
        self, path: BackupSource, open_args: Callable[[], dict[str, Any]], signer: bytes | None
    ) -> Callable[[DbSession, Progress, Callable[[], bool]], Any]:
        assert isinstance(path, Path)  # one file: this window's form takes no chain

        def op(session: DbSession, progress: Progress, cancelled: Callable[[], bool]) -> Any:
            summary = ops.merge_backup(
                session.store, path, signer=signer, progress=progress, cancel=cancelled, **open_args()
            )
            # The case numbers of the first conflicts, for the summary (read here, on the DB thread).
            numbers = {
                c.case_uuid: session.store.get_case(c.case_uuid).case_number
                for c in summary.conflicts[:_LISTED]
            }
            return summary, numbers

        return op

    def show_result(self, outcome: Any) -> str:
        result, numbers = outcome
        self.merged.emit(result)
        report = signer_report(result.signer, result.trust)
        lines = [
            self.signer_text(report),
            self.tr("Added: %1").replace("%1", str(result.added)),
            self.tr("Updated: %1").replace("%1", str(result.updated)),
            self.tr("Conflicts (losing values kept): %1").replace("%1", str(result.conflicted)),
            self.tr("Unchanged: %1").replace("%1", str(result.unchanged)),
            self.tr("Deleted: %1").replace("%1", str(result.deleted)),
            self.tr("Kept deleted: %1").replace("%1", str(result.kept_deleted)),
        ]
        # Refusals protect this vault from what the device never held: always worth a look.
        if result.deletions_refused:
            lines.append(
                self.tr("Deletions refused (that device never held those records): %1").replace(
                    "%1", str(result.deletions_refused)
                )
            )
        if result.records_refused:
            lines.append(
                self.tr(
                    "Records refused (that device never held the records here, or "
                    "they are dated after the backup): %1"
                ).replace("%1", str(result.records_refused))
            )
        if result.times_clamped:
            lines.append(
                self.tr("Times after the backup was made, taken as its time: %1").replace(
                    "%1", str(result.times_clamped)
                )
            )
        if not result.changed:
            lines.append(self.tr("Nothing to change: everything in the backup is already here."))
        if result.conflicted:
            lines.append(
                self.tr(
                    "Where a field was changed on both sides the newer value was kept; review "
                    "the other values and choose."
                )
            )
            lang = current_language()
            for conflict in result.conflicts[:_LISTED]:
                fields = ", ".join(field_label(f, lang) for f in conflict.fields)
                number = ltr(numbers.get(conflict.case_uuid, ""))
                # The words first: they set the line's direction (Qt takes the first strong
                # character even inside an isolate, so a leading case number made it LTR).
                lines.append(f"  • {kind_label(conflict.kind, lang)} {number}: {fields}")
            if result.conflicted > _LISTED:
                lines.append(self.tr("  … and %1 more").replace("%1", str(result.conflicted - _LISTED)))
            self.review_button.show()
            self.review_button.setDefault(True)
        return "\n".join(lines)
