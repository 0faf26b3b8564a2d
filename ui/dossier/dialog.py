""" "Dossier…": pick a recipient profile and a language, preview, save, print, or make a batch.

The dialog gets what it needs instead of finding it (no main-window lookups):

- ``worker``: the one DB thread (operations run through :class:`ui.ops.DbOp`);
- ``case_uuids``: one case (preview, save, print) or several (batch into a folder);
- ``dialogs``: the app's :class:`ui.dialogs.FileDialogs` (tests queue answers there);
  ``choose_folder`` asks for the batch folder (a seam for tests as well).

The DB thread only reads the case; the PDF is rendered in memory off it (a thread of
``ui.ops.render_pool`` for a preview, child processes for a batch: ui/dossier/batch_run.py), so
saves and the lock do not wait behind ReportLab. It is shown with QtPdf from a QBuffer: no
temporary file ever holds it. Saving is atomic and recorded in the vault's audit log with the SHA-256;
"record as sent" also adds the step (an intervention carrying the SHA-256).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dossier.batch import BatchResult, dossier_file_name
from app.dossier.builder import Dossier, DossierOptions, build_dossier, load_source
from app.dossier.pool import process_pool
from app.dossier.signed import sign_dossier, signature_options
from app.errors import IzdeuError
from ui.button_box import ACCEPT, ACTION, REJECT, button_box
from ui.dossier.batch_run import BatchRun
from ui.dossier.checks import missing_text, not_enforced_text
from ui.dossier.printing import print_document
from ui.dossier.signing_row import SigningRow
from ui.isolate import ltr
from ui.messages import user_message
from ui.ops import DbOp, Latest, OpProgress
from ui.worker import DbSession, DbWorker

__all__ = ["DossierDialog"]


class DossierDialog(QDialog):
    """Generate dossiers for ``case_uuids``; see the module docstring for what is injected."""

    def __init__(
        self,
        worker: DbWorker,
        case_uuids: list[str],
        *,
        dialogs: Any,
        organisation: str = "",
        case_number: str = "",
        choose_folder: Callable[[QWidget], Path | None] | None = None,
        batch_pool: Callable[[], Executor] = process_pool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not case_uuids:
            raise ValueError("no case given")
        self._worker = worker
        self._batch_pool = batch_pool
        self._uuids = list(case_uuids)
        self._dialogs = dialogs
        self._case_number = case_number
        self._choose_folder = choose_folder or self._ask_folder
        self.dossier: Dossier | None = None
        self.batch_result: BatchResult | None = None
        self.last_error: BaseException | None = None
        self.saved_path: Path | None = None
        self.batch_progress = OpProgress(self)
        self.batch_progress.changed.connect(self._on_step)
        self._batch: BatchRun | None = None
        self._previews = Latest()  # only the newest preview is shown
        self.setWindowTitle(self.tr("Dossier"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 760)

        self.profile = QComboBox()
        for code, text in (
            ("wgeid", self.tr("UN Working Group (WGEID)")),
            ("ministry", self.tr("Ministry (covering letter first)")),
            ("public", self.tr("NGO / public (identities as consented)")),
        ):
            self.profile.addItem(text, code)
        self.lang = QComboBox()
        for code, text in (("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")):
            self.lang.addItem(text, code)
        self.organisation = QLineEdit(organisation)
        self.organisation.setPlaceholderText(self.tr("Organisation submitting the dossier"))
        self.sheet = QCheckBox(self.tr("One-page summary (protest file, press briefing)"))
        self.record_sent = QCheckBox(self.tr("Record as sent to:"))
        self.addressee = QLineEdit()
        self.addressee.setEnabled(False)
        self.record_sent.toggled.connect(self.addressee.setEnabled)

        form = QFormLayout()
        form.addRow(self.tr("Recipient"), self.profile)
        form.addRow(self.tr("Language of labels"), self.lang)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow("", self.sheet)
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.record_sent)
        sent_row.addWidget(self.addressee, 1)
        if len(self._uuids) == 1:  # a batch is not sent anywhere yet: no step to record
            form.addRow(sent_row)
        else:
            self.record_sent.setVisible(False)
            self.addressee.setVisible(False)

        self.signing = SigningRow(worker, dialogs, self)
        self.signing.changed.connect(self._options_changed)
        form.addRow(self.tr("Signature"), self.signing)
        self.use_ministry = QPushButton(self.tr("Use the ministry profile"))
        self.use_ministry.setVisible(False)
        self.use_ministry.clicked.connect(self._to_ministry)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setVisible(False)

        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.batch_button = QPushButton(self.tr("Make %n dossier(s) into a folder…", "", len(self._uuids)))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        single = len(self._uuids) == 1
        buttons = button_box(
            (self.preview_button, ACTION),
            (self.print_button, ACTION),
            (self.save_button, ACCEPT),
            (self.batch_button, ACCEPT),
            (self.cancel_button, REJECT),
            (self.close_button, REJECT),
        )
        # After the box: adding a button to it shows the button.
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setVisible(single)
        self.batch_button.setVisible(not single)
        self.cancel_button.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        self.view.setVisible(single)
        layout.addWidget(self.status)
        layout.addWidget(self.use_ministry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)

        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_dossier)
        self.batch_button.clicked.connect(self.batch)
        self.cancel_button.clicked.connect(self.batch_progress.cancel)
        self.close_button.clicked.connect(self.close)
        for combo in (self.profile, self.lang):
            combo.currentIndexChanged.connect(self._options_changed)
        self.organisation.editingFinished.connect(self._options_changed)
        self.sheet.toggled.connect(self._options_changed)
        self._set_ready(False)

    # --- state -------------------------------------------------------------------------------

    def options(self) -> DossierOptions:
        options = DossierOptions(
            profile=self.profile.currentData(),
            lang=self.lang.currentData(),
            organisation=self.organisation.text().strip(),
            sheet=self.sheet.isChecked(),
        )
        identity = self.signing.identity()
        return signature_options(options, identity) if identity is not None else options

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _busy(self, busy: bool) -> None:
        for widget in (self.profile, self.lang, self.organisation, self.preview_button, self.batch_button):
            widget.setEnabled(not busy)
        if busy:
            self._set_ready(False)

    def _options_changed(self) -> None:
        # A dossier made with other options must not be saved by mistake.
        self._clear_preview()
        self.use_ministry.setVisible(False)
        if len(self._uuids) == 1:
            self.status.setText(self.tr("Options changed: press Preview to make the dossier."))

    def _to_ministry(self) -> None:
        self.profile.setCurrentIndex(self.profile.findData("ministry"))

    def _fail(self, error: BaseException) -> None:
        self.last_error = error
        self._busy(False)
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        # Library error text can quote case data; only our own messages are shown.
        message = (
            user_message(error)
            if isinstance(error, IzdeuError)
            else self.tr("The dossier could not be made.")
        )
        self.status.setText(message)

    # --- one case ----------------------------------------------------------------------------

    def preview(self) -> None:
        options = self.options()
        identity = self.signing.identity()
        uuid = self._uuids[0]
        self._busy(True)
        self.status.setText(self.tr("Making the dossier…"))
        op = DbOp(self, lambda session: load_source(session.store, uuid)).then(
            lambda source: build_dossier(source, options)
        )
        if identity is not None:
            op = op.then(lambda dossier: sign_dossier(dossier, identity))
        (op.latest(self._previews).success(self._show).failure(self._fail).run(self._worker))

    def _show(self, dossier: Dossier) -> None:
        self._busy(False)
        self._clear_preview()
        self.dossier = dossier
        self._buffer.setData(QByteArray(dossier.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._set_ready(True)
        text = self.tr("%n page(s). SHA-256: ", "", dossier.pages) + dossier.sha256
        if dossier.testimonies_excluded:
            text += "\n" + self.tr(
                "%n testimony(ies) left out: the witness's consent does "
                "not cover this recipient or was withdrawn.",
                "",
                dossier.testimonies_excluded,
            )
        if dossier.signer:
            # Isolated left-to-right: in a Uyghur sentence the hex would otherwise be reordered.
            fingerprint = f"\u2066{dossier.signer}\u2069"
            text += "\n" + self.tr("Signed; certificate SHA-256 %1.").replace("%1", fingerprint)
        for warning in (missing_text(dossier), not_enforced_text(dossier)):
            if warning:
                text += "\n" + warning
        self.use_ministry.setVisible(dossier.not_enforced and dossier.profile == "wgeid")
        self.status.setText(text)

    def _clear_preview(self) -> None:
        self.dossier = None
        self._set_ready(False)
        self.document.close()
        if self._buffer.isOpen():
            self._buffer.close()
        self._buffer.setData(QByteArray())

    def save(self) -> None:
        from app.dossier.builder import write_dossier
        from app.dossier.record import record_dossier

        dossier = self.dossier
        if dossier is None:
            return
        warning = " ".join(t for t in (missing_text(dossier), not_enforced_text(dossier)) if t)
        if warning and not self._dialogs.confirm(
            self, self.tr("Save the dossier"), warning + "\n\n" + self.tr("Save it anyway?")
        ):
            return
        suggested = dossier_file_name(dossier.case_number, dossier.case_uuid, self.options())
        path = self._dialogs.save_file(self, self.tr("Save the dossier"), suggested, self.tr("PDF (*.pdf)"))
        if path is None:
            return
        path = Path(path)
        sent = self.record_sent.isChecked()
        addressee = self.addressee.text().strip()

        def op(session: DbSession) -> Path:
            write_dossier(dossier, path)
            record_dossier(
                session.store, dossier, addressee=addressee, create_intervention=sent, file_name=path.name
            )
            return path

        self._busy(True)
        DbOp(self, op).success(self._saved).failure(self._fail).run(self._worker)

    def _saved(self, path: Path) -> None:
        self._busy(False)
        self._set_ready(self.dossier is not None)
        self.saved_path = path
        self.status.setText(self.tr("Saved to %1.").replace("%1", ltr(str(path))))

    def print_dossier(self) -> None:
        if self.dossier is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render every page of the preview onto ``printer``; returns the pages printed."""
        return print_document(self.document, printer)

    # --- many cases ----------------------------------------------------------------------------

    def _ask_folder(self, parent: QWidget) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, self.tr("Folder for the dossiers"))
        return Path(name) if name else None

    def batch(self) -> None:
        folder = self._choose_folder(self)
        if folder is None:
            return
        run = BatchRun(
            self._worker,
            self._uuids,
            folder,
            self.options(),
            self.batch_progress,
            self,
            pool=self._batch_pool,
            identity=self.signing.identity(),
        )
        run.finished.connect(self._batch_done)
        run.failed.connect(self._fail)
        self._batch = run
        self._busy(True)
        self.progress.setRange(0, len(self._uuids))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.status.setText(self.tr("Making dossiers…"))
        run.start()

    def _on_step(self, _phase: str, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _batch_done(self, result: BatchResult) -> None:
        self.batch_result = result
        self._busy(False)
        self.cancel_button.setVisible(False)
        text = self.tr("%n dossier(s) written.", "", len(result.written))
        if result.failed:
            text += " " + self.tr("%n case(s) failed.", "", len(result.failed))
        if result.cancelled:
            text += " " + self.tr("Cancelled.")
        if result.covering_list is not None:
            text += " " + self.tr("Covering list: %1.").replace("%1", result.covering_list.name)
        self.status.setText(text)

    # --- closing -------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._stop_batch()
        self._clear_preview()
        self.signing.forget()
        super().done(result)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self._stop_batch()
        self._clear_preview()
        self.signing.forget()
        super().closeEvent(event)

    def _stop_batch(self) -> None:
        # A running batch writes nothing more; the children finish their case and exit.
        self.batch_progress.cancel()
        if self._batch is not None:
            self._batch.stop()
