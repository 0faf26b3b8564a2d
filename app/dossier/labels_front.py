"""Dossier wording of the page furniture, the cover and the WGEID elements (en, ru, kk).

Read through app/dossier/labels.py (``label``), which also says how wording is chosen.
"""

from __future__ import annotations

__all__ = ["FRONT_LABELS"]

# key: (English, Russian, Kazakh)
FRONT_LABELS: dict[str, tuple[str, str, str]] = {
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
        "Dossiers: {n}. Each file can be checked against its SHA-256 (sha256sum FILE).",
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
    "steps_count": ("Steps recorded: {n}", "записано мер: {n}", "{n} әрекет жазылған"),
}
