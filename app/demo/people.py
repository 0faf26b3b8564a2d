"""Names, hometowns and testimony texts of fictional people (part of app/demo/generator.py).

A mixin so the generator draws them from its one seeded random source, in the same order as
before the split: the same seed still gives the same cases.
"""

from __future__ import annotations

import random

from app.demo.names import (
    KK_FEMALE,
    KK_MALE,
    KK_PLACES,
    KK_PRE,
    KK_TOWNSHIPS,
    KK_VILLAGES,
    MONTHS_EN,
    MONTHS_KK,
    MONTHS_RU,
    MONTHS_UG,
    UG_FEMALE,
    UG_MALE,
    UG_PLACES,
    UG_PRE,
    UG_TOWNSHIPS,
)
from app.model import Hometown, Name, PartialDate, Translation

__all__ = ["PeopleMixin"]


class PeopleMixin:
    rng: random.Random

    def kazakh_name(self, female: bool) -> tuple[list[Name], str]:
        r = self.rng
        given = [
            a + b for a, b in zip(r.choice(KK_PRE), r.choice(KK_FEMALE if female else KK_MALE), strict=True)
        ]
        father = given
        while father == given:  # a father of the same name would read like a typo
            father = [a + b for a, b in zip(r.choice(KK_PRE), r.choice(KK_MALE), strict=True)]
        cyr, lat, zh, py, ru = given
        f_cyr, f_lat, f_zh, f_py, f_ru = father
        ru_surname = (f_ru[:-1] + "ев" if f_ru.endswith("й") else f_ru + "ов") + ("а" if female else "")
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
        given = [
            a + b for a, b in zip(r.choice(UG_PRE), r.choice(UG_FEMALE if female else UG_MALE), strict=True)
        ]
        father = given
        while father == given:
            father = [a + b for a, b in zip(r.choice(UG_PRE), r.choice(UG_MALE), strict=True)]
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
            prefecture, county, county_ru = r.choice(UG_PLACES)
            return Hometown(
                prefecture, county, f"{r.choice(UG_TOWNSHIPS)} yézisi", f"{r.randrange(1, 13)}-kent"
            ), county_ru
        prefecture, county, county_ru = r.choice(KK_PLACES)
        return Hometown(
            prefecture, county, f"{r.choice(KK_TOWNSHIPS)} болысы", f"{r.choice(KK_VILLAGES)} ауылы"
        ), county_ru

    # texts

    def testimony_texts(
        self, language: str, name: str, name_latin: str, when: PartialDate, county_ru: str, facility: str
    ) -> tuple[str, list[Translation]]:
        year = when.year or 2018
        month = (when.month or self.rng.randrange(1, 13)) - 1
        if language == "kk":
            original = (
                f"{name} {year} жылы {MONTHS_KK[month]} айында ұсталды. Содан бері "
                f"хабар жоқ. Оны «{facility}» орнына апарды деп естідік. Біз "
                f"Қазақстаннан көп хат жаздық, жауап болмады."
            )
            ru = (
                f"{name} задержали в {MONTHS_RU[month]} {year} года (уезд {county_ru}). С "
                f"тех пор вестей нет. Мы слышали, что увезли в «{facility}». Мы писали много "
                f"писем из Казахстана, ответа не было."
            )
            return original, [Translation("ru", ru, "переводчик (демо)")]
        if language == "ug":
            original = (
                f"{name} {year}-يىلى {MONTHS_UG[month]} ئېيىدا ساقچىلار تەرىپىدىن "
                f"ئېلىپ كېتىلدى. شۇنىڭدىن بېرى ئۇنىڭدىن خەۋەر يوق. بىز ئۇنى "
                f"لاگېرغا سولانغان دەپ ئاڭلىدۇق. 3 قېتىم ئەرز يازدۇق."
            )
            en = (
                f"{name_latin} was taken away by the police in {MONTHS_EN[month]} {year}. "
                f"Since then there has been no news. We heard they were put in a camp. "
                f"We wrote 3 petitions."
            )
            ru = (
                f"{name_latin} увезла полиция в {MONTHS_RU[month]} {year} года. С тех пор "
                f"вестей нет. Мы слышали, что его/её поместили в лагерь. Мы писали 3 жалобы."
            )
            return original, [
                Translation("en", en, "translator (demo)"),
                Translation("ru", ru, "переводчик (демо)"),
            ]
        original = (
            f"{name}: последний разговор по телефону был в {MONTHS_RU[month]} "
            f"{year} года. Потом телефон отключили. Соседи сказали, что забрала "
            f"полиция уезда {county_ru}, по слухам — «{facility}»."
        )
        en = (
            f"We last spoke with {name_latin} by phone in {MONTHS_EN[month]} {year}. Then the "
            f"phone was cut off. Neighbours said the {county_ru} county police took them, "
            f"reportedly to a facility."
        )
        return original, [Translation("en", en, "translator (demo)")]
