"""The statistics of a vault (or of the cases a list filter shows): every figure counted by the
store (app/store/stats.py), worded per language, as JSON or CSV."""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.fsutil import atomic_writer
from app.labels import label
from app.labels.wording import Wording as W
from app.model.coded import other_text
from app.model.codes import Ethnicity, PersonStatus, Sex
from app.model.wgeid import CASE_ELEMENTS
from app.store import CaseQuery, Store
from app.tables.exporter import neutralise

__all__ = ["FIGURES", "TITLES", "Report", "compute", "division_names", "key_label", "write_csv", "to_json"]

# In the order the tab, the CLI and the PDF show them.
FIGURES = (
    "person_status",
    "year",
    "month",
    "prefecture",
    "county",
    "id_prefecture",
    "id_county",
    "facility",
    "facility_kind",
    "sex",
    "age",
    "ethnicity",
)
TITLES: dict[str, W] = {
    "person_status": W(
        "By person's status", "По статусу человека", "Адамның жағдайы бойынша", "كىشىنىڭ ئەھۋالى بويىچە"
    ),
    "year": W(
        "By year of disappearance", "По году исчезновения", "Жоғалған жылы бойынша", "يوقالغان يىلى بويىچە"
    ),
    "month": W(
        "By month of disappearance", "По месяцу исчезновения", "Жоғалған айы бойынша", "يوقالغان ئېيى بويىچە"
    ),
    "prefecture": W(
        "By prefecture (hometown)",
        "По округу (родные места)",
        "Аймақ бойынша (туған жері)",
        "ۋىلايەت بويىچە (يۇرتى)",
    ),
    "county": W(
        "By county (hometown)",
        "По уезду (родные места)",
        "Аудан бойынша (туған жері)",
        "ناھىيە بويىچە (يۇرتى)",
    ),
    "id_prefecture": W(
        "By prefecture (PRC ID number)",
        "По округу (номер удостоверения КНР)",
        "Аймақ бойынша (ҚХР куәлік нөмірі)",
        "ۋىلايەت بويىچە (كىملىك نومۇرى)",
    ),
    "id_county": W(
        "By county (PRC ID number)",
        "По уезду (номер удостоверения КНР)",
        "Аудан бойынша (ҚХР куәлік нөмірі)",
        "ناھىيە بويىچە (كىملىك نومۇرى)",
    ),
    "facility": W("By facility", "По учреждению", "Мекеме бойынша", "ئورۇن بويىچە"),
    "facility_kind": W("By facility kind", "По типу учреждения", "Мекеме түрі бойынша", "ئورۇن تۈرى بويىچە"),
    "sex": W("By sex", "По полу", "Жынысы бойынша", "جىنسى بويىچە"),
    "age": W(
        "By age at disappearance",
        "По возрасту при исчезновении",
        "Жоғалған кездегі жасы бойынша",
        "يوقالغاندىكى يېشى بويىچە",
    ),
    "ethnicity": W("By ethnicity", "По национальности", "Ұлты бойынша", "مىللىتى بويىچە"),
    "interventions": W("Interventions", "Обращения", "Өтініштер", "ئىلتىماسلار"),
    "wgeid": W(
        "Cases missing WGEID elements",
        "Дела без элементов РГННИ",
        "ЕЖЖТ элементтері жоқ істер",
        "WGEID ئېلېمېنتلىرى كەم دېلولار",
    ),
}
_NOT_RECORDED = W("not recorded", "не указано", "көрсетілмеген", "كۆرسىتىلمىگەن")
_INTERVENTION_WORDS = {
    "recorded": W("recorded", "записано", "жазылған", "خاتىرىلەنگەن"),
    "sent": W("sent", "отправлено", "жіберілген", "ئەۋەتىلگەن"),
    "answered": W("answered", "получен ответ", "жауап келген", "جاۋاب كەلگەن"),
    "overdue": W(
        "follow-up overdue", "просрочено напоминание", "қайта сұрау мерзімі өткен", "قايتا سوراش ۋاقتى ئۆتكەن"
    ),
}
_ELEMENT_WORDS = {
    "any": W("any element", "любой элемент", "кез келген элемент", "ھەرقانداق ئېلېمېنت"),
    "a": W("(a) name", "(a) имя", "(a) аты-жөні", "(a) ئىسمى"),
    "b": W(
        "(b) date (month and year)",
        "(b) дата (месяц и год)",
        "(b) күні (айы мен жылы)",
        "(b) ۋاقتى (ئاي ۋە يىل)",
    ),
    "c": W("(c) place", "(c) место", "(c) орны", "(c) ئورنى"),
    "d": W(
        "(d) believed responsible",
        "(d) предполагаемые исполнители",
        "(d) күдікті орган",
        "(d) گۇماندار ئورگان",
    ),
    "e": W("(e) steps taken", "(e) предпринятые шаги", "(e) жасалған қадамдар", "(e) ئېلىنغان تەدبىرلەر"),
}


