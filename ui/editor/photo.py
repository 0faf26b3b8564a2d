"""The person's photo in an open case: chosen from a file (stored as an attachment first, then
made the photo), shown scaled in the person's section, and let go when its file is removed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.model import Attachment
from app.store import CaseBundle
from ui.dialogs import FileDialogs
from ui.editor.person import scaled_photo
from ui.editor.sections import CaseSections
from ui.ops import DbOp
from ui.worker import DbWorker

__all__ = ["PersonPhoto"]


class PersonPhoto:
    """What the case editor (``owner``) does with the photo; ``bundle`` gives its loaded case."""

    def __init__(
        self,
        owner: QWidget,
        worker: DbWorker,
        dialogs: FileDialogs,
        sections: CaseSections,
        bundle: Callable[[], CaseBundle | None],
    ) -> None:
        self._owner = owner
        self._worker = worker
        self._dialogs = dialogs
        self._sections = sections
        self._bundle = bundle
        self._wanted = False  # the file being added was chosen as the photo

    def show(self) -> None:
        """Fetch and show the photo (when the person's section exists; else when it is built)."""
        bundle = self._bundle()
        if bundle is None:
            return
        person = self._sections.built_person()
        if person is None:
            return
        photo = bundle.case.person.photo_attachment
        if not photo:
            person.set_photo(None)
            return
        (
            DbOp(person, lambda s: s.store.attachment_bytes(photo))
            .then(scaled_photo)
            .success(person.show_photo)
            .failure(lambda _exc: person.set_photo(None))
            .run(self._worker)
        )

    def choose(self) -> None:
        """A file chosen by the user becomes an attachment, then the photo (see ``added``)."""
        path = self._dialogs.open_file(
            self._owner,
            QCoreApplication.translate("CaseEditor", "Choose a photo"),
            QCoreApplication.translate("CaseEditor", "Images (*.jpg *.jpeg *.png *.gif *.webp)"),
        )
        if path is None:
            return
        self._wanted = True
        self._sections.attachments.add_files([path])

    def added(self, attachment: Attachment) -> bool:
        """True when ``attachment`` is the photo chosen by ``choose``: the caller sets it."""
        if self._wanted and attachment.media_type.startswith("image/"):
            self._wanted = False
            return True
        return False

    def removed(self, uuid: str) -> None:
        """The removed file is no longer the person's photo."""
        bundle = self._bundle()
        if bundle is not None and bundle.case.person.photo_attachment == uuid:
            bundle.case.person.photo_attachment = ""
            person = self._sections.built_person()
            if person is not None:
                person.set_photo(None)
