"""Fictional name parts, each spelled in every script it is written in, and the other
word tables the demo generator draws from (places, months, agencies, reasons, statuses).

Names are built from syllables, so no real person is named. Prefectures and counties are real
places in Xinjiang (families name them); townships and villages are invented.
"""

from __future__ import annotations

# --- fictional name parts, each spelled in every script it is written in ------------------
# Kazakh parts: (kk-Cyrl, kk-Latn [2021 alphabet], zh-Hans transcription, pinyin, Russian)
KK_PRE = [
    ("Ақ", "Aq", "阿克", "Ake", "Ак"),
    ("Бек", "Bek", "别克", "Bieke", "Бек"),
    ("Ер", "Er", "叶尔", "Ye'er", "Ер"),
    ("Нұр", "Nūr", "努尔", "Nu'er", "Нур"),
    ("Сай", "Sai", "赛", "Sai", "Сай"),
    ("Таң", "Tañ", "唐", "Tang", "Тан"),
    ("Көк", "Kök", "阔克", "Kuoke", "Кок"),
    ("Жан", "Jan", "加恩", "Jia'en", "Жан"),
]
KK_MALE = [
    ("жол", "jol", "卓勒", "zhuole", "жол"),
    ("бол", "bol", "波勒", "bole", "бол"),
    ("тай", "tai", "泰", "tai", "тай"),
    ("бек", "bek", "别克", "bieke", "бек"),
    ("хан", "han", "汗", "han", "хан"),
]
KK_FEMALE = [
    ("гүл", "gül", "古丽", "guli", "гуль"),
    ("сұлу", "sūlu", "苏鲁", "sulu", "сулу"),
    ("ай", "ai", "阿依", "ayi", "ай"),
]
# Uyghur parts: (ug-Arab, ug-Latn [ULY], zh-Hans transcription, pinyin, Russian)
UG_PRE = [
    ("ئاي", "Ay", "阿依", "Ayi", "Ай"),
    ("تۇر", "Tur", "吐尔", "Tu'er", "Тур"),
    ("نۇر", "Nur", "努尔", "Nu'er", "Нур"),
    ("قۇت", "Qut", "库特", "Kute", "Кут"),
    ("ياق", "Yaq", "亚克", "Yake", "Як"),
    ("ئەل", "El", "艾勒", "Aile", "Эль"),
]
UG_MALE = [
    ("سۇن", "sun", "逊", "xun", "сун"),
    ("مەت", "met", "买提", "maiti", "мет"),
    ("جان", "jan", "江", "jiang", "джан"),
    ("بەك", "bek", "别克", "bieke", "бек"),
]
UG_FEMALE = [("گۈل", "gül", "古丽", "guli", "гуль"), ("نىسا", "nisa", "尼萨", "nisa", "ниса")]

# Real prefectures and counties; the townships and villages below them are invented.
KK_PLACES = [
    ("Іле Қазақ автономиялы облысы", "Нылқы ауданы", "Нилки"),
    ("Іле Қазақ автономиялы облысы", "Текес ауданы", "Текес"),
    ("Іле Қазақ автономиялы облысы", "Күнес ауданы", "Кюнес"),
    ("Алтай аймағы", "Бурылтоғай ауданы", "Бурылтогай"),
    ("Алтай аймағы", "Көктоғай ауданы", "Коктогай"),
    ("Тарбағатай аймағы", "Дөрбілжін ауданы", "Дорбилжин"),
    ("Тарбағатай аймағы", "Толы ауданы", "Толи"),
]
KK_TOWNSHIPS = ["Ақсарбас", "Көкжиде", "Таскешу", "Бесқайың", "Жаңатоған"]
KK_VILLAGES = ["Сарыбұлақ", "Қаратал", "Ескіжұрт", "Шалқар", "Боздақ", "Теректі"]
UG_PLACES = [
    ("Qeshqer wilayiti", "Peyziwat nahiyisi", "Пейзиват"),
    ("Qeshqer wilayiti", "Qaghiliq nahiyisi", "Каргалык"),
    ("Xoten wilayiti", "Keriye nahiyisi", "Керия"),
    ("Aqsu wilayiti", "Awat nahiyisi", "Ават"),
    ("Ili Qazaq aptonom oblasti", "Ghulja nahiyisi", "Кульджа"),
]
UG_TOWNSHIPS = ["Yéngisu", "Qumbagh", "Tashériq", "Altunköl", "Yaghachliq"]

MONTHS_KK = [
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
]
MONTHS_RU = [
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
]
MONTHS_UG = [
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
]
MONTHS_EN = [
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
]

AGENCIES = [
    "Бюро общественной безопасности уезда",
    "Полицейский участок волости",
    "Отдел государственной безопасности",
    "Комитет политико-правовой работы",
    "Township police station",
    "County Public Security Bureau",
]
OFFICIAL_REASONS = [
    "«экстремизм»",
    "«двуличие»",
    "поездка за границу без разрешения",
    "«подрыв государственной власти»",
    "«религиозный экстремизм»",
]
BELIEVED_REASONS = [
    "молился",
    "установил WhatsApp на телефон",
    "ездил в Казахстан",
    "читал стихи на свадьбе",
    "имеет родственников за границей",
    "вернулся из Казахстана за пенсией",
]
# Codes of app/model/codes.Relation: what the witness is of the missing person.
RELATIONS = ["daughter", "son", "wife", "brother", "sister", "niece-nephew"]
PERSON_STATUSES = (
    ["missing"] * 5
    + ["camp"] * 4
    + ["prison"] * 4
    + ["detained"] * 2
    + ["restricted"] * 2
    + ["forced-labour", "passport-confiscated", "deceased", "reunited"]
)
CASE_STATUSES = ["open"] * 11 + ["submitted"] * 6 + ["clarified"] * 2 + ["closed"]
