"""Regenerate the sample dossiers and their page images (fictional data only).

    .venv/bin/python docs/samples/make_samples.py

Writes sample-wgeid-en.pdf, sample-public-en.pdf and sample-ministry-kk.pdf from the fictional
case in app/dossier/sample.py (names in Kazakh, Uyghur and Chinese scripts), and PNG pages at
70 dpi with poppler's pdftoppm.
"""

from __future__ import annotations

import datetime as _dt
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from app.dossier.builder import DossierOptions, build_dossier, write_dossier  # noqa: E402
from app.dossier.sample import sample_source  # noqa: E402

TODAY = _dt.date(2026, 11, 28)


def main() -> None:
    source = sample_source(TODAY)
    for profile, lang in (("wgeid", "en"), ("public", "en"), ("ministry", "kk")):
        dossier = build_dossier(source, DossierOptions(
            profile=profile, lang=lang, organisation="Demo Rights Centre (fictional)",
            generated=TODAY))
        stem = f"sample-{profile}-{lang}"
        write_dossier(dossier, HERE / f"{stem}.pdf")
        for old in HERE.glob(f"{stem}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(HERE / f"{stem}.pdf"),
                        str(HERE / stem)], check=True)
        print(f"{stem}.pdf: {dossier.pages} pages, SHA-256 {dossier.sha256}")


if __name__ == "__main__":
    main()
