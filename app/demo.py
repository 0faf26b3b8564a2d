"""Fictional demo cases for trying Izdeu, screenshots, tests and benchmarks.

Every person, relative, village, facility number, reference number and phone number here is
generated from fictional parts: names are built from syllables (Kazakh, Uyghur) with their
spellings in every script, so no real person is named. Prefectures and counties are real places
in Xinjiang (families name them); townships and villages are invented.

Generation is deterministic for a given seed and "today" (recent and follow-up dates are
relative to today so the urgent case stays urgent). Attachments stored with
:meth:`Store.add_attachment` get fresh UUIDs, as every attachment does.
"""

from __future__ import annotations

import datetime as _dt
import io
import random
import uuid as _uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.model import (
    Act,
    Case,
    ConsentGrant,
    Hometown,
    IdDocument,
    Intervention,
    Name,
    PartialDate,
    Person,
    Record,
    StatusChange,
    Testimony,
    Translation,
    Witness,
)
from app.store import Store
from app.vault import KdfParams, Vault, metakeys

__all__ = [
    "DEFAULT_SEED",
    "DEFAULT_CASES",
    "SHOWCASE_COUNT",
    "DemoCase",
    "DemoFile",
    "DemoStats",
    "generate_cases",
    "populate",
    "create_demo_vault",
    "bulk_generate",
    "photo_png",
    "scan_pdf",
]

DEFAULT_SEED = 2018
DEFAULT_CASES = 40
SHOWCASE_COUNT = 5

# --- fictional name parts, each spelled in every script it is written in ------------------
# Kazakh parts: (kk-Cyrl, kk-Latn [2021 alphabet], zh-Hans transcription, pinyin, Russian)
_KK_PRE = [
    ("Ақ", "Aq", "阿克", "Ake", "Ак"), ("Бек", "Bek", "别克", "Bieke", "Бек"),
    ("Ер", "Er", "叶尔", "Ye'er", "Ер"), ("Нұр", "Nūr", "努尔", "Nu'er", "Нур"),
    ("Сай", "Sai", "赛", "Sai", "Сай"), ("Таң", "Tañ", "唐", "Tang", "Тан"),
    ("Көк", "Kök", "阔克", "Kuoke", "Кок"), ("Жан", "Jan", "加恩", "Jia'en", "Жан"),
]
_KK_MALE = [
    ("жол", "jol", "卓勒", "zhuole", "жол"), ("бол", "bol", "波勒", "bole", "бол"),
    ("тай", "tai", "泰", "tai", "тай"), ("бек", "bek", "别克", "bieke", "бек"),
    ("хан", "han", "汗", "han", "хан"),
]
_KK_FEMALE = [
    ("гүл", "gül", "古丽", "guli", "гуль"), ("сұлу", "sūlu", "苏鲁", "sulu", "сулу"),
    ("ай", "ai", "阿依", "ayi", "ай"),
]
# Uyghur parts: (ug-Arab, ug-Latn [ULY], zh-Hans transcription, pinyin, Russian)
_UG_PRE = [
    ("ئاي", "Ay", "阿依", "Ayi", "Ай"), ("تۇر", "Tur", "吐尔", "Tu'er", "Тур"),
    ("نۇر", "Nur", "努尔", "Nu'er", "Нур"), ("قۇت", "Qut", "库特", "Kute", "Кут"),
    ("ياق", "Yaq", "亚克", "Yake", "Як"), ("ئەل", "El", "艾勒", "Aile", "Эль"),
]
_UG_MALE = [
    ("سۇن", "sun", "逊", "xun", "сун"), ("مەت", "met", "买提", "maiti", "мет"),
    ("جان", "jan", "江", "jiang", "джан"), ("بەك", "bek", "别克", "bieke", "бек"),
]
_UG_FEMALE = [("گۈل", "gül", "古丽", "guli", "гуль"), ("نىسا", "nisa", "尼萨", "nisa", "ниса")]

