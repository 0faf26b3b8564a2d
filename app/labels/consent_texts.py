"""What a volunteer reads aloud before an interview, in the witness's language, and the consent
presets of the interview mapped onto the consent model (Witness.consent, anonymity_wish).

Plain words on purpose: the person listening has often never dealt with an organisation. Each
text says what is stored, who may see it, and that consent can be withdrawn — and, honestly,
that what was already sent cannot be called back.
"""

from __future__ import annotations

from enum import StrEnum

from app.model import ConsentGrant, ConsentScope, IdentityLevel

__all__ = ["ConsentPreset", "consent_text", "preset_grants", "preset_of", "CONSENT_LANGUAGES"]


class ConsentPreset(StrEnum):
    WGEID_INITIALS = "wgeid-initials"
    STORE_ANONYMOUS = "store-anonymous"
    CUSTOM = "custom"


CONSENT_LANGUAGES = ("kk", "ru", "ug", "en")

_STORED = {
    "en": "We write down what you tell us about your relative: names, dates, places and what "
    "happened, and your name and how to reach you. It is kept locked with a password on this "
    "computer.",
    "ru": "Мы записываем то, что вы рассказываете о вашем родственнике: имена, даты, места и что "
    "произошло, а также ваше имя и как с вами связаться. Всё это хранится на этом компьютере "
    "под паролем.",
    "kk": "Сіз туысыңыз туралы айтқанды жазып аламыз: аты-жөні, күндер, жерлер және не болғаны, "
    "сондай-ақ сіздің атыңыз бен сізбен қалай байланысуға болатыны. Бәрі осы компьютерде "
    "құпиясөзбен қорғалып сақталады.",
    "ug": "سىز تۇغقىنىڭىز ھەققىدە ئېيتقانلىرىڭىزنى خاتىرىلەيمىز: ئىسىملار، چېسلالار، جايلار ۋە نېمە "
    "ئىش بولغانلىقى، شۇنداقلا سىزنىڭ ئىسمىڭىز ۋە سىز بىلەن قانداق ئالاقىلىشىش. ھەممىسى مۇشۇ "
    "كومپيۇتېردا پارول بىلەن قۇلۇپلىنىپ ساقلىنىدۇ.",
}

_WHO = {
    ConsentPreset.WGEID_INITIALS: {
        "en": "Only the volunteers of our organisation see it. We send it to the United Nations "
        "working group on disappearances in Geneva, with your name shortened to its first "
        "letters. We give your contact details to no one.",
        "ru": "Это видят только волонтёры нашей организации. Мы отправим это в рабочую группу "
        "ООН по исчезновениям в Женеве, а ваше имя — только первыми буквами. Ваши контакты мы "
        "никому не передаём.",
        "kk": "Мұны тек біздің ұйымның еріктілері көреді. Біз мұны Женевадағы БҰҰ-ның жоғалған "
        "адамдар жөніндегі жұмыс тобына жібереміз, ал сіздің атыңызды тек бас әріптерімен "
        "көрсетеміз. Сізбен байланыс деректерін ешкімге бермейміз.",
        "ug": "بۇنى پەقەت تەشكىلاتىمىزنىڭ پىدائىيلىرىلا كۆرىدۇ. بىز بۇنى جەنۋەدىكى بىرلەشكەن "
        "دۆلەتلەر تەشكىلاتىنىڭ يوقاپ كەتكەنلەر خىزمەت گۇرۇپپىسىغا ئەۋەتىمىز، ئىسمىڭىزنى پەقەت "
        "باش ھەرپلىرى بىلەنلا كۆرسىتىمىز. ئالاقە ئۇچۇرلىرىڭىزنى ھېچكىمگە بەرمەيمىز.",
    },
    ConsentPreset.STORE_ANONYMOUS: {
        "en": "Only the volunteers of our organisation see it. We send it to no one, and your "
        "name is shown nowhere.",
        "ru": "Это видят только волонтёры нашей организации. Мы никуда это не отправляем, и ваше "
        "имя нигде не показывается.",
        "kk": "Мұны тек біздің ұйымның еріктілері көреді. Біз мұны ешқайда жібермейміз, сіздің "
        "атыңыз ешжерде көрсетілмейді.",
        "ug": "بۇنى پەقەت تەشكىلاتىمىزنىڭ پىدائىيلىرىلا كۆرىدۇ. بىز بۇنى ھېچ يەرگە ئەۋەتمەيمىز، "
        "ئىسمىڭىز ھېچ يەردە كۆرسىتىلمەيدۇ.",
    },
    ConsentPreset.CUSTOM: {
        "en": "Only the volunteers of our organisation see it. We send it only to those you agree "
        "to now, and show your name only the way you choose.",
        "ru": "Это видят только волонтёры нашей организации. Мы отправим это только тем, кому вы "
        "сейчас разрешите, и покажем ваше имя только так, как вы выберете.",
        "kk": "Мұны тек біздің ұйымның еріктілері көреді. Біз мұны тек сіз қазір рұқсат еткендерге "
        "жібереміз, атыңызды тек сіз таңдағандай көрсетеміз.",
        "ug": "بۇنى پەقەت تەشكىلاتىمىزنىڭ پىدائىيلىرىلا كۆرىدۇ. بىز بۇنى پەقەت سىز ھازىر رۇخسەت "
        "قىلغانلارغىلا ئەۋەتىمىز، ئىسمىڭىزنى پەقەت سىز تاللىغاندەك كۆرسىتىمىز.",
    },
}

