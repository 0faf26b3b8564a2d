"""The words of dates as people say them in English, Russian, Kazakh and Uyghur.

Keys are lower case (``casefold``); app/model/date_input.py reads a typed date with them.
"""

from __future__ import annotations

__all__ = [
    "MONTH_NAMES",
    "RU_GENITIVE",
    "MONTH_WORDS",
    "YEAR_WORDS",
    "MONTH_NUMBER_WORDS",
    "DAY_WORDS",
    "FILLER",
    "ABOUT",
    "TODAY",
]


# The twelve month names of each language, as dates are written out (PartialDate.display) and
# read back; Russian also in the genitive ("12 марта").
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "ru": (
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ),
    "kk": (
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ),
    "ug": (
        "يانۋار",
        "فېۋرال",
        "مارت",
        "ئاپرېل",
        "ماي",
        "ئىيۇن",
        "ئىيۇل",
        "ئاۋغۇست",
        "سېنتەبىر",
        "ئۆكتەبىر",
        "نويابىر",
        "دېكابىر",
    ),
}
RU_GENITIVE: tuple[str, ...] = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)


def _months(*rows: tuple[str, ...]) -> dict[str, int]:
    """Each row: the twelve forms of one kind (nominative, genitive, abbreviation…)."""
    table: dict[str, int] = {}
    for row in rows:
        assert len(row) == 12
        for number, word in enumerate(row, start=1):
            table.setdefault(word.casefold(), number)
    return table


MONTH_WORDS: dict[str, int] = _months(
    # English, full and abbreviated
    MONTH_NAMES["en"],
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    ("jan", "febr", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"),
    # Russian: nominative ("март 2018"), genitive ("12 марта"), prepositional ("в марте")
    MONTH_NAMES["ru"],
    RU_GENITIVE,
    (
        "январе",
        "феврале",
        "марте",
        "апреле",
        "мае",
        "июне",
        "июле",
        "августе",
        "сентябре",
        "октябре",
        "ноябре",
        "декабре",
    ),
    ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
    ("янв", "февр", "мар", "апр", "мая", "июн", "июл", "авг", "сент", "окт", "нояб", "дек"),
    # Kazakh: the name ("наурыз") and the locative ("наурызда": in March)
    MONTH_NAMES["kk"],
    (
        "қаңтарда",
        "ақпанда",
        "наурызда",
        "сәуірде",
        "мамырда",
        "маусымда",
        "шілдеде",
        "тамызда",
        "қыркүйекте",
        "қазанда",
        "қарашада",
        "желтоқсанда",
    ),
    # Kazakh genitive ("наурыздың 12-сі")
    (
        "қаңтардың",
        "ақпанның",
        "наурыздың",
        "сәуірдің",
        "мамырдың",
        "маусымның",
        "шілденің",
        "тамыздың",
        "қыркүйектің",
        "қазанның",
        "қарашаның",
        "желтоқсанның",
    ),
    # Uyghur: the name ("مارت") and the locative ("مارتتا")
    MONTH_NAMES["ug"],
    (
        "يانۋاردا",
        "فېۋرالدا",
        "مارتتا",
        "ئاپرېلدا",
        "مايدا",
        "ئىيۇندا",
        "ئىيۇلدا",
        "ئاۋغۇستتا",
        "سېنتەبىردە",
        "ئۆكتەبىردە",
        "نويابىردا",
        "دېكابىردا",
    ),
)

# After a number, these make it the year: "2018 жылы", "2018-يىلى", "2018 г.", "2018 года".
YEAR_WORDS = frozenset(
    {
        "year",
        "г",
        "год",
        "года",
        "году",
        "гг",
        "ж",
        "жыл",
        "жылы",
        "жылғы",
        "жылдың",
        "يىلى",
        "يىل",
        "يىلىنىڭ",
    }
)
# Uyghur counts months and days: "3-ئاي" (the third month), "12-كۈنى" (the twelfth day).
MONTH_NUMBER_WORDS = frozenset({"ئاي", "ئاينىڭ", "ئايدا"})
DAY_WORDS = frozenset({"كۈنى", "كۈن", "کۈنى"})
# Words that only hold a date together.
FILLER = frozenset({"in", "of", "the", "on", "в", "во", "на", "числа", "айы", "айында", "күні", "-"})
# Said before or after a date that is an estimate.
ABOUT = frozenset(
    {
        "about",
        "around",
        "approx",
        "approximately",
        "circa",
        "ca",
        "c",
        "~",
        "roughly",
        "maybe",
        "perhaps",
        "около",
        "примерно",
        "приблизительно",
        "ориентировочно",
        "где-то",
        "наверное",
        "шамамен",
        "шамасы",
        "шамасында",
        "шамалы",
        "мүмкін",
        "болжам",
        "تەخمىنەن",
        "ئەتراپىدا",
        "ئەتراپى",
        "تەخمىنى",
    }
)
TODAY = frozenset({"today", "сегодня", "бүгін", "بۈگۈن"})
