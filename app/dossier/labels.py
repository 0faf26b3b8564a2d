"""Label and letter wording of dossiers in English, Russian and Kazakh.

Codes (statuses, act kinds…) are worded by the one label registry, app/labels.

Only the words Izdeu adds are translated; what was recorded (names, testimonies, places) is
printed as recorded. A missing translation falls back to English rather than failing, so a
dossier can always be produced.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Literal

from app.labels import all_texts, coded_label
from app.model.codes import (
    ActKind,
    AddresseeKind,
    CaseStatus,
    Citizenship,
    ConsentHow,
    Ethnicity,
    IdentityLevel,
    Language,
    NameKind,
    NameScript,
    PersonStatus,
    Procedure,
    Register,
    Relation,
    Sex,
)

__all__ = ["LANGS", "Lang", "enum_label", "label", "static_texts"]

Lang = Literal["en", "ru", "kk"]
LANGS: tuple[Lang, ...] = ("en", "ru", "kk")

# key: (English, Russian, Kazakh)
_LABELS: dict[str, tuple[str, str, str]] = {
    # page furniture
    "confidential": ("CONFIDENTIAL", "КОНФИДЕНЦИАЛЬНО", "ҚҰПИЯ"),
    "page_of": ("Page {page} of {pages}", "Страница {page} из {pages}", "{pages} беттің {page}-беті"),
    "case": ("Case", "Дело", "Іс"),
    "generated": ("Generated {date}", "Сформировано {date}", "Жасалған күні {date}"),
    "signed_note": (
        "Signed electronically by {org} on {date}. Certificate fingerprint (SHA-256):",
        "Подписано электронной подписью: {org}, {date}. Отпечаток сертификата (SHA-256):",
        "Электрондық қолтаңба қойған: {org}, {date}. Сертификат ізі (SHA-256):",
    ),
    # cover
    "title": (
        "Dossier on a disappeared person",
        "Досье на исчезнувшее лицо",
        "Хабарсыз кеткен адам туралы досье",
    ),
    "title_wgeid": (
        "Report of an enforced disappearance — for the UN Working Group on "
        "Enforced or Involuntary Disappearances",
        "Сообщение о насильственном исчезновении — для Рабочей группы ООН по "
        "насильственным или недобровольным исчезновениям",
        "Күштеп жоғалту туралы хабарлама — БҰҰ-ның Күштеп немесе еріксіз жоғалтулар жөніндегі жұмыс тобына",
    ),
    "title_sheet": (
        "Case summary — one page",
        "Краткая справка по делу — одна страница",
        "Іс бойынша қысқаша анықтама — бір бет",
    ),
    "steps_taken": ("Steps taken", "Принятые меры", "Қабылданған шаралар"),
    "sheet_full": (
        "The full dossier of case {case} is available from the submitting organisation.",
        "Полное досье по делу {case} можно получить у представившей организации.",
        "{case} ісі бойынша толық досьені ұсынған ұйымнан алуға болады.",
    ),
    "covering_title": ("Covering list", "Сопроводительный перечень", "Ілеспе тізім"),
    "covering_intro": (
        "{n} dossier(s). Each file can be checked against its SHA-256 (sha256sum FILE).",
        "Досье: {n}. Каждый файл можно проверить по его SHA-256 (sha256sum ФАЙЛ).",
        "Досье саны: {n}. Әр файлды SHA-256 мәні бойынша тексеруге болады (sha256sum ФАЙЛ).",
    ),
    "name": ("Name", "Имя", "Аты-жөні"),
    "pages": ("Pages", "Страниц", "Беттер"),
    "file": ("File", "Файл", "Файл"),
    "title_public": (
        "Case summary (identities reduced as consented)",
        "Сводка по делу (личности раскрыты только с согласия)",
        "Іс бойынша шолу (тұлғалар тек келісім бойынша көрсетілген)",
    ),
    "names": (
        "Names in every recorded script",
        "Имена во всех записанных написаниях",
        "Барлық жазылған жазулардағы есімдері",
    ),
    "case_number": ("Case number", "Номер дела", "Іс нөмірі"),
    "case_status": ("Case status", "Статус дела", "Іс мәртебесі"),
    "current_status": ("Current status of the person", "Текущее положение лица", "Адамның қазіргі жағдайы"),
    "disappeared_on": ("Date of disappearance", "Дата исчезновения", "Жоғалған күні"),
    "disappeared_place": (
        "Place of arrest or last seen",
        "Место задержания или где последний раз видели",
        "Ұсталған немесе соңғы рет көрінген жері",
    ),
    "perpetrators": ("Believed responsible", "Предполагаемые исполнители", "Жауапты деп саналатындар"),
    "summary": ("Summary", "Краткое изложение", "Қысқаша мазмұны"),
    "organisation": ("Submitted by", "Представлено", "Ұсынған"),
    "date": ("Date", "Дата", "Күні"),
    "intake_date": ("Date of intake", "Дата приёма", "Қабылданған күні"),
    "external_refs": ("Other registers", "Другие реестры", "Басқа тізілімдер"),
    "procedure": ("Procedure", "Процедура", "Рәсім"),
    "no_photo": ("No photo", "Нет фото", "Фото жоқ"),
    "not_recorded": ("not recorded", "не указано", "көрсетілмеген"),
    "not_given": ("not given", "не указано", "көрсетілмеген"),
    # WGEID
    "wgeid_elements": (
        "WGEID minimum elements",
        "Минимальные элементы РГННИ",
        "БҰҰ жұмыс тобы (WGEID) талап ететін ең аз мәліметтер",
    ),
    "present": ("present", "есть", "бар"),
    "missing": ("MISSING", "ОТСУТСТВУЕТ", "ЖОҚ"),
    "incomplete": ("INCOMPLETE", "НЕПОЛНО", "ТОЛЫҚ ЕМЕС"),
    "latin_transliterated": (
        "transliterated by Izdeu",
        "транслитерация Izdeu",
        "Izdeu транслитерациясы",
    ),
    "chinese_official": ("Chinese official name", "Официальное китайское имя", "Ресми қытайша аты"),
    "same_person": (
        "Same person, also recorded as case",
        "То же лицо, также записано в деле",
        "Сол адам, мына іс ретінде де жазылған",
    ),
    "related_cases": ("Related cases", "Связанные дела", "Байланысты істер"),
    "related_withheld": (
        "{count} more not listed (no consent for this recipient)",
        "ещё {count} не указано (нет согласия для этого получателя)",
        "тағы {count} көрсетілмеген (бұл алушыға келісім жоқ)",
    ),
    "latin_script": ("Latin script", "Латиница", "Латын әрпі"),
    "el_a": (
        "a. Full name and identifying information",
        "a. Полное имя и данные о личности",
        "a. Толық аты-жөні және жеке басы туралы мәліметтер",
    ),
    "el_b": (
        "b. Date of disappearance (at least month and year)",
        "b. Дата исчезновения (как минимум месяц и год)",
        "b. Жоғалған күні (кемінде айы мен жылы)",
    ),
    "el_c": (
        "c. Place of arrest or abduction, or where last seen",
        "c. Место задержания, похищения или где последний раз видели",
        "c. Ұсталған, ұрланған немесе соңғы рет көрінген жері",
    ),
    "el_d": (
        "d. Who is believed to have carried it out",
        "d. Кто предположительно совершил исчезновение",
        "d. Кім жасады деп саналады",
    ),
    "el_e": (
        "e. Steps taken to find the person, or why remedies were not possible",
        "e. Принятые меры по розыску или почему средства защиты недоступны",
        "e. Іздеу үшін жасалған әрекеттер немесе неліктен мүмкін болмағаны",
    ),
    "el_f": (
        "f. Person or organisation submitting the report (confidential)",
        "f. Лицо или организация, представляющие сообщение (конфиденциально)",
        "f. Хабарламаны ұсынған адам немесе ұйым (құпия)",
    ),
    "month_unknown": ("month not known", "месяц неизвестен", "айы белгісіз"),
    "missing_note": (
        "Missing elements must be supplied before the Working Group can transmit the case.",
        "Отсутствующие элементы необходимо восполнить, чтобы Рабочая группа могла препроводить дело.",
        "Жұмыс тобы істі жіберу үшін жетіспейтін мәліметтерді толықтыру қажет.",
    ),
    "urgent": (
        "URGENT PROCEDURE: the disappearance occurred less than three months ago. The "
        "Working Group can act on it under its urgent action procedure.",
        "СРОЧНАЯ ПРОЦЕДУРА: исчезновение произошло менее трёх месяцев назад. Рабочая "
        "группа может рассмотреть его в порядке срочной процедуры.",
        "ШҰҒЫЛ РӘСІМ: адам үш айдан аз уақыт бұрын жоғалды. Жұмыс тобы оны шұғыл "
        "әрекет рәсімімен қарай алады.",
    ),
    "steps_count": ("{n} step(s) recorded", "записано мер: {n}", "{n} әрекет жазылған"),
    # sections
    "identity": ("Identity", "Личность", "Жеке басы"),
    "sex": ("Sex", "Пол", "Жынысы"),
    "birth_date": ("Date of birth", "Дата рождения", "Туған күні"),
    "father_name": ("Father's name", "Имя отца", "Әкесінің аты"),
    "mother_name": ("Mother's name", "Имя матери", "Анасының аты"),
    "ethnicity": ("Ethnicity", "Национальность", "Ұлты"),
    "citizenships": ("Citizenship", "Гражданство", "Азаматтығы"),
    "id_documents": ("Identity documents", "Документы", "Құжаттары"),
    "confiscated": ("confiscated", "изъят", "тәркіленген"),
    "id_says": (
        "the number gives: born {born}, {sex}",
        "по номеру: родился(-ась) {born}, пол {sex}",
        "нөмір бойынша: туған күні {born}, жынысы {sex}",
    ),
    "id_registered": ("registered in {region}", "регистрация: {region}", "тіркелген жері: {region}"),
    "id_code_years": ("(code in use {years})", "(код действует {years})", "(код қолданыста: {years})"),
    "id_check_fails": (
        "the number does not pass its check digit",
        "номер не проходит проверку контрольной цифры",
        "нөмір бақылау цифрынан өтпейді",
    ),
    "held": ("held", "на руках", "қолында"),
    "occupation": ("Occupation", "Род занятий", "Кәсібі"),
    "hometown": ("Hometown", "Место жительства в КНР", "Туған жері"),
    "residence_kz": (
        "Residence in Kazakhstan",
        "Место жительства в Казахстане",
        "Қазақстандағы тұрғылықты жері",
    ),
    "health": ("Health", "Здоровье", "Денсаулығы"),
    "physical_description": ("Physical description", "Внешние приметы", "Сыртқы белгілері"),
    "timeline": ("Timeline", "Хронология", "Оқиғалар желісі"),
    "no_acts": ("No events recorded.", "События не записаны.", "Оқиғалар жазылмаған."),
    "detention": ("Detention", "Содержание под стражей", "Қамауда ұстау"),
    "place": ("Place", "Место", "Орны"),
    "facility": ("Facility", "Учреждение", "Мекеме"),
    "facility_location": ("Facility location", "Местонахождение учреждения", "Мекеменің орналасқан жері"),
    "coordinates": ("Coordinates", "Координаты", "Координаттары"),
    "agency": (
        "Agency believed responsible",
        "Предположительно ответственный орган",
        "Жауапты деп саналатын орган",
    ),
    "official_reason": ("Official reason", "Официальная причина", "Ресми себебі"),
    "believed_reason": ("Reason the family believes", "Причина по мнению семьи", "Отбасы ойлайтын себеп"),
    "charge": ("Charge", "Обвинение", "Айып"),
    "court": ("Court", "Суд", "Сот"),
    "sentence": ("Sentence", "Приговор", "Үкім"),
    "testimonies": ("Testimonies", "Показания", "Куәгерлік айғақтар"),
    "no_testimonies": (
        "No testimony can be included.",
        "Показания не могут быть включены.",
        "Айғақтарды қосуға болмайды.",
    ),
    "testimony_n": ("Testimony {n}", "Показание {n}", "{n}-айғақ"),
    "witness": ("Witness", "Свидетель", "Куәгер"),
    "relation": ("Relation", "Родство", "Туыстығы"),
    "how_known": ("How they know", "Откуда известно", "Қайдан біледі"),
    "contact": ("Contact", "Контакты", "Байланыс"),
    "interview": ("Interview", "Интервью", "Сұхбат"),
    "interviewer": ("Interviewer", "Интервьюер", "Сұхбат алушы"),
    "interpreter": ("Interpreter", "Переводчик", "Аудармашы"),
    "language": ("Language", "Язык", "Тілі"),
    "original": ("Original", "Оригинал", "Түпнұсқа"),
    "translation": ("Translation ({lang})", "Перевод ({lang})", "Аударма ({lang})"),
    "translator": ("Translated by", "Переводчик", "Аударған"),
    "supports": ("Supports", "Подтверждает", "Растайды"),
    "consent": ("Consent for this recipient", "Согласие для этого адресата", "Осы алушыға келісім"),
    "withheld_name": ("[name withheld]", "[имя скрыто]", "[аты жасырылған]"),
    "withheld_contact": ("[contact withheld]", "[контакт скрыт]", "[байланыс жасырылған]"),
    "a_relative": ("A relative", "Родственник", "Туысы"),
    "a_relative_rel": ("A relative ({relation})", "Родственник ({relation})", "Туысы ({relation})"),
    "withdrawn": (
        "The testimony of one witness is not included: the witness withdrew consent.",
        "Показания одного свидетеля не включены: свидетель отозвал согласие.",
        "Бір куәгердің айғағы қосылмады: куәгер келісімін қайтарып алды.",
    ),
    "withdrawn_n": (
        "Testimonies not included because the witness withdrew consent: {n}.",
        "Не включено показаний, так как свидетель отозвал согласие: {n}.",
        "Куәгер келісімін қайтарып алғандықтан қосылмаған айғақтар: {n}.",
    ),
    "not_consented_n": (
        "Testimonies not included because the witness's consent does not cover this recipient: {n}.",
        "Не включено показаний, так как согласие свидетеля не распространяется на этого адресата: {n}.",
        "Куәгердің келісімі осы алушыға қатысты болмағандықтан қосылмаған айғақтар: {n}.",
    ),
    "steps": (
        "Steps taken and answers received",
        "Принятые меры и полученные ответы",
        "Жасалған әрекеттер және алынған жауаптар",
    ),
    "no_steps": ("No steps recorded.", "Меры не записаны.", "Әрекеттер жазылмаған."),
    "remedies": (
        "Why domestic remedies were not possible",
        "Почему внутренние средства защиты недоступны",
        "Неліктен ішкі құқықтық қорғау құралдары мүмкін болмады",
    ),
    "actor": ("By", "Кем", "Кім"),
    "addressee": ("To", "Кому", "Кімге"),
    "reference": ("Reference", "Номер", "Нөмірі"),
    "response": ("Response", "Ответ", "Жауап"),
    "response_date": ("Response date", "Дата ответа", "Жауап күні"),
    "no_response": ("no response recorded", "ответ не записан", "жауап жазылмаған"),
    "next_follow_up": ("Next follow-up", "Следующее напоминание", "Келесі еске салу"),
    "evidence": ("Evidence", "Доказательства", "Дәлелдер"),
    "no_evidence": ("No files recorded.", "Файлы не записаны.", "Файлдар жазылмаған."),
    "evidence_intro": (
        "Each file is identified by its SHA-256 fingerprint taken at intake; a "
        "copy can be checked against it.",
        "Каждый файл определяется отпечатком SHA-256, снятым при приёме; по нему можно проверить копию.",
        "Әр файл қабылдау кезінде алынған SHA-256 таңбасымен анықталады; көшірмені "
        "сол арқылы тексеруге болады.",
    ),
    "media_type": ("Type", "Тип", "Түрі"),
    "duration": ("Duration", "Длительность", "Ұзақтығы"),
    "recorded_in_izdeu": (
        "Recorded in Izdeu, started {start}, input: {device}",
        "Записано в Izdeu, начало {start}, вход: {device}",
        "Izdeu-де жазылған, басталуы {start}, кіріс: {device}",
    ),
    "recording_cut": (
        "The recording was interrupted; this is the part that was saved.",
        "Запись была прервана; это сохранившаяся часть.",
        "Жазба үзілді; бұл сақталып қалған бөлігі.",
    ),
    "media_listed": (
        "Audio and video files are listed only; they are not reproduced in this document. "
        "The files themselves are kept with the case.",
        "Аудио- и видеофайлы только перечислены и в этот документ не включены. "
        "Сами файлы хранятся вместе с делом.",
        "Аудио және бейне файлдар тек тізімде көрсетілген, бұл құжатқа енгізілмеген. "
        "Файлдардың өздері іспен бірге сақталады.",
    ),
    "size": ("Size", "Размер", "Көлемі"),
    "description": ("Description", "Описание", "Сипаттамасы"),
    "withheld_files": (
        "Files withheld with a testimony that cannot be included: {n}.",
        "Файлы, не включённые вместе с показаниями: {n}.",
        "Айғақпен бірге қосылмаған файлдар: {n}.",
    ),
    "hash_mismatch": (
        "WARNING: the content no longer matches the SHA-256 recorded at intake.",
        "ВНИМАНИЕ: содержимое не совпадает с SHA-256, записанным при приёме.",
        "НАЗАР АУДАРЫҢЫЗ: мазмұны қабылдау кезінде жазылған SHA-256-ға сәйкес келмейді.",
    ),
    "appendix": (
        "Appendix: photos and scanned documents",
        "Приложение: фотографии и сканы документов",
        "Қосымша: фотосуреттер мен құжаттардың сканерленген көшірмелері",
    ),
    "no_images": (
        "No photos or scans.",
        "Нет фотографий или сканов.",
        "Фотосуреттер мен сканерленген көшірмелер жоқ.",
    ),
    "image_failed": (
        "This image could not be reproduced (damaged or unsupported file). Its "
        "fingerprint is in the evidence list.",
        "Изображение не удалось воспроизвести (файл повреждён или не "
        "поддерживается). Его отпечаток указан в перечне доказательств.",
        "Бұл суретті көрсету мүмкін болмады (файл бүлінген немесе қолдау "
        "көрсетілмейді). Оның таңбасы дәлелдер тізімінде бар.",
    ),
    "pdf_listed": (
        "PDF document, not reproduced here; provided as a separate file.",
        "Документ PDF, здесь не воспроизводится; предоставляется отдельным файлом.",
        "PDF құжат, мұнда көрсетілмейді; жеке файл ретінде беріледі.",
    ),
    "status_history": ("Status history", "История статуса", "Мәртебе тарихы"),
    "source": ("Source", "Источник", "Дереккөзі"),
    "status_entered": (
        "entered in the case file, not a report",
        "внесено в дело, а не сообщено",
        "іске енгізілген, хабарланған емес",
    ),
    # covering letter
    "letter_to": ("To: {addressee}", "Кому: {addressee}", "Кімге: {addressee}"),
    "letter_default_addressee": (
        "Ministry of Foreign Affairs of the Republic of Kazakhstan",
        "Министерство иностранных дел Республики Казахстан",
        "Қазақстан Республикасының Сыртқы істер министрлігі",
    ),
    "letter_from": ("From: {org}", "От: {org}", "Кімнен: {org}"),
    "letter_subject": (
        "Re: the disappearance of {name} (case {case})",
        "О розыске: {name} (дело {case})",
        "Іздеу туралы: {name} (іс {case})",
    ),
    "letter_salutation": ("Dear Sir or Madam,", "Уважаемые господа!", "Құрметті мырзалар!"),
    # Names cannot be declined automatically, so the sentences put them after a colon.
    "letter_body": (
        "We respectfully submit information on the disappearance of a person: "
        "{name} (date of birth: {born}). Date of disappearance: {date}. Place: "
        "{place}. The family has had no reliable news of the person's fate or "
        "whereabouts since then.",
        "Настоящим направляем сведения об исчезновении человека: {name} (дата "
        "рождения: {born}). Дата исчезновения: {date}. Место: {place}. С тех пор "
        "семья не имеет достоверных сведений о его (её) судьбе и местонахождении.",
        "Хабарсыз кеткен адам туралы мәліметтерді ұсынамыз: {name} (туған күні: "
        "{born}). Жоғалған күні: {date}. Орны: {place}. Содан бері отбасында оның "
        "тағдыры мен қайда екені туралы сенімді хабар жоқ.",
    ),
    "letter_request": (
        "We ask the Ministry to request information on the fate and "
        "whereabouts of this person from the authorities of the People's "
        "Republic of China, to inform the family of any answer, and to take the "
        "steps within its competence to protect the person's rights.",
        "Просим Министерство запросить у властей Китайской Народной Республики "
        "сведения о судьбе и местонахождении этого человека, сообщить семье о "
        "полученном ответе и принять меры в пределах своей компетенции для "
        "защиты его (её) прав.",
        "Министрліктен Қытай Халық Республикасының билігінен осы адамның тағдыры "
        "мен қайда екені туралы мәлімет сұратуды, алынған жауапты отбасына "
        "хабарлауды және өз құзыреті шегінде оның құқықтарын қорғау үшін шаралар "
        "қабылдауды сұраймыз.",
    ),
    "letter_enclosed": (
        "The enclosed dossier sets out what is known. Witness identities are "
        "given only as far as each witness has consented.",
        "Прилагаемое досье содержит известные сведения. Личности свидетелей "
        "указаны только в пределах их согласия.",
        "Қоса беріліп отырған досьеде белгілі мәліметтер берілген. "
        "Куәгерлердің аты-жөні тек олардың келісімі шегінде көрсетілген.",
    ),
    "letter_closing": ("Respectfully,", "С уважением,", "Құрметпен,"),
    "letter_annex": (
        "Annex: dossier, case {case}",
        "Приложение: досье по делу {case}",
        "Қосымша: {case} ісі бойынша досье",
    ),
    "unknown_person": ("the person concerned", "указанном лице", "аталған адам"),
}

# The dossier's names for the model's code lists; their wording is the one registry's
# (app/labels), in its fuller document form.
_ENUMS: dict[str, type[StrEnum]] = {
    "status": CaseStatus,
    "current_status": PersonStatus,
    "act": ActKind,
    "identity": IdentityLevel,
    "procedure": Procedure,
    "sex": Sex,
    "script": NameScript,
    "name_kind": NameKind,
    "addressee_kind": AddresseeKind,
    "language": Language,
    "register": Register,
    "ethnicity": Ethnicity,
    "citizenship": Citizenship,
    "relation": Relation,
    "consent_how": ConsentHow,
}
# Not a stored code: what app/dossier/consent.py reports for a witness with no grant here.
_NOT_CONSENTED = (
    "not consented (shown as a relative only)",
    "согласия нет (указан только как родственник)",
    "келісім жоқ (тек туысы ретінде көрсетілген)",
)


def _pick(entry: tuple[str, str, str], lang: str) -> str:
    return entry[LANGS.index(lang)] if lang in LANGS else entry[0]


def label(key: str, lang: str, /, **values: object) -> str:
    """The wording of ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    text = _pick(_LABELS[key], lang)
    return text.format(**values) if values else text


def enum_label(group: str, value: str, lang: str, /) -> str:
    """A stored code (status, act kind…) in words; unknown codes are shown as they are, and
    a coded field's ``other:`` value by its words (app/model/coded.py)."""
    if group == "identity" and value == "none":
        return _pick(_NOT_CONSENTED, lang)
    enum = _ENUMS.get(group)
    return coded_label(enum, value, lang, document=True) if enum else value


@cache
def static_texts() -> frozenset[str]:
    """Every fixed wording (no placeholders), in every language: safe to cache anywhere."""
    texts = {t for entry in _LABELS.values() for t in entry if "{" not in t}
    texts.update(_NOT_CONSENTED)
    texts.update(all_texts(LANGS))
    return frozenset(texts)
