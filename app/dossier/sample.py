"""A fictional case built in memory, for sample dossiers, tests, benchmarks and the UI preview.

It exercises everything a dossier must handle: names in Kazakh (Cyrillic and Latin), Uyghur
(Arabic script and Latin), Chinese and Russian; dates of every precision; witnesses at every
consent level (full, initials, anonymous, store-only, withdrawn); testimonies in Kazakh,
Uyghur, Russian and Chinese with translations; a photo, a scanned letter (PDF) and a damaged
image. Every name, place, number and phone number is invented.
"""

from __future__ import annotations

import datetime as _dt
import hashlib

from app.dossier.builder import DossierSource
from app.model import (
    Act,
    Attachment,
    Case,
    ConsentGrant,
    Hometown,
    IdDocument,
    Intervention,
    Name,
    PartialDate,
    Person,
    StatusChange,
    Testimony,
    Translation,
    Witness,
)
from app.store import CaseBundle

__all__ = ["SAMPLE_NAMES", "UYGHUR_TESTIMONY", "attachment_for", "sample_source"]

SAMPLE_NAMES = [
    Name("Ақжол Бектайұлы", "kk-Cyrl", "legal"),
    Name("Aqjol Bektaiūly", "kk-Latn", "other"),
    Name("اقجول بەكتايۇلى", "kk-Arab", "other"),
    Name("ئاقجول بەكتاي", "ug-Arab", "other"),
    Name("阿克卓勒·别克泰", "zh-Hans", "official-zh"),
    Name("Akezhuole Bieketai", "pinyin", "other"),
    Name("Акжол Бектаев", "ru", "other"),
]

UYGHUR_TESTIMONY = (
    "ئاقجول 2018-يىلى مارت ئېيىدا ساقچىلار تەرىپىدىن ئېلىپ كېتىلدى. "
    "شۇنىڭدىن بېرى ئۇنىڭدىن خەۋەر يوق. بىز 3 قېتىم ئەرز يازدۇق."
)
KAZAKH_TESTIMONY = (
    "Әкем 2018 жылы наурыз айында ұсталды. Содан бері хабар жоқ. Оны «оқу "
    "орталығына» апарды деп естідік. Біз Алматыдағы консулдыққа 4 рет бардық."
)
RUSSIAN_TRANSLATION = (
    "Отца задержали в марте 2018 года. С тех пор вестей нет. Мы слышали, "
    "что его увезли в «учебный центр». Мы 4 раза ходили в консульство в "
    "Алматы."
)
CHINESE_TESTIMONY = "我父亲于2018年3月被带走，此后音讯全无。"


def attachment_for(
    case_uuid: str, name: str, media_type: str, data: bytes, description: str = ""
) -> Attachment:
    """Attachment metadata as the store would record it (size and SHA-256 of ``data``)."""
    return Attachment(
        case_uuid=case_uuid,
        original_name=name,
        media_type=media_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        description=description,
    )


