"""Spreadsheet import benchmark: a 10,000-row XLSX and CSV (Kazakh, Uyghur, Chinese names,
dates as people write them) read, checked and imported into a new vault.

Prints one JSON object: seconds for reading, checking (with the possible-duplicate search) and
the one-transaction import, and the process's peak resident memory after each phase; the
baseline is the same rows saved with ``Store.save_many`` (the cheapest way into the vault) in
the same run.

    .venv/bin/python bench/table_import_bench.py [--rows 10000]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # noqa: E402

from app.model import Case, Name  # noqa: E402
from app.store import Store  # noqa: E402
from app.tables.columns import guess_mapping  # noqa: E402
from app.tables.importer import apply_import, plan_import  # noqa: E402
from app.tables.sheet import read_sheet  # noqa: E402
from app.vault import KdfParams, Vault  # noqa: E402

KDF = KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
PASSPHRASE = "benchmark passphrase, fictional data only"
HEADERS = [
    "Аты-жөні",
    "ئىسمى",
    "姓名",
    "Туған күні",
    "Статус",
    "Дата исчезновения",
    "Аудан",
    "身份证号",
    "Notes",
]
FIRST = ["Нұрлан", "Әсел", "Ғалым", "Қайрат", "Мөлдір", "Ұлан", "Үміт", "Серік", "Айгүл", "Бақыт"]
LAST = ["Демоұлы", "Сынақова", "Тестов", "Үлгіұлы", "Мысалова"]
UG = ["ئەخمەت", "مەريەم", "تۇرسۇن", "گۈلنار", "ئابدۇللا"]
ZH = ["艾赛丽", "努尔兰", "加林", "凯拉特", "穆勒迪尔"]
STATUS = ["лагерь", "missing", "түрмеде", "prison", "задержан", "camp"]
DATES = ["март 2018", "2017", "05.03.2018", "2018 жылғы 5 наурыз", "~2019", "2018年3月"]


def _rows(count: int) -> list[list[str]]:
    r = random.Random(5)
    return [
        [
            f"{r.choice(FIRST)} {r.choice(LAST)}",
            r.choice(UG),
            r.choice(ZH),
            f"{r.randrange(1940, 2001)}-{r.randrange(1, 13):02d}",
            r.choice(STATUS),
            r.choice(DATES),
            r.choice(["Нылқы", "Күнес", "Текес", "Толы"]),
            f"6540{r.randrange(10**13, 10**14)}",
            "демо" * r.randrange(1, 20),
        ]
        for _ in range(count)
    ]


def _measure(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, seconds, the process's peak resident memory so far in MiB)."""
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return result, round(seconds, 2), round(peak, 1)


def _import(folder: Path, name: str, path: Path) -> dict[str, Any]:
    vault = Vault.create(folder / f"{name}.izdeu", PASSPHRASE, params=KDF)
    try:
        store = Store(vault)
        sheet, read_s, read_mb = _measure(lambda: read_sheet(path))
        mapping = guess_mapping(sheet.headers)
        plan, check_s, check_mb = _measure(lambda: plan_import(store, sheet, mapping))
        result, import_s, import_mb = _measure(lambda: apply_import(store, plan))
        return {
            "rows": len(sheet.rows),
            "cases": result.cases,
            "read_s": read_s,
            "read_peak_mib": read_mb,
            "check_s": check_s,
            "check_peak_mib": check_mb,
            "import_s": import_s,
            "import_peak_mib": import_mb,
        }
    finally:
        vault.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    rows = _rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        book = Workbook(write_only=True)
        sheet = book.create_sheet("cases")
        sheet.append(HEADERS)
        for row in rows:
            sheet.append(row)
        book.save(folder / "cases.xlsx")
        with open(folder / "cases.csv", "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(HEADERS)
            writer.writerows(rows)
        out: dict[str, Any] = {
            "xlsx": _import(folder, "x", folder / "cases.xlsx"),
            "csv": _import(folder, "c", folder / "cases.csv"),
        }
        vault = Vault.create(folder / "baseline.izdeu", PASSPHRASE, params=KDF)
        try:
            cases = []
            for row in rows:
                case = Case(case_number=f"B-{len(cases)}")
                case.person.names = [
                    Name(row[0], "kk-Cyrl"),
                    Name(row[1], "ug-Arab"),
                    Name(row[2], "zh-Hans"),
                ]
                cases.append(case)
            _r, seconds, peak = _measure(lambda: Store(vault).save_many(list(cases)))
            out["baseline_save_many"] = {"cases": len(cases), "s": seconds, "peak_mib": peak}
        finally:
            vault.close()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
