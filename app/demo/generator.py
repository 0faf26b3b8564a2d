"""The seeded generator of fictional cases (the ordinary demo cases and the lean bulk ones)."""

from __future__ import annotations

import datetime as _dt
import random
import uuid as _uuid
from typing import TypedDict

from app.demo.base import DemoCase
from app.demo.names import (
    AGENCIES,
    BELIEVED_REASONS,
    CASE_STATUSES,
    OFFICIAL_REASONS,
    PERSON_STATUSES,
    RELATIONS,
)
from app.demo.people import PeopleMixin
from app.model import (
    Act,
    Case,
    ConsentGrant,
    IdDocument,
    Intervention,
    Name,
    PartialDate,
    Person,
    Record,
    StatusChange,
    Testimony,
    Witness,
)


class _Stamp(TypedDict):
    """A record's identity and times, spread into its constructor."""

    uuid: str
    created: str
    updated: str


class Generator(PeopleMixin):
    """Fictional cases from one seeded random source (same seed and today: same cases)."""

    def __init__(self, seed: int, today: _dt.date, number_width: int = 4) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.number_width = number_width  # 5 digits for bulk vaults (over 9,999 a year)
        self.numbers: dict[int, int] = {}
        self.reference = 1000

    # identities and times

    def uuid(self) -> str:
        return str(_uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def time(self, day: _dt.date) -> str:
        r = self.rng
        return (
            f"{day.isoformat()}T{r.randrange(8, 19):02d}:{r.randrange(60):02d}:"
            f"{r.randrange(60):02d}.{r.randrange(1_000_000):06d}Z"
        )

    def case_number(self, year: int) -> str:
        self.numbers[year] = self.numbers.get(year, 0) + 1
        return f"IZ-{year}-{self.numbers[year]:0{self.number_width}d}"

    def day_between(self, start: _dt.date, end: _dt.date) -> _dt.date:
        span = max((end - start).days, 0)
        return start + _dt.timedelta(days=self.rng.randrange(span + 1))

    def partial(
        self, day: _dt.date, weights: tuple[int, int, int, int, int] = (30, 35, 20, 10, 5)
    ) -> PartialDate:
        """A date known to a precision drawn from ``weights``: day, month, year, ~year, unknown."""
        kind = self.rng.choices(range(5), weights)[0]
        if kind == 0:
            return PartialDate(day.year, day.month, day.day)
        if kind == 1:
            return PartialDate(day.year, day.month)
        if kind == 2:
            return PartialDate(day.year)
        if kind == 3:
            return PartialDate(day.year, approximate=True)
        return PartialDate()

    # people and places

    # a whole case

    def case(
        self,
        index: int,
        *,
        bulk: bool = False,
        testimonies: int | None = None,
        names: list[Name] | None = None,
        uyghur: bool | None = None,
        female: bool | None = None,
        intake: _dt.date | None = None,
        disappeared: PartialDate | None = None,
        current: str | None = None,
    ) -> DemoCase:
        r = self.rng
        uyghur = r.random() < 0.35 if uyghur is None else uyghur
        female = r.random() < 0.3 if female is None else female
        generated, _initials = (self.uyghur_name if uyghur else self.kazakh_name)(female)
        if names is None:
            names = generated
            if r.random() < 0.25:  # not every family knows every spelling
                names = [n for n in names if n.script in ("kk-Cyrl", "ug-Arab", "ru", "ug-Latn")]
        hometown, county_ru = self.hometown(uyghur)
        gone = self.day_between(_dt.date(2016, 6, 1), _dt.date(2020, 12, 31))
        if disappeared is None:
            disappeared = self.partial(gone)
        else:
            gone = disappeared.earliest() or gone
        intake_day = intake or self.day_between(
            max(gone, _dt.date(2018, 3, 1)) + _dt.timedelta(days=30), self.today - _dt.timedelta(days=1)
        )
        created = self.time(intake_day)
        current = current or r.choice(PERSON_STATUSES)
        born = _dt.date(r.randrange(1940, 2001), r.randrange(1, 13), r.randrange(1, 29))
        person = Person(
            names=names,
            sex="female" if female else "male",
            birth_date=self.partial(born, (35, 20, 30, 15, 0)),
            ethnicity="uyghur" if uyghur else "kazakh",
            citizenships=r.choice([["cn"], ["cn"], ["kandas"], ["cn", "kz"]]),
            id_documents=[
                IdDocument(
                    "PRC resident ID", f"6540{r.randrange(10**13, 10**14)}", confiscated=r.random() < 0.2
                )
            ]
            if r.random() < 0.5
            else [],
            occupation=r.choice(
                ["малшы", "мұғалім", "дәрігер", "жүргізуші", "саудагер", "farmer", "imam", "student", ""]
            ),
            hometown=hometown,
            residence_kz=r.choice(["", "Алматы", "Жаркент", "Талдықорған", "Үшарал"]),
            current_status=current,
        )
        legal = names[0].text
        case = Case(
            uuid=self.uuid(),
            created=created,
            updated=created,
            case_number=self.case_number(intake_day.year),
            intake_date=PartialDate(intake_day.year, intake_day.month, intake_day.day),
            interviewer=r.choice(["А. Демо", "Б. Демо", "Field worker 3"]),
            status=r.choice(CASE_STATUSES),
            person=person,
            disappeared_on=disappeared,
            disappeared_place=f"{hometown.village}, {hometown.county}",
            perpetrators=r.choice(AGENCIES),
            remedies=r.choice(
                [
                    "",
                    "Семья боится обращаться к властям КНР.",
                    "Жалобы в местную полицию остались без ответа.",
                ]
            ),
            summary=f"Демо-дело: {legal} — {current}.",
        )
        records: list[Record] = [case]
        child_day = intake_day

        def stamp() -> _Stamp:
            t = self.time(child_day)
            return _Stamp(uuid=self.uuid(), created=t, updated=t)

        if not bulk:  # bulk cases stay lean: benchmarks care about cases and testimonies
            records.append(
                StatusChange(
                    **stamp(),
                    case_uuid=case.uuid,
                    current_status=current,
                    date=case.intake_date,
                    source="family",
                )
            )
        facility = f"лагерь профессионального обучения №{r.randrange(1, 9)} ({county_ru})"
        acts = [
            Act(
                **stamp(),
                case_uuid=case.uuid,
                position=0,
                kind=r.choice(["disappearance", "arrest"]),
                date_from=disappeared,
                place=hometown.display(),
                agency=r.choice(AGENCIES),
                official_reason=r.choice(OFFICIAL_REASONS),
                believed_reason=r.choice(BELIEVED_REASONS),
            )
        ]
        if not bulk:
            if current in ("camp", "prison", "restricted", "forced-labour", "deceased"):
                acts.append(
                    Act(
                        **stamp(),
                        case_uuid=case.uuid,
                        position=1,
                        kind="camp-internment",
                        date_from=disappeared,
                        date_to=self.partial(self.day_between(gone, self.today), (0, 40, 40, 20, 0)),
                        facility=facility,
                        facility_kind="camp",
                        facility_location=hometown.county,
                        agency=r.choice(AGENCIES),
                    )
                )
            if current == "prison":
                acts.append(
                    Act(
                        **stamp(),
                        case_uuid=case.uuid,
                        position=2,
                        kind="sentencing",
                        date_from=self.partial(self.day_between(gone, _dt.date(2021, 12, 31))),
                        court=f"Народный суд уезда {county_ru}",
                        charge=r.choice(OFFICIAL_REASONS),
                        sentence=f"{r.choice([5, 7, 10, 15, 20])} лет",
                    )
                )
            if current == "passport-confiscated":
                acts.append(
                    Act(
                        **stamp(),
                        case_uuid=case.uuid,
                        position=1,
                        kind="passport-confiscation",
                        date_from=disappeared,
                        agency="Exit-entry administration",
                    )
                )
        records += acts
        witness_names, _ = self.kazakh_name(r.random() < 0.5)
        relation = r.choice(RELATIONS)
        grants = r.choice(
            [
                [
                    ConsentGrant("store", "full", True),
                    ConsentGrant("wgeid", "full", False),
                    ConsentGrant("ministry", "initials", False),
                ],
                [ConsentGrant("store", "anonymous", False), ConsentGrant("wgeid", "initials")],
                [
                    ConsentGrant("store", "full", True),
                    ConsentGrant("wgeid", "full", True),
                    ConsentGrant("ngo", "full", False),
                    ConsentGrant("publish", "initials", False),
                ],
                [ConsentGrant("store", "anonymous", False)],
            ]
        )
        witness = Witness(
            **stamp(),
            case_uuid=case.uuid,
            name=witness_names[0].text,
            relation=relation,
            how_known="родственник, жил(а) вместе до отъезда в Казахстан",
            language=r.choice(["kk", "ru", "ug"]),
            contact=f"+7 700 000 {r.randrange(10, 99)} {r.randrange(10, 99)}",
            anonymity_wish=grants[0].identity == "anonymous",
            consent=grants,
            consent_how=r.choice(["oral", "written", "audio"]),
            consent_date=case.intake_date,
        )
        if r.random() < 0.04:
            witness.consent_withdrawn = PartialDate(intake_day.year, intake_day.month)
        records.append(witness)
        count = testimonies if testimonies is not None else r.choice([1, 1, 2])
        for _ in range(count):
            language = "ug" if uyghur and r.random() < 0.7 else r.choice(["kk", "ru"])
            name_in = next(
                (
                    n.text
                    for n in names
                    if n.script == {"kk": "kk-Cyrl", "ug": "ug-Arab", "ru": "ru"}[language]
                ),
                legal,
            )
            latin = next((n.text for n in names if n.script in ("kk-Latn", "ug-Latn")), names[-1].text)
            original, translations = self.testimony_texts(
                language, name_in, latin, disappeared, county_ru, facility
            )
            if bulk:
                translations = translations[:1]
            records.append(
                Testimony(
                    **stamp(),
                    case_uuid=case.uuid,
                    witness_uuid=witness.uuid,
                    interview_date=case.intake_date,
                    place="Алматы",
                    interviewer=case.interviewer,
                    language=language,
                    interpreter="" if language == "ru" else "демо-переводчик",
                    original_text=original,
                    translations=translations,
                    supports="дата и место задержания",
                )
            )
        if not bulk or r.random() < 0.3:
            records += self.interventions(case, intake_day, r.choice([0, 1, 1, 2]))
        return DemoCase(records)

    def interventions(self, case: Case, start: _dt.date, count: int) -> list[Intervention]:
        r = self.rng
        out = []
        for _ in range(count):
            self.reference += 1
            kind, addressee, ref = r.choice(
                [
                    ("ministry", "Министерство иностранных дел РК", f"МИД-DEMO-{self.reference}"),
                    ("consulate", "Генеральное консульство КНР в Алматы", f"GK-DEMO/{self.reference}"),
                    (
                        "wgeid",
                        "UN Working Group on Enforced or Involuntary Disappearances",
                        f"WGEID-DEMO-{start.year}-{self.reference}",
                    ),
                    ("ngo", "Демо-правозащитный центр (вымышленный)", f"NGO-{self.reference}"),
                ]
            )
            day = self.day_between(start, self.today)
            follow = self.today + _dt.timedelta(days=r.randrange(-60, 120))
            t = self.time(day)
            out.append(
                Intervention(
                    uuid=self.uuid(),
                    created=t,
                    updated=t,
                    case_uuid=case.uuid,
                    actor=r.choice(["family", "Демо-правозащитный центр"]),
                    addressee_kind=kind,
                    addressee=addressee,
                    date=PartialDate(day.year, day.month, day.day),
                    reference=ref,
                    response=r.choice(
                        ["", "Получен формальный ответ: «лицо проходит обучение».", "No reply yet."]
                    ),
                    next_follow_up=PartialDate(follow.year, follow.month, follow.day)
                    if r.random() < 0.8
                    else PartialDate(),
                )
            )
        return out
