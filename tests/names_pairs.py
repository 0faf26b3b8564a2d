"""A labelled set of name pairs (same person / different person) across every script pair,
built by rules from lists written for the tests. Every name here is fictional: given names and
fathers' names are combined at random (seeded), never taken from any real person.

Kazakh persons are written in Kazakh Cyrillic, Russian (-ов/-ова, -улы/-кызы, surname first),
passport Latin, the 2021 Latin alphabet, informal Latin, töte and Chinese; Uyghur persons in
Arabic script, ULY, Cyrillic, English-style Latin and Chinese. Hard negatives: siblings who
share a father's name, and a common given name with another father's name.

The spelling rules below are written independently of app/names (test-side tables).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# (Kazakh Cyrillic, Russian, Chinese, sex)
KAZAKH_GIVEN = [
    ("Нұрлан", "Нурлан", "努尔兰", "m"),
    ("Ерлан", "Ерлан", "叶尔兰", "m"),
    ("Нұрбол", "Нурбол", "努尔波力", "m"),
    ("Қайрат", "Кайрат", "哈依拉提", "m"),
    ("Серік", "Серик", "赛力克", "m"),
    ("Бауыржан", "Бауыржан", "包尔江", "m"),
    ("Асқар", "Аскар", "阿斯卡尔", "m"),
    ("Ерболат", "Ерболат", "叶尔波拉提", "m"),
    ("Мұрат", "Мурат", "木拉提", "m"),
    ("Жандос", "Жандос", "加恩多斯", "m"),
    ("Дәулет", "Даулет", "达吾列提", "m"),
    ("Бақыт", "Бахыт", "巴合提", "m"),
    ("Талғат", "Талгат", "塔力哈提", "m"),
    ("Ғалым", "Галым", "哈力木", "m"),
    ("Марат", "Марат", "马拉提", "m"),
    ("Арман", "Арман", "阿尔曼", "m"),
    ("Қанат", "Канат", "哈那提", "m"),
    ("Ақылбек", "Акылбек", "阿克勒别克", "m"),
    ("Бекзат", "Бекзат", "别克扎提", "m"),
    ("Төлеген", "Тулеген", "托列根", "m"),
    ("Гүлнар", "Гульнар", "古丽娜尔", "f"),
    ("Әсел", "Асель", "阿谢丽", "f"),
    ("Айгүл", "Айгуль", "阿依古丽", "f"),
    ("Мөлдір", "Мольдир", "莫勒德尔", "f"),
    ("Жанар", "Жанар", "加娜尔", "f"),
    ("Динара", "Динара", "迪娜拉", "f"),
    ("Сәуле", "Сауле", "萨吾列", "f"),
    ("Ләззат", "Ляззат", "拉扎提", "f"),
    ("Гүлмира", "Гульмира", "古丽米拉", "f"),
    ("Айнұр", "Айнур", "阿依努尔", "f"),
]
# (Kazakh Cyrillic, Russian, Chinese): the father's given name, the stem of the surname.
KAZAKH_FATHER = [
    ("Жақсыбек", "Жаксыбек", "加克斯别克"),
    ("Сейіт", "Сеит", "赛依提"),
    ("Әбдіқадыр", "Абдикадыр", "阿不都卡德尔"),
    ("Тоқтар", "Токтар", "托合塔尔"),
    ("Омарбек", "Омарбек", "奥马尔别克"),
    ("Қасым", "Касым", "哈斯木"),
    ("Ахмет", "Ахмет", "阿合买提"),
    ("Нұрғали", "Нургали", "努尔哈力"),
    ("Бейсен", "Бейсен", "别依森"),
    ("Құрман", "Курман", "库尔曼"),
    ("Смағұл", "Смагул", "斯马胡力"),
    ("Жұмабай", "Жумабай", "居马拜"),
    ("Ержан", "Ержан", "叶尔江"),
    ("Қабдол", "Кабдол", "哈布多勒"),
    ("Тұрсын", "Турсун", "吐尔逊"),
    ("Байжан", "Байжан", "拜江"),
    ("Мұқан", "Мукан", "木汗"),
    ("Садық", "Садык", "萨德克"),
    ("Оспан", "Оспан", "奥斯潘"),
    ("Әлім", "Алим", "艾力木"),
]
# (Uyghur Arabic, ULY, Uyghur Cyrillic, Chinese, sex)
UYGHUR_GIVEN = [
    ("ئابدۇرېھىم", "Abduréhim", "Абдурехим", "阿不都热依木", "m"),
    ("ئابدۇۋەلى", "Abduweli", "Абдувели", "阿布都维力", "m"),
    ("مەمەت", "Memet", "Мәмәт", "买买提", "m"),
    ("ئەخمەت", "Exmet", "Әхмәт", "艾合买提", "m"),
    ("تۇرسۇن", "Tursun", "Турсун", "吐尔逊", "m"),
    ("غەيرەت", "Gheyret", "Ғәйрәт", "海热提", "m"),
    ("ئىلھام", "Ilham", "Илһам", "伊力哈木", "m"),
    ("پەرھات", "Perhat", "Пәрһат", "帕尔哈提", "m"),
    ("ياسىن", "Yasin", "Ясин", "亚森", "m"),
    ("نۇرمەمەت", "Nurmemet", "Нурмәмәт", "努尔买买提", "m"),
    ("گۈلنار", "Gülnar", "Гүлнар", "古丽娜尔", "f"),
    ("مىھرىگۈل", "Mihrigül", "Миһригүл", "米合日古丽", "f"),
    ("ئايگۈل", "Aygül", "Айгүл", "阿依古丽", "f"),
    ("زۆھرە", "Zöhre", "Зөһрә", "佐合热", "f"),
    ("پاتىگۈل", "Patigül", "Патигүл", "帕提古丽", "f"),
]
# (Uyghur Arabic, ULY, Uyghur Cyrillic, Chinese): the father's name, the second name.
UYGHUR_FATHER = [
    ("ئايۇپ", "Ayup", "Аюп", "阿尤普"),
    ("قادىر", "Qadir", "Қадир", "卡德尔"),
    ("ھوشۇر", "Hoshur", "Һошур", "吾守尔"),
    ("نىياز", "Niyaz", "Нияз", "尼亚孜"),
    ("سىدىق", "Sidiq", "Сидиқ", "司地克"),
    ("ئوسمان", "Osman", "Осман", "奥斯曼"),
    ("ھەسەن", "Hesen", "Һәсән", "艾山"),
    ("ئىمىن", "Imin", "Имин", "依明"),
    ("تۇردى", "Turdi", "Турди", "吐尔地"),
    ("ياقۇپ", "Yaqup", " Яқуп", "亚库甫"),
]

# Test-side spelling rules (independent of app/names/tables).
_PASSPORT_LATIN = (
    "a b v g g d e yo zh z i y k k l m n n o o p r s t u u u f kh h ts ch sh shch - y i - e yu ya a"
)
_PASSPORT = dict(
    zip(
        "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә",
        _PASSPORT_LATIN.split(),
        strict=True,
    )
)
_OFFICIAL = {
    **_PASSPORT,
    "ә": "ä",
    "ғ": "ğ",
    "қ": "q",
    "ң": "ñ",
    "ө": "ö",
    "ұ": "ū",
    "ү": "ü",
    "х": "h",
    "і": "ı",
    "и": "i",
    "й": "i",
    "ы": "y",
    "ш": "ş",
    "ж": "j",
    "ч": "ç",
}
_INFORMAL = {**_PASSPORT, "ж": "j", "қ": "q", "х": "h", "ы": "i", "ғ": "gh", "ң": "ng", "ө": "ö", "ү": "ü"}
_TOTE = dict(
    zip(
        "абвгғдежзийкқлмнңоөпрстуұүфхһчшыіәэ",
        "ا ب ۆ گ ع د ە ج ز ي ي ك ق ل م ن ڭ و و پ ر س ت ۋ ۇ ۇ ف ح ھ چ ش ى ى ا ە".split(),
        strict=True,
    )
)
_FRONT = set("әөүіе")
_ULY_TO_ENGLISH = [("é", "e"), ("x", "kh"), ("gh", "g"), ("ü", "u"), ("ö", "o"), ("w", "v"), ("q", "k")]


def _latin(word: str, table: dict[str, str]) -> str:
    out = "".join(table.get(c, c) for c in word.lower()).replace("-", "")
    return out[:1].upper() + out[1:]


def _tote(word: str) -> str:
    body = "".join(_TOTE.get(c, "") for c in word.lower())
    return (
        ("ٴ" + body)
        if any(c in _FRONT for c in word.lower()) and not any(c in "кгеə" for c in word.lower())
        else body
    )


def _english(uly: str) -> str:
    out = uly.lower()
    for a, b in _ULY_TO_ENGLISH:
        out = out.replace(a, b)
    return out[:1].upper() + out[1:]


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    same: bool
    scripts: str  # "kk-Cyrl/zh" etc.
    kind: str  # "same", "sibling", "common-given", "other"


def _kazakh(given: tuple[str, str, str], father: tuple[str, str, str], male: bool) -> dict[str, str]:
    """Every spelling of a Kazakh given name followed by the surname (or patronymic) made of
    a father's given name."""
    kk, ru, zh = given
    fkk, fru, fzh = father
    kk_sur = fkk + ("ов" if male else "ова")
    kk_pat = fkk + ("ұлы" if male else "қызы")
    ru_sur = fru + ("ов" if male else "ова")
    ru_pat = fru + ("улы" if male else "кызы")
    return {
        "kk-Cyrl": f"{kk} {kk_sur}",
        "kk-Cyrl-patronymic": f"{kk} {kk_pat}",
        "ru": f"{ru} {ru_sur}",
        "ru-surname-first": f"{ru_sur} {ru}",
        "ru-patronymic": f"{ru} {ru_pat}",
        "latn-passport": f"{_latin(kk, _PASSPORT)} {_latin(kk_sur, _PASSPORT)}",
        "latn-passport-uly": f"{_latin(kk, _PASSPORT)} {_latin(kk_pat, _PASSPORT)}",
        "latn-2021": f"{_latin(kk, _OFFICIAL)} {_latin(kk_sur, _OFFICIAL)}",
        "latn-informal": f"{_latin(kk, _INFORMAL)} {_latin(kk_sur, _INFORMAL)}",
        "kk-Arab": f"{_tote(kk)} {_tote(fkk)}",
        "zh": f"{zh}·{fzh}",
    }


