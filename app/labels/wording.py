"""One code's wording in each language."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Wording"]


@dataclass(frozen=True)
class Wording:
    en: str
    ru: str
    kk: str
    ug: str
    document: Wording | None = None  # a dossier's fuller wording; None: the same as this one

    def get(self, lang: str) -> str:
        """The wording in ``lang``; English for a language Izdeu does not offer."""
        by_lang = {"en": self.en, "ru": self.ru, "kk": self.kk, "ug": self.ug}
        return by_lang.get(lang, self.en)
