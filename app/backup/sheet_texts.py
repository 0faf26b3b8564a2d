"""The wording of a trustee's share sheet in each language Izdeu offers (en, ru, kk, ug).

Kept as data, one dict per sentence, like the document wordings of app/labels: a trustee is
often not at headquarters and reads the language of the families, so the sheet is printed in
the trustee's language. The SLIP-39 words themselves are never translated (they are the share).
Placeholders: ``{number}``, ``{shares}``, ``{threshold}``, ``{count}``.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["SHEET_LANGUAGES", "sheet_text"]

SHEET_LANGUAGES: Final = ("en", "ru", "kk", "ug")

_TEXTS: Final[dict[str, dict[str, str]]] = {
    "title": {
        "en": "Izdeu organisation key: share {number} of {shares}",
        "ru": "Ключ организации Izdeu: доля {number} из {shares}",
        "kk": "Izdeu ұйым кілті: № {number} үлес ({shares} үлестің ішінен)",
        "ug": "Izdeu تەشكىلات ئاچقۇچى: {number}-ئۈلۈش (جەمئىي {shares} ئۈلۈش)",
    },
    "public_key": {
        "en": "Any {threshold} of the {shares} shares rebuild the key. Its public key:",
        "ru": "Любые {threshold} из {shares} долей восстанавливают ключ. Его открытый ключ:",
        "kk": "{shares} үлестің кез келген {threshold} үлесі кілтті қалпына келтіреді. Оның ашық кілті:",
        "ug": "{shares} ئۈلۈشنىڭ خالىغان {threshold} ئۈلۈشى ئاچقۇچنى ئەسلىگە كەلتۈرىدۇ. ئۇنىڭ ئاشكارا "
        "ئاچقۇچى:",
    },
    "what": {
        "en": "This sheet holds one share of the Izdeu organisation key, the key that opens the "
        "organisation's backups. Any {threshold} of the {shares} shares rebuild the key with "
        "the command izdeu recover-key; fewer than {threshold} reveal nothing of it.",
        "ru": "На этом листе — одна доля ключа организации Izdeu, ключа, которым открываются "
        "резервные копии организации. Любые {threshold} из {shares} долей восстанавливают ключ "
        "командой izdeu recover-key; меньше {threshold} долей ничего о нём не раскрывают.",
        "kk": "Бұл парақта Izdeu ұйым кілтінің бір үлесі бар — ұйымның сақтық көшірмелерін "
        "ашатын кілттің. {shares} үлестің кез келген {threshold} үлесі кілтті izdeu recover-key "
        "командасымен қалпына келтіреді; {threshold} үлестен азы ол туралы ештеңе ашпайды.",
        "ug": "بۇ ۋاراقتا Izdeu تەشكىلات ئاچقۇچىنىڭ بىر ئۈلۈشى بار، يەنى تەشكىلاتنىڭ زاپاس "
        "نۇسخىلىرىنى ئاچىدىغان ئاچقۇچنىڭ. {shares} ئۈلۈشنىڭ خالىغان {threshold} ئۈلۈشى ئاچقۇچنى "
        "izdeu recover-key بۇيرۇقى بىلەن ئەسلىگە كەلتۈرىدۇ؛ {threshold} ئۈلۈشتىن ئازى ئۇ "
        "ھەققىدە ھېچنېمىنى ئاشكارىلىمايدۇ.",
    },
    "keep": {
        "en": "Keep this sheet apart from the other shares, away from the laptops. Do not photograph it.",
        "ru": "Храните этот лист отдельно от других долей и подальше от ноутбуков. Не фотографируйте его.",
        "kk": "Бұл парақты басқа үлестерден бөлек, ноутбуктерден алыс сақтаңыз. Оны суретке түсірмеңіз.",
        "ug": "بۇ ۋاراقنى باشقا ئۈلۈشلەردىن ئايرىم، نوتبۇك كومپيۇتېرلاردىن يىراق ساقلاڭ. ئۇنى "
        "رەسىمگە تارتماڭ.",
    },
    "order": {
        "en": "Every word counts, in order: a wrong word is detected when the key is rebuilt.",
        "ru": "Важно каждое слово и их порядок: неверное слово обнаруживается при восстановлении ключа.",
        "kk": "Әр сөз және олардың реті маңызды: қате сөз кілт қалпына келтірілгенде анықталады.",
        "ug": "ھەر بىر سۆز ۋە ئۇلارنىڭ تەرتىپى مۇھىم: خاتا سۆز ئاچقۇچ ئەسلىگە كەلتۈرۈلگەندە بايقىلىدۇ.",
    },
    "words": {
        "en": "The {count} words of this share, in order:",
        "ru": "Слова этой доли по порядку ({count}):",
        "kk": "Бұл үлестің сөздері ретімен ({count}):",
        "ug": "بۇ ئۈلۈشنىڭ سۆزلىرى، تەرتىپ بويىچە ({count}):",
    },
    "trustee": {
        "en": "Trustee:",
        "ru": "Доверенное лицо:",
        "kk": "Сенімді адам:",
        "ug": "ئىشەنچلىك كىشى:",
    },
    "received": {
        "en": "Received on:",
        "ru": "Дата получения:",
        "kk": "Алынған күні:",
        "ug": "تاپشۇرۇۋالغان ۋاقتى:",
    },
    "signature": {
        "en": "Signature:",
        "ru": "Подпись:",
        "kk": "Қолы:",
        "ug": "ئىمزا:",
    },
}


# A number and the word after it stay on one line ("3 of the 5 shares", "5 ئۈلۈشنىڭ"): a
# printed "5" at the end of one line and its noun on the next reads as a different sentence.
_NUMBER_THEN_SPACE = re.compile(r"(\{\w+\}|№) ")


def sheet_text(key: str, lang: str, **params: int) -> str:
    """Sentence ``key`` in ``lang`` (English for a language Izdeu does not offer), filled in."""
    by_lang = _TEXTS[key]
    return _NUMBER_THEN_SPACE.sub("\\1\u00a0", by_lang.get(lang, by_lang["en"])).format(**params)