def kazakh_spellings(given: int, father: int) -> dict[str, str]:
    kk, ru, zh, sex = KAZAKH_GIVEN[given]
    return _kazakh((kk, ru, zh), KAZAKH_FATHER[father], sex == "m")


def _uyghur(given: tuple[str, str, str, str], father: tuple[str, str, str, str]) -> dict[str, str]:
    ar, uly, cy, zh = given
    far, fuly, fcy, fzh = father
    return {
        "ug-Arab": f"{ar} {far}",
        "ug-Latn": f"{uly} {fuly}",
        "ug-Cyrl": f"{cy} {fcy}",
        "en": f"{_english(uly)} {_english(fuly)}",
        "zh": f"{zh}·{fzh}",
    }


def uyghur_spellings(given: int, father: int) -> dict[str, str]:
    return _uyghur(UYGHUR_GIVEN[given][:4], UYGHUR_FATHER[father])


def labelled_pairs(seed: int = 13) -> list[Pair]:
    rng = random.Random(seed)
    pairs: list[Pair] = []

    def add(spell_a: dict[str, str], spell_b: dict[str, str], same: bool, kind: str) -> None:
        sa, sb = (
            rng.sample(sorted(spell_a), 2)
            if same
            else (rng.choice(sorted(spell_a)), rng.choice(sorted(spell_b)))
        )
        pairs.append(Pair(spell_a[sa], spell_b[sb], same, f"{sa}/{sb}", kind))

    for spellings, n_given, n_father in (
        (kazakh_spellings, len(KAZAKH_GIVEN), len(KAZAKH_FATHER)),
        (uyghur_spellings, len(UYGHUR_GIVEN), len(UYGHUR_FATHER)),
    ):
        for _ in range(300):
            g, f = rng.randrange(n_given), rng.randrange(n_father)
            person = spellings(g, f)
            # Same person, two spellings (every script pair comes up).
            add(person, person, True, "same")
            # A sibling: same father, another given name.
            g2 = rng.choice([x for x in range(n_given) if x != g])
            add(person, spellings(g2, f), False, "sibling")
            # A common given name, another father.
            f2 = rng.choice([x for x in range(n_father) if x != f])
            add(person, spellings(g, f2), False, "common-given")
        for g in range(n_given):
            for f in range(n_father):
                person = spellings(g, f)
                for sa in sorted(person):
                    for sb in sorted(person):
                        if sa < sb and rng.random() < 0.02:
                            pairs.append(Pair(person[sa], person[sb], True, f"{sa}/{sb}", "same"))
    return pairs


