"""The consent read aloud: every language says the three things, and the presets map onto the
consent model both ways."""

from __future__ import annotations

import pytest

from app.labels.consent_texts import CONSENT_LANGUAGES, ConsentPreset, consent_text, preset_grants, preset_of
from app.model import ConsentGrant


@pytest.mark.parametrize("preset", list(ConsentPreset))
@pytest.mark.parametrize("lang", CONSENT_LANGUAGES)
def test_every_text_has_three_parts(preset: str, lang: str) -> None:
    text = consent_text(preset, lang)
    assert len(text.split("\n\n")) == 3
    assert all(part.strip() for part in text.split("\n\n"))
    if lang != "en":
        assert text != consent_text(preset, "en")


def test_an_unknown_language_or_preset_falls_back() -> None:
    assert consent_text("wgeid-initials", "zh") == consent_text("wgeid-initials", "en")
    assert consent_text("nonsense", "kk") == consent_text("custom", "kk")


def test_presets_map_onto_the_consent_model() -> None:
    grants, anonymous = preset_grants("wgeid-initials")
    assert sorted((g.scope, g.identity, g.contact) for g in grants) == [
        ("store", "initials", False),
        ("wgeid", "initials", False),
    ]
    assert not anonymous
    grants, anonymous = preset_grants("store-anonymous")
    assert [(g.scope, g.identity) for g in grants] == [("store", "anonymous")] and anonymous
    for preset in ConsentPreset:
        assert preset_of(*preset_grants(preset)) == (preset if preset != "custom" else "custom")
    assert preset_of([ConsentGrant("wgeid", "full", True)], False) == "custom"