# Real prefectures and counties; the townships and villages below them are invented.
_KK_PLACES = [
    ("Іле Қазақ автономиялы облысы", "Нылқы ауданы", "Нилки"),
    ("Іле Қазақ автономиялы облысы", "Текес ауданы", "Текес"),
    ("Іле Қазақ автономиялы облысы", "Күнес ауданы", "Кюнес"),
    ("Алтай аймағы", "Бурылтоғай ауданы", "Бурылтогай"),
    ("Алтай аймағы", "Көктоғай ауданы", "Коктогай"),
    ("Тарбағатай аймағы", "Дөрбілжін ауданы", "Дорбилжин"),
    ("Тарбағатай аймағы", "Толы ауданы", "Толи"),
]
_KK_TOWNSHIPS = ["Ақсарбас", "Көкжиде", "Таскешу", "Бесқайың", "Жаңатоған"]
_KK_VILLAGES = ["Сарыбұлақ", "Қаратал", "Ескіжұрт", "Шалқар", "Боздақ", "Теректі"]
_UG_PLACES = [
    ("Qeshqer wilayiti", "Peyziwat nahiyisi", "Пейзиват"),
    ("Qeshqer wilayiti", "Qaghiliq nahiyisi", "Каргалык"),
    ("Xoten wilayiti", "Keriye nahiyisi", "Керия"),
    ("Aqsu wilayiti", "Awat nahiyisi", "Ават"),
    ("Ili Qazaq aptonom oblasti", "Ghulja nahiyisi", "Кульджа"),
]
_UG_TOWNSHIPS = ["Yéngisu", "Qumbagh", "Tashériq", "Altunköl", "Yaghachliq"]

_MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
              "қыркүйек", "қазан", "қараша", "желтоқсан"]
_MONTHS_RU = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
              "сентябре", "октябре", "ноябре", "декабре"]
_MONTHS_UG = ["يانۋار", "فېۋرال", "مارت", "ئاپرېل", "ماي", "ئىيۇن", "ئىيۇل", "ئاۋغۇست",
              "سېنتەبىر", "ئۆكتەبىر", "نويابىر", "دېكابىر"]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]

_AGENCIES = ["Бюро общественной безопасности уезда", "Полицейский участок волости",
             "Отдел государственной безопасности", "Комитет политико-правовой работы",
             "Township police station", "County Public Security Bureau"]
_OFFICIAL_REASONS = ["«экстремизм»", "«двуличие»", "поездка за границу без разрешения",
                     "«подрыв государственной власти»", "«религиозный экстремизм»"]
_BELIEVED_REASONS = ["молился", "установил WhatsApp на телефон", "ездил в Казахстан",
                     "читал стихи на свадьбе", "имеет родственников за границей",
                     "вернулся из Казахстана за пенсией"]
_RELATIONS = [("дочь", "қызы"), ("сын", "ұлы"), ("жена", "әйелі"), ("брат", "ағасы"),
              ("сестра", "әпкесі"), ("племянник", "жиені")]
_PERSON_STATUSES = (["missing"] * 5 + ["camp"] * 4 + ["prison"] * 4 + ["detained"] * 2
                    + ["restricted"] * 2 + ["forced-labour", "passport-confiscated",
                                            "deceased", "reunited"])
_CASE_STATUSES = ["open"] * 11 + ["submitted"] * 6 + ["clarified"] * 2 + ["closed"]


@dataclass
class DemoFile:
    """A generated file to attach: ``role`` says where it is referenced."""

    name: str
    data: bytes
    description: str
    role: str  # "photo" (the person's photo), "testimony" (first testimony), "case"


@dataclass
class DemoCase:
    records: list[Record]  # the case first, then its children
    files: list[DemoFile] = field(default_factory=list)

    @property
    def case(self) -> Case:
        case = self.records[0]
        assert isinstance(case, Case)
        return case


@dataclass
class DemoStats:
    cases: int = 0
    records: int = 0
    testimonies: int = 0
    attachments: int = 0


# --- generated files -----------------------------------------------------------------------