# --- persons whose parents' names decide -----------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One recorded person of a pair: a name, the parents' names ("" when not recorded) and
    the birth year (0 = not recorded), all in the script of the name."""

    name: str
    father: str
    mother: str
    born: int


@dataclass(frozen=True)
class PersonPair:
    a: Side
    b: Side
    same: bool
    scripts: str
    kind: str  # "same-parents", "given-only", "namesake", "brother"


def _given_word(name: str, script: str) -> str:
    """The given name alone (last in a Russian list's surname-first order)."""
    words = name.replace("·", " ").split()
    return words[-1] if script == "ru-surname-first" else words[0]


class _Family:
    """A family of fictional people: a father (named by his own father), a mother, children."""

    def __init__(self, rng: random.Random, kazakh: bool) -> None:
        self.kazakh = kazakh
        self.rng = rng
        if kazakh:
            self.father = rng.randrange(len(KAZAKH_FATHER))
            self.grandfather = rng.choice([x for x in range(len(KAZAKH_FATHER)) if x != self.father])
            women = [i for i, g in enumerate(KAZAKH_GIVEN) if g[3] == "f"]
            self.mother = (rng.choice(women), rng.randrange(len(KAZAKH_FATHER)))
        else:
            self.father = rng.randrange(len(UYGHUR_FATHER))
            self.grandfather = rng.choice([x for x in range(len(UYGHUR_FATHER)) if x != self.father])
            women = [i for i, g in enumerate(UYGHUR_GIVEN) if g[4] == "f"]
            self.mother = (rng.choice(women), rng.randrange(len(UYGHUR_FATHER)))

    def child(self, given: int) -> dict[str, str]:
        spell = kazakh_spellings if self.kazakh else uyghur_spellings
        return spell(given, self.father)

    def father_names(self) -> dict[str, str]:
        """The father's own name: his given name and his father's (Жақсыбек Омаров)."""
        if self.kazakh:
            kk, ru, zh = KAZAKH_FATHER[self.father]
            return _kazakh((kk, ru, zh), KAZAKH_FATHER[self.grandfather], True)
        return _uyghur(UYGHUR_FATHER[self.father], UYGHUR_FATHER[self.grandfather])

    def mother_names(self) -> dict[str, str]:
        spell = kazakh_spellings if self.kazakh else uyghur_spellings
        return spell(*self.mother)

    def given_count(self) -> int:
        return len(KAZAKH_GIVEN) if self.kazakh else len(UYGHUR_GIVEN)


def person_pairs(seed: int = 31, per_kind: int = 150) -> list[PersonPair]:
    """Pairs of recorded persons where the parents' names decide, for each group (Kazakh,
    Uyghur) and kind:

    - ``same-parents``: one person in two spellings, the father's name (in full or his given
      name alone) and often the mother's in the same two scripts; same person.
    - ``given-only``: one report gives the given name alone (Нұрлан, son of Жақсыбек, born
      1985), the other the full name: the father's name and the birth year make the match.
    - ``namesake``: two men of one name (their fathers share a given name, so the surname is the
      same) whose fathers' full names, or mothers', clearly differ; different persons.
    - ``brother``: brothers or sisters with the same father and mother; different persons.
    """
    rng = random.Random(seed)
    out: list[PersonPair] = []
    for kazakh in (True, False):
        for kind in ("same-parents", "given-only", "namesake", "brother"):
            for _ in range(per_kind):
                out.append(_person_pair(rng, kazakh, kind))
    return out


def _person_pair(rng: random.Random, kazakh: bool, kind: str) -> PersonPair:
    family = _Family(rng, kazakh)
    given = rng.randrange(family.given_count())
    person = family.child(given)
    keys = sorted(person)
    sa, sb = rng.sample(keys, 2)
    born = 1950 + rng.randrange(50)
    with_mother = rng.random() < 0.5

    def side(
        name: str,
        script: str,
        year: int,
        fam: _Family = family,
        mother: bool = with_mother,
        full: bool = True,
    ) -> Side:
        father = fam.father_names()[script]
        return Side(
            name,
            father if full else _given_word(father, script),
            fam.mother_names()[script] if mother else "",
            year,
        )

    if kind == "same-parents":
        a = side(person[sa], sa, born)
        b = side(person[sb], sb, born if rng.random() < 0.7 else 0, full=rng.random() < 0.6)
        return PersonPair(a, b, True, f"{sa}/{sb}", kind)
    if kind == "given-only":
        a = side(_given_word(person[sa], sa), sa, born, full=rng.random() < 0.5)
        b = side(person[sb], sb, born)
        return PersonPair(a, b, True, f"{sa}/{sb}", kind)
    if kind == "namesake":
        other = _Family(rng, kazakh)
        other.father = family.father  # the same surname: the fathers share a given name
        # The fathers' own fathers differ, or (half of the time) only the mothers are recorded.
        other.grandfather = rng.choice(
            [
                x
                for x in range(len(KAZAKH_FATHER if kazakh else UYGHUR_FATHER))
                if x not in (family.father, family.grandfather)
            ]
        )
        both_fathers = rng.random() < 0.5
        a = side(person[sa], sa, born, mother=True)
        year = rng.choice((born, born + 1, born - 1, 0))
        b = side(other.child(given)[sb], sb, year, fam=other, mother=True)
        if not both_fathers:
            while other.mother == family.mother:
                other.mother = (
                    other.mother[0],
                    rng.randrange(len(KAZAKH_FATHER if kazakh else UYGHUR_FATHER)),
                )
            a = Side(a.name, "", a.mother, a.born)
            b = Side(b.name, "", other.mother_names()[sb], b.born)
        return PersonPair(a, b, False, f"{sa}/{sb}", kind)
    sex = (KAZAKH_GIVEN if kazakh else UYGHUR_GIVEN)[given][-1]
    siblings = [
        i for i, g in enumerate(KAZAKH_GIVEN if kazakh else UYGHUR_GIVEN) if i != given and g[-1] == sex
    ]
    brother = family.child(rng.choice(siblings))
    a = side(person[sa], sa, born, mother=True)
    b = side(brother[sb], sb, born + rng.choice((-6, -4, -3, -2, -1, 0, 1, 2, 3, 5)), mother=True)
    return PersonPair(a, b, False, f"{sa}/{sb}", kind)