def sample_source(
    today: _dt.date | None = None, *, photos: int = 1, extra_testimonies: int = 0, long_text: str = ""
) -> DossierSource:
    """The fictional sample case; ``photos`` in all and ``extra_testimonies`` (benchmarks)."""
    from app.demo import photo_png, scan_pdf

    today = today or _dt.date(2026, 11, 28)
    case = Case(
        case_number="IZ-2024-0042",
        intake_date=PartialDate(2024, 2, 11),
        interviewer="Field worker 3 (demo)",
        status="open",
        person=Person(
            names=list(SAMPLE_NAMES),
            sex="male",
            birth_date=PartialDate(1961, approximate=True),
            ethnicity="kazakh",
            citizenships=["cn", "kandas"],
            id_documents=[
                IdDocument("PRC resident ID", "654000196100000000", confiscated=True),
                IdDocument("Kazakh residence permit", "DEMO-000111"),
            ],
            occupation="малшы (herder)",
            hometown=Hometown("Ile Qazaq avtonomiyalıq oblısı", "Nılqı audanı", "Жаңа болысы", "Ақсай ауылы"),
            residence_kz="Жаркент",
            health="diabetes, needs daily insulin",
            physical_description="170 cm, scar on the left hand",
            current_status="camp",
        ),
        disappeared_on=PartialDate(2018, 3, 5),
        disappeared_place="Ақсай ауылы, Nılqı audanı (demo)",
        perpetrators="County Public Security Bureau; township police station",
        remedies="The family in Xinjiang was warned not to complain to the police.",
        summary=(
            "Fictional demo case. A herder who returned to Xinjiang to arrange his pension "
            "was taken from his home on 5 March 2018; the family later heard he was held "
            "in a camp («оқу орталығы», 教育转化培训中心). No official notice was ever given."
        ),
    )
    uuid = case.uuid
    acts = [
        Act(
            case_uuid=uuid,
            position=0,
            kind="arrest",
            date_from=PartialDate(2018, 3, 5),
            place="Ақсай ауылы",
            agency="Township police station",
            official_reason="«жалған ақпарат тарату»",
            believed_reason="WhatsApp on his phone",
        ),
        Act(
            case_uuid=uuid,
            position=1,
            kind="camp-internment",
            date_from=PartialDate(2018, 3),
            date_to=PartialDate(2019, approximate=True),
            facility="职业技能教育培训中心 №3 (demo)",
            facility_kind="camp",
            facility_location="Nılqı audanı",
            coordinates="43.79, 82.51 (approximate, demo)",
            agency="County Public Security Bureau",
        ),
        Act(
            case_uuid=uuid,
            position=2,
            kind="sentencing",
            date_from=PartialDate(2019),
            court="尼勒克县人民法院 (demo)",
            charge="«экстремизм» (Статья 120-3, demo)",
            sentence="10 жыл / 10 years",
        ),
        Act(case_uuid=uuid, position=3, kind="contact-lost", date_from=PartialDate(2020, 1)),
    ]
    status = [
        StatusChange(case_uuid=uuid, date=PartialDate(2024, 2, 11), current_status="camp", source="family")
    ]
    daughter = Witness(
        case_uuid=uuid,
        name="Айгерім Ақжолқызы",
        relation="daughter",
        how_known="lived with him until 2016",
        contact="+7 700 000 11 22 (demo)",
        consent=[
            ConsentGrant("store", "full", True),
            ConsentGrant("wgeid", "full", True),
            ConsentGrant("ministry", "full", False),
            ConsentGrant("publish", "initials", False),
        ],
        consent_how="written",
        consent_date=PartialDate(2024, 2, 11),
    )
    nephew = Witness(
        case_uuid=uuid,
        name="Тұрсын Бекұлы",
        relation="niece-nephew",
        contact="+7 700 000 33 44 (demo)",
        consent=[ConsentGrant("wgeid", "anonymous", False), ConsentGrant("publish", "anonymous", False)],
    )
    son = Witness(
        case_uuid=uuid,
        name="Ерлан Ақжолұлы",
        relation="son",
        contact="+7 700 000 55 66 (demo)",
        consent=[ConsentGrant("store", "full", True)],
    )
    wife = Witness(
        case_uuid=uuid,
        name="Гүлнар Сейітқызы",
        relation="wife",
        contact="+7 700 000 77 88 (demo)",
        consent=[ConsentGrant("wgeid", "full", True)],
        consent_withdrawn=PartialDate(2024, 6),
    )
    witnesses = [daughter, nephew, son, wife]

    photo = photo_png("AB", 1)
    scan = scan_pdf(
        [
            "Reply to inquiry No. MID-DEMO-0042 (fictional)",
            "We have no information about this person at this time.",
        ]
    )
    damaged = photo_png("XX", 2)[:300]  # a truncated download
    wife_scan = photo_png("GS", 3)
    attachments = [
        attachment_for(uuid, "photo-AB.png", "image/png", photo, "family photo (demo)"),
        attachment_for(uuid, "reply-scan.pdf", "application/pdf", scan, "MFA reply (demo)"),
        attachment_for(uuid, "damaged.jpg", "image/jpeg", damaged, "broken download (demo)"),
        attachment_for(uuid, "wife-letter.png", "image/png", wife_scan, "letter (demo)"),
    ]
    case.person.photo_attachment = attachments[0].uuid
    files = {attachments[0].uuid: photo, attachments[2].uuid: damaged, attachments[3].uuid: wife_scan}

    testimonies = [
        Testimony(
            case_uuid=uuid,
            witness_uuid=daughter.uuid,
            interview_date=PartialDate(2024, 2, 11),
            place="Алматы",
            interviewer="Field worker 3 (demo)",
            language="kk",
            original_text=long_text or KAZAKH_TESTIMONY,
            translations=[Translation("ru", RUSSIAN_TRANSLATION, "переводчик (демо)")],
            attachment_uuids=[attachments[1].uuid],
            supports="date and place of arrest",
        ),
        Testimony(
            case_uuid=uuid,
            witness_uuid=nephew.uuid,
            interview_date=PartialDate(2024, 3),
            place="Жаркент",
            language="ug",
            original_text=UYGHUR_TESTIMONY,
            translations=[
                Translation(
                    "en",
                    "Aqjol was taken away by the police in March "
                    "2018. Since then there is no news of him. We "
                    "wrote 3 petitions.",
                    "translator (demo)",
                )
            ],
        ),
        Testimony(
            case_uuid=uuid,
            witness_uuid=son.uuid,
            interview_date=PartialDate(2024, 3),
            language="ru",
            original_text="Сын: отец пропал в 2018 году (демо).",
        ),
        Testimony(
            case_uuid=uuid,
            witness_uuid=wife.uuid,
            interview_date=PartialDate(2024, 2),
            language="zh",
            original_text=CHINESE_TESTIMONY,
            attachment_uuids=[attachments[3].uuid],
        ),
    ]
    interventions = [
        Intervention(
            case_uuid=uuid,
            actor="family",
            addressee_kind="ministry",
            addressee="Министерство иностранных дел РК",
            date=PartialDate(2024, 3, 1),
            reference="МИД-DEMO-0042",
            response="«Запрос направлен в компетентные органы КНР.»",
            response_date=PartialDate(2024, 5, 20),
            next_follow_up=PartialDate(2025, 1, 15),
        ),
        Intervention(
            case_uuid=uuid,
            actor="Demo Rights Centre",
            addressee_kind="consulate",
            addressee="Генеральное консульство КНР в Алматы",
            date=PartialDate(2024, 4),
        ),
    ]
    for n in range(photos - 1):
        data = photo_png(f"P{n}", 100 + n, (480, 600))
        item = attachment_for(uuid, f"photo-{n + 2}.png", "image/png", data, "photo (demo)")
        attachments.append(item)
        files[item.uuid] = data
    for n in range(extra_testimonies):
        testimonies.append(
            Testimony(
                case_uuid=uuid,
                witness_uuid=daughter.uuid if n % 2 else nephew.uuid,
                interview_date=PartialDate(2024, 1 + n % 12),
                place="Алматы",
                language="ug" if n % 2 == 0 else "kk",
                # Numbered so that no two texts are the same (nothing can be reused between them).
                original_text=" ".join(
                    f"({n + 1}.{k}) " + (UYGHUR_TESTIMONY if n % 2 == 0 else KAZAKH_TESTIMONY)
                    for k in range(1, 4)
                ),
                translations=[
                    Translation(
                        "ru",
                        " ".join(f"({n + 1}.{k}) {RUSSIAN_TRANSLATION}" for k in range(1, 4)),
                        "переводчик (демо)",
                    )
                ],
            )
        )
    bundle = CaseBundle(case, status, acts, witnesses, testimonies, interventions, attachments)
    return DossierSource(bundle, files)