@dataclass
class Report:
    total: int
    query: CaseQuery
    figures: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    interventions: dict[str, int] = field(default_factory=dict)
    wgeid: dict[str, int] = field(default_factory=dict)
    made: str = ""


@functools.lru_cache(maxsize=4096)
def _division(code: str) -> str:
    """The name GB/T 2260 gives a six-digit code (python-stdnum's table, in Chinese)."""
    from stdnum import numdb

    parts = numdb.get("cn/loc").info(code)
    names = [props.get("county", "") for _part, props in parts if props.get("county")]
    if not names:
        return ""
    # Entries look like "[2001-]伊宁县" or "[1983-2000]X,[2001-]Y": the newest name.
    newest = names[-1].split(",")[-1]
    return newest.split("]", 1)[-1]


def division_names(code: str) -> tuple[str, str]:
    """(prefecture, county) named by a PRC ID number's first six digits; the code itself
    where the table does not know it."""
    prefecture = _division(code[:4] + "00") or code[:4] + "00"
    county = _division(code) or code
    return prefecture, county


def _by_id(rows: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    prefectures: dict[str, int] = {}
    counties: dict[str, int] = {}
    for code, count in rows:
        if not code:
            continue
        prefecture, county = division_names(code)
        prefectures[prefecture] = prefectures.get(prefecture, 0) + count
        name = f"{prefecture} / {county}"
        counties[name] = counties.get(name, 0) + count

    def ordered(counts: dict[str, int]) -> list[tuple[str, int]]:
        return sorted(counts.items(), key=lambda r: (-r[1], r[0]))

    return ordered(prefectures), ordered(counties)


def compute(store: Store, query: CaseQuery | None = None) -> Report:
    query = query or CaseQuery()
    report = Report(
        store.count_cases(query), query, made=_dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    )
    for figure in FIGURES:
        if figure.startswith("id_"):
            continue
        rows = store.count_by(figure, query)
        if figure in ("year", "month"):
            rows.sort(key=lambda r: (r[0] == "", r[0]))
        report.figures[figure] = rows
    report.figures["id_prefecture"], report.figures["id_county"] = _by_id(
        store.count_by("id_division", query)
    )
    report.figures = {f: report.figures[f] for f in FIGURES}
    report.interventions = store.intervention_counts(query)
    report.wgeid = store.wgeid_gaps(query, CASE_ELEMENTS)
    return report


def key_label(figure: str, key: str, lang: str) -> str:
    """A figure's key in words: a code by its label, "" as "not recorded"."""
    if not key:
        return _NOT_RECORDED.get(lang)
    words = other_text(key)
    if words is not None:
        return words  # "other:" and what the person typed
    if figure == "person_status":
        return label(PersonStatus, key, lang)
    if figure == "sex":
        return label(Sex, key, lang)
    if figure == "ethnicity":
        return label(Ethnicity, key, lang)
    return key


def summary_rows(report: Report, lang: str) -> dict[str, list[tuple[str, int]]]:
    """The interventions and WGEID counts as (label, count) rows."""
    return {
        "interventions": [
            (_INTERVENTION_WORDS[k].get(lang), report.interventions.get(k, 0)) for k in _INTERVENTION_WORDS
        ],
        "wgeid": [(_ELEMENT_WORDS[k].get(lang), report.wgeid.get(k, 0)) for k in _ELEMENT_WORDS],
    }


def labelled(report: Report, lang: str) -> list[tuple[str, str, list[tuple[str, int]]]]:
    """(figure, title, [(label, count)]) of every figure, in order, in ``lang``."""
    out = [
        (figure, TITLES[figure].get(lang), [(key_label(figure, k, lang), n) for k, n in rows])
        for figure, rows in report.figures.items()
    ]
    for figure, rows in summary_rows(report, lang).items():
        out.append((figure, TITLES[figure].get(lang), rows))
    return out


def to_json(report: Report) -> dict[str, Any]:
    return {
        "total_cases": report.total,
        "figures": {f: [{"key": k, "cases": n} for k, n in rows] for f, rows in report.figures.items()},
        "interventions": report.interventions,
        "wgeid_missing": report.wgeid,
    }


def write_csv(report: Report, path: Path | str, lang: str = "en") -> None:
    """figure, label, count per line (UTF-8 with BOM for Excel); atomic, owner-only."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["figure", "value", "cases"])
    writer.writerow(["total", "", report.total])
    for _figure, title, rows in labelled(report, lang):
        for text, count in rows:
            # Values can be text typed by a person (a facility's name): never a formula.
            writer.writerow([title, neutralise(text), count])
    with atomic_writer(Path(path)) as fh:
        fh.write(("\ufeff" + buffer.getvalue()).encode("utf-8"))
