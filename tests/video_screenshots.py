"""Screenshots of the "Record video" panel while it records generated frames (there is no
camera here), in each language, and of its refused-camera line:

    xvfb-run -a .venv/bin/python -m tests.video_screenshots docs/screenshots

A temporary vault of one fictional case, in a temporary folder, removed afterwards.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap
from PySide6.QtMultimedia import QCameraDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.model import Case
from app.store import Store
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.video_frames import GeneratedCamera
from ui.fonts import install_fonts
from ui.i18n import Translations
from ui.media.video_widget import VideoRecorderWidget
from ui.worker import DbWorker


def _wait(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot step timed out")
        QTest.qWait(20)


def _grab_with_preview(panel: VideoRecorderWidget) -> QPixmap:
    """``grab()`` cannot see the video surface (QVideoWidget draws through the RHI), so the
    frame the preview's sink shows now is painted where the preview is, as the screen has it."""
    picture = panel.grab()
    frame = panel.preview.videoSink().videoFrame().toImage()
    area = panel.preview.geometry()
    scaled = frame.scaled(
        area.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    painter = QPainter(picture)
    painter.fillRect(area, QColor("black"))
    painter.drawImage(
        area.x() + (area.width() - scaled.width()) // 2,
        area.y() + (area.height() - scaled.height()) // 2,
        scaled,
    )
    painter.end()
    return picture


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    app = QApplication(sys.argv[:1])
    from app.vault import kdf

    kdf.DEFAULT_PARAMS = FAST_KDF  # a throwaway vault: opened quickly
    install_fonts(app)
    translations = Translations(app)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shots.izdeu"
        with Vault.create(path, PASSPHRASE, params=FAST_KDF) as vault:
            case = Case(case_number="IZ-DEMO-VIDEO")
            Store(vault).save(case)
        worker = DbWorker()
        opened: list[object] = []
        worker.open_vault(path, PASSPHRASE, create=False, on_done=opened.append)
        _wait(lambda: bool(opened))
        for lang in ("en", "ru", "kk", "ug"):
            translations.apply(lang)
            panel = VideoRecorderWidget(worker, case.uuid)
            panel.resize(520, 460)
            camera = GeneratedCamera(panel.session, size=(640, 480))
            panel.cameras.addItem("Generated camera")
            panel.record_button.setEnabled(True)
            panel.show()
            QTest.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
            camera.start()
            _wait(lambda: panel.elapsed.text() == "0:02")  # noqa: B023
            _grab_with_preview(panel).save(str(out / f"video-recording-{lang}.png"))
            saved: list[object] = []
            panel.recorded.connect(saved.append)
            QTest.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
            camera.stop()
            _wait(lambda: bool(saved))  # noqa: B023
            panel.close()
            refused = VideoRecorderWidget(worker, case.uuid)
            refused.resize(520, 160)
            QGuiApplication.checkPermission = lambda _app, _p: Qt.PermissionStatus.Denied  # type: ignore[method-assign]
            refused._set_camera(QCameraDevice())
            refused.preview.hide()
            refused.cameras.addItem("Generated camera")
            refused.show()
            QTest.qWait(200)
            refused.grab().save(str(out / f"video-refused-{lang}.png"))
            del QGuiApplication.checkPermission
            refused.close()
            print(f"wrote video-recording-{lang}.png, video-refused-{lang}.png")
        worker.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
