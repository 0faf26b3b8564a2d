"""Label and letter wording of dossiers in English, Russian and Kazakh.

The wording itself is in labels_front.py (page furniture, cover, WGEID elements) and
labels_body.py (sections, covering letter).

Codes (statuses, act kinds…) are worded by the one label registry, app/labels.

Only the words Izdeu adds are translated; what was recorded (names, testimonies, places) is
printed as recorded. A missing translation falls back to English rather than failing, so a
dossier can always be produced.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Literal

from app.dossier.labels_body import BODY_LABELS
from app.dossier.labels_front import FRONT_LABELS
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
_LABELS: dict[str, tuple[str, str, str]] = {**FRONT_LABELS, **BODY_LABELS}

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
