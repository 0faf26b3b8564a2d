"""to_latin: a readable Latin name from every supported script (for the UN's element (a))."""

from __future__ import annotations

import pytest

from app.names import to_latin


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("Нұрлан Жақсыбеков", "Nurlan Zhaksybekov"),  # Kazakh Cyrillic, passport practice
        ("Нурлан Жаксыбеков", "Nurlan Zhaksybekov"),  # Russian spelling
        ("Гүлнар Әбілқызы", "Gulnar Abilkyzy"),
        ("Хадиша Шәріпова", "Khadisha Sharipova"),
        ("ئابدۇرېھىم تۇرسۇن", "Abduréhim Tursun"),  # Uyghur Arabic script → ULY
        ("غەيرەت شىرىن", "Gheyret Shirin"),
        ("努尔兰·加克斯别克", "Nurlan Jaksbek"),  # Chinese: Turkic parts, middle dot
        ("古丽娜尔", "Gülnar"),
        ("吐尔逊江", "Tursunjan"),
        ("Nurlan Zhaksybekov", "Nurlan Zhaksybekov"),  # Latin kept as written
        ("ٴالىيا", "Äliyä"),  # Kazakh töte, hamza: front vowels
        ("ٴالىيا جاقسىبەكوۆا", "Äliyä Zhaksybekova"),  # one töte word: the name is töte,
    ],
)
def test_to_latin(name: str, latin: str) -> None:
    assert to_latin(name) == latin


def test_to_latin_of_hostile_input_is_clean() -> None:
    assert to_latin("Нұр\x00лан\u202e Жақсы\x1bбеков") == "Nur Lan Zhaksy Bekov"
    assert len(to_latin("Нұрлан " * 2000)) <= 400
    assert to_latin("") == ""
    assert to_latin("123 !!! ··") == ""
