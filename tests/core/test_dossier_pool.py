"""The render pool's children start with the fonts loaded, before any case reaches them."""

from __future__ import annotations

from app.dossier.pool import process_pool


def test_a_child_has_the_fonts_before_its_first_case() -> None:
    pool = process_pool(1)
    try:
        probe = (
            "sorted(n for n in __import__('reportlab.pdfbase.pdfmetrics')"
            ".pdfbase.pdfmetrics.getRegisteredFontNames() if n.startswith('Izdeu-'))"
        )
        names = pool.submit(eval, probe).result(timeout=120)
    finally:
        pool.shutdown()
    assert "Izdeu-NotoSans" in names and "Izdeu-WQYMicroHei" in names
