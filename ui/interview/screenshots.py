"""Screenshots of each interview step in English, Kazakh and Uyghur (right to left), with
fictional data, for docs/screenshots/interview-<lang>-<n>.png:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m ui.interview.screenshots docs/screenshots

Uses a temporary data folder (IZDEU_HOME) so it never touches a real vault.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.fsutil import make_private_dir

__all__ = ["main"]

PASSPHRASE = "screenshots only, fictional cases 7"


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot step timed out")
        QTest.qWait(20)


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    out = Path(args[0] if args else "docs/screenshots").resolve()
    make_private_dir(out)
    home = Path(tempfile.mkdtemp(prefix="izdeu-shots-"))
    os.environ["IZDEU_HOME"] = str(home)

    from app.paths import Paths
    from app.vault import Vault
    from ui.interview.flow import InterviewFlow
    from ui.main import build
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    paths = Paths.default()
    paths.ensure()
    Vault.create(paths.default_vault, PASSPHRASE).close()
    photo = home / "portrait.png"
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("#7a8fa6"))
    image.save(str(photo))

    controller = build(app, paths)
    controller.settings.last_vault = paths.default_vault
    window = controller.start()
    window.unlock_passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    _wait(lambda: controller.main is not None)

    for lang in ("en", "kk", "ug"):
        if lang != "en":
            controller.settings.language = lang
            controller.apply_settings(language_changed=True)
        main_window = controller.main
        assert main_window is not None
        main_window.resize(1180, 860)
        before = len(main_window.editors())
        main_window.interview_action.trigger()

        def opened(mw: MainWindow = main_window, n: int = before) -> bool:
            return len(mw.editors()) > n and mw.editors()[-1].interview is not None

        _wait(opened)
        editor = main_window.editors()[-1]
        flow = editor.interview
        assert isinstance(flow, InterviewFlow)
        _wait(lambda: controller.worker.pending == 0)
        for index in range(6):
            flow.go(index)
            _fill(flow, lang, index, photo)
            _wait(lambda: controller.worker.pending == 0)
            QTest.qWait(200)
            # Scaled and with a palette: small files for the guides.
            shot = (
                main_window.grab()
                .toImage()
                .scaled(
                    944, 688, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
            shot.convertToFormat(
                QImage.Format.Format_Indexed8,
                Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
            ).save(str(out / f"interview-{lang}-{index + 1}.png"))
            print(f"wrote interview-{lang}-{index + 1}.png")
        flow.finish()
    controller.settings.language = "en"
    controller.dispose()
    controller.translations.apply("en")
    return 0


def _fill(flow: object, lang: str, index: int, photo: Path) -> None:
    from ui.interview.flow import InterviewFlow

    assert isinstance(flow, InterviewFlow)
    if index == 0:
        _fill_speaking(flow, lang)
    elif index == 1:
        _fill_missing(flow)
    elif index == 2:
        _fill_happened(flow)
    elif index == 3:
        _fill_words(flow, lang)
    elif index == 4:
        flow.files.add_files([photo])


def _fill_speaking(flow: object, lang: str) -> None:
    from ui.interview.flow import InterviewFlow

    assert isinstance(flow, InterviewFlow)
    s = flow.speaking
    s.name.setText("Гүлнар Серікқызы")
    s.relation.set_value("sister")
    s.language.setCurrentIndex(s.language.findData("ug" if lang == "ug" else "kk"))
    s.contact.setPlainText("+7 700 000 12 34")
    s.interviewer.setText("Demo Rights Centre (fictional)")
    s.how.set_value("oral")


def _fill_missing(flow: object) -> None:
    from ui.interview.flow import InterviewFlow

    assert isinstance(flow, InterviewFlow)
    page = flow.missing
    rows = page.names.rows()
    rows[0][0].setText("Ержан Серікұлы")
    rows[0][0].textEdited.emit("Ержан Серікұлы")
    page.names.add_button.click()
    text = page.names.rows()[1][0]
    text.setText("叶尔江·赛力克")
    text.textEdited.emit("叶尔江·赛力克")
    page.sex.set_value("male")
    page.birth_date.setText("1979")
    page.father_name.setText("Серік Тестұлы")
    page.ethnicity.set_value("kazakh")
    page.citizenships.set_value(["cn", "kz"])
    page.prefecture.setText("Іле")
    page.county.setText("Құлжа")


def _fill_happened(flow: object) -> None:
    from ui.interview.flow import InterviewFlow

    assert isinstance(flow, InterviewFlow)
    page = flow.happened
    page.disappeared_on.setText("2018-03")
    page.place.setText("Құлжа")
    page.perpetrators.setText("полиция")
    for kind, date, facility in (("arrest", "2018-03-05", "Құлжа"), ("camp-internment", "2018-04", "Қайнұқ")):
        page.add_act(kind)
        page.act_date.setText(date)
        page.facility.setText(facility)
    page.act_place.setText("Құлжа")


def _fill_words(flow: object, lang: str) -> None:
    from ui.interview.flow import InterviewFlow

    assert isinstance(flow, InterviewFlow)
    page = flow.words
    page.place.setText("Алматы")
    page.original.setPlainText(
        "ئىنىم 2018-يىلى مارتتا غۇلجىدا ساقچى تەرىپىدىن ئېلىپ كېتىلدى."
        if lang == "ug"
        else "Інім 2018 жылы наурызда Құлжада полиция алып кетті."
    )
    page.translation.setPlainText("My brother was taken by the police in Kulja in March 2018.")


if __name__ == "__main__":
    raise SystemExit(main())