_WITHDRAW = {
    "en": "You can change your mind at any time: tell us, and we stop using it and send it "
    "nowhere again. What was already sent we cannot call back. Do you agree?",
    "ru": "Вы можете передумать в любое время: скажите нам, и мы перестанем это использовать и "
    "больше никуда не отправим. То, что уже отправлено, вернуть нельзя. Вы согласны?",
    "kk": "Сіз кез келген уақытта ойыңызды өзгерте аласыз: бізге айтсаңыз, біз мұны "
    "пайдалануды тоқтатамыз және енді ешқайда жібермейміз. Жіберіліп қойғанды қайтара "
    "алмаймыз. Келісесіз бе?",
    "ug": "سىز خالىغان ۋاقىتتا پىكرىڭىزنى ئۆزگەرتەلەيسىز: بىزگە ئېيتسىڭىز، بىز ئۇنى ئىشلىتىشنى "
    "توختىتىمىز ۋە قايتا ھېچ يەرگە ئەۋەتمەيمىز. ئەۋەتىلىپ بولغاننى قايتۇرالمايمىز. "
    "قوشۇلامسىز؟",
}


def consent_text(preset: str, language: str) -> str:
    """The text to read aloud; a language without a text gets the English one."""
    lang = language if language in CONSENT_LANGUAGES else "en"
    try:
        who = _WHO[ConsentPreset(preset)]
    except ValueError:
        who = _WHO[ConsentPreset.CUSTOM]
    return "\n\n".join((_STORED[lang], who[lang], _WITHDRAW[lang]))


def preset_grants(preset: str) -> tuple[list[ConsentGrant], bool]:
    """The consent grants and the anonymity wish a preset stands for (custom: none)."""
    if preset == ConsentPreset.WGEID_INITIALS:
        return (
            [
                ConsentGrant(scope=ConsentScope.STORE, identity=IdentityLevel.INITIALS),
                ConsentGrant(scope=ConsentScope.WGEID, identity=IdentityLevel.INITIALS),
            ],
            False,
        )
    if preset == ConsentPreset.STORE_ANONYMOUS:
        return [ConsentGrant(scope=ConsentScope.STORE, identity=IdentityLevel.ANONYMOUS)], True
    return [], False


def preset_of(grants: list[ConsentGrant], anonymous: bool) -> str:
    """The preset a witness's consent matches, or custom."""
    key = sorted((g.scope, g.identity, g.contact) for g in grants)
    for preset in (ConsentPreset.WGEID_INITIALS, ConsentPreset.STORE_ANONYMOUS):
        wanted, wish = preset_grants(preset)
        if key == sorted((g.scope, g.identity, g.contact) for g in wanted) and wish == anonymous:
            return preset
    return ConsentPreset.CUSTOM
