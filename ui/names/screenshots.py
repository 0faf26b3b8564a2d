"""Screenshots of the windows of one person in many cases — the Related cases tab, the merge
window with its side-by-side choices, the duplicate panel while a name is typed, the Possible
duplicates window — in en, ru, kk and ug (right to left), from fictional cases in a temporary
folder:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m ui.names.screenshots docs/screenshots

ui/screenshots_windows.py runs it too, after the backup windows.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.fsutil import make_private_dir

__all__ = ["LANGS", "linking_shots", "main"]

LANGS = ("en", "ru", "kk", "ug")
_PASSPHRASE = "screenshots only, fictional family 13"


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot step timed out")
        QTest.qWait(20)


def _grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QTest.qWait(250)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _count_is(count: Callable[[], object], wanted: object) -> Callable[[], bool]:
    return lambda: count() == wanted


def _labels_shown(panel: Any, wanted: int) -> Callable[[], bool]:
    """The panel replaces its list of labels on each answer: read it afresh."""
    return lambda: len(panel.labels) == wanted


def _family(path: Path) -> dict[str, str]:
    """One man reported twice (Cyrillic; Latin and Chinese), his brother and his father."""
    from app.model import Case, Certainty, Hometown, LinkKind, Name, PartialDate, Person
    from app.store import Store
    from app.vault import Vault

    made: dict[str, str] = {}
    with Vault.create(path, _PASSPHRASE) as vault:
        store = Store(vault)
        rows = (
            ("sister", "IZ-2026-0101", [("Нұрлан Жақсыбеков", "kk-Cyrl")], PartialDate(1985, 3, 12),
             "Жақсыбек Омарұлы", "мұғалім", "Ғұлжа"),
            ("cousin", "IZ-2026-0102", [("Nurlan Zhaksybekov", "kk-Latn"), ("努尔兰·加克斯别克", "zh-Hans")],
             PartialDate(1985), "Zhaksybek Omaruly", "teacher", "Kulja"),
            ("brother", "IZ-2026-0103", [("Ерлан Жақсыбеков", "kk-Cyrl")], PartialDate(1988),
             "Жақсыбек Омарұлы", "", ""),
            ("father", "IZ-2026-0104", [("Жақсыбек Омаров", "kk-Cyrl")], PartialDate(1957),
             "", "малшы", "Ғұлжа"),
        )  # fmt: skip
        for key, number, names, born, father, occupation, county in rows:
            case = Case(case_number=number)
            case.person = Person(
                names=[Name(text, script) for text, script in names],
                birth_date=born,
                father_name=father,
                occupation=occupation,
                hometown=Hometown(county=county),
                sex="male",
            )
            store.save(case)
            made[key] = case.uuid
        store.link_cases(made["sister"], made["cousin"], LinkKind.SAME_PERSON, Certainty.PROBABLE)
        store.link_cases(made["sister"], made["brother"], LinkKind.SIBLING, Certainty.CONFIRMED)
        store.link_cases(made["father"], made["sister"], LinkKind.PARENT, Certainty.CONFIRMED)
    return made


def _ask(worker: Any, fn: Callable[[Any], Any]) -> Any:
    from ui.ops import DbOp

    got: list[Any] = []
    DbOp(None, lambda s: fn(s.store)).success(got.append).run(worker)
    _wait(lambda: bool(got))
    return got[0]


def linking_shots(app: QApplication, out: Path, langs: tuple[str, ...] = LANGS, suffix: str = "") -> None:
    """The four windows in each of ``langs``, as ``<name>-<lang><suffix>.png`` (``-dark`` when
    the application already wears the dark theme, ui/screenshots_windows.py)."""
    from app.model import Name
    from ui.editor.person import PersonSection
    from ui.editor.related import RelatedSection
    from ui.fonts import install_fonts
    from ui.i18n import Translations
    from ui.names.dialog import DuplicatesDialog
    from ui.names.linking import CaseMergeDialog
    from ui.names.panel import DuplicatePanel
    from ui.worker import DbWorker

    install_fonts(app)  # Chinese and Arabic script as the app shows them
    folder = Path(tempfile.mkdtemp(prefix="izdeu-shots-family-"))
    made = _family(folder / "family.izdeu")
    worker = DbWorker()
    opened: list[object] = []
    worker.open_vault(folder / "family.izdeu", _PASSPHRASE, create=False, on_done=opened.append)
    _wait(lambda: bool(opened))
    rows = _ask(worker, lambda store: store.case_rows([made["sister"], made["cousin"]]))
    translations = Translations(app)
    # Every window stays referenced until the DB thread stops: one collected while an answer
    # for it is on its way crashes the process (the editor keeps its widgets the same way).
    kept: list[QWidget] = []
    for lang in langs:
        translations.apply(lang)
        related = RelatedSection(worker, made["sister"])
        kept.append(related)
        related.resize(900, 300)
        _wait(_count_is(related.table.rowCount, 3))
        related.show()
        related.activateWindow()
        related.table.setFocus()
        related.table.selectRow(0)
        _grab(related, out / f"related-cases-{lang}{suffix}.png")
        related.close()

        merge = CaseMergeDialog(worker, rows[0], rows[1])
        kept.append(merge)
        _wait(merge.merge_button.isEnabled)
        _grab(merge, out / f"case-merge-{lang}{suffix}.png")
        merge.close()

        # A third report: the given name alone, the year and the father's name, as typed.
        section = PersonSection()
        kept.append(section)
        panel = DuplicatePanel(worker, "", section.snapshot)
        section.add_under_names(panel)
        section.resize(1000, 760)
        section.names.set_names([Name("Nurlan", "kk-Latn")])
        section.birth_date.setText("1985")
        section.father_name.setText("Zhaksybek")
        panel.check_now()
        _wait(_labels_shown(panel, 2))
        _grab(section, out / f"duplicates-typing-{lang}{suffix}.png")
        section.close()

        window = DuplicatesDialog(worker)
        kept.append(window)
        window.resize(1000, 360)
        window.show()
        _wait(_count_is(window.tree.topLevelItemCount, 1))
        _wait(_count_is(window.stop.isEnabled, False))  # every case compared: nothing runs on
        _grab(window, out / f"possible-duplicates-{lang}{suffix}.png")
        window.close()
    translations.apply("en")
    worker.shutdown()
    kept.clear()


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    out = Path(args[0] if args else "docs/screenshots").resolve()
    make_private_dir(out)
    os.environ["IZDEU_HOME"] = tempfile.mkdtemp(prefix="izdeu-shots-")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    linking_shots(app, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
