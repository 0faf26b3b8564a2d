"""Translated display labels for the core's code values (statuses, scripts, act kinds, …)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["label", "CASE_STATUS", "PERSON_STATUS", "SCRIPT", "ACT_KIND", "SCOPE", "IDENTITY",
           "NAME_KIND", "PROCEDURE", "ADDRESSEE"]

CASE_STATUS = {
    "open": QT_TRANSLATE_NOOP("Labels", "open"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "submitted"),
    "clarified": QT_TRANSLATE_NOOP("Labels", "clarified"),
    "closed": QT_TRANSLATE_NOOP("Labels", "closed"),
}
PERSON_STATUS = {
    "missing": QT_TRANSLATE_NOOP("Labels", "missing / unknown"),
    "camp": QT_TRANSLATE_NOOP("Labels", "in a camp"),
    "detained": QT_TRANSLATE_NOOP("Labels", "detained"),
    "prison": QT_TRANSLATE_NOOP("Labels", "sentenced / in prison"),
    "restricted": QT_TRANSLATE_NOOP("Labels", "released under restrictions"),
    "forced-labour": QT_TRANSLATE_NOOP("Labels", "forced labour"),
    "passport-confiscated": QT_TRANSLATE_NOOP("Labels", "passport confiscated"),
    "deceased": QT_TRANSLATE_NOOP("Labels", "deceased"),
    "reunited": QT_TRANSLATE_NOOP("Labels", "reunited"),
}
SCRIPT = {
    "kk-Cyrl": QT_TRANSLATE_NOOP("Labels", "Kazakh (Cyrillic)"),
    "kk-Latn": QT_TRANSLATE_NOOP("Labels", "Kazakh (Latin)"),
    "ug-Arab": QT_TRANSLATE_NOOP("Labels", "Uyghur (Arabic script)"),
    "ug-Latn": QT_TRANSLATE_NOOP("Labels", "Uyghur (Latin)"),
    "zh-Hans": QT_TRANSLATE_NOOP("Labels", "Chinese characters"),
    "pinyin": QT_TRANSLATE_NOOP("Labels", "Pinyin"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
}
NAME_KIND = {
    "legal": QT_TRANSLATE_NOOP("Labels", "legal name"),
    "alias": QT_TRANSLATE_NOOP("Labels", "alias"),
    "official-zh": QT_TRANSLATE_NOOP("Labels", "Chinese official name"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}
ACT_KIND = {
    "disappearance": QT_TRANSLATE_NOOP("Labels", "disappearance"),
    "arrest": QT_TRANSLATE_NOOP("Labels", "arrest"),
    "camp-internment": QT_TRANSLATE_NOOP("Labels", "camp internment"),
    "sentencing": QT_TRANSLATE_NOOP("Labels", "sentencing"),
    "transfer": QT_TRANSLATE_NOOP("Labels", "transfer"),
    "passport-confiscation": QT_TRANSLATE_NOOP("Labels", "passport confiscation"),
    "release": QT_TRANSLATE_NOOP("Labels", "release"),
    "contact-lost": QT_TRANSLATE_NOOP("Labels", "contact lost"),
    "death": QT_TRANSLATE_NOOP("Labels", "death"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}
SCOPE = {
    "store": QT_TRANSLATE_NOOP("Labels", "keep on file only"),
    "wgeid": QT_TRANSLATE_NOOP("Labels", "UN WGEID"),
    "ministry": QT_TRANSLATE_NOOP("Labels", "ministry"),
    "ngo": QT_TRANSLATE_NOOP("Labels", "NGO"),
    "publish": QT_TRANSLATE_NOOP("Labels", "publication"),
}
IDENTITY = {
    "full": QT_TRANSLATE_NOOP("Labels", "full name"),
    "initials": QT_TRANSLATE_NOOP("Labels", "initials"),
    "anonymous": QT_TRANSLATE_NOOP("Labels", "anonymous"),
}
PROCEDURE = {
    "standard": QT_TRANSLATE_NOOP("Labels", "standard"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "urgent (last 3 months)"),
}
ADDRESSEE = {
    "ministry": QT_TRANSLATE_NOOP("Labels", "ministry"),
    "consulate": QT_TRANSLATE_NOOP("Labels", "consulate"),
    "wgeid": QT_TRANSLATE_NOOP("Labels", "UN WGEID"),
    "ngo": QT_TRANSLATE_NOOP("Labels", "NGO"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}


def label(table: dict[str, str], code: str) -> str:
    """The translated label for ``code``; an unknown code is shown as it is."""
    source = table.get(code)
    return QCoreApplication.translate("Labels", source) if source else code
