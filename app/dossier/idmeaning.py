"""What an identity number in a dossier says: a PRC resident ID or a Kazakh IIN decoded
(app/names/idnumbers.py) into birth date, sex and, for a PRC ID, the county of registration,
in the dossier's language. Another kind of number says nothing."""

from __future__ import annotations

from app.errors import InvalidInputError
from app.names import decode_id

__all__ = ["id_meaning"]


def id_meaning(number: str, lang: str) -> str:
    from app.dossier.labels import enum_label, label

    try:
        decoded = decode_id(number)
    except InvalidInputError:
        return label("id_check_fails", lang)
    if decoded is None:
        return ""
    text = label(
        "id_says", lang, born=decoded.birth_date.isoformat(), sex=enum_label("sex", decoded.sex, lang)
    )
    if decoded.region:
        text += "; " + label("id_registered", lang, region=decoded.region)
        if decoded.county_years:
            text += " " + label("id_code_years", lang, years=decoded.county_years)
    return text
