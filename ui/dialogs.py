"""File dialogs behind one seam, so tests can supply the answers (KeePassXC ``setNextFileName``)."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

__all__ = ["FileDialogs"]


class FileDialogs:
    """Ask for file names and confirmations; ``queue_answer``/``queue_confirm`` answer the next
    call instead (tests)."""

    def __init__(self) -> None:
        self._answers: deque[Path | None] = deque()
        self._confirms: deque[bool] = deque()

    def queue_confirm(self, answer: bool) -> None:
        self._confirms.append(answer)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        if self._confirms:
            return self._confirms.popleft()
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return (
            QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
            == QMessageBox.StandardButton.Yes
        )

    def queue_answer(self, path: Path | str | None) -> None:
        self._answers.append(Path(path) if path is not None else None)

    def _next(self) -> tuple[bool, Path | None]:
        if self._answers:
            return True, self._answers.popleft()
        return False, None

    def open_file(self, parent: QWidget | None, title: str, filter_: str = "") -> Path | None:
        queued, answer = self._next()
        if queued:
            return answer
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filter_)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, filter_: str = "") -> list[Path]:
        queued, answer = self._next()
        if queued:
            return [answer] if answer else []
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", filter_)
        return [Path(n) for n in names]

    def open_folder(self, parent: QWidget | None, title: str) -> Path | None:
        queued, answer = self._next()
        if queued:
            return answer
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str = "", filter_: str = ""
    ) -> Path | None:
        queued, answer = self._next()
        if queued:
            return answer
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_)
        return Path(name) if name else None
