"""Words for what the audit log names: record kinds, field names and actions, in en/ru/kk/ug.

The log stores code names (``addressee_kind``, ``witness_uuid``, ``update``); a case's history
shows these words instead. ``FIELDS`` has an entry for every field a record declares
(tests/core/test_labels.py checks it against app/model/records.py); a name no table knows (a
newer Izdeu's) is shown as it is.
"""

from __future__ import annotations

from app.labels.wording import Wording as W

__all__ = ["FIELDS", "KINDS", "ACTIONS", "field_label", "kind_label", "action_label"]

KINDS: dict[str, W] = {
    "case": W("case", "дело", "іс", "دېلو"),
    "status_change": W("status change", "изменение статуса", "мәртебенің өзгеруі", "ھالەت ئۆزگىرىشى"),
    "act": W("event", "событие", "оқиға", "ۋەقە"),
    "witness": W("witness", "свидетель", "куәгер", "گۇۋاھچى"),
    "testimony": W("testimony", "показание", "айғақ", "گۇۋاھلىق"),
    "intervention": W("intervention", "обращение", "өтініш", "مۇراجىئەت"),
    "attachment": W("file", "файл", "файл", "ھۆججەت"),
    "link": W(
        "link between cases", "связь между делами", "істер арасындағы байланыс", "دېلولار ئارا باغلىنىش"
    ),
    "vault": W("vault", "хранилище", "қойма", "ئامبار"),
    "backup": W("backup", "резервная копия", "сақтық көшірме", "زاپاس نۇسخا"),
}

ACTIONS: dict[str, W] = {
    "create": W("added", "добавлено", "қосылды", "قوشۇلدى"),
    "update": W("changed", "изменено", "өзгертілді", "ئۆزگەرتىلدى"),
    "delete": W("deleted", "удалено", "жойылды", "ئۆچۈرۈلدى"),
    "import": W("imported", "импортировано", "импортталды", "ئەكىرىلدى"),
    "restore": W("restored", "восстановлено", "қалпына келтірілді", "ئەسلىگە كەلتۈرۈلدى"),
    "export": W("file exported", "файл выгружен", "файл шығарылды", "ھۆججەت چىقىرىلدى"),
    "dossier": W("dossier made", "досье создано", "досье жасалды", "دوسيې تەييارلاندى"),
    "merge": W(
        "merged from a backup", "объединено из копии", "көшірмеден біріктірілді", "زاپاستىن بىرلەشتۈرۈلدى"
    ),
    "merge-conflict": W(
        "merge conflict (a value kept aside)",
        "конфликт при объединении (значение отложено)",
        "біріктіру қайшылығы (мән сақталды)",
        "بىرلەشتۈرۈش توقۇنۇشى (قىممەت ساقلاندى)",
    ),
    "merge-conflict-resolved": W(
        "merge conflict settled", "конфликт разрешён", "қайшылық шешілді", "توقۇنۇش ھەل قىلىندى"
    ),
    "merge-kept-deleted": W(
        "kept deleted (changed on a device)",
        "оставлено удалённым (изменено на устройстве)",
        "жойылған күйі қалды (құрылғыда өзгертілген)",
        "ئۆچۈرۈلگەن پېتى قالدى (ئۈسكۈنىدە ئۆزگەرتىلگەن)",
    ),
    "merge-refused-deletion": W(
        "deletion from a backup refused",
        "удаление из копии отклонено",
        "көшірмедегі жою қабылданбады",
        "زاپاستىكى ئۆچۈرۈش رەت قىلىندى",
    ),
    "backup": W("backup made", "копия создана", "көшірме жасалды", "زاپاس نۇسخا ياسالدى"),
    "backup-keys-changed": W(
        "organisation keys changed",
        "ключи организации изменены",
        "ұйым кілттері өзгертілді",
        "تەشكىلات ئاچقۇچلىرى ئۆزگەرتىلدى",
    ),
    "device-key-created": W(
        "device key created", "ключ устройства создан", "құрылғы кілті жасалды", "ئۈسكۈنە ئاچقۇچى قۇرۇلدى"
    ),
    "signer-trusted": W(
        "device trusted", "устройству доверено", "құрылғыға сенім білдірілді", "ئۈسكۈنىگە ئىشەنچ قىلىندى"
    ),
    "signer-untrusted": W(
        "device no longer trusted",
        "доверие устройству снято",
        "құрылғыға сенім алынды",
        "ئۈسكۈنىگە ئىشەنچ بىكار قىلىندى",
    ),
    "settings-changed": W(
        "vault settings changed",
        "настройки хранилища изменены",
        "қойма баптаулары өзгертілді",
        "ئامبار تەڭشىكى ئۆزگەرتىلدى",
    ),
    "import-table": W(
        "imported from a spreadsheet",
        "импортировано из таблицы",
        "кестеден импортталды",
        "جەدۋەلدىن ئەكىرىلدى",
    ),
    "case-merge": W(
        "another case merged into this one",
        "другое дело объединено с этим",
        "басқа іс осымен біріктірілді",
        "باشقا دېلو بۇنىڭغا بىرلەشتۈرۈلدى",
    ),
    "case-split": W(
        "merged cases split again",
        "объединённые дела снова разделены",
        "біріктірілген істер қайта бөлінді",
        "بىرلەشتۈرۈلگەن دېلولار قايتا ئايرىلدى",
    ),
    "discard": W("empty case discarded", "пустое дело удалено", "бос іс жойылды", "قۇرۇق دېلو تاشلاندى"),
    "merge-refused-record": W(
        "record from a backup refused",
        "запись из копии отклонена",
        "көшірмедегі жазба қабылданбады",
        "زاپاستىكى خاتىرە رەت قىلىندى",
    ),
}

