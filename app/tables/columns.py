"""The fields a spreadsheet column can fill, their wording, and guesses from column headers.

A field key is stable (mapping files, docs/table-format.md); its label is worded per language
like the codes (app/labels). Headers are guessed in English, Russian, Kazakh and Chinese, and
the exporter's own headers (the English labels) are always recognised, so an exported sheet
maps itself.
"""

from __future__ import annotations

import re
import unicodedata

from app.labels import LANGS, label
from app.labels.wording import Wording as W
from app.model.codes import NameScript, Register

__all__ = ["FIELDS", "field_label", "guess_field", "guess_mapping", "normalise_header"]

_NAME = W("Name", "Имя", "Аты-жөні", "ئىسىم")
_REF = W("Reference", "Номер", "Нөмір", "نومۇر")

_PLAIN: dict[str, tuple[W, tuple[str, ...]]] = {
    "uuid": (W("Case UUID", "UUID дела", "Іс UUID", "دېلو UUID"), ("uuid", "guid")),
    "case_number": (
        W("Case number", "Номер дела", "Іс нөмірі", "دېلو نومۇرى"),
        ("case number", "case no", "case", "номер дела", "дело", "іс нөмірі", "іс", "案件编号", "编号"),
    ),
    "sex": (W("Sex", "Пол", "Жынысы", "جىنسى"), ("sex", "gender", "пол", "жынысы", "性别")),
    "birth_date": (
        W("Date of birth", "Дата рождения", "Туған күні", "تۇغۇلغان ۋاقتى"),
        ("date of birth", "birth date", "born", "дата рождения", "туған күні", "туған жылы", "出生日期"),
    ),
    "father_name": (
        W("Father's name", "Имя отца", "Әкесінің аты", "دادىسىنىڭ ئىسمى"),
        (
            "father's name",
            "father",
            "name of father",
            "имя отца",
            "отец",
            "фио отца",
            "әкесінің аты",
            "әкесінің аты-жөні",
            "әкесі",
            "父亲姓名",
            "父亲",
            "父名",
        ),
    ),
    "mother_name": (
        W("Mother's name", "Имя матери", "Анасының аты", "ئانىسىنىڭ ئىسمى"),
        (
            "mother's name",
            "mother",
            "name of mother",
            "имя матери",
            "мать",
            "фио матери",
            "анасының аты",
            "анасының аты-жөні",
            "анасы",
            "母亲姓名",
            "母亲",
            "母名",
        ),
    ),
    "ethnicity": (
        W("Ethnicity", "Национальность", "Ұлты", "مىللىتى"),
        ("ethnicity", "nationality", "национальность", "ұлты", "民族"),
    ),
    "occupation": (
        W("Occupation", "Профессия", "Кәсібі", "كەسپى"),
        ("occupation", "profession", "профессия", "род занятий", "кәсібі", "职业"),
    ),
    "citizenship": (
        W("Citizenship", "Гражданство", "Азаматтығы", "دۆلەت تەۋەلىكى"),
        ("citizenship", "гражданство", "азаматтығы", "国籍"),
    ),
    "prefecture": (
        W("Prefecture", "Округ / префектура", "Аймақ", "ۋىلايەت"),
        ("prefecture", "префектура", "округ", "аймақ", "地区", "州"),
    ),
    "county": (W("County", "Уезд", "Аудан", "ناھىيە"), ("county", "уезд", "аудан", "县", "县市")),
    "township": (
        W("Township", "Волость", "Ауыл округі", "يېزا"),
        ("township", "волость", "поселок", "乡镇", "乡"),
    ),
    "village": (W("Village", "Село", "Ауыл", "كەنت"), ("village", "село", "деревня", "ауыл", "村")),
    "residence_kz": (
        W(
            "Residence in Kazakhstan",
            "Место жительства в Казахстане",
            "Қазақстандағы мекенжайы",
            "قازاقىستاندىكى ئادرېسى",
        ),
        ("residence in kazakhstan", "residence", "место жительства", "мекенжайы", "住址"),
    ),
    "id_prc": (
        W("PRC ID number", "Номер удостоверения КНР", "ҚХР жеке куәлік нөмірі", "جۇڭگو كىملىك نومۇرى"),
        (
            "prc id number",
            "prc id",
            "id number",
            "номер удостоверения",
            "жеке куәлік",
            "身份证号",
            "身份证号码",
            "身份证",
        ),
    ),
    "id_other": (
        W("Other document", "Другой документ", "Басқа құжат", "باشقا ھۆججەت"),
        ("passport", "iin", "паспорт", "иин", "жсн", "护照"),
    ),
    "person_status": (
        W("Person's status", "Статус человека", "Адамның жағдайы", "كىشىنىڭ ئەھۋالى"),
        (
            "person status",
            "status",
            "current status",
            "статус",
            "положение",
            "жағдайы",
            "мәртебесі",
            "状态",
            "现状",
        ),
    ),
    "case_status": (
        W("Case status", "Статус дела", "Іс мәртебесі", "دېلو ھالىتى"),
        ("case status", "статус дела", "іс мәртебесі", "案件状态"),
    ),
    "intake_date": (
        W("Intake date", "Дата приёма", "Қабылданған күні", "قوبۇل قىلىنغان ۋاقتى"),
        ("intake date", "date of intake", "дата приема", "дата приёма", "қабылданған күні", "登记日期"),
    ),
    "disappeared_on": (
        W("Disappeared on", "Дата исчезновения", "Жоғалған күні", "يوقالغان ۋاقتى"),
        (
            "disappeared on",
            "date of disappearance",
            "disappeared",
            "дата исчезновения",
            "дата задержания",
            "жоғалған күні",
            "ұсталған күні",
            "失踪日期",
            "失踪时间",
        ),
    ),
    "disappeared_place": (
        W("Place of disappearance", "Место исчезновения", "Жоғалған жері", "يوقالغان يېرى"),
        ("place of disappearance", "место исчезновения", "жоғалған жері", "失踪地点"),
    ),
    "perpetrators": (
        W("Believed responsible", "Предполагаемые исполнители", "Күдікті орган", "گۇماندار ئورگان"),
        ("believed responsible", "perpetrators", "исполнители", "орган", "кім ұстады", "执行机关"),
    ),
    "facility": (
        W("Facility", "Учреждение", "Мекеме", "ئورۇن"),
        (
            "facility",
            "camp",
            "prison",
            "лагерь",
            "учреждение",
            "тюрьма",
            "лагерь/тюрьма",
            "лагері",
            "түрме",
            "营",
            "监狱",
        ),
    ),
    "facility_kind": (
        W("Facility kind", "Тип учреждения", "Мекеме түрі", "ئورۇن تۈرى"),
        ("facility kind", "facility type", "тип учреждения", "мекеме түрі", "设施类型"),
    ),
    "summary": (
        W("Summary", "Краткое описание", "Қысқаша мазмұны", "قىسقىچە مەزمۇنى"),
        ("summary", "описание", "мазмұны", "摘要"),
    ),
    "notes": (
        W("Notes", "Заметки", "Ескертпелер", "ئىزاھات"),
        ("notes", "note", "comments", "примечания", "заметки", "ескертпе", "备注"),
    ),
    "witness_name": (
        W("Witness", "Свидетель", "Куә", "گۇۋاھچى"),
        (
            "witness",
            "witness name",
            "reported by",
            "заявитель",
            "свидетель",
            "куә",
            "өтініш беруші",
            "证人",
            "报告人",
        ),
    ),
    "witness_relation": (
        W("Witness's relation", "Родство свидетеля", "Куәнің туыстығы", "گۇۋاھچىنىڭ مۇناسىۋىتى"),
        ("relation", "relationship", "родство", "кем приходится", "туыстығы", "关系"),
    ),
    "witness_contact": (
        W("Witness's contact", "Контакт свидетеля", "Куәнің байланысы", "گۇۋاھچىنىڭ ئالاقىسى"),
        ("contact", "phone", "телефон", "контакт", "байланыс", "电话", "联系方式"),
    ),
    "testimony": (
        W("Testimony", "Показания", "Куәлік", "گۇۋاھلىق"),
        ("testimony", "statement", "account", "показания", "рассказ", "куәлік", "айғақ", "证词", "陈述"),
    ),
    "testimony_language": (
        W("Testimony language", "Язык показаний", "Куәлік тілі", "گۇۋاھلىق تىلى"),
        ("testimony language", "language", "язык", "тілі", "语言"),
    ),
}

