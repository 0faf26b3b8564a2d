"""The nine hand-written showcase cases that open every demo vault: a name in every script with
a photo and a scanned reply, a Uyghur woman with her Chinese official name, nothing known but
a name, an urgent case, a testimony long enough to span dossier pages, the Uyghur woman
reported again in Russian Cyrillic (a possible duplicate across scripts, linked as "probably
the same person"), and a family of three siblings taken the same night (family.py)."""

from __future__ import annotations

import datetime as _dt
import random

from app.demo.base import DemoCase, DemoFile
from app.demo.family import family, link
from app.demo.files import photo_png, scan_pdf
from app.demo.generator import Generator
from app.model import (
    Act,
    Case,
    Certainty,
    Hometown,
    Intervention,
    LinkKind,
    Name,
    PartialDate,
    Person,
    Testimony,
    Translation,
    Witness,
)


def long_testimony(rng: random.Random) -> tuple[str, str]:
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


def showcase(gen: Generator) -> list[DemoCase]:
    today = gen.today
    out: list[DemoCase] = []

    # 1. A Kazakh man with his name in every script he is known by, photo and a scanned reply.
    base = gen.case(
        0,
        testimonies=2,
        uyghur=False,
        female=False,
        disappeared=PartialDate(2018, 3),
        current="camp",
        names=[
            Name("Ақжол Бектайұлы", "kk-Cyrl", "legal"),
            Name("Aqjol Bektaiūly", "kk-Latn", "other"),
            Name("اقجول بەكتايۇلى", "kk-Arab", "other"),
            Name("阿克卓勒·别克泰", "zh-Hans", "official-zh"),
            Name("Akezhuole Bieketai", "pinyin", "other"),
            Name("Акжол Бектаев", "ru", "other"),
        ],
    )
    case = base.case
    case.summary = "Демо: пенсионер, вернувшийся в Синьцзян оформить пенсию; с марта 2018 нет вестей."
    base.files = [
        DemoFile("photo-AB.png", photo_png("AB", 1), "фото из семейного альбома (демо)", "photo"),
        DemoFile(
            "reply-scan.pdf",
            scan_pdf(
                [
                    "Reply to inquiry No. MID-DEMO-0001 (fictional)",
                    "Subject: A. Bektaiuly, born ~1952",
                    "We have no information about this person at this time.",
                    "This page is generated demo data.",
                ]
            ),
            "скан ответа МИД (демо)",
            "testimony",
        ),
    ]
    out.append(base)

    # 2. A Uyghur woman: two-word Uyghur name plus her Chinese official name.
    base = gen.case(
        1,
        testimonies=1,
        uyghur=True,
        female=True,
        disappeared=PartialDate(2017, approximate=True),
        names=[
            Name("نۇرنىسا قۇتبەك", "ug-Arab", "legal"),
            Name("Nurnisa Qutbek", "ug-Latn", "other"),
            Name("努尔尼萨·库特别克", "zh-Hans", "official-zh"),
            Name("Nu'ernisa Kutebieke", "pinyin", "other"),
        ],
    )
    case = base.case
    case.person.hometown = Hometown("Qeshqer wilayiti", "Peyziwat nahiyisi", "Qumbagh yézisi", "7-kent")
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
            record.original_text = (
                "نۇرنىسا 2017-يىلى كۈزدە يوقاپ كەتتى. ئۇنىڭ ئانىسى 2019-يىلى "
                "بىر قېتىم تېلېفون قىلدى، ئاندىن خەۋەر ئۈزۈلدى."
            )
            record.translations = [
                Translation(
                    "en",
                    "Nurnisa disappeared in the autumn of 2017. Her mother called "
                    "once in 2019, then contact was lost.",
                    "translator (demo)",
                ),
                Translation(
                    "ru",
                    "Нурниса исчезла осенью 2017 года. Её мать позвонила один раз "
                    "в 2019 году, потом связь прервалась.",
                    "переводчик (демо)",
                ),
            ]
    base.files = [DemoFile("photo-NQ.png", photo_png("NQ", 2), "фото (демо)", "photo")]
    out.append(base)

    # 3. Nothing known but a name.
    t = gen.time(today - _dt.timedelta(days=3))
    out.append(
        DemoCase(
            [
                Case(
                    uuid=gen.uuid(),
                    created=t,
                    updated=t,
                    case_number=gen.case_number(today.year),
                    person=Person(names=[Name("Сайхан", "kk-Cyrl", "legal")]),
                )
            ]
        )
    )

    # 4. Urgent: taken 40 days ago (WGEID urgent procedure applies within 3 months).
    taken = today - _dt.timedelta(days=40)
    base = gen.case(
        3,
        testimonies=1,
        intake=today,
        current="detained",
        disappeared=PartialDate(taken.year, taken.month, taken.day),
    )
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
    kk, ru = long_testimony(gen.rng)
    for record in base.records:
        if isinstance(record, Testimony):
            record.language = "kk"
            record.original_text = kk
            record.translations = [Translation("ru", ru, "переводчик (демо)")]
    out.append(base)

    # 6. The Uyghur woman of case 2 reported a second time, by a cousin in Kazakhstan, in
    # Russian Cyrillic only: the same person in another script, for "Possible duplicates".
    first = out[1].case
    base = gen.case(5, testimonies=1, uyghur=True, female=True, disappeared=PartialDate(2017))
    case = base.case
    case.person.names = [Name("Нурниса Кутбекова", "ru", "legal")]
    case.person.birth_date = first.person.birth_date
    case.person.hometown = Hometown(**vars(first.person.hometown))
    case.summary = "Демо: о ней же сообщила двоюродная сестра из Алматы — возможный дубликат."
    base.records.append(link(gen, case, first, LinkKind.SAME_PERSON, Certainty.PROBABLE))
    out.append(base)

    # 7-9. An uncle and two aunts taken the same night: three cases, one family.
    out += family(gen, 6)
    return out