def photo_png(initials: str, seed: int = 0, size: tuple[int, int] = (160, 200)) -> bytes:
    """A small portrait-shaped PNG showing fictional initials (no real face)."""
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    background = (rng.randrange(90, 200), rng.randrange(90, 200), rng.randrange(90, 200))
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    draw.ellipse((size[0] * 0.25, size[1] * 0.12, size[0] * 0.75, size[1] * 0.52),
                 fill=(235, 225, 210))
    draw.rectangle((size[0] * 0.18, size[1] * 0.58, size[0] * 0.82, size[1]), fill=(60, 70, 90))
    font = ImageFont.load_default(size=36)
    draw.text((size[0] / 2, size[1] * 0.32), initials, fill=(40, 40, 40), font=font, anchor="mm")
    draw.text((4, size[1] - 14), "DEMO", fill=(255, 255, 255), font=ImageFont.load_default(10))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def scan_pdf(lines: list[str]) -> bytes:
    """A one-page PDF that looks like a scanned letter (Latin text: the core fonts only)."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    # invariant=1: no creation date or random id, so the same seed gives the same bytes.
    pdf = canvas.Canvas(out, pagesize=A5, invariant=1)
    width, height = A5
    pdf.setFillGray(0.93)
    pdf.rect(0, 0, width, height, fill=1, stroke=0)
    pdf.setFillGray(0.15)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(36, height - 48, "FICTIONAL DEMO DOCUMENT")
    pdf.setFont("Helvetica", 10)
    y = height - 72
    for line in lines:
        pdf.drawString(36, y, line[:80])
        y -= 15
    pdf.setStrokeGray(0.4)
    pdf.circle(width - 70, 70, 32)
    pdf.drawCentredString(width - 70, 66, "STAMP")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


# --- the generator -------------------------------------------------------------------------


class _Gen:
    def __init__(self, seed: int, today: _dt.date, number_width: int = 4) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.number_width = number_width  # 5 digits for bulk vaults (over 9,999 a year)
        self.numbers: dict[int, int] = {}
        self.reference = 1000

    # identities and times

    def uuid(self) -> str:
        return str(_uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def time(self, day: _dt.date) -> str:
        r = self.rng
        return (f"{day.isoformat()}T{r.randrange(8, 19):02d}:{r.randrange(60):02d}:"
                f"{r.randrange(60):02d}.{r.randrange(1_000_000):06d}Z")

    def case_number(self, year: int) -> str:
        self.numbers[year] = self.numbers.get(year, 0) + 1
        return f"IZ-{year}-{self.numbers[year]:0{self.number_width}d}"

    def day_between(self, start: _dt.date, end: _dt.date) -> _dt.date:
        span = max((end - start).days, 0)
        return start + _dt.timedelta(days=self.rng.randrange(span + 1))

    def partial(self, day: _dt.date, weights: tuple[int, int, int, int, int] = (30, 35, 20, 10, 5)
                ) -> PartialDate:
        """A date known to a precision drawn from ``weights``: day, month, year, ~year, unknown."""
        kind = self.rng.choices(range(5), weights)[0]
        if kind == 0:
            return PartialDate(day.year, day.month, day.day)
        if kind == 1:
            return PartialDate(day.year, day.month)
        if kind == 2:
            return PartialDate(day.year)
        if kind == 3:
            return PartialDate(day.year, approximate=True)
        return PartialDate()

    # people and places

    def kazakh_name(self, female: bool) -> tuple[list[Name], str]:
        r = self.rng
        given = [a + b for a, b in zip(r.choice(_KK_PRE), r.choice(_KK_FEMALE if female
                                                                   else _KK_MALE), strict=True)]
        father = given
        while father == given:  # a father of the same name would read like a typo
            father = [a + b for a, b in zip(r.choice(_KK_PRE), r.choice(_KK_MALE), strict=True)]
        cyr, lat, zh, py, ru = given
        f_cyr, f_lat, f_zh, f_py, f_ru = father
        ru_surname = (f_ru[:-1] + "ев" if f_ru.endswith("й") else f_ru + "ов") + ("а" if female
                                                                                  else "")
        names = [
            Name(f"{cyr} {f_cyr}{'қызы' if female else 'ұлы'}", "kk-Cyrl", "legal"),
            Name(f"{lat} {f_lat}{'qyzy' if female else 'ūly'}", "kk-Latn", "other"),
            Name(f"{zh}·{f_zh}", "zh-Hans", "official-zh"),
            Name(f"{py} {f_py.lower().capitalize()}", "pinyin", "other"),
            Name(f"{ru} {ru_surname}", "ru", "other"),
        ]
        return names, f"{lat[0]}{f_lat[0]}"

    def uyghur_name(self, female: bool) -> tuple[list[Name], str]:
        r = self.rng
        given = [a + b for a, b in zip(r.choice(_UG_PRE), r.choice(_UG_FEMALE if female
                                                                   else _UG_MALE), strict=True)]
        father = given
        while father == given:
            father = [a + b for a, b in zip(r.choice(_UG_PRE), r.choice(_UG_MALE), strict=True)]
        names = [
            Name(f"{given[0]} {father[0]}", "ug-Arab", "legal"),
            Name(f"{given[1]} {father[1]}", "ug-Latn", "other"),
            Name(f"{given[2]}·{father[2]}", "zh-Hans", "official-zh"),
            Name(f"{given[3]} {father[3].lower().capitalize()}", "pinyin", "other"),
            Name(f"{given[4]} {father[4]}ов{'а' if female else ''}", "ru", "other"),
        ]
        return names, f"{given[1][0]}{father[1][0]}"

    def hometown(self, uyghur: bool) -> tuple[Hometown, str]:
        r = self.rng
        if uyghur:
            prefecture, county, county_ru = r.choice(_UG_PLACES)
            return Hometown(prefecture, county, f"{r.choice(_UG_TOWNSHIPS)} yézisi",
                            f"{r.randrange(1, 13)}-kent"), county_ru
        prefecture, county, county_ru = r.choice(_KK_PLACES)
        return Hometown(prefecture, county, f"{r.choice(_KK_TOWNSHIPS)} болысы",
                        f"{r.choice(_KK_VILLAGES)} ауылы"), county_ru

    # texts

    def testimony_texts(self, language: str, name: str, name_latin: str, when: PartialDate,
                        county_ru: str, facility: str) -> tuple[str, list[Translation]]:
        year = when.year or 2018
        month = (when.month or self.rng.randrange(1, 13)) - 1
        if language == "kk":
            original = (f"{name} {year} жылы {_MONTHS_KK[month]} айында ұсталды. Содан бері "
                        f"хабар жоқ. Оны «{facility}» орнына апарды деп естідік. Біз "
                        f"Қазақстаннан көп хат жаздық, жауап болмады.")
            ru = (f"{name} задержали в {_MONTHS_RU[month]} {year} года (уезд {county_ru}). С "
                  f"тех пор вестей нет. Мы слышали, что увезли в «{facility}». Мы писали много "
                  f"писем из Казахстана, ответа не было.")
            return original, [Translation("ru", ru, "переводчик (демо)")]
        if language == "ug":
            original = (f"{name} {year}-يىلى {_MONTHS_UG[month]} ئېيىدا ساقچىلار تەرىپىدىن "
                        f"ئېلىپ كېتىلدى. شۇنىڭدىن بېرى ئۇنىڭدىن خەۋەر يوق. بىز ئۇنى "
                        f"لاگېرغا سولانغان دەپ ئاڭلىدۇق. 3 قېتىم ئەرز يازدۇق.")
            en = (f"{name_latin} was taken away by the police in {_MONTHS_EN[month]} {year}. "
                  f"Since then there has been no news. We heard they were put in a camp. "
                  f"We wrote 3 petitions.")
            ru = (f"{name_latin} увезла полиция в {_MONTHS_RU[month]} {year} года. С тех пор "
                  f"вестей нет. Мы слышали, что его/её поместили в лагерь. Мы писали 3 жалобы.")
            return original, [Translation("en", en, "translator (demo)"),
                              Translation("ru", ru, "переводчик (демо)")]
        original = (f"{name}: последний разговор по телефону был в {_MONTHS_RU[month]} "
                    f"{year} года. Потом телефон отключили. Соседи сказали, что забрала "
                    f"полиция уезда {county_ru}, по слухам — «{facility}».")
        en = (f"We last spoke with {name_latin} by phone in {_MONTHS_EN[month]} {year}. Then the "
              f"phone was cut off. Neighbours said the {county_ru} county police took them, "
              f"reportedly to a facility.")
        return original, [Translation("en", en, "translator (demo)")]

    # a whole case

    def case(self, index: int, *, bulk: bool = False, testimonies: int | None = None,
             names: list[Name] | None = None, uyghur: bool | None = None,
             female: bool | None = None, intake: _dt.date | None = None,
             disappeared: PartialDate | None = None, current: str | None = None) -> DemoCase:
        r = self.rng
        uyghur = r.random() < 0.35 if uyghur is None else uyghur
        female = r.random() < 0.3 if female is None else female
        generated, _initials = (self.uyghur_name if uyghur else self.kazakh_name)(female)
        if names is None:
            names = generated
            if r.random() < 0.25:  # not every family knows every spelling
                names = [n for n in names if n.script in ("kk-Cyrl", "ug-Arab", "ru", "ug-Latn")]
        hometown, county_ru = self.hometown(uyghur)
        gone = self.day_between(_dt.date(2016, 6, 1), _dt.date(2020, 12, 31))
        if disappeared is None:
            disappeared = self.partial(gone)
        else:
            gone = disappeared.earliest() or gone
        intake_day = intake or self.day_between(
            max(gone, _dt.date(2018, 3, 1)) + _dt.timedelta(days=30),
            self.today - _dt.timedelta(days=1))
        created = self.time(intake_day)
        current = current or r.choice(_PERSON_STATUSES)
        born = _dt.date(r.randrange(1940, 2001), r.randrange(1, 13), r.randrange(1, 29))
        person = Person(
            names=names, sex="female" if female else "male",
            birth_date=self.partial(born, (35, 20, 30, 15, 0)),
            ethnicity="Uyghur" if uyghur else "Kazakh",
            citizenships=r.choice([["PRC"], ["PRC"], ["qandas"], ["dual"]]),
            id_documents=[IdDocument("PRC resident ID", f"6540{r.randrange(10**13, 10**14)}",
                                     confiscated=r.random() < 0.2)] if r.random() < 0.5 else [],
            occupation=r.choice(["малшы", "мұғалім", "дәрігер", "жүргізуші", "саудагер",
                                 "farmer", "imam", "student", ""]),
            hometown=hometown,
            residence_kz=r.choice(["", "Алматы", "Жаркент", "Талдықорған", "Үшарал"]),
            current_status=current,
        )
        legal = names[0].text
        case = Case(
            uuid=self.uuid(), created=created, updated=created,
            case_number=self.case_number(intake_day.year),
            intake_date=PartialDate(intake_day.year, intake_day.month, intake_day.day),
            interviewer=r.choice(["А. Демо", "Б. Демо", "Field worker 3"]),
            status=r.choice(_CASE_STATUSES), person=person, disappeared_on=disappeared,
            disappeared_place=f"{hometown.village}, {hometown.county}",
            perpetrators=r.choice(_AGENCIES),
            remedies=r.choice(["", "Семья боится обращаться к властям КНР.",
                               "Жалобы в местную полицию остались без ответа."]),
            summary=f"Демо-дело: {legal} — {current}.",
        )
        records: list[Record] = [case]
        child_day = intake_day

        def stamp() -> dict[str, str]:
            t = self.time(child_day)
            return {"uuid": self.uuid(), "created": t, "updated": t}

        if not bulk:  # bulk cases stay lean: benchmarks care about cases and testimonies
            records.append(StatusChange(**stamp(), case_uuid=case.uuid, current_status=current,
                                        date=case.intake_date, source="family"))
        facility = f"лагерь профессионального обучения №{r.randrange(1, 9)} ({county_ru})"
        acts = [Act(**stamp(), case_uuid=case.uuid, position=0,
                    kind=r.choice(["disappearance", "arrest"]), date_from=disappeared,
                    place=hometown.display(), agency=r.choice(_AGENCIES),
                    official_reason=r.choice(_OFFICIAL_REASONS),
                    believed_reason=r.choice(_BELIEVED_REASONS))]
        if not bulk:
            if current in ("camp", "prison", "restricted", "forced-labour", "deceased"):
                acts.append(Act(**stamp(), case_uuid=case.uuid, position=1,
                                kind="camp-internment", date_from=disappeared,
                                date_to=self.partial(self.day_between(gone, self.today),
                                                     (0, 40, 40, 20, 0)),
                                facility=facility, facility_kind="camp",
                                facility_location=hometown.county, agency=r.choice(_AGENCIES)))
            if current == "prison":
                acts.append(Act(**stamp(), case_uuid=case.uuid, position=2, kind="sentencing",
                                date_from=self.partial(self.day_between(gone, _dt.date(2021, 12,
                                                                                        31))),
                                court=f"Народный суд уезда {county_ru}",
                                charge=r.choice(_OFFICIAL_REASONS),
                                sentence=f"{r.choice([5, 7, 10, 15, 20])} лет"))
            if current == "passport-confiscated":
                acts.append(Act(**stamp(), case_uuid=case.uuid, position=1,
                                kind="passport-confiscation", date_from=disappeared,
                                agency="Exit-entry administration"))
        records += acts
        witness_names, _ = self.kazakh_name(r.random() < 0.5)
        relation_ru, relation_kk = r.choice(_RELATIONS)
        grants = r.choice([
            [ConsentGrant("store", "full", True), ConsentGrant("wgeid", "full", False),
             ConsentGrant("ministry", "initials", False)],
            [ConsentGrant("store", "anonymous", False), ConsentGrant("wgeid", "initials")],
            [ConsentGrant("store", "full", True), ConsentGrant("wgeid", "full", True),
             ConsentGrant("ngo", "full", False), ConsentGrant("publish", "initials", False)],
            [ConsentGrant("store", "anonymous", False)],
        ])
        witness = Witness(**stamp(), case_uuid=case.uuid, name=witness_names[0].text,
                          relation=f"{relation_ru} / {relation_kk}",
                          how_known="родственник, жил(а) вместе до отъезда в Казахстан",
                          language=r.choice(["kk", "ru", "ug"]),
                          contact=f"+7 700 000 {r.randrange(10, 99)} {r.randrange(10, 99)}",
                          anonymity_wish=grants[0].identity == "anonymous", consent=grants,
                          consent_how=r.choice(["устно", "письменно", "аудиозапись"]),
                          consent_date=case.intake_date)
        if r.random() < 0.04:
            witness.consent_withdrawn = PartialDate(intake_day.year, intake_day.month)
        records.append(witness)
        count = testimonies if testimonies is not None else r.choice([1, 1, 2])
        for _ in range(count):
            language = "ug" if uyghur and r.random() < 0.7 else r.choice(["kk", "ru"])
            name_in = next((n.text for n in names if n.script == {"kk": "kk-Cyrl",
                                                                  "ug": "ug-Arab",
                                                                  "ru": "ru"}[language]),
                           legal)
            latin = next((n.text for n in names if n.script in ("kk-Latn", "ug-Latn")),
                         names[-1].text)
            original, translations = self.testimony_texts(language, name_in, latin, disappeared,
                                                          county_ru, facility)
            if bulk:
                translations = translations[:1]
            records.append(Testimony(**stamp(), case_uuid=case.uuid, witness_uuid=witness.uuid,
                                     interview_date=case.intake_date, place="Алматы",
                                     interviewer=case.interviewer, language=language,
                                     interpreter="" if language == "ru" else "демо-переводчик",
                                     original_text=original, translations=translations,
                                     supports="дата и место задержания"))
        if not bulk or r.random() < 0.3:
            records += self.interventions(case, intake_day, r.choice([0, 1, 1, 2]))
        return DemoCase(records)

    def interventions(self, case: Case, start: _dt.date, count: int) -> list[Intervention]:
        r = self.rng
        out = []
        for _ in range(count):
            self.reference += 1
            kind, addressee, ref = r.choice([
                ("ministry", "Министерство иностранных дел РК", f"МИД-DEMO-{self.reference}"),
                ("consulate", "Генеральное консульство КНР в Алматы",
                 f"GK-DEMO/{self.reference}"),
                ("wgeid", "UN Working Group on Enforced or Involuntary Disappearances",
                 f"WGEID-DEMO-{start.year}-{self.reference}"),
                ("ngo", "Демо-правозащитный центр (вымышленный)", f"NGO-{self.reference}"),
            ])
            day = self.day_between(start, self.today)
            follow = self.today + _dt.timedelta(days=r.randrange(-60, 120))
            t = self.time(day)
            out.append(Intervention(
                uuid=self.uuid(), created=t, updated=t, case_uuid=case.uuid,
                actor=r.choice(["family", "Демо-правозащитный центр"]), addressee_kind=kind,
                addressee=addressee, date=PartialDate(day.year, day.month, day.day),
                reference=ref,
                response=r.choice(["", "Получен формальный ответ: «лицо проходит обучение».",
                                   "No reply yet."]),
                next_follow_up=PartialDate(follow.year, follow.month, follow.day)
                if r.random() < 0.8 else PartialDate(),
            ))
        return out


# --- hand-written showcase cases -----------------------------------------------------------


def _long_testimony(rng: random.Random) -> tuple[str, str]:
    """A Kazakh testimony long enough to span several dossier pages, with its translation."""
    kk_parts = [
        "Әкем {y} жылы көктемде ауылға оралды, зейнетақысын рәсімдеу үшін барған еді.",
        "Алғашқы айларда телефонмен сөйлесіп тұрдық, кейін ол тек WeChat арқылы қысқа жазатын болды.",
        "Көршілер оны түнде полиция алып кетті деп айтты, бірақ ешкім құжат көрмеген.",
        "Біз Алматыдағы консулдыққа {n} рет бардық, әр жолы «күтіңіздер» деп жауап берді.",
        "Анам содан бері ауырып жүр, ол әр күні есікке қарап отырады.",
        "Кейін бір туысымыз оны «оқу орталығында» көргенін жасырын айтты.",
    ]
    ru_parts = [
        "Отец вернулся в аул весной {y} года, он ездил оформлять пенсию.",
        "Первые месяцы мы говорили по телефону, потом он писал только короткие сообщения в WeChat.",
        "Соседи сказали, что ночью его забрала полиция, но документов никто не видел.",
        "Мы {n} раз ходили в консульство в Алматы, каждый раз отвечали «ждите».",
        "Мама с тех пор болеет, каждый день смотрит на дверь.",
        "Позже один родственник тайно сказал, что видел его в «учебном центре».",
    ]
    kk, ru = [], []
    for paragraph in range(48):
        picks = rng.sample(range(len(kk_parts)), 4)
        values = {"y": 2017 + paragraph % 3, "n": 2 + paragraph % 7}
        kk.append(f"{paragraph + 1}. " + " ".join(kk_parts[i].format(**values) for i in picks))
        ru.append(f"{paragraph + 1}. " + " ".join(ru_parts[i].format(**values) for i in picks))
    return "\n\n".join(kk), "\n\n".join(ru)


def _showcase(gen: _Gen) -> list[DemoCase]:
    today = gen.today
    out: list[DemoCase] = []

    # 1. A Kazakh man with his name in every script he is known by, photo and a scanned reply.
    base = gen.case(0, testimonies=2, uyghur=False, female=False,
                    disappeared=PartialDate(2018, 3), current="camp", names=[
        Name("Ақжол Бектайұлы", "kk-Cyrl", "legal"),
        Name("Aqjol Bektaiūly", "kk-Latn", "other"),
        Name("阿克卓勒·别克泰", "zh-Hans", "official-zh"),
        Name("Akezhuole Bieketai", "pinyin", "other"),
        Name("Акжол Бектаев", "ru", "other"),
    ])
    case = base.case
    case.summary = "Демо: пенсионер, вернувшийся в Синьцзян оформить пенсию; с марта 2018 нет вестей."
    base.files = [
        DemoFile("photo-AB.png", photo_png("AB", 1), "фото из семейного альбома (демо)", "photo"),
        DemoFile("reply-scan.pdf", scan_pdf([
            "Reply to inquiry No. MID-DEMO-0001 (fictional)",
            "Subject: A. Bektaiuly, born ~1952",
            "We have no information about this person at this time.",
            "This page is generated demo data.",
        ]), "скан ответа МИД (демо)", "testimony"),
    ]
    out.append(base)

    # 2. A Uyghur woman: two-word Uyghur name plus her Chinese official name.
    base = gen.case(1, testimonies=1, uyghur=True, female=True,
                    disappeared=PartialDate(2017, approximate=True), names=[
        Name("نۇرنىسا قۇتبەك", "ug-Arab", "legal"),
        Name("Nurnisa Qutbek", "ug-Latn", "other"),
        Name("努尔尼萨·库特别克", "zh-Hans", "official-zh"),
        Name("Nu'ernisa Kutebieke", "pinyin", "other"),
    ])
    case = base.case
    case.person.hometown = Hometown("Qeshqer wilayiti", "Peyziwat nahiyisi", "Qumbagh yézisi",
                                    "7-kent")
    case.disappeared_place = "7-kent, Peyziwat nahiyisi"
    for record in base.records:
        if isinstance(record, Act):
            record.place = case.person.hometown.display()
    witness = next(r for r in base.records if isinstance(r, Witness))
    witness.consent_withdrawn = PartialDate(2023, 5, 14)  # the one clearly withdrawn consent
    witness.notes = "Согласие отозвано: семья получила угрозы (демо)."
    for record in base.records:
        if isinstance(record, Testimony):
            record.language = "ug"
            record.original_text = ("نۇرنىسا 2017-يىلى كۈزدە يوقاپ كەتتى. ئۇنىڭ ئانىسى 2019-يىلى "
                                    "بىر قېتىم تېلېفون قىلدى، ئاندىن خەۋەر ئۈزۈلدى.")
            record.translations = [
                Translation("en", "Nurnisa disappeared in the autumn of 2017. Her mother called "
                            "once in 2019, then contact was lost.", "translator (demo)"),
                Translation("ru", "Нурниса исчезла осенью 2017 года. Её мать позвонила один раз "
                            "в 2019 году, потом связь прервалась.", "переводчик (демо)")]
    base.files = [DemoFile("photo-NQ.png", photo_png("NQ", 2), "фото (демо)", "photo")]
    out.append(base)

    # 3. Nothing known but a name.
    t = gen.time(today - _dt.timedelta(days=3))
    out.append(DemoCase([Case(uuid=gen.uuid(), created=t, updated=t,
                              case_number=gen.case_number(today.year),
                              person=Person(names=[Name("Сайхан", "kk-Cyrl", "legal")]))]))

    # 4. Urgent: taken 40 days ago (WGEID urgent procedure applies within 3 months).
    taken = today - _dt.timedelta(days=40)
    base = gen.case(3, testimonies=1, intake=today, current="detained",
                    disappeared=PartialDate(taken.year, taken.month, taken.day))
    case = base.case
    case.procedure = "urgent"
    case.status = "open"
    case.summary = "Демо: срочное дело — задержан 40 дней назад на границе, связи нет."
    case.created = case.updated = gen.time(today)
    for record in base.records:
        record.created = record.updated = case.created  # recorded today, all of it
        if isinstance(record, Act):
            record.date_from = case.disappeared_on
            record.kind = "arrest"
            record.place = "пункт пропуска Хоргос (сторона КНР)"
    base.records = [r for r in base.records if not isinstance(r, Intervention)]
    base.records += gen.interventions(case, today, 1)
    for record in base.records:
        if isinstance(record, Intervention):
            due = today - _dt.timedelta(days=1)
            record.next_follow_up = PartialDate(due.year, due.month, due.day)
    out.append(base)

    # 5. A long testimony that spans pages.
    base = gen.case(4, testimonies=1)
    kk, ru = _long_testimony(gen.rng)
    for record in base.records:
        if isinstance(record, Testimony):
            record.language = "kk"
            record.original_text = kk
            record.translations = [Translation("ru", ru, "переводчик (демо)")]
    out.append(base)
    return out


# --- public API ----------------------------------------------------------------------------


def generate_cases(cases: int = DEFAULT_CASES, *, seed: int = DEFAULT_SEED,
                   today: _dt.date | None = None, files: bool = True) -> Iterator[DemoCase]:
    """The showcase cases, then generated ones, ``cases`` in all (at least the showcase)."""
    gen = _Gen(seed, today or _dt.date.today())
    for index, demo in enumerate(_showcase(gen)):
        if index >= cases:
            return
        if not files:
            demo.files = []
        yield demo
    for index in range(SHOWCASE_COUNT, cases):
        demo = gen.case(index)
        if files and index % 10 == 0:
            initials = "".join(p[0] for p in demo.case.person.names[0].text.split()[:2])
            demo.files.append(DemoFile(f"photo-{index}.png", photo_png(initials, index),
                                       "фото (демо)", "photo"))
        yield demo


def populate(store: Store, cases: int = DEFAULT_CASES, *, seed: int = DEFAULT_SEED,
             today: _dt.date | None = None, files: bool = True) -> DemoStats:
    """Add demo cases (records with their own times) and their files to an open vault."""
    stats = DemoStats()
    batch: list[Record] = []
    with_files: list[DemoCase] = []
    for demo in generate_cases(cases, seed=seed, today=today, files=files):
        batch += demo.records
        stats.cases += 1
        stats.records += len(demo.records)
        stats.testimonies += sum(isinstance(r, Testimony) for r in demo.records)
        if demo.files:
            with_files.append(demo)
    store.save_many(batch, keep_times=True)
    for demo in with_files:
        case = demo.case
        testimony = next((r for r in demo.records if isinstance(r, Testimony)), None)
        for item in demo.files:
            attachment = store.add_attachment(case.uuid, io.BytesIO(item.data), item.name,
                                              description=item.description,
                                              handed_over_by="семья (демо)")
            stats.attachments += 1
            if item.role == "photo":
                case.person.photo_attachment = attachment.uuid
                store.save(case)
            elif item.role == "testimony" and testimony is not None:
                testimony.attachment_uuids.append(attachment.uuid)
                store.save(testimony)
    return stats


def create_demo_vault(path: Path | str, passphrase: str, cases: int = DEFAULT_CASES, *,
                      seed: int = DEFAULT_SEED, params: KdfParams | None = None,
                      today: _dt.date | None = None, files: bool = True) -> DemoStats:
    """Create a new vault at ``path`` filled with demo cases; the vault is closed afterwards."""
    vault = Vault.create(path, passphrase, params=params)
    try:
        vault.set_meta(metakeys.DEMO, "1")
        return populate(Store(vault, actor="demo"), cases, seed=seed, today=today, files=files)
    finally:
        vault.close()


def bulk_generate(store: Store, cases: int = 100_000, *, testimonies_per_case: int = 3,
                  seed: int = DEFAULT_SEED, today: _dt.date | None = None,
                  batch_cases: int = 2_000,
                  progress: Callable[[int, int], None] | None = None) -> DemoStats:
    """Many lean cases for benchmarks, after the showcase cases; no files; large transactions.

    ``progress(done, total)`` is called after each batch.
    """
    gen = _Gen(seed, today or _dt.date.today(), number_width=5)

    def all_cases() -> Iterator[DemoCase]:
        yield from _showcase(gen)[:cases]
        for index in range(SHOWCASE_COUNT, cases):
            yield gen.case(index, bulk=True, testimonies=testimonies_per_case)

    stats = DemoStats()
    batch: list[Record] = []
    for index, demo in enumerate(all_cases()):
        batch += demo.records
        stats.cases += 1
        stats.records += len(demo.records)
        stats.testimonies += sum(isinstance(r, Testimony) for r in demo.records)
        if stats.cases % batch_cases == 0 or index == cases - 1:
            store.save_many(batch, keep_times=True)
            batch = []
            if progress is not None:
                progress(stats.cases, cases)
    return stats
