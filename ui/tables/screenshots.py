"""Screenshots of the spreadsheet mapping window and the Statistics tab (en, kk, ug), from a
fresh demo vault of fictional cases and a fictional spreadsheet.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m ui.tables.screenshots docs/screenshots

Uses a temporary data folder (IZDEU_HOME) so it never touches a real vault.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.fsutil import make_private_dir
from ui.screenshots import _grab, _wait

__all__ = ["main", "SAMPLE"]

# Fictional rows as an organisation's sheet has them: Russian and Kazakh headers, several
# scripts, dates written by hand, one impossible date and one unknown status.
SAMPLE = (
    "ФИО;Аты-жөні;ئىسمى;姓名;Туған күні;Статус;Дата исчезновения;Аудан;身份证号\r\n"
    "Асель Демова;Әсел Демоқызы;ئەسەل دېمو;艾赛丽;12.02.1980;лагерь;март 2018;Нылқы;654028198002121234\r\n"
    "Кайрат Тестов;Қайрат Тестұлы;قايرات تېست;凯拉特;1975;түрмеде;2017 жылғы 5 наурыз;Күнес;\r\n"
    "Молдир Пример;Мөлдір Мысалқызы;مۆلدىر;;31.02.1990;missing;~2019;Текес;\r\n"
    "Ерлан Образцов;Ерлан Үлгіұлы;;叶尔兰;1968-07;неизвестно;2018年3月;Толы;\r\n"
    "Гульнар Демо;Гүлнар Демо;گۈلنار دېمو;古丽娜尔;1991;задержан;05.11.2018;Тоқсан;\r\n"
)


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    out = Path(args[0] if args else "docs/screenshots").resolve()
    make_private_dir(out)
    home = Path(tempfile.mkdtemp(prefix="izdeu-shots-"))
    os.environ["IZDEU_HOME"] = str(home)
    sheet = home / "volunteers-2019.csv"
    sheet.write_bytes(SAMPLE.encode("utf-8-sig"))

    from app.paths import Paths
    from ui.main import build
    from ui.unlock.window import DEMO_PASSPHRASE

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    controller = build(app, Paths.default())
    window = controller.start()
    window.welcome_demo.click()
    _wait(lambda: window.pages.currentWidget() is window.unlock_page)
    window.unlock_passphrase.setText(DEMO_PASSPHRASE)
    window.unlock_button.click()
    _wait(lambda: controller.main is not None)

    for lang in ("en", "kk", "ug"):
        if lang != "en":
            controller.settings.language = lang
            controller.apply_settings(language_changed=True)
        main_window = controller.main
        assert main_window is not None
        main_window.resize(1360, 840)

        def idle() -> bool:
            return controller.worker.pending == 0

        _wait(idle)
        dialog = main_window.tables.open_import()
        dialog.resize(1180, 780)
        dialog.open_path(sheet)
        _wait(lambda: dialog.sheet is not None and idle())  # noqa: B023 - waited for at once
        dialog.check()
        _wait(lambda: dialog.plan is not None)  # noqa: B023
        _grab(dialog, out / f"import-mapping-{lang}.png")
        dialog.close()
        main_window.tabs.setCurrentWidget(main_window.statistics)
        statistics = main_window.statistics
        _wait(lambda: statistics.report is not None and idle())  # noqa: B023
        statistics.figures.setCurrentRow(3)  # by prefecture
        _grab(main_window, out / f"statistics-{lang}.png")
        main_window.tabs.setCurrentIndex(0)
    controller.settings.language = "en"
    controller.dispose()
    controller.translations.apply("en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
