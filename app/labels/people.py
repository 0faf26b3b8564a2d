"""The wording of the coded lists about people (app/model/coded.py): ethnicity,
citizenship, a witness's relation, how consent was given; in en, ru, kk and ug like the rest of
the registry (app/labels/data.py merges them)."""

from __future__ import annotations

from enum import StrEnum

from app.labels.wording import Wording as W
from app.model.codes import Certainty, Citizenship, ConsentHow, Ethnicity, LinkKind, Relation

__all__ = ["PERSON_LABELS"]

PERSON_LABELS: dict[type[StrEnum], dict[StrEnum, W]] = {
    Ethnicity: {
        Ethnicity.KAZAKH: W("Kazakh", "казах", "қазақ", "قازاق"),
        Ethnicity.UYGHUR: W("Uyghur", "уйгур", "ұйғыр", "ئۇيغۇر"),
        Ethnicity.KYRGYZ: W("Kyrgyz", "киргиз", "қырғыз", "قىرغىز"),
        Ethnicity.HUI: W("Hui (Dungan)", "хуэй (дунгане)", "дүңген (хуэй)", "خۇيزۇ"),
        Ethnicity.UZBEK: W("Uzbek", "узбек", "өзбек", "ئۆزبېك"),
        Ethnicity.TATAR: W("Tatar", "татарин", "татар", "تاتار"),
        Ethnicity.TAJIK: W("Tajik", "таджик", "тәжік", "تاجىك"),
        Ethnicity.MONGOL: W("Mongol", "монгол", "моңғол", "موڭغۇل"),
        Ethnicity.HAN: W("Han Chinese", "китаец (хань)", "қытай (хань)", "خەنزۇ"),
    },
    Citizenship: {
        Citizenship.CN: W(
            "China (PRC)",
            "Китай (КНР)",
            "Қытай (ҚХР)",
            "جۇڭگو",
            document=W("People's Republic of China", "КНР", "ҚХР", "جۇڭخۇا خەلق جۇمھۇرىيىتى"),
        ),
        Citizenship.KZ: W("Kazakhstan", "Казахстан", "Қазақстан", "قازاقىستان"),
        Citizenship.KANDAS: W(
            "kandas (qandas)",
            "кандас",
            "қандас",
            "قانداش",
            document=W(
                "kandas (ethnic Kazakh resettled in Kazakhstan)",
                "кандас (этнический казах, переселившийся в Казахстан)",
                "қандас (Қазақстанға қоныс аударған этникалық қазақ)",
                "قانداش (قازاقىستانغا كۆچۈپ كەلگەن قازاق)",
            ),
        ),
        Citizenship.KG: W("Kyrgyzstan", "Кыргызстан", "Қырғызстан", "قىرغىزىستان"),
        Citizenship.UZ: W("Uzbekistan", "Узбекистан", "Өзбекстан", "ئۆزبېكىستان"),
        Citizenship.RU: W("Russia", "Россия", "Ресей", "رۇسىيە"),
        Citizenship.TR: W("Turkey", "Турция", "Түркия", "تۈركىيە"),
        Citizenship.STATELESS: W("stateless", "без гражданства", "азаматтығы жоқ", "دۆلەت تەۋەلىكى يوق"),
    },
    Relation: {
        Relation.MOTHER: W("mother", "мать", "анасы", "ئانىسى"),
        Relation.FATHER: W("father", "отец", "әкесі", "دادىسى"),
        Relation.DAUGHTER: W("daughter", "дочь", "қызы", "قىزى"),
        Relation.SON: W("son", "сын", "ұлы", "ئوغلى"),
        Relation.SISTER: W("sister", "сестра", "әпкесі немесе сіңлісі", "ھەدىسى ياكى سىڭلىسى"),
        Relation.BROTHER: W("brother", "брат", "ағасы немесе інісі", "ئاكىسى ياكى ئىنىسى"),
        Relation.WIFE: W("wife", "жена", "әйелі", "ئايالى"),
        Relation.HUSBAND: W("husband", "муж", "күйеуі", "ئېرى"),
        Relation.GRANDCHILD: W("grandchild", "внук или внучка", "немересі", "نەۋرىسى"),
        Relation.NIECE_NEPHEW: W(
            "niece or nephew", "племянник или племянница", "жиені немесе бауырының баласы", "جىيەنى"
        ),
        Relation.AUNT_UNCLE: W(
            "aunt or uncle", "тётя или дядя", "тәтесі немесе көкесі", "ھاممىسى ياكى تاغىسى"
        ),
        Relation.COUSIN: W("cousin", "двоюродный брат или сестра", "немере туысы", "نەۋرە تۇغقىنى"),
        Relation.IN_LAW: W("in-law", "родственник по браку", "жекжаты", "قۇدا-باجىسى"),
        Relation.OTHER_RELATIVE: W("other relative", "другой родственник", "басқа туысы", "باشقا تۇغقىنى"),
        Relation.FRIEND: W("friend", "друг", "досы", "دوستى"),
        Relation.NEIGHBOUR: W("neighbour", "сосед", "көршісі", "قوشنىسى"),
        Relation.COLLEAGUE: W("colleague", "коллега", "әріптесі", "خىزمەتدىشى"),
        Relation.FELLOW_DETAINEE: W(
            "fellow detainee", "сокамерник", "бірге ұсталған адам", "بىللە تۇتۇلغان ئادەم"
        ),
    },
    ConsentHow: {
        ConsentHow.ORAL: W("orally", "устно", "ауызша", "ئاغزاكى"),
        ConsentHow.WRITTEN: W("in writing", "письменно", "жазбаша", "يازما"),
        ConsentHow.AUDIO: W("audio recording", "аудиозапись", "аудиожазба", "ئۈن خاتىرىسى"),
        ConsentHow.VIDEO: W("video recording", "видеозапись", "бейнежазба", "سىن خاتىرىسى"),
        ConsentHow.MESSAGE: W(
            "by message (e-mail, messenger)",
            "сообщением (почта, мессенджер)",
            "хабарламамен",
            "ئۇچۇر ئارقىلىق",
        ),
    },
    # Read from the case the link is shown in towards the linked case ("parent of IZ-…").
    LinkKind: {
        LinkKind.SAME_PERSON: W(
            "same person as",
            "тот же человек",
            "сол адамның өзі",
            "ئوخشاش ئادەم",
            document=W(
                "the same person as in case {case}",
                "то же лицо, что в деле {case}",
                "{case} ісіндегі адамның өзі",
                "{case} دېلودىكى ئادەمنىڭ ئۆزى",
            ),
        ),
        LinkKind.NOT_SAME_PERSON: W(
            "not the same person as",
            "не тот же человек",
            "басқа адам",
            "باشقا ئادەم",
            document=W(
                "not the same person as in case {case}",
                "не то же лицо, что в деле {case}",
                "{case} ісіндегі адам емес",
                "{case} دېلودىكى ئادەم ئەمەس",
            ),
        ),
        LinkKind.PARENT: W(
            "parent of",
            "родитель",
            "ата-анасы",
            "ئاتا-ئانىسى",
            document=W(
                "parent of the person in case {case}",
                "родитель лица из дела {case}",
                "{case} ісіндегі адамның ата-анасы",
                "{case} دېلودىكى ئادەمنىڭ ئاتا-ئانىسى",
            ),
        ),
        LinkKind.CHILD: W(
            "child of",
            "ребёнок",
            "баласы",
            "بالىسى",
            document=W(
                "child of the person in case {case}",
                "ребёнок лица из дела {case}",
                "{case} ісіндегі адамның баласы",
                "{case} دېلودىكى ئادەمنىڭ بالىسى",
            ),
        ),
        LinkKind.SIBLING: W(
            "sibling of",
            "брат или сестра",
            "бауыры",
            "قېرىندىشى",
            document=W(
                "sibling of the person in case {case}",
                "брат или сестра лица из дела {case}",
                "{case} ісіндегі адамның бауыры",
                "{case} دېلودىكى ئادەمنىڭ قېرىندىشى",
            ),
        ),
        LinkKind.SPOUSE: W(
            "spouse of",
            "супруг или супруга",
            "жұбайы",
            "جۆرىسى",
            document=W(
                "spouse of the person in case {case}",
                "супруг или супруга лица из дела {case}",
                "{case} ісіндегі адамның жұбайы",
                "{case} دېلودىكى ئادەمنىڭ جۆرىسى",
            ),
        ),
        LinkKind.RELATIVE: W(
            "relative of",
            "родственник",
            "туысы",
            "تۇغقىنى",
            document=W(
                "relative of the person in case {case}",
                "родственник лица из дела {case}",
                "{case} ісіндегі адамның туысы",
                "{case} دېلودىكى ئادەمنىڭ تۇغقىنى",
            ),
        ),
    },
    Certainty: {
        Certainty.CONFIRMED: W("confirmed", "подтверждено", "расталған", "جەزملەشتۈرۈلگەن"),
        Certainty.PROBABLE: W("probable", "вероятно", "ықтимал", "ئېھتىماللىقى يۇقىرى"),
        Certainty.POSSIBLE: W("possible", "возможно", "мүмкін", "مۇمكىن"),
    },
}
