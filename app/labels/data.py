"""The wording of every model code in every interface language: en, ru, kk and ug.

Each entry is the short wording the interface and the command line show (a list cell, a
choice in a form). ``document=`` gives the fuller wording a dossier prints where the short one
would be too terse for a recipient such as the UN Working Group ("missing, whereabouts
unknown"), or where a document sets it differently (act kinds head timeline entries, so they
are capitalised). tests/core/test_labels.py checks that every code of app/model/codes.ENUMS
has both, non-empty, in every language (Uyghur in Arabic script).
"""

from __future__ import annotations

from enum import StrEnum

from app.labels.people import PERSON_LABELS
from app.labels.wording import Wording as W
from app.model.codes import (
    ActKind,
    AddresseeKind,
    CaseStatus,
    ConsentScope,
    IdentityLevel,
    Language,
    NameKind,
    NameScript,
    PersonStatus,
    Procedure,
    Register,
    Sex,
)

__all__ = ["LABELS"]

LABELS: dict[type[StrEnum], dict[StrEnum, W]] = {
    CaseStatus: {
        CaseStatus.OPEN: W("open", "открыто", "ашық", "ئوچۇق"),
        CaseStatus.SUBMITTED: W(
            "submitted",
            "подано",
            "ұсынылды",
            "سۇنۇلغان",
            document=W("submitted", "подано", "жіберілген", "سۇنۇلغان"),
        ),
        CaseStatus.CLARIFIED: W(
            "clarified",
            "выяснено",
            "анықталды",
            "ئايدىڭلاشقان",
            document=W("clarified", "выяснено", "анықталған", "ئايدىڭلاشقان"),
        ),
        CaseStatus.CLOSED: W(
            "closed", "закрыто", "жабылды", "يېپىلغان", document=W("closed", "закрыто", "жабық", "يېپىلغان")
        ),
    },
    PersonStatus: {
        PersonStatus.MISSING: W(
            "missing / unknown",
            "пропал / неизвестно",
            "жоғалған / белгісіз",
            "يوقالغان / نامەلۇم",
            document=W(
                "missing, whereabouts unknown",
                "пропал(а), местонахождение неизвестно",
                "хабарсыз, қайда екені белгісіз",
                "يوقالغان، قەيەردىلىكى نامەلۇم",
            ),
        ),
        PersonStatus.CAMP: W(
            "in a camp",
            "в лагере",
            "лагерьде",
            "لاگېردا",
            document=W(
                "held in a camp", "содержится в лагере", "лагерьде ұсталуда", "لاگېردا تۇتۇپ تۇرۇلماقتا"
            ),
        ),
        PersonStatus.DETAINED: W(
            "detained",
            "задержан",
            "ұсталған",
            "تۇتۇپ تۇرۇلغان",
            document=W("detained", "задержан(а)", "ұсталған", "تۇتۇپ تۇرۇلغان"),
        ),
        PersonStatus.PRISON: W(
            "sentenced / in prison",
            "осуждён / в тюрьме",
            "сотталған / түрмеде",
            "كېسىلگەن / تۈرمىدە",
            document=W(
                "sentenced, in prison", "осуждён(а), в тюрьме", "сотталған, түрмеде", "كېسىلگەن، تۈرمىدە"
            ),
        ),
        PersonStatus.RESTRICTED: W(
            "released under restrictions",
            "освобождён с ограничениями",
            "шектеулермен босатылған",
            "چەكلىمە بىلەن قويۇپ بېرىلگەن",
            document=W(
                "released under restrictions",
                "освобождён(а) с ограничениями",
                "шектеулермен босатылған",
                "چەكلىمە بىلەن قويۇپ بېرىلگەن",
            ),
        ),
        PersonStatus.FORCED_LABOUR: W(
            "forced labour", "принудительный труд", "мәжбүрлі еңбек", "مەجبۇرىي ئەمگەك"
        ),
        PersonStatus.PASSPORT_CONFISCATED: W(
            "passport confiscated",
            "паспорт изъят",
            "төлқұжаты тәркіленген",
            "پاسپورتى مۇسادىرە قىلىنغان",
            document=W(
                "passport confiscated, cannot leave",
                "паспорт изъят, не может выехать",
                "паспорты тәркіленген, шыға алмайды",
                "پاسپورتى مۇسادىرە قىلىنغان، چىقالمايدۇ",
            ),
        ),
        PersonStatus.DECEASED: W(
            "deceased",
            "умер",
            "қайтыс болған",
            "ۋاپات بولغان",
            document=W("deceased", "умер(ла)", "қайтыс болған", "ۋاپات بولغان"),
        ),
        PersonStatus.REUNITED: W(
            "reunited",
            "воссоединён с семьёй",
            "отбасымен қауышқан",
            "ئائىلىسى بىلەن جەم بولغان",
            document=W(
                "reunited with the family",
                "воссоединился(-ась) с семьёй",
                "отбасына қосылды",
                "ئائىلىسى بىلەن جەم بولغان",
            ),
        ),
    },
    NameScript: {
        NameScript.KK_CYRL: W(
            "Kazakh (Cyrillic)", "казахский (кириллица)", "қазақша (кирилл)", "قازاقچە (كىرىل)"
        ),
        NameScript.KK_LATN: W("Kazakh (Latin)", "казахский (латиница)", "қазақша (латын)", "قازاقچە (لاتىن)"),
        NameScript.KK_ARAB: W(
            "Kazakh (Arabic script)",
            "казахский (арабское письмо)",
            "қазақша (төте жазу)",
            "قازاقچە (ئەرەب يېزىقى)",
            document=W(
                "Kazakh (Arabic script)",
                "казахский (арабская графика)",
                "қазақша (төте жазу)",
                "قازاقچە (ئەرەب يېزىقى)",
            ),
        ),
        NameScript.UG_ARAB: W(
            "Uyghur (Arabic script)",
            "уйгурский (арабское письмо)",
            "ұйғырша (араб жазуы)",
            "ئۇيغۇرچە (ئەرەب يېزىقى)",
            document=W(
                "Uyghur (Arabic script)",
                "уйгурский (арабская графика)",
                "ұйғырша (араб жазуы)",
                "ئۇيغۇرچە (ئەرەب يېزىقى)",
            ),
        ),
        NameScript.UG_LATN: W(
            "Uyghur (Latin)", "уйгурский (латиница)", "ұйғырша (латын)", "ئۇيغۇرچە (لاتىن)"
        ),
        NameScript.ZH_HANS: W(
            "Chinese characters",
            "китайские иероглифы",
            "қытай иероглифтері",
            "خەنزۇچە خەت",
            document=W("Chinese", "китайский", "қытайша", "خەنزۇچە"),
        ),
        NameScript.PINYIN: W("Pinyin", "пиньинь", "пиньинь", "پىنيىن"),
        NameScript.RU: W("Russian", "русский", "орысша", "رۇسچە"),
        NameScript.EN: W("English", "английский", "ағылшынша", "ئىنگلىزچە"),
    },
    NameKind: {
        NameKind.LEGAL: W(
            "legal name",
            "официальное имя",
            "ресми аты",
            "رەسمىي ئىسمى",
            document=W("legal name", "официальное имя", "заңды аты", "رەسمىي ئىسمى"),
        ),
        NameKind.ALIAS: W("alias", "другое имя", "басқа аты", "لەقىمى"),
        NameKind.OFFICIAL_ZH: W(
            "Chinese official name",
            "официальное китайское имя",
            "ресми қытайша аты",
            "خەنزۇچە رەسمىي ئىسمى",
            document=W(
                "Chinese official name",
                "официальное имя в КНР",
                "ҚХР-дағы ресми аты",
                "جۇڭگودىكى رەسمىي ئىسمى",
            ),
        ),
        NameKind.OTHER: W(
            "other",
            "другое",
            "басқа",
            "باشقا",
            document=W("other spelling", "другое написание", "басқа жазылуы", "باشقا يېزىلىشى"),
        ),
    },
    ActKind: {
        ActKind.DISAPPEARANCE: W(
            "disappearance",
            "исчезновение",
            "жоғалу",
            "يوقاپ كېتىش",
            document=W("Disappearance", "Исчезновение", "Жоғалу", "يوقاپ كېتىش"),
        ),
        ActKind.ARREST: W(
            "arrest",
            "арест",
            "қамауға алу",
            "قولغا ئېلىنىش",
            document=W("Arrest", "Задержание", "Ұсталу", "قولغا ئېلىنىش"),
        ),
        ActKind.CAMP_INTERNMENT: W(
            "camp internment",
            "помещение в лагерь",
            "лагерьге қамау",
            "لاگېرغا سولىنىش",
            document=W("Camp internment", "Помещение в лагерь", "Лагерьге қамалу", "لاگېرغا سولىنىش"),
        ),
        ActKind.SENTENCING: W(
            "sentencing",
            "приговор",
            "үкім",
            "ھۆكۈم",
            document=W("Sentencing", "Приговор", "Үкім шығару", "ھۆكۈم چىقىرىش"),
        ),
        ActKind.TRANSFER: W(
            "transfer",
            "перевод",
            "ауыстыру",
            "يۆتكىلىش",
            document=W("Transfer", "Перевод", "Ауыстыру", "يۆتكىلىش"),
        ),
        ActKind.PASSPORT_CONFISCATION: W(
            "passport confiscation",
            "изъятие паспорта",
            "төлқұжатты тәркілеу",
            "پاسپورتنى مۇسادىرە قىلىش",
            document=W(
                "Passport confiscation", "Изъятие паспорта", "Паспортты тәркілеу", "پاسپورتنى مۇسادىرە قىلىش"
            ),
        ),
        ActKind.RELEASE: W(
            "release",
            "освобождение",
            "босату",
            "قويۇپ بېرىلىش",
            document=W("Release", "Освобождение", "Босату", "قويۇپ بېرىلىش"),
        ),
        ActKind.CONTACT_LOST: W(
            "contact lost",
            "связь потеряна",
            "байланыс үзілді",
            "ئالاقە ئۈزۈلگەن",
            document=W("Contact lost", "Потеря связи", "Байланыс үзілді", "ئالاقە ئۈزۈلگەن"),
        ),
        ActKind.DEATH: W(
            "death", "смерть", "қайтыс болу", "ۋاپات", document=W("Death", "Смерть", "Қайтыс болу", "ۋاپات")
        ),
        ActKind.OTHER: W(
            "other", "другое", "басқа", "باشقا", document=W("Other", "Другое", "Басқа", "باشقا")
        ),
    },
    ConsentScope: {
        ConsentScope.STORE: W("keep on file only", "только хранить", "тек сақтау", "پەقەت ساقلاش"),
        ConsentScope.WGEID: W("UN WGEID", "РГННИ ООН", "БҰҰ ЕЖЖТ", "ب د ت WGEID"),
        ConsentScope.MINISTRY: W("ministry", "министерство", "министрлік", "مىنىستىرلىك"),
        ConsentScope.NGO: W("NGO", "НКО", "ҮЕҰ", "ھۆكۈمەتسىز تەشكىلات"),
        ConsentScope.PUBLISH: W("publication", "публикация", "жариялау", "ئېلان قىلىش"),
    },
    IdentityLevel: {
        IdentityLevel.FULL: W(
            "full name",
            "полное имя",
            "толық аты",
            "تولۇق ئىسمى",
            document=W("full name", "полное имя", "толық аты-жөні", "تولۇق ئىسمى"),
        ),
        IdentityLevel.INITIALS: W(
            "initials",
            "инициалы",
            "аты-жөнінің бас әріптері",
            "باش ھەرپلىرى",
            document=W(
                "initials only", "только инициалы", "тек аты-жөнінің бас әріптері", "پەقەت باش ھەرپلىرى"
            ),
        ),
        IdentityLevel.ANONYMOUS: W("anonymous", "анонимно", "жасырын", "نامسىز"),
    },
    Procedure: {
        Procedure.STANDARD: W(
            "standard",
            "обычная",
            "әдеттегі",
            "ئادەتتىكى",
            document=W("standard", "обычная", "қалыпты", "ئادەتتىكى"),
        ),
        Procedure.URGENT: W(
            "urgent (last 3 months)",
            "срочная (последние 3 месяца)",
            "шұғыл (соңғы 3 ай)",
            "جىددىي (ئاخىرقى 3 ئاي)",
            document=W("urgent", "срочная", "шұғыл", "جىددىي"),
        ),
    },
    AddresseeKind: {
        AddresseeKind.MINISTRY: W("ministry", "министерство", "министрлік", "مىنىستىرلىك"),
        AddresseeKind.CONSULATE: W("consulate", "консульство", "консулдық", "كونسۇلخانا"),
        AddresseeKind.WGEID: W(
            "UN WGEID",
            "РГННИ ООН",
            "БҰҰ ЕЖЖТ",
            "ب د ت WGEID",
            document=W("UN WGEID", "РГННИ ООН", "БҰҰ жұмыс тобы (WGEID)", "ب د ت WGEID"),
        ),
        AddresseeKind.NGO: W(
            "NGO", "НКО", "ҮЕҰ", "ھۆكۈمەتسىز تەشكىلات", document=W("NGO", "НПО", "ҮЕҰ", "ھۆكۈمەتسىز تەشكىلات")
        ),
        AddresseeKind.OTHER: W("other", "другое", "басқа", "باشقا"),
    },
    Register: {
        Register.XJVICTIMS: W(
            "Xinjiang Victims Database",
            "База данных жертв Синьцзяна",
            "Шыңжаң құрбандары дерекқоры",
            "شىنجاڭ زىيانكەشلىككە ئۇچرىغۇچىلار ئامبىرى",
        ),
        Register.WGEID: W(
            "UN WGEID case",
            "дело РГННИ ООН",
            "БҰҰ ЕЖЖТ ісі",
            "ب د ت WGEID دېلوسى",
            document=W(
                "UN WGEID case reference",
                "номер дела РГННИ ООН",
                "БҰҰ ЕЖЖТ ісінің нөмірі",
                "ب د ت WGEID دېلو نومۇرى",
            ),
        ),
        Register.MINISTRY: W("ministry file", "дело министерства", "министрлік ісі", "مىنىستىرلىك ھۆججىتى"),
        Register.NGO: W("other NGO", "другая НКО", "басқа ҮЕҰ", "باشقا تەشكىلات"),
        Register.OTHER: W("other register", "другой реестр", "басқа тізілім", "باشقا تىزىملىك"),
    },
    Language: {
        Language.KK: W("Kazakh", "казахский", "қазақ тілі", "قازاق تىلى"),
        Language.RU: W("Russian", "русский", "орыс тілі", "رۇس تىلى"),
        Language.UG: W("Uyghur", "уйгурский", "ұйғыр тілі", "ئۇيغۇر تىلى"),
        Language.ZH: W("Chinese", "китайский", "қытай тілі", "خەنزۇ تىلى"),
        Language.EN: W("English", "английский", "ағылшын тілі", "ئىنگلىز تىلى"),
    },
    Sex: {
        Sex.MALE: W("male", "мужской", "ер", "ئەر"),
        Sex.FEMALE: W("female", "женский", "әйел", "ئايال"),
    },
    **PERSON_LABELS,
}