_NAME_SYNONYMS: dict[str, tuple[str, ...]] = {
    NameScript.KK_CYRL: ("name", "full name", "аты-жөні", "аты жөні", "аты", "name (kazakh)", "kazakh name"),
    NameScript.KK_LATN: ("name (latin)", "latin name", "kazakh latin"),
    NameScript.KK_ARAB: ("kazakh arabic", "төте жазу", "قازاقشا اتى"),
    NameScript.UG_ARAB: ("uyghur name", "ئىسمى", "ئىسىم فامىلىسى", "уйгурское имя"),
    NameScript.UG_LATN: ("uyghur latin",),
    NameScript.ZH_HANS: ("chinese name", "姓名", "中文名", "中文姓名", "китайское имя", "қытайша аты"),
    NameScript.PINYIN: ("pinyin", "拼音"),
    NameScript.RU: ("фио", "имя", "russian name", "имя (рус)", "орысша аты"),
    NameScript.EN: ("english name", "name (english)"),
}
_REF_SYNONYMS: dict[str, tuple[str, ...]] = {
    Register.XJVICTIMS: (
        "xinjiang victims database",
        "xjvictims",
        "shahit",
        "shahit.biz",
        "victims database",
    ),
    Register.WGEID: ("wgeid", "wgeid reference", "wgeid case", "ргнни", "ежжт"),
    Register.MINISTRY: ("ministry file", "ministry number", "мид", "номер мид", "министрлік"),
    Register.NGO: ("ngo id", "other ngo", "атаджурт", "atajurt"),
}


