"""Screenshots of an imported phone video (H.264 + AAC mp4, written by PyAV) playing from the
vault in the attachments' player, two seconds in, in each language:

    xvfb-run -a .venv/bin/python -m tests.player_screenshots docs/screenshots

A temporary vault of one fictional case, in a temporary folder, removed afterwards.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from app.model import Attachment, Case
from app.store import Store
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.media_files import write_media
from tests.video_screenshots import _wait
from ui.fonts import install_fonts
from ui.i18n import Translations
from ui.media.player import PlayerDialog
from ui.worker import DbWorker

NAMES = {"en": "market-square.mp4", "ru": "площадь.mp4", "kk": "алаң.mp4", "ug": "مەيدان.mp4"}


def _grab_with_video(dialog: PlayerDialog) -> QPixmap:
    """``grab()`` cannot see the video surface (QVideoWidget draws through the RHI), so the
    frame its sink holds is painted where the widget is, as the screen has it."""
    picture = dialog.grab()
    video = dialog.panel.video
    frame = video.videoSink().videoFrame().toImage()
    area = video.geometry().translated(dialog.panel.pos())
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
        attachments: dict[str, Attachment] = {}
        with Vault.create(path, PASSPHRASE, params=FAST_KDF) as vault:
            store = Store(vault)
            case = Case(case_number="IZ-DEMO-PLAY")
            store.save(case)
            for lang, name in NAMES.items():
                media = write_media(Path(tmp) / name, "mp4", 4.0, seed=len(attachments))
                attachments[lang] = store.add_attachment_file(case.uuid, media)
                media.unlink()
        worker = DbWorker()
        opened: list[object] = []
        worker.open_vault(path, PASSPHRASE, create=False, on_done=opened.append)
        _wait(lambda: bool(opened))
        for lang, attachment in attachments.items():
            translations.apply(lang)
            dialog = PlayerDialog(worker, attachment)
            dialog.show()
            player = dialog.panel.player
            _wait(lambda: player.position() >= 2000)  # noqa: B023
            _wait(lambda: dialog.panel.video.videoSink().videoFrame().isValid())  # noqa: B023
            _grab_with_video(dialog).save(str(out / f"player-video-{lang}.png"))
            dialog.close()
            print(f"wrote player-video-{lang}.png")
        worker.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