FIELDS: dict[str, W] = {
    "uuid": W("identifier", "идентификатор", "идентификатор", "بەلگە نومۇرى"),
    "created": W("created", "создано", "жасалды", "قۇرۇلغان ۋاقىت"),
    "updated": W("last changed", "изменено", "өзгертілді", "ئۆزگەرتىلگەن ۋاقىت"),
    "case_uuid": W("case", "дело", "іс", "دېلو"),
    "case_number": W("case number", "номер дела", "іс нөмірі", "دېلو نومۇرى"),
    "intake_date": W("intake date", "дата приёма", "қабылдау күні", "قوبۇل قىلىنغان كۈن"),
    "interviewer": W("interviewer", "интервьюер", "сұхбат алушы", "سۆھبەتچى"),
    "procedure": W("procedure", "процедура", "рәсім", "تەرتىپ"),
    "status": W("case status", "статус дела", "іс мәртебесі", "دېلو ھالىتى"),
    "same_as": W(
        "same witness as in another case",
        "тот же свидетель, что в другом деле",
        "басқа істегі сол куәгер",
        "باشقا دېلودىكى ئوخشاش گۇۋاھچى",
    ),
    "other_case": W("linked case", "связанное дело", "байланысты іс", "باغلانغان دېلو"),
    "certainty": W("certainty", "достоверность", "сенімділік", "ئىشەنچلىكلىك"),
    "merged": W("merged", "объединено", "біріктірілген", "بىرلەشتۈرۈلگەن"),
    "changes": W(
        "changes made by the merge",
        "изменения при объединении",
        "біріктіру өзгерістері",
        "بىرلەشتۈرۈش ئۆزگىرىشلىرى",
    ),
    "duplicate_of": W("duplicate of", "дубликат дела", "телнұсқасы", "تەكرار نۇسخىسى"),
    "person": W("the person", "человек", "адам", "كىشى"),
    # The person's own fields: what the merge window names side by side (app/store/casemerge.py).
    "sex": W("sex", "пол", "жынысы", "جىنسى"),
    "birth_date": W("date of birth", "дата рождения", "туған күні", "تۇغۇلغان ۋاقتى"),
    "ethnicity": W("ethnicity", "национальность", "ұлты", "مىللىتى"),
    "occupation": W("occupation", "род занятий", "кәсібі", "كەسپى"),
    "hometown": W("hometown", "место жительства в КНР", "туған жері", "يۇرتى"),
    "residence_kz": W(
        "residence in Kazakhstan",
        "место жительства в Казахстане",
        "Қазақстандағы мекенжайы",
        "قازاقىستاندىكى ئادرېسى",
    ),
    "health": W("health", "здоровье", "денсаулығы", "سالامەتلىكى"),
    "physical_description": W(
        "physical description", "внешние приметы", "сыртқы белгілері", "تاشقى ئالاھىدىلىكى"
    ),
    "father_name": W("father's name", "имя отца", "әкесінің аты", "دادىسىنىڭ ئىسمى"),
    "mother_name": W("mother's name", "имя матери", "анасының аты", "ئانىسىنىڭ ئىسمى"),
    "disappeared_on": W("date of disappearance", "дата исчезновения", "жоғалған күні", "يوقالغان كۈنى"),
    "disappeared_place": W("place of disappearance", "место исчезновения", "жоғалған жері", "يوقالغان جايى"),
    "perpetrators": W(
        "believed perpetrators", "предполагаемые исполнители", "болжамды орындаушылар", "گۇمانلىق ئىجراچىلار"
    ),
    "remedies": W(
        "domestic remedies", "внутренние средства защиты", "ішкі қорғау құралдары", "دۆلەت ئىچىدىكى چارىلەر"
    ),
    "summary": W("summary", "краткое изложение", "қысқаша мазмұны", "قىسقىچە مەزمۇنى"),
    "notes": W("notes", "заметки", "жазбалар", "ئىزاھات"),
    "date": W("date", "дата", "күні", "چېسلا"),
    "current_status": W("status of the person", "статус человека", "адамның мәртебесі", "كىشىنىڭ ھالىتى"),
    "source": W("source", "источник", "дереккөз", "مەنبە"),
    "position": W("order", "порядок", "реті", "تەرتىپى"),
    "kind": W("kind", "вид", "түрі", "تۈرى"),
    "date_from": W("from", "с", "бастап", "باشلانغان"),
    "date_to": W("until", "по", "дейін", "ئاخىرلاشقان"),
    "place": W("place", "место", "орны", "ئورنى"),
    "facility": W("facility", "учреждение", "мекеме", "ئورگان"),
    "facility_kind": W("kind of facility", "тип учреждения", "мекеме түрі", "ئورگان تۈرى"),
    "facility_location": W(
        "location of the facility",
        "местонахождение учреждения",
        "мекеменің орналасқан жері",
        "ئورگاننىڭ ئورنى",
    ),
    "coordinates": W("coordinates", "координаты", "координаттар", "كوئوردىناتلار"),
    "agency": W("agency", "ведомство", "ведомство", "ئورگان"),
    "official_reason": W("official reason", "официальная причина", "ресми себебі", "رەسمىي سەۋەبى"),
    "believed_reason": W(
        "believed reason", "предполагаемая причина", "болжамды себебі", "گۇمان قىلىنغان سەۋەبى"
    ),
    "charge": W("charge", "обвинение", "айып", "ئەيىبلەش"),
    "court": W("court", "суд", "сот", "سوت"),
    "sentence": W("sentence", "приговор", "үкім", "ھۆكۈم"),
    "name": W("name", "имя", "аты", "ئىسمى"),
    "relation": W("relation to the person", "родство", "туыстығы", "تۇغقانچىلىقى"),
    "how_known": W("how they know", "откуда известно", "қайдан біледі", "قانداق بىلىدۇ"),
    "language": W("language", "язык", "тілі", "تىلى"),
    "contact": W("contact", "контакт", "байланыс", "ئالاقە"),
    "anonymity_wish": W(
        "wishes to stay anonymous", "желает анонимности", "жасырын қалғысы келеді", "نامسىز قېلىشنى خالايدۇ"
    ),
    "consent": W("consent", "согласие", "келісім", "رۇخسەت"),
    "consent_how": W(
        "how consent was given", "как дано согласие", "келісім қалай берілді", "رۇخسەت قانداق بېرىلدى"
    ),
    "consent_date": W("date of consent", "дата согласия", "келісім күні", "رۇخسەت كۈنى"),
    "consent_withdrawn": W(
        "consent withdrawn on", "согласие отозвано", "келісім қайтарылған күн", "رۇخسەت قايتۇرۇلغان كۈن"
    ),
    "witness_uuid": W("witness", "свидетель", "куәгер", "گۇۋاھچى"),
    "interview_date": W("interview date", "дата интервью", "сұхбат күні", "سۆھبەت كۈنى"),
    "interpreter": W("interpreter", "переводчик", "аудармашы", "تەرجىمان"),
    "original_text": W("original text", "исходный текст", "түпнұсқа мәтін", "ئەسلى تېكىست"),
    "translations": W("translations", "переводы", "аудармалар", "تەرجىمىلەر"),
    "attachment_uuids": W("files", "файлы", "файлдар", "ھۆججەتلەر"),
    "supports": W(
        "facts it supports", "подтверждаемые факты", "растайтын деректер", "ئىسپاتلايدىغان پاكىتلار"
    ),
    "actor": W("who acted", "кто обращался", "кім жүгінді", "كىم مۇراجىئەت قىلدى"),
    "addressee_kind": W("kind of addressee", "тип адресата", "адресат түрі", "ئەۋەتىلگۈچى تۈرى"),
    "addressee": W("addressee", "адресат", "адресат", "ئەۋەتىلگۈچى"),
    "reference": W("reference", "номер обращения", "өтініш нөмірі", "مۇراجىئەت نومۇرى"),
    "response": W("response", "ответ", "жауап", "جاۋاب"),
    "response_date": W("date of response", "дата ответа", "жауап күні", "جاۋاب كۈنى"),
    "next_follow_up": W("next follow-up", "следующее напоминание", "келесі еске салу", "كېيىنكى ئەسكەرتىش"),
    "dossier_sha256": W("dossier fingerprint", "отпечаток досье", "досье таңбасы", "دوسيې بارماق ئىزى"),
    # Lists of the person, named by a merge of two cases (app/store/casemerge.py).
    "names": W("names", "имена", "аттары", "ئىسىملار"),
    "citizenships": W("citizenship", "гражданство", "азаматтығы", "پۇقرالىقى"),
    "id_documents": W("identity documents", "документы", "жеке куәліктері", "كىملىك ھۆججەتلىرى"),
    # Not a record field: what the store writes when an attachment's content is added.
    "file": W("file", "файл", "файл", "ھۆججەت"),
    "recording": W("recording", "запись", "жазба", "ئۈن خاتىرىسى"),
    "original_name": W("file name", "имя файла", "файл аты", "ھۆججەت نامى"),
    "media_type": W("file type", "тип файла", "файл түрі", "ھۆججەت تۈرى"),
    "size": W("size", "размер", "өлшемі", "چوڭلۇقى"),
    "sha256": W("content fingerprint", "отпечаток содержимого", "мазмұн таңбасы", "مەزمۇن بارماق ئىزى"),
    "received_at": W("received", "получено", "алынды", "تاپشۇرۇۋېلىنغان"),
    "handed_over_by": W("handed over by", "кем передано", "кім тапсырды", "كىم تاپشۇردى"),
    "description": W("description", "описание", "сипаттама", "چۈشەندۈرۈش"),
    "external_refs": W(
        "references in other registers",
        "номера в других реестрах",
        "басқа тізілімдердегі нөмірлер",
        "باشقا تىزىملىكلەردىكى نومۇرلار",
    ),
    "redactions": W("hidden regions", "скрытые области", "жасырылған аймақтар", "يوشۇرۇلغان رايونلار"),
    "duration_ms": W("duration", "длительность", "ұзақтығы", "ۋاقىت ئۇزۇنلۇقى"),
    "recorded_with": W("recorded with", "записано на", "жазылған құрылғы", "خاتىرىلىگەن ئۈسكۈنە"),
    "recording_started": W("recording started", "начало записи", "жазба басталды", "خاتىرىلەش باشلانغان"),
    "recording_state": W("recording state", "состояние записи", "жазба күйі", "خاتىرىلەش ھالىتى"),
}


def _get(table: dict[str, W], code: str, lang: str) -> str:
    entry = table.get(code)
    return entry.get(lang) if entry is not None else code


def field_label(name: str, lang: str) -> str:
    return _get(FIELDS, name, lang)


def kind_label(kind: str, lang: str) -> str:
    return _get(KINDS, kind, lang)


def action_label(action: str, lang: str) -> str:
    return _get(ACTIONS, action, lang)
