"""detect_script: the script of a typed name, per script and for mixed text."""

from __future__ import annotations

import pytest

from app.model import NameScript
from app.model.scripts import detect_script, script_family


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Ержан Серікұлы", NameScript.KK_CYRL),  # Kazakh letters
        ("Ержан", NameScript.KK_CYRL),  # Cyrillic without them: Kazakh, the usual case here
        ("Әлия", NameScript.KK_CYRL),
        ("Иван Петрович Сидоров", NameScript.RU),  # a Russian patronymic
        ("Серикова Айгуль Маратовна", NameScript.RU),
        ("Жанна Цветковская", NameScript.RU),
        ("Äsem Qasymova", NameScript.KK_LATN),
        ("Erjan Serıkūly", NameScript.KK_LATN),
        ("Tursun Éli", NameScript.UG_LATN),
        ("Zhāng Wěi", NameScript.PINYIN),
        ("Zhang Wei", NameScript.PINYIN),
        ("Yerzhan Serikuly", NameScript.EN),
        ("Erkin Sadiq", NameScript.EN),
        ("ئەركىن سادىق", NameScript.UG_ARAB),
        ("艾尔肯·萨迪克", NameScript.ZH_HANS),
        ("叶尔江", NameScript.ZH_HANS),
    ],
)
def test_each_script(text: str, script: NameScript) -> None:
    assert detect_script(text) == script


def test_kazakh_in_arabic_script() -> None:
    # The Kazakh high hamza (U+0674) and the vowel letters made with it are not Uyghur writing.
    assert detect_script("\u0674ابىلقاسىم") == NameScript.KK_ARAB
    assert detect_script("ٴالىمجان") == NameScript.KK_ARAB
    assert script_family("kk-Arab") == "arabic"


@pytest.mark.parametrize("text", ["Ержан Erzhan", "ئەركىن Erkin", "艾尔肯 Ержан", "", "  ", "1979-03", "—"])
def test_mixed_or_nothing_to_tell(text: str) -> None:
    assert detect_script(text) is None


def test_families() -> None:
    assert script_family("kk-Cyrl") == script_family("ru") == "cyrillic"
    assert script_family("pinyin") == script_family("en") == "latin"
    assert script_family("ug-Arab") == "arabic" and script_family("zh-Hans") == "han"
    assert script_family("nonsense") == ""
