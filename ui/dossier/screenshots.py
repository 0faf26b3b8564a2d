"""Screenshots of the PKCS#12 import window (English and Uyghur, right to left), with a fictional
organisation and a wrong password typed, for docs/screenshots/pkcs12-import-<lang>.png, and of
the dossier window's signing row (dossier-signing-row-<lang>.png):

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m ui.dossier.screenshots docs/screenshots

Uses a temporary data folder (IZDEU_HOME) and temporary files, never a real vault or key.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.fsutil import make_private_dir

__all__ = ["main"]

PASSPHRASE = "screenshots only, fictional cases 7"
FILE_PASSWORD = "fictional p12 password"


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

    from app.model import Case, Name, Person
    from app.signing import create_identity, identity_to_file
    from ui.dialogs import FileDialogs
    from ui.dossier import DossierDialog
    from ui.i18n import Translations
    from ui.ops import DbOp
    from ui.worker import DbWorker

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translations = Translations(app)
    p12 = home / "steppe-desk.p12"
    identity_to_file(create_identity("Steppe Desk (fictional)"), p12, FILE_PASSWORD)
    worker = DbWorker()
    opened: list[object] = []
    worker.open_vault(home / "shots.izdeu", PASSPHRASE, create=True, on_done=opened.append)
    _wait(lambda: bool(opened))
    case = Case(case_number="IZ-2024-0001", person=Person(names=[Name("Ayjan Tursun", "en")]))
    saved: list[object] = []
    DbOp(None, lambda s: s.store.save(case)).success(saved.append).run(worker)
    _wait(lambda: bool(saved))
    for lang in ("en", "ug"):
        translations.apply(lang)
        dialogs = FileDialogs()
        window = DossierDialog(worker, [case.uuid], dialogs=dialogs, organisation="Steppe Desk (fictional)")
        window.show()
        row = window.signing
        _wait(row.create_button.isVisible)
        QTest.qWait(200)
        window.grab().save(str(out / f"dossier-signing-row-{lang}.png"))
        print(f"wrote {out / f'dossier-signing-row-{lang}.png'}")
        dialogs.queue_answer(p12)
        importer = row.import_file()
        assert importer is not None
        QTest.keyClicks(importer.password, "not the password")
        importer.import_button.click()
        _wait(importer.error.isVisible)
        QTest.qWait(200)
        path = out / f"pkcs12-import-{lang}.png"
        importer.grab().save(str(path))
        print(f"wrote {path}")
        importer.reject()
        window.close()
        window.deleteLater()
    translations.apply("en")
    worker.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
