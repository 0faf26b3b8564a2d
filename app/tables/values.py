"""Cell text → model values, as a volunteer would have typed them: dates the ways people write
them, codes by their words in any interface language.

:data:`parse_date` and :func:`match_code` are the two seams: the people's-date parser and
the label matching of the code lists (branch ``codes``) replace them in one line each.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum

from app.errors import InvalidInputError
from app.labels import LANGS, wording
from app.model.coded import code_for
from app.model.dates import PartialDate

__all__ = ["parse_date", "people_date", "match_code", "STATUS_WORDS"]

_MONTH_WORDS: dict[str, int] = {}
for _number, _words in enumerate(
    [
        ("january", "jan", "январь", "января", "янв", "қаңтар"),
        ("february", "feb", "февраль", "февраля", "фев", "ақпан"),
        ("march", "mar", "март", "марта", "наурыз"),
        ("april", "apr", "апрель", "апреля", "апр", "сәуір"),
        ("may", "май", "мая", "мамыр"),
        ("june", "jun", "июнь", "июня", "маусым"),
        ("july", "jul", "июль", "июля", "шілде"),
        ("august", "aug", "август", "августа", "авг", "тамыз"),
        ("september", "sep", "sept", "сентябрь", "сентября", "сен", "қыркүйек"),
        ("october", "oct", "октябрь", "октября", "окт", "қазан"),
        ("november", "nov", "ноябрь", "ноября", "ноя", "қараша"),
        ("december", "dec", "декабрь", "декабря", "дек", "желтоқсан"),
    ],
    start=1,
):
    for _word in _words:
        _MONTH_WORDS[_word] = _number

_AROUND = re.compile(r"^(?:~|around|about|approx\.?|circa|ca\.?|c\.|около|примерно|шамамен|大约|约)\s*", re.I)
_YEAR_WORDS = re.compile(r"\s*(?:жылғы|жылы|жыл|года|год|г\.|г|year)\s*", re.I)
_DMY = re.compile(r"([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{4})", re.ASCII)
_YMD = re.compile(r"([0-9]{4})[./-]([0-9]{1,2})(?:[./-]([0-9]{1,2}))?", re.ASCII)
_MY = re.compile(r"([0-9]{1,2})[./]([0-9]{4})", re.ASCII)
_ZH = re.compile(r"([0-9]{4})年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?", re.ASCII)
_ISO_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[ T][0-9:.]+", re.ASCII)


def _words_date(text: str) -> PartialDate | None:
    """«5 March 2018», «March 2018», «5 марта 2018 г.», «2018 жылғы 5 наурыз»."""
    tokens = _YEAR_WORDS.sub(" ", text.replace(",", " ")).split()
    year = month = day = None
    for token in tokens:
        low = token.casefold().rstrip(".")
        if low in _MONTH_WORDS and month is None:
            month = _MONTH_WORDS[low]
        elif re.fullmatch(r"[0-9]{4}", low, re.ASCII) and year is None:
            year = int(low)
        elif re.fullmatch(r"[0-9]{1,2}", low, re.ASCII) and day is None:
            day = int(low)
        else:
            return None
    if year is None or (day is not None and month is None):
        return None
    return PartialDate(year, month, day)


def people_date(text: str) -> PartialDate:
    """A partial date from the ways people write one; an impossible date is refused."""
    text = " ".join(text.split())
    if not text:
        return PartialDate()
    approximate = False
    if (match := _AROUND.match(text)) is not None:
        approximate, text = True, text[match.end() :]
    if (time := _ISO_TIME.fullmatch(text)) is not None:
        text = time.group(1)
    date: PartialDate | None
    if (m := _DMY.fullmatch(text)) is not None:
        date = PartialDate(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    elif (m := _YMD.fullmatch(text)) is not None:
        date = PartialDate(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    elif (m := _MY.fullmatch(text)) is not None:
        date = PartialDate(int(m.group(2)), int(m.group(1)))
    elif (m := _ZH.fullmatch(text)) is not None:
        date = PartialDate(
            int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None
        )
    elif re.fullmatch(r"[0-9]{4}", _YEAR_WORDS.sub("", text), re.ASCII):
        date = PartialDate(int(_YEAR_WORDS.sub("", text)))
    else:
        date = _words_date(text)
    if date is None:
        raise InvalidInputError("tables.values.date_not_read")
    return PartialDate(date.year, date.month, date.day, approximate) if approximate else date


def _read_date(text: str) -> PartialDate:
    """The dates people write, as the editor reads them (PartialDate.read); the forms only
    spreadsheets have (``05.03.2018``, ``2018年3月5日``) by :func:`people_date`."""
    try:
        return PartialDate.read(text)
    except InvalidInputError as first:
        try:
            return people_date(text)
        except InvalidInputError:
            raise first from None


# The one seam for dates: the editor's reader (branch `codes`), with this module's forms after it.
parse_date: Callable[[str], PartialDate] = _read_date


# Words a sheet uses for a person's status beyond the interface's own labels.
STATUS_WORDS = {
    "missing": ("пропал", "пропал без вести", "пропала", "жоғалды", "хабарсыз", "失踪", "يوقاپ كەتكەن"),
    "camp": (
        "лагерь",
        "в лагере",
        "лагерде",
        "лагерьде",
        "re-education camp",
        "营",
        "集中营",
        "再教育营",
        "لاگېر",
    ),
    "detained": ("задержан", "задержана", "арестован", "ұсталды", "қамауда", "拘留", "被拘留", "تۇتقۇن"),
    "prison": ("тюрьма", "в тюрьме", "осужден", "осуждён", "түрме", "түрмеде", "监狱", "判刑", "تۈرمە"),
    "deceased": ("умер", "умерла", "погиб", "қайтыс болды", "死亡", "去世", "ۋاپات"),
    "reunited": ("вернулся", "вернулась", "оралды", "团聚"),
}


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def match_code(enum: type[StrEnum], text: str, extra: dict[str, tuple[str, ...]] | None = None) -> str:
    """The code of ``enum`` that ``text`` names: the code itself or its label in any interface
    language (short or document wording), case and spacing ignored; "" for an empty cell."""
    wanted = _fold(text)
    if not wanted:
        return ""
    coded = code_for(enum, text.strip())  # the words of app/model/code_words.py first
    if coded in enum._value2member_map_:
        return coded
    for member in enum:
        entry = wording(enum, member.value)
        forms = {member.value.casefold()}
        if entry is not None:
            for form in (entry, entry.document or entry):
                forms.update(_fold(form.get(lang)) for lang in LANGS)
        forms.update(_fold(w) for w in (extra or {}).get(member.value, ()))
        if wanted in forms:
            return str(member.value)
    raise InvalidInputError("tables.values.code_not_known", choices=", ".join(m.value for m in enum)[:300])