def _name_label(script: str) -> W:
    en, ru, kk, ug = (f"{_NAME.get(lang)}: {label(NameScript, script, lang)}" for lang in LANGS)
    return W(en, ru, kk, ug)


def _ref_label(register: str) -> W:
    en, ru, kk, ug = (label(Register, register, lang) for lang in LANGS)

    def up(word: str) -> str:
        return word[:1].upper() + word[1:]

    return W(up(en), up(ru), up(kk), up(ug))


FIELDS: dict[str, tuple[W, tuple[str, ...]]] = {
    "uuid": _PLAIN["uuid"],
    "case_number": _PLAIN["case_number"],
    **{f"name:{s.value}": (_name_label(s), _NAME_SYNONYMS.get(s, ())) for s in NameScript},
    **{k: v for k, v in _PLAIN.items() if k not in ("uuid", "case_number")},
    **{f"ref:{r.value}": (_ref_label(r), _REF_SYNONYMS[r]) for r in Register if r in _REF_SYNONYMS},
}


def field_label(key: str, lang: str = "en") -> str:
    return FIELDS[key][0].get(lang)


def normalise_header(text: str) -> str:
    """Case, width and punctuation folded: «ФИО:», «Фио» and «ＦＩＯ» are one header."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    text = re.sub(r"[^\w()/\-\s]+", " ", text)
    return " ".join(text.split())


def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for key, (wording, synonyms) in FIELDS.items():
        for text in (key, *(wording.get(lang) for lang in LANGS), *synonyms):
            table.setdefault(normalise_header(text), key)
    return table


_LOOKUP = _lookup()


def guess_field(header: str) -> str | None:
    return _LOOKUP.get(normalise_header(header))


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → field key for the headers recognised; each field used once, by the
    first column that names it."""
    used: set[str] = set()
    found: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = guess_field(header)
        if key is not None and key not in used:
            used.add(key)
            found[index] = key
    return found
